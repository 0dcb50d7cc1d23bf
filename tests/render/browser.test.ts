/**
 * `orgspec render` in a real browser: the generated file for the example org opened from
 * disk in headless Chromium, and what it shows checked against `orgspec query` and
 * `orgspec stats`. Needs dist/cli.js (`npx tsup`) and /usr/bin/chromium (see browser.ts).
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ChartPayload, PersonRow } from "../../src/render/payload.js";
import { CLI, requireCli } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";
import { browserGate, launchChromium } from "./browser.js";

const ORG = "examples/renewal-channel/org.yaml";
const runBrowser = browserGate();

interface PersonRef {
  id: string;
  name: string;
  unit: string;
  role: string;
}

/**
 * `node dist/cli.js <args>`, asynchronously, so that the runs the tests compare against go
 * side by side while the browser starts. Resolves to stdout; rejects on a non-zero exit.
 */
function cli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd: REPO, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`orgspec ${args.join(" ")}: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

const cliJson = async <T>(args: string[]): Promise<T> => JSON.parse(await cli([...args, "--json"])) as T;

interface Stats {
  planned: number;
  filled: number;
  vacant: number;
  over: number;
  unplanned: number;
  people: number;
  spanBands: { label: string; managers: number }[];
}
interface UnitResult {
  result: {
    staffing: { role: string; planned: number; filled: number; vacant: number; over: number }[];
    unplanned: { role: string; posts: number }[];
  };
}

/** Units whose staffing the panel is checked for: the root, a middle one with roles, a vacancy, an over-plan team. */
const STAFF_UNITS = ["hq", "bj-cy", "bj-cy-wj-ind", "gd-fs-nh-bank"];

describe.runIf(runBrowser)("orgspec render, in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const file = (name: string) => join(dir, name);
  /** What the page did that it must not: errors, and requests for anything but the page itself. */
  const problems: string[] = [];
  let opened = "";
  let loads = 0;
  let chain: PersonRef[];
  const stats = new Map<string, Stats>();
  const unitInfo = new Map<string, UnitResult["result"]>();

  beforeAll(async () => {
    requireCli();
    dir = mkdtempSync(join(tmpdir(), "orgspec-render-"));
    const runs = Promise.allSettled([
      cli(["render", ORG, "-o", file("chart.html")]),
      cli(["render", ORG, "-o", file("chart-en.html"), "--lang", "en"]),
      cli(["render", ORG, "-o", file("chart.svg"), "--format", "svg"]),
      cli(["generate", "--people", "5000", "-o", file("g5k")]).then(() =>
        cli(["render", join(file("g5k"), "org.yaml"), "-o", file("g5k.html"), "--depth", "1"]),
      ),
      cliJson<{ result: PersonRef[] }>(["query", ORG, "chain", "110312"]).then((r) => {
        chain = r.result;
      }),
      ...STAFF_UNITS.map(async (u) => stats.set(u, await cliJson<Stats>(["stats", ORG, "--unit", u]))),
      ...STAFF_UNITS.map(async (u) => unitInfo.set(u, (await cliJson<UnitResult>(["query", ORG, "unit", u])).result)),
    ]);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("request", (r) => {
      if (r.url() !== opened) problems.push(`request: ${r.url()}`);
    });
    // All settle before the first failure is thrown: no run is left rejecting unobserved.
    const failed = (await runs).find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The chart file loaded afresh in the test page, after its first render. */
  async function open(name = "chart.html"): Promise<Page> {
    // A query string makes every visit a new document (a hash alone would not reload).
    opened = `${pathToFileURL(file(name)).href}?${++loads}`;
    problems.length = 0;
    await page.goto(opened);
    await page.waitForSelector("html[data-ready]");
    return page;
  }

  const boxes = (page: Page) => page.locator(".box").count();
  const shownUnits = (page: Page) =>
    page.$$eval(".box", (els) => els.map((e) => (e as HTMLElement).dataset.unit as string).sort());
  const payload = (page: Page) =>
    page.$eval("#orgspec-data", (e) => JSON.parse(e.textContent as string)) as Promise<ChartPayload>;

  async function search(page: Page, query: string): Promise<void> {
    await page.fill("#search", query);
    await page.press("#search", "Enter");
  }

  test("opens from disk with no network and no errors, expanded to depth 2", async () => {
    const page = await open();
    expect(problems).toEqual([]);
    // The root, its children and grandchildren; nothing deeper is in the DOM.
    const data = await payload(page);
    const depth = (u: number): number => (data.units[u]?.[3] === -1 ? 0 : 1 + depth(data.units[u]?.[3] as number));
    const expected = data.units.filter((_, u) => depth(u) <= 2).map((u) => u[0]);
    expect(await shownUnits(page)).toEqual(expected.sort());
    expect(expected.length).toBeLessThan(data.units.length);
    await expect(page.title()).resolves.toBe("总公司保费部");
  });

  test("search a person by id: revealed, selected, and the chain of command highlighted as orgspec query chain", async () => {
    const page = await open();
    expect(await page.locator('.box[data-unit="bj-cy-sj-ind"]').count()).toBe(0); // depth 4: collapsed at first
    await search(page, "110312");
    await page.waitForSelector('#person[data-id="110312"]');
    const expected = chain;
    expect(expected.map((p) => p.id)).toEqual(["110311", "110101", "110001", "100001"]);
    // The panel lists the chain in order, the direct manager first.
    const listed = await page.$$eval("#chain li", (els) => els.map((e) => (e as HTMLElement).dataset.id));
    expect(listed).toEqual(expected.map((p) => p.id));
    // The chart highlights the units along it, and selects the person's unit, in view.
    const highlighted = await page.$$eval(".box.chain", (els) =>
      els.map((e) => (e as HTMLElement).dataset.unit).sort(),
    );
    expect(highlighted).toEqual([...new Set(["bj-cy-sj-ind", ...expected.map((p) => p.unit)])].sort());
    const selected = page.locator(".box.selected");
    await expect(selected.getAttribute("data-unit")).resolves.toBe("bj-cy-sj-ind");
    expect(await selected.isVisible()).toBe(true);
    const box = await selected.boundingBox();
    const chart = await page.locator("#chart").boundingBox();
    expect(box && chart && box.x >= chart.x && box.x + box.width <= chart.x + chart.width).toBe(true);
    expect(box && chart && box.y >= chart.y && box.y + box.height <= chart.y + chart.height).toBe(true);
    expect(await page.locator("path.link.chain").getAttribute("d")).toMatch(/^M/);
    expect(page.url()).toMatch(/#110312$/);
    expect(problems).toEqual([]);
  });

  test("an address with #<id> opens on that person (the page keeps the selection there)", async () => {
    opened = `${pathToFileURL(file("chart.html")).href}?${++loads}`;
    problems.length = 0;
    await page.goto(`${opened}#110312`);
    await page.waitForSelector("html[data-ready]");
    await page.waitForSelector('#person[data-id="110312"]');
    await expect(page.locator(".box.selected").getAttribute("data-unit")).resolves.toBe("bj-cy-sj-ind");
    expect(problems).toEqual([]);
  });

  test("search by a Chinese name finds people and units; a unit hit selects the unit", async () => {
    const page = await open();
    await page.fill("#search", "曾敏");
    await expect(page.locator('#results li[data-kind="person"]').first().getAttribute("data-id")).resolves.toBe(
      "110312",
    );
    await page.fill("#search", "双井");
    const units = await page.$$eval('#results li[data-kind="unit"]', (els) =>
      els.map((e) => (e as HTMLElement).dataset.id),
    );
    expect(units).toEqual(expect.arrayContaining(["bj-cy-sj", "bj-cy-sj-ind"]));
    await page.locator('#results li[data-id="bj-cy-sj-ind"]').dispatchEvent("mousedown");
    await page.waitForSelector('#unit[data-id="bj-cy-sj-ind"]');
    await expect(page.locator(".box.selected").getAttribute("data-unit")).resolves.toBe("bj-cy-sj-ind");
    await page.fill("#search", "no such person");
    await expect(page.locator("#results li").textContent()).resolves.toBe("无结果");
    expect(problems).toEqual([]);
  });

  test("expand and collapse a branch: its children enter and leave the DOM", async () => {
    const page = await open();
    const before = await boxes(page);
    const children = ["bj-cy-sj", "bj-cy-wj"];
    for (const c of children) expect(await page.locator(`.box[data-unit="${c}"]`).count()).toBe(0);
    const toggle = page.locator('.box[data-unit="bj-cy"] .tg');
    await expect(toggle.textContent()).resolves.toBe("+2");
    await toggle.click();
    expect(await boxes(page)).toBe(before + children.length);
    for (const c of children) expect(await page.locator(`.box[data-unit="${c}"]`).count()).toBe(1);
    await expect(toggle.textContent()).resolves.toBe("−");
    // Collapsing bj takes its whole subtree out, bj-cy's children included.
    const bjSubtree = (await shownUnits(page)).filter((u) => u.startsWith("bj-")).length;
    await page.locator('.box[data-unit="bj"] .tg').click();
    expect(await boxes(page)).toBe(before + children.length - bjSubtree);
    await page.locator('.box[data-unit="bj"] .tg').click();
    // bj-cy keeps its own state: still expanded.
    expect(await boxes(page)).toBe(before + children.length);
    await page.locator('.box[data-unit="bj-cy"] .tg').click();
    expect(await boxes(page)).toBe(before);
    expect(problems).toEqual([]);
  });

  test("the staffing panel shows what orgspec stats --unit and query unit say", async () => {
    const page = await open();
    for (const unit of STAFF_UNITS) {
      await search(page, unit);
      await page.waitForSelector(`#unit[data-id="${unit}"]`);
      const sub = await page.$$eval("#subtree td[data-k]", (els) =>
        Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.k, Number(e.textContent)])),
      );
      const s = stats.get(unit) as Stats;
      expect(sub, unit).toEqual({
        planned: s.planned,
        filled: s.filled,
        vacant: s.vacant,
        over: s.over,
        unplanned: s.unplanned,
        people: s.people,
      });
      const bands = await page.$$eval("#spans tr[data-band]", (rows) =>
        rows.map((r) => [(r as HTMLElement).dataset.band, Number(r.querySelector('[data-k="managers"]')?.textContent)]),
      );
      expect(bands, unit).toEqual(s.spanBands.map((b) => [b.label, b.managers]));
      // The unit's own roles: query unit's staffing rows, and its unplanned posts.
      const info = unitInfo.get(unit) as UnitResult["result"];
      const roles = await page.$$eval("#roles tr[data-role]", (rows) =>
        rows.map((r) => [
          (r as HTMLElement).dataset.role,
          ...Array.from(r.querySelectorAll("td[data-k]")).map((td) => Number(td.textContent)),
        ]),
      );
      const expected = [
        ...info.staffing.map((s) => [s.role, s.planned, s.filled, s.vacant, s.over, 0]),
        ...info.unplanned.map((u) => [u.role, 0, 0, 0, 0, u.posts]),
      ];
      expect(roles, unit).toEqual(expected);
      // The box says the same: filled/planned, and the vacancy or over-plan mark.
      const box = page.locator(`.box[data-unit="${unit}"]`);
      await expect(box.locator(".fig b").textContent()).resolves.toBe(`${s.filled}/${s.planned}`);
      const status = s.vacant > 0 ? "short" : s.over > 0 ? "over" : "ok";
      expect(await box.getAttribute("class")).toContain(status);
    }
    expect(problems).toEqual([]);
  });

  test("vacant and over-plan units are marked by colour and text", async () => {
    const page = await open();
    const hq = page.locator('.box[data-unit="hq"]');
    await expect(hq.locator(".v").textContent()).resolves.toBe("空缺 3");
    await expect(hq.locator(".o").textContent()).resolves.toBe("超编 1");
    const red = await hq.evaluate((e) => getComputedStyle(e, "::before").backgroundColor);
    expect(red).toBe("rgb(198, 40, 40)");
    await search(page, "bj-cy-sj");
    await expect(page.locator('.box[data-unit="bj-cy-sj"] .head.none').textContent()).resolves.toBe("负责人空缺");
  });

  test("dotted lines are drawn on demand", async () => {
    const page = await open();
    expect(await page.locator("path.dotted").count()).toBe(0);
    await page.check("#dotted-toggle");
    const drawn = await page.locator("path.dotted").count();
    expect(drawn).toBeGreaterThan(0);
    // Revealing a team lead with dotted-line managers adds lines down to their team.
    await search(page, "110311");
    await expect(page.locator("#dotted-managers li").first().getAttribute("data-id")).resolves.toBe("110105");
    expect(await page.locator("path.dotted").count()).toBeGreaterThan(drawn);
    await page.uncheck("#dotted-toggle");
    expect(await page.locator("path.dotted").count()).toBe(0);
    expect(problems).toEqual([]);
  });

  test("--lang en: titles and labels in English", async () => {
    const page = await open("chart-en.html");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.locator('.box[data-unit="hq"] .type').textContent()).resolves.toBe(
      "Head-office premium department",
    );
    await expect(page.locator('.box[data-unit="hq"] .v').textContent()).resolves.toBe("Vacant 3");
    await search(page, "110312");
    await expect(page.locator("#person p").first().textContent()).resolves.toMatch(/^Renewal specialist · /);
    await expect(page.locator("#panel h3").first().textContent()).resolves.toBe("Chain of command");
    expect(problems).toEqual([]);
  });

  test("--format svg parses as SVG and draws a box per unit to depth 2", async () => {
    opened = pathToFileURL(file("chart.svg")).href;
    await page.goto(opened);
    const result = await page.evaluate(() => ({
      root: document.documentElement.nodeName,
      errors: document.getElementsByTagName("parsererror").length,
      boxes: document.querySelectorAll("g[data-unit]").length,
    }));
    expect(result).toEqual({ root: "svg", errors: 0, boxes: 15 });
  });

  test("a screenshot of the example org: test-results/org-chart.png (and docs/org-chart.png)", async () => {
    await page.setViewportSize({ width: 1760, height: 820 });
    await open("chart.html");
    await search(page, "110312");
    await page.waitForSelector('#person[data-id="110312"]');
    await page.locator("#search").blur();
    mkdirSync(join(REPO, "test-results"), { recursive: true });
    const shot = join(REPO, "test-results", "org-chart.png");
    await page.screenshot({ path: shot });
    expect(existsSync(shot)).toBe(true);
    // The README's picture: written when missing, refreshed on request (fonts differ between
    // machines, so every run rewriting it would only churn the repository).
    const docs = join(REPO, "docs", "org-chart.png");
    if (!existsSync(docs) || process.env.ORGSPEC_UPDATE_SCREENSHOT) copyFileSync(shot, docs);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  test("a 5,000-person org opens with only the expanded units in the DOM, and search reveals a deep one", async () => {
    const page = await open("g5k.html");
    const data = await payload(page);
    const children = data.units.filter((u) => u[3] === data.root).length;
    expect(await boxes(page)).toBe(1 + children);
    expect(data.units.length).toBeGreaterThan(500);
    // The last person is in a team, four or more levels down.
    const [id, , unit] = data.people[data.people.length - 1] as PersonRow;
    await search(page, id);
    await page.waitForSelector(`#person[data-id="${id}"]`);
    await expect(page.locator(".box.selected").getAttribute("data-unit")).resolves.toBe(data.units[unit]?.[0]);
    expect(await boxes(page)).toBeLessThan(200);
    expect(problems).toEqual([]);
  });
});

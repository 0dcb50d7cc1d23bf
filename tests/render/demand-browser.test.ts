/**
 * The chart's demand figures in a real browser: the page of the small org of demand-org.ts
 * (figures worked out by hand there) opened from disk in headless Chromium — the required
 * mark on every box, the legend, and the unit panel's demand tables — with hostile names
 * shown as text; and a page of the org without drivers showing none of it. The page is
 * built from the sources (renderHtml with the page script bundled here), so no build is
 * needed; Chromium is (see browser.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Org, parseOrg } from "orgspec";
import { renderHtml } from "orgspec/render";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bundleClientScript } from "../../build/bundle-client.js";
import { browserGate, launchChromium } from "./browser.js";
import { demandOrg } from "./demand-org.js";

const runBrowser = browserGate();

const HOSTILE_NAME = `<img src=x onerror="window.__pwned=1">二组`;
const HOSTILE_TITLE = `<b>Spec</b> & "x" </script>`;

function orgOf(text: string): Org {
  const result = parseOrg(text, { filename: "t.yaml" });
  expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
  return result.org as Org;
}

describe.runIf(runBrowser)("demand in the chart, in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const problems: string[] = [];
  let opened = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "orgspec-render-demand-"));
    const script = await bundleClientScript();
    const hostile = orgOf(demandOrg({ t2Name: HOSTILE_NAME, specTitle: HOSTILE_TITLE }));
    writeFileSync(join(dir, "zh.html"), renderHtml(hostile, { script }));
    writeFileSync(join(dir, "en.html"), renderHtml(orgOf(demandOrg()), { script, lang: "en", period: "2013" }));
    writeFileSync(join(dir, "plain.html"), renderHtml(orgOf(demandOrg({ drivers: false })), { script }));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("request", (r) => {
      if (r.url() !== opened) problems.push(`request: ${r.url()}`);
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string): Promise<Page> {
    opened = pathToFileURL(join(dir, name)).href;
    problems.length = 0;
    await page.goto(opened);
    await page.waitForSelector("html[data-ready]");
    return page;
  }

  /** The cells of the selected unit's demand tables: the subtree's by key, the rows as [role, title, ...figures]. */
  async function panelDemand(page: Page) {
    const sub = await page.$$eval("#demand-subtree td[data-k]", (els) =>
      Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.k, Number(e.textContent)])),
    );
    const rows = await page.$$eval("#demand tr[data-role]", (rows) =>
      rows.map((r) => [
        (r as HTMLElement).dataset.role,
        r.querySelector("td")?.textContent,
        ...Array.from(r.querySelectorAll("td[data-k]")).map((td) => Number(td.textContent)),
      ]),
    );
    return { sub, rows };
  }

  const required = (page: Page, unit: string) => page.locator(`.box[data-unit="${unit}"] .fig .q`).textContent();

  test("every box shows 需 N after filled/planned: the subtree's required posts for the latest period", async () => {
    const page = await open("zh.html");
    await expect(page.locator('.box[data-unit="hq"] .fig').textContent()).resolves.toBe("7/9需 10空缺 2超编 1");
    await expect(required(page, "hq")).resolves.toBe("需 10");
    await expect(required(page, "t1")).resolves.toBe("需 5");
    await expect(required(page, "t2")).resolves.toBe("需 3");
    await expect(page.locator('.box[data-unit="t1"] .fig .q').getAttribute("title")).resolves.toBe("需求（2014）");
    await expect(page.locator(".legend .q").textContent()).resolves.toBe("需 = 按定员标准测算的需求（2014）");
    // Every figure in words, for a line cut at the box's edge.
    await expect(page.locator('.box[data-unit="hq"] .fig').getAttribute("title")).resolves.toBe(
      "在岗/编制 7/9 · 需求（2014） 10 · 空缺 2 · 超编 1",
    );
    expect(problems).toEqual([]);
  });

  test("the unit panel: the subtree's demand and the unit's own rows by role, as worked out by hand", async () => {
    const page = await open("zh.html");
    await page.waitForSelector('#unit[data-id="hq"]');
    expect(await panelDemand(page)).toEqual({
      sub: { required: 10, planned: 9, posts: 8, planGap: 1, toHire: 4, surplus: 2 },
      rows: [
        ["head", "负责人", 1, 1, 1, 0, 0, 0],
        ["spec", HOSTILE_TITLE, 1, 1, 0, 0, 1, 0],
      ],
    });
    const headers = await page.$$eval("#demand th", (els) => els.map((e) => e.textContent));
    expect(headers).toEqual(["岗位", "需求", "编制", "现员", "编制缺口", "需招聘", "富余"]);
    await expect(page.locator("#panel h3", { hasText: "编制测算" }).allTextContents()).resolves.toEqual([
      "编制测算（2014） · 本机构及下属机构",
      "编制测算 · 本机构岗位",
    ]);
    // No norm for spec in hq: its required is the plan, marked so; one post to hire.
    const spec = page.locator('#demand tr[data-role="spec"]');
    await expect(spec.locator('td[data-k="required"]').getAttribute("class")).resolves.toBe("nn");
    await expect(spec.locator('td[data-k="required"]').getAttribute("title")).resolves.toBe(
      "无定员标准：需求即编制（无编制时即现员）",
    );
    await expect(spec.locator('td[data-k="toHire"]').getAttribute("class")).resolves.toBe("v");

    await page.locator('.box[data-unit="t2"] .name').click();
    await page.waitForSelector('#unit[data-id="t2"]');
    expect(await panelDemand(page)).toEqual({
      sub: { required: 3, planned: 4, posts: 5, planGap: -1, toHire: 0, surplus: 2 },
      rows: [
        ["lead", "组长", 1, 1, 1, 0, 0, 0],
        ["spec", HOSTILE_TITLE, 2, 3, 4, -1, 0, 2],
      ],
    });
    await expect(page.locator('#demand tr[data-role="spec"] td[data-k="surplus"]').getAttribute("class")).resolves.toBe(
      "o",
    );
    await page.locator('.box[data-unit="t1"] .name').click();
    await page.waitForSelector('#unit[data-id="t1"]');
    expect((await panelDemand(page)).rows).toEqual([
      ["lead", "组长", 1, 1, 1, 0, 0, 0],
      ["spec", HOSTILE_TITLE, 4, 2, 1, 2, 3, 0],
    ]);
    expect(problems).toEqual([]);
  });

  test("hostile names and titles are shown as text, never as markup", async () => {
    const page = await open("zh.html");
    await page.locator('.box[data-unit="t2"] .name').click();
    await page.waitForSelector('#unit[data-id="t2"]');
    await expect(page.locator("#unit h2").textContent()).resolves.toBe(HOSTILE_NAME);
    await expect(page.locator('.box[data-unit="t2"] .name').textContent()).resolves.toBe(HOSTILE_NAME);
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll("img").length,
      bold: document.querySelectorAll("#panel b, .box b:not(.fig b)").length,
      pwned: (window as { __pwned?: number }).__pwned ?? null,
    }));
    expect(injected).toEqual({ img: 0, bold: 0, pwned: null });
    expect(problems).toEqual([]);
  });

  test("--lang en and a period: req N on the boxes, the panel in English", async () => {
    const page = await open("en.html");
    await expect(required(page, "hq")).resolves.toBe("req 8");
    await expect(required(page, "t1")).resolves.toBe("req 4");
    await expect(required(page, "t2")).resolves.toBe("req 2");
    await expect(page.locator(".legend .q").textContent()).resolves.toBe("req = required by the norms (2013)");
    const headers = await page.$$eval("#demand th", (els) => els.map((e) => e.textContent));
    expect(headers).toEqual(["Role", "Required", "Planned", "Posts", "Plan gap", "To hire", "Surplus"]);
    expect((await panelDemand(page)).sub).toEqual({
      required: 8,
      planned: 9,
      posts: 8,
      planGap: -1,
      toHire: 3,
      surplus: 3,
    });
    await expect(page.locator("#panel h3", { hasText: "Demand" }).first().textContent()).resolves.toBe(
      "Demand (2013) · This unit and below",
    );
    expect(problems).toEqual([]);
  });

  test("an org without drivers: no required mark, no demand tables; the staffing panel as before", async () => {
    const page = await open("plain.html");
    await page.waitForSelector('#unit[data-id="hq"]');
    expect(await page.locator(".q").count()).toBe(0);
    expect(await page.locator("#demand, #demand-subtree").count()).toBe(0);
    await expect(page.locator('.box[data-unit="hq"] .fig').textContent()).resolves.toBe("7/9空缺 2超编 1");
    const fig = page.locator('.box[data-unit="hq"] .fig');
    await expect(fig.evaluate((e) => [e.getAttribute("class"), e.getAttribute("title")])).resolves.toEqual([
      "fig",
      null,
    ]);
    expect(await page.locator("#subtree td[data-k]").count()).toBe(6);
    expect(problems).toEqual([]);
  });
});

/**
 * Time to first paint of the org chart of a generated org, in headless Chromium:
 *
 *   npx tsup && npx tsx tests/render/first-paint.ts [--people 50000] [--runs 5]
 *
 * Generates the org (`orgspec generate --people N`), renders it (`orgspec render`), then
 * opens the file in a fresh page `runs` times and prints the medians of: first contentful
 * paint (the page header), the chart script done (mark `orgspec:first-render`: data parsed,
 * tree laid out, boxes in the DOM) and the root box painted (Element Timing), all from
 * navigation start; then the time to search the last person and reveal them. Not part of the test suite (it takes a while); BENCHMARKS.md quotes it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { launchChromium } from "./browser.js";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

const { values } = parseArgs({ options: { people: { type: "string" }, runs: { type: "string" } } });
const people = Number(values.people ?? 50_000);
const runs = Number(values.runs ?? 5);
const dir = mkdtempSync(join(tmpdir(), "orgspec-first-paint-"));
const orgspec = (args: string[]) => execFileSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

try {
  orgspec(["generate", "--people", String(people), "-o", dir]);
  const html = join(dir, "chart.html");
  const started = performance.now();
  const wrote = orgspec(["render", join(dir, "org.yaml"), "-o", html]).trim();
  const renderMs = performance.now() - started;

  const browser = await launchChromium();
  const samples: { fcp: number; script: number; chart: number; boxes: number; search: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pathToFileURL(html).href);
    await page.waitForSelector("html[data-ready]");
    // Element Timing entries reach only a PerformanceObserver (buffered), not getEntries.
    const chart = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          new PerformanceObserver((list) => {
            const entry = list.getEntries()[0] as (PerformanceEntry & { renderTime: number }) | undefined;
            if (entry) resolve(entry.renderTime);
          }).observe({ type: "element", buffered: true }),
        ),
    );
    const sample = await page.evaluate(
      (chart) => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
        script: performance.getEntriesByName("orgspec:first-render")[0]?.startTime ?? Number.NaN,
        chart,
        boxes: document.querySelectorAll(".box").length,
      }),
      chart,
    );
    // Respond: search the last person (in a team at the bottom of the tree) and reveal them.
    const last = await page.$eval("#orgspec-data", (e) => {
      const people = JSON.parse(e.textContent as string).people as [string][];
      return people[people.length - 1]?.[0] as string;
    });
    const t0 = performance.now();
    await page.fill("#search", last);
    await page.press("#search", "Enter");
    await page.waitForSelector(`#person[data-id="${last}"]`);
    samples.push({ ...sample, search: performance.now() - t0 });
    await page.close();
  }
  await browser.close();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const ms = (key: "fcp" | "script" | "chart" | "search") =>
    `${Math.round(median(samples.map((s) => s[key])))} ms (runs: ${samples.map((s) => Math.round(s[key])).join(", ")})`;
  console.log(`orgspec render: ${wrote} in ${Math.round(renderMs)} ms; ${(statSync(html).size / 1e6).toFixed(1)} MB`);
  console.log(`boxes in the DOM at first: ${samples[0]?.boxes}`);
  console.log(`first contentful paint (header): ${ms("fcp")}`);
  console.log(`chart script done (orgspec:first-render): ${ms("script")}`);
  console.log(`root box painted (Element Timing): ${ms("chart")}`);
  console.log(`search the last person and reveal them (Playwright round trips included): ${ms("search")}`);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
      `Node ${process.version}, Chromium ${execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()}, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ")}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * orgspec as a user's bundler sees it: a small app (app.ts) that imports "orgspec" by name,
 * bundled by esbuild from a scratch project whose node_modules/orgspec links to this
 * repository — so the name resolves through package.json `exports`, with no alias, inject,
 * define, polyfill or external. (a) `platform: "browser"`, run in headless Chromium;
 * (b) `platform: "node", format: "cjs"`, run with node. Both must print, for both YAML
 * paths, exactly what `orgspec validate` prints for the same files on disk.
 *
 * Needs dist/ (`npm run build`; `npm test` builds first) and, for (a), /usr/bin/chromium
 * (see tests/render/browser.ts: skipped on a developer's machine without it, a failure on CI).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BuildResult, build, type Metafile } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { JsonReport } from "../../src/report/json.js";
import { ANSI, type CliRun, requireBuilt, requireCli, runCli } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";
import { browserGate, launchChromium } from "../render/browser.js";
import type { AppOutput, AppRun } from "./app.js";
import { ORG_FILES, ROOT } from "./org-files.js";

const HERE = dirname(fileURLToPath(import.meta.url));
/** The app's sources, copied into the scratch project (away from this repo's tsconfig paths). */
const APP_SOURCES = ["app.ts", "org-files.ts"];
const BROWSER_ENTRY = join(REPO, "dist", "browser.js");
const NODE_ENTRIES = [join(REPO, "dist", "index.js"), join(REPO, "dist", "index.cjs")];
const PARSERS = ["default", "yaml"] as const;

const runBrowser = browserGate();

/** What was worked out by hand from org-files.ts (lines and columns are 1-based, UTF-16). */
const FILES = ["org.yaml", "branches/bj.yaml", "branches/gd.yaml", "people.csv"];
const EXPECTED_DIAGNOSTICS = [
  // branches/bj.yaml line 7 `    plan: { deputy-head: 2 }`: the 2 at column 26; one of two posts filled.
  {
    code: "vacancy",
    severity: "info",
    file: "branches/bj.yaml",
    line: 7,
    column: 26,
    endLine: 7,
    endColumn: 27,
    path: ["units", 0, "plan", "deputy-head"],
  },
  // branches/bj.yaml line 17 `    reportsTo: "110009"`: the quoted id at columns 16–23; no such person.
  {
    code: "unknown-reference",
    severity: "error",
    file: "branches/bj.yaml",
    line: 17,
    column: 16,
    endLine: 17,
    endColumn: 24,
    path: ["people", 1, "reportsTo"],
    hint: 'did you mean "110001"?',
  },
  // people.csv row 2 `120002,黄丽,gd,deputy-head,110001`: the fifth cell at column 26 (黄丽 is two columns).
  {
    code: "reports-outside-chain",
    severity: "warning",
    file: "people.csv",
    line: 2,
    column: 26,
    endLine: 2,
    endColumn: 32,
    path: ["people", 0, "reportsTo"],
  },
];

let project: string;
let orgDir: string;
let cliJson: CliRun;
let cliText: CliRun;

/** One esbuild run over the scratch project's app, everything bundled, nothing written. */
function bundle(platform: "browser" | "node"): Promise<BuildResult<{ metafile: true; write: false }>> {
  return build({
    entryPoints: [join(project, "app.ts")],
    absWorkingDir: project,
    bundle: true,
    platform,
    format: platform === "browser" ? "iife" : "cjs",
    outfile: join(project, "out", platform === "browser" ? "app.js" : "app.cjs"),
    metafile: true,
    write: false,
    logLevel: "silent",
  });
}

/** The one output file of a build. */
function outputText(result: BuildResult<{ write: false }>): string {
  expect(result.outputFiles).toHaveLength(1);
  return (result.outputFiles[0] as { text: string }).text;
}

/** The file the app's `import … from "orgspec"` resolved to (absolute). */
function resolvedOrgspec(metafile: Metafile): string {
  const imports = metafile.inputs["app.ts"]?.imports ?? [];
  const found = imports.filter((i) => i.original === "orgspec");
  expect(found, `app.ts imports: ${JSON.stringify(imports)}`).toHaveLength(1);
  return resolve(project, (found[0] as { path: string }).path);
}

/** Each run of the app must print what the CLI prints for the same files, and the facts above. */
function expectSameAsCli(output: AppOutput): void {
  for (const parser of PARSERS) {
    const run: AppRun = output[parser];
    expect(run.ok, parser).toBe(false);
    expect(run.files, parser).toEqual(FILES);
    expect(JSON.parse(run.json), `json, parser ${parser}`).toEqual(JSON.parse(cliJson.stdout));
    expect(run.json, `json, parser ${parser}`).toBe(cliJson.stdout);
    expect(run.text, `text, parser ${parser}`).toBe(cliText.stdout);
  }
  // The default reads the YAML with the fast scanner; `parser: "yaml"` with the yaml package.
  expect(output.default.parsers).toEqual({
    "org.yaml": "fast",
    "branches/bj.yaml": "fast",
    "branches/gd.yaml": "fast",
    "people.csv": "csv",
  });
  expect(output.yaml.parsers).toEqual({
    "org.yaml": "yaml",
    "branches/bj.yaml": "yaml",
    "branches/gd.yaml": "yaml",
    "people.csv": "csv",
  });
}

beforeAll(() => {
  requireBuilt(BROWSER_ENTRY);
  for (const entry of NODE_ENTRIES) requireBuilt(entry);
  requireCli();
  project = mkdtempSync(join(tmpdir(), "orgspec-bundle-"));
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "orgspec-bundle-app", private: true, type: "module" }, null, 2)}\n`,
  );
  for (const file of APP_SOURCES) copyFileSync(join(HERE, file), join(project, file));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(REPO, join(project, "node_modules", "orgspec"), "junction");
  mkdirSync(join(project, "out"));
  orgDir = join(project, "org");
  for (const [name, text] of Object.entries(ORG_FILES)) {
    mkdirSync(dirname(join(orgDir, name)), { recursive: true });
    writeFileSync(join(orgDir, name), text);
  }
  cliJson = runCli(["validate", ROOT, "--format", "json"], { cwd: orgDir });
  cliText = runCli(["validate", ROOT, "--format", "text"], { cwd: orgDir });
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

test("the CLI on the same files: exit 1, and the diagnostics worked out by hand", () => {
  expect(cliJson.status, cliJson.stderr).toBe(1);
  expect(cliText.status, cliText.stderr).toBe(1);
  expect(cliText.stdout).not.toMatch(ANSI);
  const report = JSON.parse(cliJson.stdout) as JsonReport;
  expect(report.ok).toBe(false);
  expect(report.files).toEqual(FILES);
  expect(report.summary).toEqual({ errors: 1, warnings: 1, infos: 1 });
  expect(report.counts).toEqual({ units: 3, people: 5 });
  expect(report.diagnostics).toMatchObject(EXPECTED_DIAGNOSTICS);
  expect(report.diagnostics).toHaveLength(EXPECTED_DIAGNOSTICS.length);
  expect(report.diagnostics[1]?.message).toBe('reportsTo "110009" is not a person');
  expect(cliText.stdout).toContain('branches/bj.yaml:17:16  error  reportsTo "110009" is not a person');
  expect(cliText.stdout).toMatch(/\n1 error, 1 warning, 1 info in 4 files\n$/);
});

describe("bundled by esbuild for node (format cjs), run with node", () => {
  let result: BuildResult<{ metafile: true; write: false }>;
  let bundleFile: string;

  beforeAll(async () => {
    result = await bundle("node");
    bundleFile = join(project, "out", "app.cjs");
    writeFileSync(bundleFile, outputText(result));
  });

  test("builds with no warning, from the Node entry of the package", () => {
    expect(result.warnings).toEqual([]);
    expect(NODE_ENTRIES).toContain(resolvedOrgspec(result.metafile));
  });

  test("prints the same diagnostics as the CLI, with either YAML path", () => {
    const run = spawnSync(process.execPath, [bundleFile], { cwd: project, encoding: "utf8", timeout: 30_000 });
    expect(run.error).toBeUndefined();
    expect(run.stderr).toBe("");
    expect(run.status, run.stderr).toBe(0);
    expectSameAsCli(JSON.parse(run.stdout) as AppOutput);
  });
});

describe("an app that imports nothing the entry file defines itself (only re-exported names)", () => {
  // NOTE: the entries supply the yaml package (and, in Node, the disk) with top-level calls;
  // package.json's `sideEffects` lists them, or a bundler that follows re-exports straight to
  // their chunk would drop those calls, and loadOrg would have no file system and parseOrg no
  // yaml package.
  test("still has the yaml package and, in Node, the disk", async () => {
    const app = [
      'import { loadOrgSync, parseOrg } from "orgspec";',
      'const text = "orgspec: 1\\nunits:\\n  - { id: hq, type: t, name: HQ }\\n  - &x { id: a, type: t, name: A, parent: hq }\\n";',
      'const parsed = parseOrg(text, { parser: "yaml", filename: "t.yaml" });',
      `const loaded = loadOrgSync(${JSON.stringify(join("org", ROOT))});`,
      "console.log(JSON.stringify({ codes: parsed.diagnostics.map((d) => d.code), files: loaded.files }));",
    ].join("\n");
    writeFileSync(join(project, "only-names.ts"), `${app}\n`);
    const built = await build({
      entryPoints: [join(project, "only-names.ts")],
      absWorkingDir: project,
      bundle: true,
      platform: "node",
      format: "cjs",
      write: false,
      logLevel: "silent",
    });
    const file = join(project, "out", "only-names.cjs");
    writeFileSync(file, outputText(built));
    const run = spawnSync(process.execPath, [file], { cwd: project, encoding: "utf8", timeout: 30_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { codes: string[]; files: string[] };
    // No blueprint is named: a schema error for it, and nothing thrown by a missing yaml package.
    expect(out.codes).toEqual(["schema"]);
    expect(out.files).toEqual(FILES.map((f) => join("org", f)));
  });
});

describe.runIf(runBrowser)("bundled by esbuild for the browser, run in headless Chromium", () => {
  let result: BuildResult<{ metafile: true; write: false }>;
  let browser: Browser;
  let output: AppOutput | undefined;
  /** What the page did that it must not: errors, and requests for anything but its two files. */
  const problems: string[] = [];
  const node: Record<string, string> = {};

  beforeAll(async () => {
    const launched = launchChromium();
    try {
      result = await bundle("browser");
    } finally {
      browser = await launched;
    }
    const page = await browser.newPage();
    const html = join(project, "out", "index.html");
    const script = join(project, "out", "app.js");
    writeFileSync(
      html,
      '<!doctype html>\n<html><head><meta charset="utf-8"><title>orgspec bundle</title></head>\n<body><script src="app.js"></script></body></html>\n',
    );
    writeFileSync(script, outputText(result));
    const allowed = new Set([pathToFileURL(html).href, pathToFileURL(script).href]);
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("request", (r) => {
      if (!allowed.has(r.url())) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
    output = await page.evaluate(() => (globalThis as { __orgspec?: AppOutput }).__orgspec);
    // No Node globals on the page: the bundle ran without any (no polyfill crept in).
    for (const name of ["process", "Buffer", "require", "global"]) {
      node[name] = await page.evaluate((n) => typeof (globalThis as Record<string, unknown>)[n], name);
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("builds with no warning, from the browser entry, with no Node built-in and nothing external", () => {
    expect(result.warnings).toEqual([]);
    const { inputs, outputs } = result.metafile;
    expect(resolvedOrgspec(result.metafile)).toBe(BROWSER_ENTRY);
    const absolute = Object.keys(inputs).map((input) => resolve(project, input));
    for (const entry of NODE_ENTRIES) expect(absolute).not.toContain(entry);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    // A built-in would be a build error, an empty stub ("(disabled):fs"), or an external import.
    const notFiles = Object.keys(inputs).filter((input) => builtins.has(input) || /^[a-z-]+:/.test(input));
    expect(notFiles).toEqual([]);
    const imports = Object.values(inputs).flatMap((i) => i.imports);
    expect(imports.filter((i) => i.external || builtins.has(i.path))).toEqual([]);
    expect(Object.values(outputs).flatMap((o) => o.imports)).toEqual([]);
    // csv-parse's default build (lib/) uses Node's Buffer at load; the browser entry must use its browser build.
    const csvParse = Object.keys(inputs).filter((input) => input.includes("node_modules/csv-parse/"));
    expect(csvParse.length).toBeGreaterThan(0);
    expect(csvParse.filter((input) => !input.includes("node_modules/csv-parse/dist/esm/"))).toEqual([]);
  });

  test("runs with no page error, console error or request, and no Node global", () => {
    expect(problems).toEqual([]);
    expect(node).toEqual({ process: "undefined", Buffer: "undefined", require: "undefined", global: "undefined" });
    expect(output, "window.__orgspec is not set: the app did not finish").toBeDefined();
  });

  test("prints the same diagnostics as the CLI, with either YAML path", () => {
    expect(output, `the app did not finish: ${problems.join("; ")}`).toBeDefined();
    expectSameAsCli(output as AppOutput);
  });
});

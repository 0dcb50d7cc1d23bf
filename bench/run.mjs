/**
 * The benchmark of issue 6, in one run: for each size (default 5,000, 50,000 and 500,000
 * people) it generates the org once (a single file and split per branch) with the built
 * CLI, then times, each as its own `node` process so that startup counts as in CI:
 *   - `orgspec validate` end to end, single file and split;
 *   - floor A: read the same files and run the `yaml` package's parseDocument on each;
 *   - floor B: read them and run js-yaml's load;
 *   - `orgspec plan` (issue 12: the demand table, latest period, by branch), single file;
 * and, once per size, the heap held after load (per person) and per-query latencies.
 * Prints a markdown report and writes it to BENCHMARKS.md (unless --no-write).
 *
 *   node bench/run.mjs [--sizes 5000,50000,500000] [--runs n] [--no-write] [--no-profile]
 *                      [--timeout seconds] [--seed s] [--out folder (default bench/out)]
 *   node bench/run.mjs --report bench/out/results.json   (render again from a run's raw results)
 *
 * Raw results go to <out>/results.json (not with --no-write). bench/NOTES.md, if present,
 * is appended to the report: the hand-written reading of the profile, and what it would
 * take to meet a missed target.
 *
 * `npm run bench` builds first; run `npm run build` before calling this script directly.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { summarizeProfile } from "./profile.mjs";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(REPO, "dist", "cli.js");
const DEFAULT_SIZES = [5000, 50_000, 500_000];
const PROFILE_SIZE = 50_000;
const CPU_HOOK = pathToFileURL(join(REPO, "bench", "cpu.mjs")).href;

class BenchError extends Error {}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

let options;
try {
  options = parseArgs({
    options: {
      sizes: { type: "string" },
      runs: { type: "string" },
      seed: { type: "string" },
      timeout: { type: "string" },
      out: { type: "string" },
      report: { type: "string" },
      "no-write": { type: "boolean" },
      "no-profile": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(`${error.message}\nusage: node bench/run.mjs [--sizes 5000,50000,500000] [--runs n] [--no-write]`);
}
if (options.help) {
  process.stdout.write(
    "usage: node bench/run.mjs [--sizes 5000,50000,500000] [--runs n] [--seed s] [--timeout seconds] [--out folder] [--no-write] [--no-profile] [--report results.json]\n",
  );
  process.exit(0);
}
const sizes = options.sizes ? options.sizes.split(",").map((s) => Number(s.trim())) : DEFAULT_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 50 || n > 2_000_000)) {
  fail(`--sizes takes whole numbers from 50 to 2000000 separated by commas, got "${options.sizes}"`);
}
sizes.sort((a, b) => a - b);
const runsFlag = options.runs === undefined ? undefined : Number(options.runs);
if (runsFlag !== undefined && !(Number.isInteger(runsFlag) && runsFlag >= 1)) fail("--runs takes a whole number ≥ 1");
const seed = options.seed ?? "1";
const timeoutFlag = options.timeout === undefined ? undefined : Number(options.timeout) * 1000;
if (!options.report && !existsSync(CLI)) {
  fail(`${relative(process.cwd(), CLI)} is missing: run "npm run build" first (npm run bench does)`);
}

const OUT = resolve(options.out ?? join(REPO, "bench", "out"));
const runsFor = (n) => runsFlag ?? (n >= 200_000 ? 3 : 5);
/** Generous per-process time limits: a slow machine should finish, a hang should not. */
const timeoutFor = (n) => timeoutFlag ?? Math.max(120_000, n * 2);

// The measured processes get a clean environment: no inherited NODE_OPTIONS (heap flags, …).
const ENV = { ...process.env };
delete ENV.NODE_OPTIONS;
ENV.NO_COLOR = "1";

/** Runs `node ...args` to the end and returns its wall-clock time; throws BenchError on trouble. */
function node(args, label, n, { allowExit = [0] } = {}) {
  const timeout = timeoutFor(n);
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", CPU_HOOK, ...args], {
    cwd: REPO,
    env: ENV,
    encoding: "utf8",
    timeout,
    maxBuffer: 512 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  const ms = performance.now() - start;
  if (r.error?.code === "ETIMEDOUT") throw new BenchError(`${label}: timed out after ${timeout / 1000} s`);
  if (r.error) throw new BenchError(`${label}: ${r.error.message}`);
  if (r.signal || !allowExit.includes(r.status)) {
    const oom = /heap out of memory|Allocation failed/i.test(r.stderr ?? "");
    const why = oom
      ? "out of memory (default Node heap)"
      : r.signal
        ? `killed by ${r.signal}`
        : `exit code ${r.status}`;
    const tail = `${r.stderr ?? ""}${r.stdout ?? ""}`.trim().split("\n").slice(-6).join("\n    ");
    throw new BenchError(`${label}: ${why}\n    node ${args.join(" ")}${tail ? `\n    ${tail}` : ""}`);
  }
  let cpuMs;
  try {
    const cpu = JSON.parse(r.output[3]);
    cpuMs = cpu.user + cpu.system;
  } catch {
    cpuMs = undefined;
  }
  return { ms, cpuMs, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function folderBytes(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      const sub = folderBytes(join(dir, e.name));
      bytes += sub.bytes;
      files += sub.files;
    } else if (e.name.endsWith(".yaml")) {
      bytes += statSync(join(dir, e.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

const LABELS = {
  validateSingle: "validate single",
  validateSplit: "validate split",
  yamlSingle: "parseDocument single",
  yamlSplit: "parseDocument split",
  jsyamlSingle: "js-yaml single",
  jsyamlSplit: "js-yaml split",
  planSingle: "plan single",
};
const log = (s) => process.stderr.write(`${s}\n`);
let results;
let meta;
if (options.report) {
  try {
    ({ results, meta } = JSON.parse(readFileSync(options.report, "utf8")));
  } catch (error) {
    fail(`cannot read ${options.report}: ${error.message}`);
  }
} else {
  ({ results, meta } = measure());
  if (!options["no-write"]) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, "results.json"), `${JSON.stringify({ meta, results }, null, 1)}\n`);
  }
}

function measure() {
  const errors = [];
  const startLoad = loadavg();
  const began = Date.now();
  const results = [];

  // Node's own startup, and loading orgspec's CLI, for reading the small sizes.
  const startup = { node: undefined, cli: undefined };
  try {
    startup.node = median(Array.from({ length: 5 }, () => node(["-e", "0"], "node -e 0", 0).ms));
    startup.cli = median(Array.from({ length: 5 }, () => node([CLI, "--version"], "orgspec --version", 0).ms));
  } catch (error) {
    if (!(error instanceof BenchError)) throw error;
    errors.push(error.message);
  }

  for (const n of sizes) {
    const res = { n, runs: runsFor(n), times: {}, cpu: {}, errors: {} };
    results.push(res);
    const dir = join(OUT, String(n));
    const single = join(dir, "single");
    const split = join(dir, "split");
    log(`bench: ${n.toLocaleString("en-US")} people: generating into ${relative(REPO, dir)}/`);
    try {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      res.generateMs = node([CLI, "generate", "--people", String(n), "--seed", seed, "-o", single], "generate", n).ms;
      node([CLI, "generate", "--people", String(n), "--seed", seed, "--split", "-o", split], "generate --split", n);
    } catch (error) {
      if (!(error instanceof BenchError)) throw error;
      errors.push(error.message);
      res.errors.generate = error.message;
      continue;
    }
    res.single = folderBytes(single);
    res.split = folderBytes(split);

    const rel = (p) => relative(REPO, p);
    const commands = {
      validateSingle: [CLI, "validate", rel(join(single, "org.yaml")), "--format", "compact", "-q"],
      validateSplit: [CLI, "validate", rel(join(split, "org.yaml")), "--format", "compact", "-q"],
      yamlSingle: ["bench/floor.mjs", "yaml", rel(single)],
      yamlSplit: ["bench/floor.mjs", "yaml", rel(split)],
      jsyamlSingle: ["bench/floor.mjs", "js-yaml", rel(single)],
      jsyamlSplit: ["bench/floor.mjs", "js-yaml", rel(split)],
      // The demand table for the latest period, by branch (issue 12): load, validate, norms.
      planSingle: [CLI, "plan", rel(join(single, "org.yaml"))],
    };
    // Interleaved, run by run, so that a change in machine load hits every command alike.
    for (let r = 0; r < res.runs; r++) {
      for (const [key, args] of Object.entries(commands)) {
        if (res.errors[key]) continue;
        log(`bench: ${n.toLocaleString("en-US")} people: ${key} run ${r + 1}/${res.runs}`);
        try {
          const t = node(args, key, n);
          (res.times[key] ??= []).push(t.ms);
          if (t.cpuMs !== undefined) (res.cpu[key] ??= []).push(t.cpuMs);
        } catch (error) {
          if (!(error instanceof BenchError)) throw error;
          errors.push(error.message);
          res.errors[key] = error.message;
        }
      }
    }

    log(`bench: ${n.toLocaleString("en-US")} people: heap after load`);
    try {
      res.heap = JSON.parse(node(["--expose-gc", "bench/heap.mjs", rel(join(single, "org.yaml"))], "heap", n).stdout);
    } catch (error) {
      if (!(error instanceof BenchError)) throw error;
      errors.push(error.message);
      res.errors.heap = error.message;
    }
    log(`bench: ${n.toLocaleString("en-US")} people: query latency`);
    try {
      const calls = n >= 200_000 ? "50000" : n >= 20_000 ? "100000" : "30000";
      res.queries = JSON.parse(node(["bench/queries.mjs", rel(join(single, "org.yaml")), calls], "queries", n).stdout);
    } catch (error) {
      if (!(error instanceof BenchError)) throw error;
      errors.push(error.message);
      res.errors.queries = error.message;
    }
    if (n === PROFILE_SIZE && !options["no-profile"]) {
      log(`bench: ${n.toLocaleString("en-US")} people: CPU profile of validate`);
      const profDir = mkdtempSync(join(tmpdir(), "orgspec-bench-prof-"));
      try {
        node(["--cpu-prof", "--cpu-prof-dir", profDir, ...commands.validateSingle], "validate --cpu-prof", n);
        const file = readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
        if (file) res.profile = summarizeProfile(join(profDir, file), REPO);
      } catch (error) {
        if (!(error instanceof BenchError)) throw error;
        errors.push(error.message);
      } finally {
        rmSync(profDir, { recursive: true, force: true });
      }
    }
  }

  // Which load path validate took, if it says (--debug).
  let pathNote = "not reported";
  const smallest = results.find((r) => r.single);
  if (smallest) {
    const r = spawnSync(
      process.execPath,
      [CLI, "validate", relative(REPO, join(OUT, String(smallest.n), "single", "org.yaml")), "-q", "--debug"],
      { cwd: REPO, env: ENV, encoding: "utf8", timeout: timeoutFor(smallest.n) },
    );
    if (r.status !== 2) {
      const lines = `${r.stderr}`.split("\n").filter((l) => l.trim() && !/^\s+at /.test(l));
      pathNote = lines.length > 0 ? lines.slice(0, 4).join(" / ") : "validate --debug printed nothing";
    } else pathNote = "validate has no --debug option in this build";
  }

  const cpu = cpus();
  const git = (args) => spawnSync("git", args, { cwd: REPO, encoding: "utf8" }).stdout?.trim() ?? "";
  meta = {
    began,
    minutes: (Date.now() - began) / 60000,
    startLoad,
    endLoad: loadavg(),
    pathNote,
    startup,
    errors,
    runsFlag,
    machine: {
      cpus: cpu.length,
      model: cpu[0]?.model?.trim() ?? "unknown CPU",
      memGiB: totalmem() / 2 ** 30,
      os: `${type()} ${release()}`,
      node: process.version,
      heapLimitGiB: getHeapStatistics().heap_size_limit / 2 ** 30,
    },
    commit: git(["rev-parse", "--short", "HEAD"]),
    dirty: git(["status", "--porcelain", "--untracked-files=no"]) !== "",
  };
  return { results, meta };
}

/** The `## Org chart …` section (and any after it) of the existing BENCHMARKS.md, measured elsewhere. */
function keptSections(path) {
  if (!existsSync(path)) return "";
  const text = readFileSync(path, "utf8");
  const at = text.indexOf("\n## Org chart");
  return at === -1 ? "" : `\n${text.slice(at + 1)}`;
}

const report = render(results, meta);
process.stdout.write(report);
if (!options["no-write"]) {
  // Sections measured by other commands (the org chart's first paint) are kept as they are.
  writeFileSync(join(REPO, "BENCHMARKS.md"), report + keptSections(join(REPO, "BENCHMARKS.md")));
  log("bench: wrote BENCHMARKS.md");
}
if (meta.errors.length > 0) {
  log(`\nbench: ${meta.errors.length} measurement(s) failed:\n  ${meta.errors.join("\n  ")}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------

function render(all, meta) {
  const { errors, startup, machine } = meta;
  const fmtN = (n) => n.toLocaleString("en-US");
  const sec = (ms) =>
    ms === undefined ? "—" : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
  const med = (r, key) => (r.times[key]?.length ? median(r.times[key]) : undefined);
  const cell = (r, key) => {
    if (r.errors[key]) return `failed${/memory/.test(r.errors[key]) ? " (OOM)" : ""}`;
    const t = r.times[key] ?? [];
    const spread = t.length > 1 ? ` (${(Math.min(...t) / 1000).toFixed(2)}–${(Math.max(...t) / 1000).toFixed(2)})` : "";
    return `${sec(med(r, key))}${spread}`;
  };
  const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
  const x = (v, digits = 2) => (v === undefined ? "—" : `${v.toFixed(digits)}×`);
  const mark = (ok) => (ok === undefined ? "n/a" : ok ? "✅" : "❌");
  const us = (q) => (q ? `${q.median.toFixed(3)} / ${q.p99.toFixed(3)}` : "n/a");
  const bySize = new Map(all.map((r) => [r.n, r]));
  const r50 = bySize.get(50_000);
  const r500 = bySize.get(500_000);
  const sizesFlag = all.map((r) => r.n).join(",");
  const command =
    sizesFlag === DEFAULT_SIZES.join(",") && meta.runsFlag == null
      ? "npm run bench"
      : `npm run build && node bench/run.mjs --sizes ${sizesFlag}${meta.runsFlag ? ` --runs ${meta.runsFlag}` : ""}`;

  const lines = [];
  const out = (s = "") => lines.push(s);
  out("# Benchmarks");
  out();
  const when = new Date(meta.began).toISOString().slice(0, 16).replace("T", " ");
  const loads = (l) => l.map((v) => v.toFixed(2)).join(" / ");
  out(`Generated by \`${command}\` on ${when} UTC, commit ${meta.commit || "?"}`);
  out(`${meta.dirty ? "with uncommitted changes" : "(clean tree)"}; the run took ${meta.minutes.toFixed(1)} min.`);
  out();
  out(
    `- Machine: ${machine.cpus} × ${machine.model}, ${machine.memGiB.toFixed(1)} GiB RAM, ${machine.os}; ` +
      `Node ${machine.node}, default heap limit ${machine.heapLimitGiB.toFixed(2)} GiB (no flags on measured processes)`,
  );
  out(
    `- Load average at start ${loads(meta.startLoad)}, at end ${loads(meta.endLoad)} (1 / 5 / 15 min): ` +
      "other work on a shared machine adds noise to wall times",
  );
  out(`- Load path (validate --debug): ${meta.pathNote}`);
  out();
  out(
    "Reproduce: `npm ci && npm run bench` (about 15 minutes on 2 cores; sizes with `node bench/run.mjs --sizes 5000,50000`).",
  );
  out("Every time is the median of several runs of a separate `node` process, wall clock, startup included;");
  out("the orgs come from `orgspec generate --people N --seed 1` (single file) and `--split` (one file per branch).");
  out();

  out("## Ratios");
  out();
  out(`| ratio | ${all.map((r) => fmtN(r.n)).join(" | ")} | target (issue 6) |`);
  out(`|---|${all.map(() => "---:").join("|")}|---|`);
  const ratioRow = (label, a, b, target, limit) => {
    const vals = all.map((r) => ratio(med(r, a), med(r, b)));
    const at50 = r50 ? ratio(med(r50, a), med(r50, b)) : undefined;
    out(
      `| ${label} | ${vals.map((v) => x(v)).join(" | ")} | ${target} ${mark(at50 === undefined ? undefined : at50 <= limit)} |`,
    );
  };
  ratioRow("validate ÷ parseDocument floor, single file", "validateSingle", "yamlSingle", "≤ 0.2× at 50k", 0.2);
  ratioRow("validate ÷ parseDocument floor, split", "validateSplit", "yamlSplit", "≤ 0.2× at 50k", 0.2);
  ratioRow("validate ÷ js-yaml floor, single file", "validateSingle", "jsyamlSingle", "≤ 2.5× at 50k", 2.5);
  ratioRow("validate ÷ js-yaml floor, split", "validateSplit", "jsyamlSplit", "≤ 2.5× at 50k", 2.5);
  ratioRow("plan ÷ validate, single file (issue 12)", "planSingle", "validateSingle", "≤ 1.3× at 50k", 1.3);
  out();
  out("The same ratios in CPU time (user + system of each process, startup included), which other work on");
  out("a shared machine disturbs less than wall time; the targets are judged on wall time above.");
  out();
  out(`| ratio, CPU time | ${all.map((r) => fmtN(r.n)).join(" | ")} |`);
  out(`|---|${all.map(() => "---:").join("|")}|`);
  const cpuMed = (r, key) => (r.cpu[key]?.length ? median(r.cpu[key]) : undefined);
  for (const [label, a, b] of [
    ["validate ÷ parseDocument floor, single file", "validateSingle", "yamlSingle"],
    ["validate ÷ parseDocument floor, split", "validateSplit", "yamlSplit"],
    ["validate ÷ js-yaml floor, single file", "validateSingle", "jsyamlSingle"],
    ["validate ÷ js-yaml floor, split", "validateSplit", "jsyamlSplit"],
    ["plan ÷ validate, single file", "planSingle", "validateSingle"],
  ]) {
    out(`| ${label} | ${all.map((r) => x(ratio(cpuMed(r, a), cpuMed(r, b)))).join(" | ")} |`);
  }
  const scale = (key) => (r50 && r500 ? ratio(med(r500, key), med(r50, key)) : undefined);
  out();
  out("| scaling | validate, single file | validate, split | target |");
  out("|---|---:|---:|---|");
  const s1 = scale("validateSingle");
  const s2 = scale("validateSplit");
  out(
    `| 500k ÷ 50k | ${x(s1)} | ${x(s2)} | ≤ 11× ${mark(s1 === undefined || s2 === undefined ? undefined : s1 <= 11 && s2 <= 11)} |`,
  );
  out();

  out("## Absolute times");
  out();
  out(
    "| people | runs | single file | split files | validate single | validate split | parseDocument single | parseDocument split | js-yaml single | js-yaml split | plan single | generate |",
  );
  out("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of all) {
    if (!r.single) {
      out(`| ${fmtN(r.n)} | — | generate failed | | | | | | | | | |`);
      continue;
    }
    out(
      `| ${fmtN(r.n)} | ${r.runs} | ${(r.single.bytes / 1e6).toFixed(1)} MB | ${r.split.files} files, ${(r.split.bytes / 1e6).toFixed(1)} MB | ` +
        `${cell(r, "validateSingle")} | ${cell(r, "validateSplit")} | ${cell(r, "yamlSingle")} | ${cell(r, "yamlSplit")} | ` +
        `${cell(r, "jsyamlSingle")} | ${cell(r, "jsyamlSplit")} | ${cell(r, "planSingle")} | ${sec(r.generateMs)} |`,
    );
  }
  out();
  out("Median (fastest–slowest run) of each process, wall clock.");
  out(
    "`validate` is `node dist/cli.js validate <root> --format compact -q`; `plan` is `node dist/cli.js plan <root>` (latest period, by branch, text); the floors are `node bench/floor.mjs yaml|js-yaml <folder>`,",
  );
  out("which read the same files and parse each, nothing else. Every process includes Node's own startup:");
  out(
    `\`node -e 0\` takes ${sec(startup.node)} here, and \`node dist/cli.js --version\` (loading orgspec's CLI) ${sec(startup.cli)} (medians of 5).`,
  );
  out();
  out("CPU time (user + system), median, of the same processes:");
  out();
  out(
    `| people | ${Object.keys(LABELS)
      .map((k) => LABELS[k])
      .join(" | ")} |`,
  );
  out(
    `|---:|${Object.keys(LABELS)
      .map(() => "---:")
      .join("|")}|`,
  );
  for (const r of all) {
    out(
      `| ${fmtN(r.n)} | ${Object.keys(LABELS)
        .map((k) => sec(cpuMed(r, k)))
        .join(" | ")} |`,
    );
  }
  out();

  out("## Heap after load");
  out();
  out("| people | Org only | per person | whole LoadResult (with file texts) | per person | target |");
  out("|---:|---:|---:|---:|---:|---|");
  for (const r of all) {
    const h = r.heap;
    if (!h) {
      out(`| ${fmtN(r.n)} | ${r.errors.heap ? "failed" : "—"} | | | | |`);
      continue;
    }
    const per = h.orgOnly / h.people;
    out(
      `| ${fmtN(r.n)} | ${(h.orgOnly / 2 ** 20).toFixed(1)} MiB | ${(per / 1024).toFixed(2)} KiB | ` +
        `${(h.withResult / 2 ** 20).toFixed(1)} MiB | ${(h.withResult / h.people / 1024).toFixed(2)} KiB | ≤ 2 KB ${mark(per <= 2048)} |`,
    );
  }
  out();
  out(
    "`node --expose-gc bench/heap.mjs <root>`: heapUsed after `await loadOrg(root)` and a full GC, minus the heap after importing orgspec.",
  );
  out();

  out("## Query latency");
  out();
  out(
    "µs per call, median / p99 over batches of 100 calls on random people (allReports: ms per full iteration of the top person's reports).",
  );
  out();
  out("| people | managerOf | isUnder | commonManager | chainOfCommand | allReports(top) | load in-process |");
  out("|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of all) {
    const q = r.queries;
    if (!q) {
      out(`| ${fmtN(r.n)} | ${r.errors.queries ? "failed" : "—"} | | | | | |`);
      continue;
    }
    const ar = q.allReports
      ? `${q.allReports.median.toFixed(2)} / ${q.allReports.p99.toFixed(2)} ms (${fmtN(q.allReports.count)} people)`
      : "n/a";
    out(
      `| ${fmtN(r.n)} | ${us(q.managerOf)} | ${us(q.isUnder)} | ${us(q.commonManager)} | ${us(q.chainOfCommand)} | ${ar} | ${sec(q.loadMs)} |`,
    );
  }
  out();

  out("## Targets of issue 6");
  out();
  const q50 = r50?.queries;
  const check = (label, value, ok) => out(`- ${mark(ok)} ${label}: ${value}`);
  const r50v = (a, b) => (r50 ? ratio(med(r50, a), med(r50, b)) : undefined);
  for (const [k, f, lim, name] of [
    ["validateSingle", "yamlSingle", 0.2, "validate 50k single file ≤ 0.2× the parseDocument-only process"],
    ["validateSplit", "yamlSplit", 0.2, "validate 50k split ≤ 0.2× the parseDocument-only process"],
    ["validateSingle", "jsyamlSingle", 2.5, "validate 50k single file ≤ 2.5× the js-yaml-only process"],
    ["validateSplit", "jsyamlSplit", 2.5, "validate 50k split ≤ 2.5× the js-yaml-only process"],
  ]) {
    const v = r50v(k, f);
    check(name, x(v), v === undefined ? undefined : v <= lim);
  }
  check(
    "validate 500k ≤ 11× the 50k time (single, split)",
    `${x(s1)}, ${x(s2)}`,
    s1 === undefined ? undefined : s1 <= 11 && s2 <= 11,
  );
  const heapOk = r500
    ? !r500.errors.validateSingle && !r500.errors.validateSplit && r500.times.validateSingle
    : undefined;
  check(
    "validate 500k within the default Node heap",
    r500 ? (heapOk ? "ran without heap flags" : "failed") : "—",
    r500 ? Boolean(heapOk) : undefined,
  );
  const heaps = all.filter((r) => r.heap).map((r) => r.heap.orgOnly / r.heap.people);
  check(
    "heap after load ≤ 2 KB per person (every size)",
    heaps.length ? `${(Math.max(...heaps) / 1024).toFixed(2)} KiB at most` : "—",
    heaps.length ? Math.max(...heaps) <= 2048 : undefined,
  );
  const latency = (name, limit) => {
    const measured = all.filter((r) => r.queries?.[name]);
    if (measured.length === 0) return check(`${name} median < ${limit} µs`, "n/a", undefined);
    const parts = measured.map((r) => `${r.queries[name].median.toFixed(3)} µs at ${fmtN(r.n)}`);
    const ok = measured.every((r) => r.queries[name].median < limit);
    check(`${name} median < ${limit} µs (every size)`, parts.join(", "), ok);
  };
  latency("managerOf", 1);
  latency("isUnder", 1);
  latency("commonManager", 2);
  const ar = q50?.allReports;
  check(
    "allReports of the top of a 50k org < 5 ms",
    ar ? `${ar.median.toFixed(2)} ms median` : "—",
    ar ? ar.median < 5 : undefined,
  );
  out();
  out("## Targets of issue 14");
  out();
  const f50 = q50?.find;
  check(
    "find: a three-term selector on a 50k org, after load, < 5 ms (median)",
    f50
      ? `${f50.median.toFixed(2)} ms median, p99 ${f50.p99.toFixed(2)} ms; first calls (building the indexes) ${f50.firstMs.toFixed(0)} ms`
      : "—",
    f50 ? f50.median < 5 : undefined,
  );
  out();
  out("## Targets of issue 12");
  out();
  for (const [n, r] of [
    ["50k", r50],
    ["500k", r500],
  ]) {
    const v = r ? ratio(med(r, "planSingle"), med(r, "validateSingle")) : undefined;
    check(`plan ${n} single file ≤ 1.3× validate`, x(v), v === undefined ? undefined : v <= 1.3);
  }
  out();
  out("n/a: the size was not measured in this run, or the method does not exist in this build.");
  out();

  const prof = all.find((r) => r.profile);
  if (prof) {
    const p = prof.profile;
    out(`## Where the time goes: validate, ${fmtN(prof.n)} people, single file`);
    out();
    out(
      `\`node --cpu-prof dist/cli.js validate … --format compact -q\`: ${(p.totalMs / 1000).toFixed(2)} s profiled; self time by area and by function.`,
    );
    out();
    out("| area | self time | share |");
    out("|---|---:|---:|");
    for (const a of p.areas.slice(0, 12)) out(`| ${a.area} | ${a.ms.toFixed(0)} ms | ${(a.share * 100).toFixed(1)}% |`);
    out();
    out("| function | where | self time | share |");
    out("|---|---|---:|---:|");
    for (const f of p.functions.slice(0, 20)) {
      out(
        `| \`${f.name.replace(/\|/g, "\\|")}\` | ${f.where || f.area} | ${f.ms.toFixed(0)} ms | ${(f.share * 100).toFixed(1)}% |`,
      );
    }
    out();
  }
  const notes = join(REPO, "bench", "NOTES.md");
  if (existsSync(notes)) {
    out(readFileSync(notes, "utf8").trim());
    out();
  }
  if (errors.length > 0) {
    out("## Failures");
    out();
    for (const e of errors) out(`- ${e.split("\n")[0]}`);
    out();
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `orgspec validate` as a process (cli.md): exit codes, stdout/stderr separation, every
 * format, paths relative to the working directory, standard input, several roots.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIAGNOSTIC_CODES } from "orgspec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSI, CLI, type CliRun, requireCli, runCli } from "../helpers/cli.js";
import { example, REPO, removeTempTrees, tempTree } from "../helpers/org.js";
import { skeleton } from "../helpers/skeleton.js";

afterAll(removeTempTrees);
beforeAll(requireCli);

const EXAMPLE = "examples/renewal-channel/org.yaml";
const BJ = "examples/renewal-channel/branches/beijing.yaml";
const GD = "examples/renewal-channel/branches/guangdong.yaml";
/** The codes only `orgspec import` produces (its notes on a CSV export): validate never does. */
const IMPORT_CODES: readonly string[] = ["import-skipped", "import-guessed"];
/** Folder mode only (tests/cli/validate-folder.test.ts): no broken example file. */
const FOLDER_CODES: readonly string[] = ["unreached-file"];
const VALIDATE_CODES = DIAGNOSTIC_CODES.filter((code) => !IMPORT_CODES.includes(code) && !FOLDER_CODES.includes(code));
const BROKEN_FILES = VALIDATE_CODES.map((code) => `examples/broken/${code}.yaml`).sort();
/** Where each broken example's one finding is: its root file, or (csv-syntax) the roster it includes. */
const findingFile = (code: string) =>
  code === "csv-syntax" ? "examples/broken/csv-syntax.csv" : `examples/broken/${code}.yaml`;
const FINDING_FILES = VALIDATE_CODES.map(findingFile).sort();
/** Every file examples/broken's roots read, in the order read: each root, csv-syntax.csv after its root. */
const READ_FILES = BROKEN_FILES.flatMap((f) =>
  f.endsWith("/csv-syntax.yaml") ? [f, "examples/broken/csv-syntax.csv"] : [f],
);
/** The validate codes whose default severity is a warning or an info: their broken example exits 0. */
const WARNING_CODES = [
  "reports-outside-chain",
  "over-plan",
  "span-of-control",
  "fte-overallocated",
  "vacancy",
  "driver-missing",
  "plan-below-norm",
  "over-plan-total",
];
/** 25 codes of validate's files (28 less the two of import and the one of folder mode): one broken example each. */
const BROKEN_COUNT = 25;

/** The example's four findings (README "Expected diagnostics"), in report order. */
const EXAMPLE_FINDINGS = [
  {
    file: BJ,
    line: 41,
    column: 33,
    severity: "info",
    code: "vacancy",
    path: ["units", 7, "plan", "renewal-specialist"],
    data: { unit: "bj-cy-wj-ind", role: "renewal-specialist", planned: 6, posts: 5, vacant: 1 },
  },
  {
    file: BJ,
    line: 48,
    column: 9,
    severity: "info",
    code: "vacancy",
    path: ["units", 9, "id"],
    data: { unit: "bj-cy-sj", role: "department-head", planned: 1, posts: 0, vacant: 1 },
  },
  {
    file: GD,
    line: 25,
    column: 22,
    severity: "info",
    code: "vacancy",
    path: ["units", 4, "plan", "trainer"],
    data: { unit: "gd-training", role: "trainer", planned: 3, posts: 2, vacant: 1 },
  },
  {
    file: GD,
    line: 47,
    column: 33,
    severity: "warning",
    code: "over-plan",
    path: ["units", 8, "plan", "renewal-specialist"],
    data: { unit: "gd-fs-nh-bank", role: "renewal-specialist", planned: 3, posts: 4, over: 1 },
  },
];

/** 1-based line and column of a UTF-16 offset, counted here independently of orgspec. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

function json(run: CliRun) {
  try {
    return JSON.parse(run.stdout);
  } catch (error) {
    throw new Error(`stdout is not JSON (${(error as Error).message}):\n${run.stdout.slice(0, 500)}`);
  }
}

/** A temp folder with one org that has an error, a warning and an info. */
function mixedOrg(): string {
  return tempTree({
    "org.yaml": skeleton({
      units: "  - { id: x, type: bank-renewal-team, name: 银续组, parent: sb, plan: { renewal-specialist: 1 } }\n",
      people: `  - { id: "1", name: A, unit: x, role: renewal-specialist }\n  - { id: "2", name: B, unit: x, role: renewal-specialist }\n  - { id: "3", name: C, unit: team, role: renewal-specialst }\n`,
    }),
  });
}

describe("exit codes", () => {
  it("0 on the example: warnings and infos only", () => {
    const run = runCli(["validate", EXAMPLE]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("0 errors, 1 warning, 3 infos in 3 files");
  });

  it("0 on the custom-blueprint example, with nothing to report", () => {
    const run = runCli(["validate", "examples/custom-blueprint/org.yaml", "--format", "compact"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
  });

  it("1 on a broken file", () => {
    const run = runCli(["validate", "examples/broken/schema.yaml"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("examples/broken/schema.yaml:18:5");
  });

  it.each(BROKEN_FILES)("%s: 1 for an error, 0 for a warning or info", (file) => {
    const code = file.replace(/^.*\/|\.yaml$/g, "");
    const run = runCli(["validate", file, "--format", "compact"]);
    expect(run.status).toBe(WARNING_CODES.includes(code) ? 0 : 1);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stdout).toContain(`[${code}]`);
  });

  it.each([
    ["no path at all", ["validate"]],
    ["a missing path", ["validate", "no/such/org.yaml"]],
    ["a folder with no root files", ["validate", "examples/renewal-channel/branches"]],
    ["an unknown flag", ["validate", EXAMPLE, "--bogus"]],
    ["a bad --format", ["validate", EXAMPLE, "--format", "xml"]],
    ["a bad --max-warnings", ["validate", EXAMPLE, "--max-warnings", "many"]],
    ["a missing --format value", ["validate", EXAMPLE, "--format"]],
    ["an unknown command", ["valdiate", EXAMPLE]],
  ])("2 for %s, with a message on stderr and nothing on stdout", (_name, args) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().length).toBeGreaterThan(0);
  });

  it("2 for an empty folder and for a folder of YAML that is not an org", () => {
    const empty = tempTree({ "notes.txt": "nothing here" });
    expect(runCli(["validate", empty]).status).toBe(2);
    const notOrg = tempTree({ "a.yaml": "units: []\n", "b.yml": "people: []\n" });
    expect(runCli(["validate", notOrg]).status).toBe(2);
  });

  it("2 when one of several paths is missing (never a partial pass)", () => {
    const run = runCli(["validate", EXAMPLE, "missing.yaml"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing.yaml");
  });

  it("--max-warnings 0 on the example is 1 (the report still on stdout); --max-warnings 1 is 0", () => {
    const strict = runCli(["validate", EXAMPLE, "--max-warnings", "0", "--format", "json"]);
    expect(strict.status).toBe(1);
    expect(json(strict).summary).toEqual({ errors: 0, warnings: 1, infos: 3 });
    expect(strict.stderr).toMatch(/warning/);
    expect(runCli(["validate", EXAMPLE, "--max-warnings", "1"]).status).toBe(0);
  });

  it("--help is 0 and prints usage on stdout", () => {
    const run = runCli(["validate", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--format");
  });
});

describe("--quiet", () => {
  it("lists errors only; the summary still counts everything", () => {
    const run = runCli(["validate", EXAMPLE, "--quiet"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("0 errors, 1 warning, 3 infos in 3 files");
  });

  it("json: errors only in diagnostics, all in summary", () => {
    const dir = mixedOrg();
    const run = runCli(["validate", "org.yaml", "--quiet", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(1);
    const report = json(run);
    expect(report.summary).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toEqual(["unknown-role"]);
    expect(report.ok).toBe(false);
  });

  it("--max-warnings still applies", () => {
    expect(runCli(["validate", EXAMPLE, "--quiet", "--max-warnings", "0"]).status).toBe(1);
  });
});

describe("-o", () => {
  it("writes the report to the file and nothing to stdout", () => {
    const dir = tempTree({});
    const run = runCli(["validate", join(REPO, EXAMPLE), "--format", "json", "-o", "out.json"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const written = JSON.parse(readFileSync(join(dir, "out.json"), "utf8"));
    const direct = json(runCli(["validate", join(REPO, EXAMPLE), "--format", "json"], { cwd: dir }));
    expect(written).toEqual(direct);
  });

  it("keeps the exit code of the findings", () => {
    const dir = tempTree({});
    const run = runCli(["validate", join(REPO, "examples/broken/schema.yaml"), "--output", "r.txt"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toContain("schema");
  });

  it("an unwritable output is exit 2, and leaves nothing behind", () => {
    // A path through a file (missing folders are made: issue 16).
    const dir = tempTree({ no: "a file, not a folder" });
    const run = runCli(["validate", join(REPO, EXAMPLE), "-o", join(dir, "no", "such", "dir", "out.json")]);
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, "no"), "utf8")).toBe("a file, not a folder");
  });
});

describe("standard input", () => {
  const broken = readFileSync(example("broken", "schema.yaml"), "utf8");

  it("- reads the org from stdin, named by --stdin-filename", () => {
    const run = runCli(["validate", "-", "--stdin-filename", "org/people.yaml", "--format", "compact"], {
      input: broken,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('org/people.yaml:18:5: error unknown field "reportTo" [schema]\n');
  });

  it("a clean org from stdin passes", () => {
    const run = runCli(["validate", "-", "--stdin-filename", "t.yaml", "--format", "json"], { input: skeleton() });
    expect(run.status).toBe(0);
    const report = json(run);
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({ units: 4, people: 5 });
  });

  it("a blueprint given by path is resolved beside --stdin-filename", () => {
    const text = readFileSync(example("custom-blueprint", "org.yaml"), "utf8");
    const run = runCli(
      ["validate", "-", "--stdin-filename", "examples/custom-blueprint/org.yaml", "--format", "json"],
      {
        input: text,
      },
    );
    expect(run.status).toBe(0);
    const report = json(run);
    expect(report.diagnostics).toEqual([]);
    expect(report.counts).toEqual({ units: 5, people: 15 });
  });

  it("an org from stdin cannot include files: an include error", () => {
    const text = readFileSync(example("renewal-channel", "org.yaml"), "utf8");
    const run = runCli(["validate", "-", "--stdin-filename", "org.yaml", "--format", "json"], {
      input: text,
      cwd: example("renewal-channel"),
    });
    expect(run.status).toBe(1);
    const includes = json(run).diagnostics.filter((d: { code: string }) => d.code === "include");
    expect(includes).toHaveLength(1);
    expect(includes[0]).toMatchObject({ file: "org.yaml", line: 5, column: 11, path: ["include", 0] });
  });
});

describe("several roots and folders", () => {
  it("validates a folder (examples/broken): one finding per file, sorted by file", () => {
    const run = runCli(["validate", "examples/broken", "--format", "compact"]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(BROKEN_FILES).toHaveLength(BROKEN_COUNT);
    expect(lines).toHaveLength(BROKEN_COUNT);
    expect(lines.map((l) => l.split(":")[0])).toEqual(FINDING_FILES);
    for (const line of lines) {
      const code = /\[([a-z-]+)\]$/.exec(line)?.[1] as string;
      expect(line.startsWith(`${findingFile(code)}:`), line).toBe(true);
    }
  });

  it("text: the folder's summary counts one finding per file, by default severity", () => {
    const run = runCli(["validate", "examples/broken"]);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("17 errors, 6 warnings, 2 infos in 26 files");
    const problems = run.stdout.split("\n").filter((l) => /^\S+:\d+:\d+ {2}(error|warning|info) {2}/.test(l));
    expect(problems).toHaveLength(BROKEN_COUNT);
  });

  it.each([
    ["with a byte-order mark", "\ufefforgspec: 1\nblueprint: renewal-channel\n"],
    ["with a quoted key", '"orgspec": 1\n"blueprint": renewal-channel\n'],
    ["with CRLF line ends", "orgspec: 1\r\nblueprint: renewal-channel\r\n"],
    ["written as a flow mapping", "{ orgspec: 1, blueprint: renewal-channel,\n"],
  ])("a folder's root file %s is found", (_name, head) => {
    const text = `${head}${head.startsWith("{") ? "  units: [{ id: hq, type: hq-premum-dept, name: 总公司 }] }\n" : "units:\n  - { id: hq, type: hq-premum-dept, name: 总公司 }\n"}`;
    const dir = tempTree({ "org/org.yaml": text });
    const run = runCli(["validate", "org", "--format", "json"], { cwd: dir });
    expect(run.status, run.stderr).toBe(1);
    expect(json(run).files).toEqual(["org/org.yaml"]);
    expect(json(run).diagnostics.map((d: { code: string }) => d.code)).toContain("unknown-unit-type");
  });

  it("a folder's root files are all found, other YAML files are not roots", () => {
    const dir = tempTree({
      "a/org.yaml": skeleton(),
      "b/deep/org.yml": skeleton(),
      "a/branches/x.yaml": "people: []\n",
      "a/blueprint.yaml": "orgspec-blueprint: 1\nid: x\nroles: {}\nunitTypes: {}\n",
      "node_modules/pkg/org.yaml": skeleton(),
      ".hidden/org.yaml": skeleton(),
    });
    const report = json(runCli(["validate", ".", "--format", "json"], { cwd: dir }));
    // a/branches/x.yaml is an included file's shape that no root includes: it is reported
    // (unreached-file), and listed as a file with a finding after the files read.
    expect(report.files).toEqual(["a/org.yaml", "b/deep/org.yml", "a/branches/x.yaml"]);
    expect(report.diagnostics.map((d: { code: string; file: string }) => `${d.code} ${d.file}`)).toEqual([
      "unreached-file a/branches/x.yaml",
    ]);
    expect(report.counts).toEqual({ units: 8, people: 10 });
  });

  it("validates roots and a folder at once, listing every file read", () => {
    const run = runCli([
      "validate",
      EXAMPLE,
      "examples/broken",
      "examples/custom-blueprint/org.yaml",
      "--format",
      "json",
    ]);
    expect(run.status).toBe(1);
    const report = json(run);
    for (const f of [
      EXAMPLE,
      BJ,
      GD,
      "examples/custom-blueprint/org.yaml",
      "examples/custom-blueprint/blueprint.yaml",
    ]) {
      expect(report.files).toContain(f);
    }
    for (const f of BROKEN_FILES) expect(report.files).toContain(f);
    expect(report.diagnostics).toHaveLength(BROKEN_COUNT + 4);
    const keys = report.diagnostics.map((d: { file: string; line: number; column: number }) => [
      d.file,
      d.line,
      d.column,
    ]);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    expect(keys).toEqual(sorted);
  });
});

describe("formats", () => {
  it("text: file:line:column  severity  message  code, a code frame, then the summary", () => {
    const run = runCli(["validate", EXAMPLE]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      `${BJ}:41:33  info  unit "bj-cy-wj-ind" has 1 vacant renewal-specialist post (5 of 6 filled)  vacancy`,
    );
    expect(lines[1]).toContain("plan: { renewal-specialist: 6, team-lead: 1 }");
    expect(lines[2]).toMatch(/\^/);
    // The caret sits under column 33 of the source line.
    const gutter = (lines[1] as string).indexOf("|") + 2;
    expect((lines[2] as string).indexOf("^") - gutter).toBe(32);
    const problems = lines.filter((l) => /^\S+:\d+:\d+ {2}(error|warning|info) {2}/.test(l));
    expect(problems).toHaveLength(4);
  });

  it("compact: one line per problem, file:line:column: severity message [code]", () => {
    const run = runCli(["validate", EXAMPLE, "--format", "compact"]);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    lines.forEach((line, i) => {
      const f = EXAMPLE_FINDINGS[i]!;
      expect(line.startsWith(`${f.file}:${f.line}:${f.column}: ${f.severity} `), line).toBe(true);
      expect(line.endsWith(` [${f.code}]`), line).toBe(true);
    });
  });

  it("json: exactly the object of cli.md", () => {
    const run = runCli(["validate", EXAMPLE, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const report = json(run);
    expect(Object.keys(report)).toEqual(["version", "ok", "files", "summary", "diagnostics", "counts"]);
    expect(report.version).toBe(1);
    expect(report.ok).toBe(true);
    expect(report.files).toEqual([EXAMPLE, BJ, GD]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, infos: 3 });
    expect(report.counts).toEqual({ units: 26, people: 87 });
    expect(report.diagnostics.map((d: Record<string, unknown>) => ({ ...d, message: undefined }))).toEqual(
      EXAMPLE_FINDINGS.map((f) => ({
        code: f.code,
        severity: f.severity,
        message: undefined,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.line,
        endColumn: expect.any(Number),
        offset: expect.any(Number),
        endOffset: expect.any(Number),
        path: f.path,
        data: f.data,
      })),
    );
    // The offsets point where line and column say, and span the value (a number or an id).
    for (const d of report.diagnostics) {
      const text = readFileSync(join(REPO, d.file), "utf8");
      expect(lineColumn(text, d.offset)).toEqual({ line: d.line, column: d.column });
      expect(lineColumn(text, d.endOffset)).toEqual({ line: d.endLine, column: d.endColumn });
      expect(text.slice(d.offset, d.endOffset)).toMatch(/^(\d+|bj-cy-sj)$/);
    }
    const allowed = [
      "code",
      "severity",
      "message",
      "file",
      "line",
      "column",
      "endLine",
      "endColumn",
      "offset",
      "endOffset",
      "path",
      "data",
      "hint",
      "related",
    ];
    for (const d of report.diagnostics) {
      expect(Object.keys(d).every((k) => allowed.includes(k))).toBe(true);
      expect(typeof d.message).toBe("string");
    }
  });

  it("json: hint and related as cli.md says (duplicate ids point at the first)", () => {
    const report = json(
      runCli(["validate", "examples/broken/duplicate-id.yaml", "examples/broken/schema.yaml", "--format", "json"]),
    );
    expect(report.ok).toBe(false);
    const [dup, schema] = report.diagnostics;
    expect(dup).toMatchObject({ code: "duplicate-id", file: "examples/broken/duplicate-id.yaml", line: 18, column: 9 });
    expect(dup.related).toEqual([
      {
        file: "examples/broken/duplicate-id.yaml",
        line: 14,
        column: 9,
        offset: expect.any(Number),
        endOffset: expect.any(Number),
        message: expect.any(String),
      },
    ]);
    expect(schema).toMatchObject({
      code: "schema",
      hint: 'did you mean "reportsTo"?',
      path: ["people", 1, "reportTo"],
    });
    expect(report.summary).toEqual({ errors: 2, warnings: 0, infos: 0 });
  });

  it("json: files lists the blueprint file given by path, not a built-in blueprint", () => {
    const report = json(runCli(["validate", "examples/custom-blueprint/org.yaml", "--format", "json"]));
    expect(report.files).toEqual(["examples/custom-blueprint/org.yaml", "examples/custom-blueprint/blueprint.yaml"]);
    expect(report.counts).toEqual({ units: 5, people: 15 });
    expect(report.diagnostics).toEqual([]);
  });

  it("sarif: 2.1.0, one rule per code, results pointing at their rule", () => {
    const run = runCli(["validate", "examples/broken", "--format", "sarif"]);
    expect(run.status).toBe(1);
    const sarif = json(run);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif/);
    expect(sarif.runs).toHaveLength(1);
    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver.name).toBe("orgspec");
    const ruleIds = sarifRun.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect([...ruleIds].sort()).toEqual([...VALIDATE_CODES].sort());
    expect(sarifRun.results).toHaveLength(BROKEN_COUNT);
    for (const result of sarifRun.results) {
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(["error", "warning", "note"]).toContain(result.level);
      expect(typeof result.message.text).toBe("string");
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toBe(findingFile(result.ruleId));
      expect(location.region.startLine).toBeGreaterThan(0);
      expect(location.region.startColumn).toBeGreaterThan(0);
    }
    const schema = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === "schema");
    expect(schema.locations[0].physicalLocation.region).toMatchObject({ startLine: 18, startColumn: 5 });
    const vacancy = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === "vacancy");
    expect(vacancy.level).toBe("note");
    const level = (code: string) => sarifRun.results.find((r: { ruleId: string }) => r.ruleId === code)?.level;
    expect(["unknown-driver", "driver-missing", "norm-cycle", "plan-below-norm", "over-plan-total"].map(level)).toEqual(
      ["error", "warning", "error", "note", "warning"],
    );
  });

  it("junit: well-formed XML, a test case per file, a failure per file with errors; the counts add up", () => {
    const run = runCli(["validate", "examples/broken", "--format", "junit"]);
    expect(run.status).toBe(1);
    const elements = parseXml(run.stdout);
    const cases = elements.filter((e) => e.name === "testcase");
    expect(cases.map((c) => c.attributes.name)).toEqual(READ_FILES);
    const failures = elements.filter((e) => e.name === "failure");
    // 26 files: 17 with an error (a failure each; csv-syntax's is in csv-syntax.csv, and its
    // root csv-syntax.yaml passes), 8 with a warning or an info.
    expect(failures).toHaveLength(17);
    const suite = elements.find((e) => e.name === "testsuite");
    expect(suite?.attributes).toMatchObject({ tests: String(READ_FILES.length), failures: "17" });
    expect(failures.map((f) => f.attributes.type).sort()).toEqual(
      VALIDATE_CODES.filter((c) => !WARNING_CODES.includes(c)).sort(),
    );
    const clean = parseXml(runCli(["validate", EXAMPLE, "--format", "junit"]).stdout);
    expect(clean.filter((e) => e.name === "testcase").map((c) => c.attributes.name)).toEqual([EXAMPLE, BJ, GD]);
    expect(clean.filter((e) => e.name === "failure")).toEqual([]);
  });

  it("github: one workflow command per problem, then the summary", () => {
    const run = runCli(["validate", EXAMPLE, "examples/broken/schema.yaml", "--format", "github"]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("1 error, 1 warning, 3 infos in 4 files");
    const commands = lines.slice(0, -1);
    expect(commands).toHaveLength(5);
    for (const line of commands) {
      expect(line).toMatch(
        /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::.+$/,
      );
    }
    expect(commands).toContain(
      '::error file=examples/broken/schema.yaml,line=18,col=5,endLine=18,endColumn=13,title=schema::unknown field "reportTo" (did you mean "reportsTo"?)',
    );
    expect(commands.filter((l) => l.startsWith("::notice ")).length).toBe(3);
    expect(commands.filter((l) => l.startsWith("::warning ") && l.includes("title=over-plan")).length).toBe(1);
  });

  it("github: file names and messages are escaped", () => {
    const dir = tempTree({ "a,b:c/org%.yaml": readFileSync(example("broken", "schema.yaml"), "utf8") });
    const run = runCli(["validate", "a,b:c/org%.yaml", "--format", "github"], { cwd: dir });
    expect(run.stdout.split("\n")[0]).toMatch(/^::error file=a%2Cb%3Ac\/org%25\.yaml,line=18,col=5,/);
  });
});

describe("stdout and stderr", () => {
  it.each(["json", "sarif"])("%s on stdout stays parseable whatever goes to stderr", (format) => {
    const run = runCli(["validate", EXAMPLE, "examples/broken", "--format", format, "--max-warnings", "0"]);
    expect(run.status).toBe(1);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it("no colours when stdout is not a TTY, nor with NO_COLOR", () => {
    expect(runCli(["validate", "examples/broken"]).stdout).not.toMatch(ANSI);
    expect(runCli(["validate", "examples/broken"], { env: { NO_COLOR: "1" } }).stdout).not.toMatch(ANSI);
    expect(runCli(["validate", "nope.yaml"]).stderr).not.toMatch(ANSI);
  });

  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

  it.skipIf(!hasScript)("on a TTY: colours, unless NO_COLOR", () => {
    const tty = (env: Record<string, string>) =>
      spawnSync(
        "script",
        ["-qec", `"${process.execPath}" "${CLI}" validate examples/broken/schema.yaml`, "/dev/null"],
        {
          cwd: REPO,
          encoding: "utf8",
          env: { ...process.env, FORCE_COLOR: "", ...env },
          timeout: 30_000,
        },
      ).stdout;
    expect(tty({})).toMatch(ANSI);
    expect(tty({ NO_COLOR: "1" })).not.toMatch(ANSI);
  });

  it("hostile files: a diagnostic and exit 1, never a stack trace", () => {
    const dir = tempTree({
      "garbage.yaml": Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256),
      "bomb.yaml": `orgspec: 1\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n`,
      "empty.yaml": "",
      "deep.yaml": `orgspec: 1\nunits: ${"[".repeat(50_000)}\n`,
    });
    for (const file of ["garbage.yaml", "bomb.yaml", "empty.yaml", "deep.yaml"]) {
      const start = performance.now();
      const run = runCli(["validate", file, "--format", "json"], { cwd: dir });
      expect(performance.now() - start, file).toBeLessThan(15_000);
      expect(run.status, file).toBe(1);
      const report = json(run);
      expect(report.ok).toBe(false);
      expect(report.diagnostics.length, file).toBeGreaterThan(0);
      expect(report.diagnostics.every((d: { file: string }) => d.file === file)).toBe(true);
    }
  });

  it("a root path that is a dangling symlink is exit 2 with a message, not a stack", () => {
    const dir = tempTree({ "org.yaml": { link: "gone/org.yaml" } });
    const run = runCli(["validate", "org.yaml"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("org.yaml");
  });
});

describe("paths relative to the working directory", () => {
  it("run from examples/, every path in the report is relative to it", () => {
    const cwd = example();
    const run = runCli(["validate", "renewal-channel/org.yaml", "--format", "json"], { cwd });
    const report = json(run);
    expect(report.files).toEqual([
      "renewal-channel/org.yaml",
      "renewal-channel/branches/beijing.yaml",
      "renewal-channel/branches/guangdong.yaml",
    ]);
    expect(report.diagnostics.map((d: { file: string }) => d.file)).toEqual([
      "renewal-channel/branches/beijing.yaml",
      "renewal-channel/branches/beijing.yaml",
      "renewal-channel/branches/guangdong.yaml",
      "renewal-channel/branches/guangdong.yaml",
    ]);
  });

  it("an absolute path argument is still shown relative to the working directory", () => {
    const run = runCli(["validate", example("broken", "duplicate-id.yaml"), "--format", "json"], { cwd: example() });
    const [d] = json(run).diagnostics;
    expect(d.file).toBe("broken/duplicate-id.yaml");
    expect(d.related[0].file).toBe("broken/duplicate-id.yaml");
  });

  it("a folder argument from another working directory", () => {
    const run = runCli(["validate", "broken", "--format", "compact"], { cwd: example() });
    const lines = run.stdout.split("\n");
    // Sorted by file: csv-syntax.csv comes first.
    expect(lines[0]).toMatch(/^broken\/csv-syntax\.csv:3:8: error /);
    expect(lines).toContainEqual(expect.stringMatching(/^broken\/duplicate-id\.yaml:18:9: error /));
  });

  it("paths in the text report too", () => {
    const run = runCli(["validate", "../examples/broken/schema.yaml"], { cwd: join(REPO, "src") });
    expect(run.stdout.split("\n")[0]).toMatch(/^\.\.\/examples\/broken\/schema\.yaml:18:5 {2}error {2}/);
  });
});

describe("version and schema", () => {
  it("--version prints package.json's version", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8"));
    const run = runCli(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  it("schema prints the JSON Schema of org files", () => {
    const run = runCli(["schema"]);
    expect(run.status).toBe(0);
    const schema = json(run);
    expect(schema.type).toBe("object");
    expect(schema.properties.units).toBeDefined();
    expect(schema.properties.people).toBeDefined();
    expect(schema.properties.orgspec).toBeDefined();
    expect(schema.required).toEqual(expect.arrayContaining(["orgspec", "blueprint"]));
  });

  it("schema --blueprint prints the JSON Schema of blueprint files", () => {
    const run = runCli(["schema", "--blueprint"]);
    expect(run.status).toBe(0);
    const schema = json(run);
    expect(schema.properties.unitTypes).toBeDefined();
    expect(schema.properties.roles).toBeDefined();
    expect(schema.properties.units).toBeUndefined();
  });
});

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

/**
 * A strict checker for the XML subset a JUnit report uses: a declaration, elements with
 * double-quoted attributes, text with the five entities or numeric references. Throws on
 * unbalanced tags, stray `<` or `&`, or characters XML 1.0 forbids.
 */
function parseXml(xml: string): XmlElement[] {
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\r?\n/;
  if (!declaration.test(xml)) throw new Error("no XML declaration");
  if (/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.test(xml)) throw new Error("a character XML forbids");
  const entity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const body = xml.replace(declaration, "");
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|([^<]+)/gy;
  const elements: XmlElement[] = [];
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  for (let m = token.exec(body); m !== null; m = token.exec(body)) {
    at = token.lastIndex;
    const [whole, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (entity.test(text)) throw new Error(`stray &: ${text.slice(0, 40)}`);
      if (open.length === 0 && text.trim() !== "") throw new Error("text outside the root element");
      continue;
    }
    if (whole.startsWith("<![CDATA[")) continue;
    if (closing) {
      if (open.pop() !== name) throw new Error(`unbalanced </${name}>`);
      continue;
    }
    if (entity.test(attrs ?? "")) throw new Error(`stray & in attributes of <${name}>`);
    if (open.length === 0 && ++roots > 1) throw new Error("more than one root element");
    const attributes: Record<string, string> = {};
    for (const a of (attrs ?? "").matchAll(/([A-Za-z][\w.-]*)="([^"]*)"/g)) {
      if (Object.hasOwn(attributes, a[1] as string)) throw new Error(`attribute ${a[1]} twice`);
      attributes[a[1] as string] = a[2] as string;
    }
    elements.push({ name: name as string, attributes });
    if (!selfClosing) open.push(name as string);
  }
  if (at !== body.length) throw new Error(`cannot parse from: ${body.slice(at, at + 30)}`);
  if (open.length > 0) throw new Error(`unclosed <${open.at(-1)}>`);
  return elements;
}

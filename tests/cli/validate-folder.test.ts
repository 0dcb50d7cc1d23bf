/**
 * `orgspec validate` in CI (issue 16): no false green in folder mode (unreached-file), each
 * root once, one org in memory at a time, several report formats in one run, `-o -`,
 * `--max-warnings -1`, JUnit counts that add up, GitHub annotations GitHub can place.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateOrg } from "orgspec/generate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, requireCli, runCli } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";

const TMP = mkdtempSync(join(tmpdir(), "orgspec-validate-folder-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** The example org, with shanghai.yaml beside its branches but not included, and files of other kinds. */
function orphanFolder(): string {
  const dir = join(TMP, "orphan");
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(REPO, "examples/renewal-channel"), dir, { recursive: true });
  const root = join(dir, "org.yaml");
  writeFileSync(
    root,
    readFileSync(root, "utf8").replace(
      "include: [branches/*.yaml]",
      "include: [branches/beijing.yaml, branches/guangdong.yaml]",
    ),
  );
  // Broken and included by no root: the false green of issue 16.
  writeFileSync(
    join(dir, "branches/shanghai.yaml"),
    "units:\n  - { id: sh, type: branch-premium-dept, name: SH, parent: hq\n",
  );
  // Not org files: a CI workflow, a scenario, a blueprint, an HRIS export that is no roster.
  mkdirSync(join(dir, ".github/workflows"), { recursive: true });
  writeFileSync(join(dir, ".github/workflows/ci.yml"), "name: ci\non: push\n");
  writeFileSync(join(dir, "ci.yml"), "name: ci\non: push\n");
  writeFileSync(join(dir, "2014.yaml"), 'orgspec-scenario: 1\nbase: "2013"\n');
  writeFileSync(join(dir, "bp.yaml"), "orgspec-blueprint: 1\nid: x\nroles: {}\nunitTypes: {}\n");
  writeFileSync(join(dir, "hris.csv"), "Employee ID,Full Name\n1,王芳\n");
  // A YAML file that does not parse and has no org key: it may be an org file, broken.
  writeFileSync(join(dir, "notes.yaml"), "a: [1,\n");
  // A roster nobody includes.
  writeFileSync(join(dir, "branches/extra.csv"), "id,name,unit,role\n900001,周一,bj,deputy-head\n");
  return dir;
}

describe("folder mode: unreached-file", () => {
  let dir: string;
  beforeAll(() => {
    dir = orphanFolder();
  });

  it("reports every org file no root reaches, at 1:1, as a warning; other YAML and CSV files are left alone", () => {
    const run = runCli(["validate", ".", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      diagnostics: Array<{ code: string; file: string; line: number; column: number; severity: string; data: unknown }>;
    };
    const unreached = report.diagnostics.filter((d) => d.code === "unreached-file");
    expect(unreached.map((d) => [d.file, d.line, d.column, d.severity, d.data])).toEqual([
      ["branches/extra.csv", 1, 1, "warning", { file: "branches/extra.csv", reason: "not-included" }],
      ["branches/shanghai.yaml", 1, 1, "warning", { file: "branches/shanghai.yaml", reason: "not-included" }],
      ["notes.yaml", 1, 1, "warning", { file: "notes.yaml", reason: "does-not-parse" }],
    ]);
  });

  it("fails CI with --max-warnings 0, and --no-unreached skips the check", () => {
    expect(runCli(["validate", dir, "--max-warnings", "0", "-q"]).status).toBe(1);
    const skipped = runCli(["validate", dir, "--no-unreached", "--format", "compact"]);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).not.toContain("unreached-file");
  });

  it("a file reached through a root given apart is reached too; a root file given alone has no folder check", () => {
    const alone = runCli(["validate", join(dir, "org.yaml"), "--format", "compact"]);
    expect(alone.stdout).not.toContain("unreached-file");
  });
});

describe("each root once", () => {
  it("validate org/ org/org.yaml reads the example once: 3 files, counts not doubled", () => {
    const dir = join(REPO, "examples/renewal-channel");
    const once = runCli(["validate", dir, "--format", "json"]);
    const twice = runCli([
      "validate",
      dir,
      join(dir, "org.yaml"),
      "examples/renewal-channel/org.yaml",
      "--format",
      "json",
    ]);
    expect(twice.status).toBe(0);
    const a = JSON.parse(once.stdout) as { files: string[]; summary: unknown; diagnostics: unknown[] };
    const b = JSON.parse(twice.stdout) as typeof a;
    expect(b.files).toHaveLength(3);
    expect(b.files).toEqual(a.files);
    expect(b.summary).toEqual(a.summary);
    expect(b.diagnostics).toEqual(a.diagnostics);
  });
});

describe("outputs", () => {
  it("--report writes other formats in the same run, parent folders made; stdout keeps --format", () => {
    const out = join(TMP, "reports");
    rmSync(out, { recursive: true, force: true });
    const run = runCli([
      "validate",
      "examples/broken/schema.yaml",
      "--format",
      "github",
      "--report",
      `sarif=${join(out, "deep/er/orgspec.sarif")}`,
      "--report",
      `junit=${join(out, "junit.xml")}`,
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")[0]).toMatch(/^::error file=examples\/broken\/schema\.yaml,line=\d+,col=\d+/);
    const sarif = JSON.parse(readFileSync(join(out, "deep/er/orgspec.sarif"), "utf8")) as {
      version: string;
      runs: unknown[];
    };
    expect(sarif.version).toBe("2.1.0");
    expect(readFileSync(join(out, "junit.xml"), "utf8")).toContain(
      '<testsuites name="orgspec" tests="1" failures="1" errors="0">',
    );
  });

  it("--report without a format or a file is a usage error, and nothing is written", () => {
    for (const bad of ["sarif", "=x.sarif", "yaml=x.yaml"]) {
      const run = runCli(["validate", "examples/renewal-channel/org.yaml", "--report", bad], { cwd: TMP });
      expect(run.status, bad).toBe(2);
      expect(run.stderr).toContain("--report expects <format>=<file>");
    }
  });

  it("-o - is standard output", () => {
    const run = runCli(["validate", "examples/broken/schema.yaml", "-o", "-", "--format", "compact"], { cwd: REPO });
    expect(run.stdout).toContain("[schema]");
    expect(existsSync(join(REPO, "-"))).toBe(false);
  });

  it("--max-warnings -1 means no limit; other negative numbers are usage errors", () => {
    const warning = "examples/broken/over-plan.yaml";
    expect(runCli(["validate", warning, "--max-warnings", "0", "-q"]).status).toBe(1);
    expect(runCli(["validate", warning, "--max-warnings", "-1", "-q"]).status).toBe(0);
    expect(runCli(["validate", warning, "--max-warnings", "-2", "-q"]).status).toBe(2);
  });
});

describe("a folder of large orgs needs the memory of one", () => {
  it("three generated 100,000-person orgs validate under a heap that fits one of them", () => {
    requireCli();
    const big = join(TMP, "big");
    for (const seed of [1, 2, 3]) {
      const files = generateOrg({ people: 100_000, seed });
      mkdirSync(join(big, `o${seed}`), { recursive: true });
      for (const [path, text] of files) writeFileSync(join(big, `o${seed}`, path), text);
    }
    // 250 MB of old space: one org loads in it; three held at once (their files' text and
    // their models) do not, as before this issue.
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=250", CLI, "validate", big, "--format", "compact", "-q"],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 180_000);
});

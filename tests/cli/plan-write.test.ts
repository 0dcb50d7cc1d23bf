/**
 * `orgspec plan --write` (cli.md, "plan"): the round trip on an org of a root file (LF), an
 * included YAML file (CRLF) and a CSV roster, with comments, Chinese names and flow and
 * block units. Every file's new text is written out by hand: only plan entries change.
 *
 * By hand, period 2014 (the fixture of tests/cli/plan.test.ts, with default plans
 * `branch: { head: 1 }`, `team: { lead: 1, spec: 1 }` and a trainer per 2 leads):
 *
 * | unit | role    | required                 | own plan before | written             |
 * |------|---------|--------------------------|-----------------|---------------------|
 * | hq   | head    | fixed 1                  | —               | head: 1 (added)     |
 * | hq   | trainer | no norm                  | 1               | kept                |
 * | bj   | head    | fixed 1                  | — (default 1)   | nothing             |
 * | bj   | trainer | 3 leads ÷ 2 = 1.5 → 2    | 1               | trainer: 2          |
 * | t1   | lead    | fixed 1                  | 1               | nothing             |
 * | t1   | spec    | 3100/1000 + 1000/5000 → 4| 2               | spec: 4             |
 * | t2   | lead    | fixed 1                  | — (default 1)   | nothing             |
 * | t2   | spec    | 2200/1000 → 3            | — (default 1)   | plan: { spec: 3 }   |
 * | t3   | lead    | fixed 1                  | — (default 1)   | nothing             |
 * | t3   | spec    | no drivers; min 1        | — (default 1)   | nothing             |
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as yaml from "yaml";
import { main } from "../../src/cli/main.js";
import { supplyYamlPackage } from "../../src/source/yaml-package.js";
import { requireCli, runCli } from "../helpers/cli.js";
import { removeTempTrees, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);
beforeAll(requireCli);

const ROOT = `# 续收渠道 (mini): the root file
orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: mini
  roles:
    head: { title: Head }
    lead: { title: Team lead }
    spec: { title: Specialist }
    trainer: { title: Trainer }
  unitTypes:
    top: { title: Top, level: 1, headRole: head, roles: [head, trainer] }
    branch: { title: Branch, level: 2, parents: [top], headRole: head, roles: [head, trainer], plan: { head: 1 } }
    team: { title: Team, level: 3, parents: [branch], headRole: lead, roles: [lead, spec], plan: { lead: 1, spec: 1 } }
  drivers:
    premium: { title: Premium due, unit: 万元 }
    orphans: { title: Orphan policies, unit: 件 }
  norms:
    - { role: spec, in: [team], per: [{ driver: premium, rate: 1000 }, { driver: orphans, rate: 5000 }], min: 1 }
    - { role: lead, in: [team], fixed: 1 }
    - { role: trainer, in: [branch], per: [{ role: lead, rate: 2 }], round: round }
    - { role: head, in: [top, branch], fixed: 1 }
include: [branches/*.yaml, staff/roster.csv]
units:
  - id: hq          # 总公司
    type: top
    name: 总公司保费部
    plan:
      trainer: 1    # no norm for trainers at the top: kept
  - { id: bj, type: branch, name: 北京分公司, parent: hq, plan: { trainer: 1 } }   # 编制 2013
people:
  - { id: "1", name: 王建国, unit: hq, role: head }
  - { id: "2", name: 张伟, unit: bj, role: head }
`;

const ROOT_AFTER = ROOT.replace(
  "      trainer: 1    # no norm for trainers at the top: kept\n",
  "      trainer: 1    # no norm for trainers at the top: kept\n      head: 1\n",
).replace("plan: { trainer: 1 } }   # 编制 2013", "plan: { trainer: 2 } }   # 编制 2013");

const BRANCH = [
  "# 北京的团队 (the teams of bj)",
  "units:",
  '  - { id: t1, type: team, name: 朝阳团队, parent: bj, plan: { spec: 2, lead: 1 }, drivers: { premium: { "2013": 2500, "2014": 3100 }, orphans: 1000 } }',
  "  - id: t2   # 海淀",
  "    type: team",
  "    name: 海淀团队",
  "    parent: bj",
  "    drivers:",
  '      premium: { "2013": 400, "2014": 2200 }   # 万元',
  "  # t3 has no drivers yet",
  "  - { id: t3, type: team, name: 西城团队, parent: bj }",
  "people:",
  '  - { id: "3", name: 李娜, unit: t1, role: lead }',
  '  - { id: "4", name: 刘洋, unit: t1, role: spec }',
  '  - { id: "5", name: 陈静, unit: t1, role: spec }',
  "",
].join("\r\n");

const BRANCH_AFTER = [
  "# 北京的团队 (the teams of bj)",
  "units:",
  '  - { id: t1, type: team, name: 朝阳团队, parent: bj, plan: { spec: 4, lead: 1 }, drivers: { premium: { "2013": 2500, "2014": 3100 }, orphans: 1000 } }',
  "  - id: t2   # 海淀",
  "    type: team",
  "    name: 海淀团队",
  "    parent: bj",
  "    drivers:",
  '      premium: { "2013": 400, "2014": 2200 }   # 万元',
  "    plan: { spec: 3 }",
  "  # t3 has no drivers yet",
  "  - { id: t3, type: team, name: 西城团队, parent: bj }",
  "people:",
  '  - { id: "3", name: 李娜, unit: t1, role: lead }',
  '  - { id: "4", name: 刘洋, unit: t1, role: spec }',
  '  - { id: "5", name: 陈静, unit: t1, role: spec }',
  "",
].join("\r\n");

const ROSTER = "id,name,unit,role\r\n6,赵敏,t2,lead\r\n7,孙丽,t2,spec\r\n";

const FILES = { "org.yaml": ROOT, "branches/bj.yaml": BRANCH, "staff/roster.csv": ROSTER };

const NOTE =
  'orgspec plan: note: 2 norms counted a missing driver as 0 for period 2014 (t2 spec, t3 spec); "orgspec validate" lists them\n';

const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");

/** The diagnostics of `orgspec validate --format json`, as `severity code message` lines. */
function validate(dir: string): { status: number | null; lines: string[] } {
  const run = runCli(["validate", "org.yaml", "--format", "json"], { cwd: dir });
  const json = JSON.parse(run.stdout) as { diagnostics: { severity: string; code: string; message: string }[] };
  return { status: run.status, lines: json.diagnostics.map((d) => `${d.severity} ${d.code} ${d.message}`) };
}

describe("orgspec plan --write: the round trip", () => {
  let dir: string;
  let before: { status: number | null; lines: string[] };
  beforeAll(() => {
    dir = tempTree(FILES);
    before = validate(dir);
  });

  it("writes the required figures into the files that define the units, changing nothing else", () => {
    const run = runCli(["plan", "org.yaml", "--write"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Headcount demand of 总公司保费部 (hq)"); // the report, as without --write
    expect(run.stderr).toBe(`${NOTE}orgspec plan: wrote 4 plan entries in 2 files: org.yaml, branches/bj.yaml\n`);
    expect(read(dir, "org.yaml")).toBe(ROOT_AFTER);
    expect(read(dir, "branches/bj.yaml")).toBe(BRANCH_AFTER);
    expect(read(dir, "staff/roster.csv")).toBe(ROSTER);
  });

  it("the org still validates: no errors, and no diagnostic that was not there before", () => {
    const after = validate(dir);
    expect(before.status).toBe(0);
    expect(after.status).toBe(0);
    expect(after.lines.filter((l) => l.startsWith("error"))).toEqual([]);
    const was = new Set(before.lines);
    const added = after.lines.filter((l) => !was.has(l) && !/^info vacancy /.test(l));
    expect(added).toEqual([]);
    expect(before.lines.some((l) => l.includes("plan-below-norm"))).toBe(true);
    expect(after.lines.some((l) => l.includes("plan-below-norm"))).toBe(false);
  });

  it("plan afterwards: every row's plan gap is 0", () => {
    const run = runCli(["plan", "org.yaml", "--by", "unit", "--format", "json"], { cwd: dir });
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { rows: { unit: string; role: string; planGap: number }[] };
    expect(json.rows.length).toBe(10);
    expect(json.rows.filter((r) => r.planGap !== 0)).toEqual([]);
  });

  it("is idempotent: a second run writes 0 entries and leaves the files as they are", () => {
    const run = runCli(["plan", "org.yaml", "--write"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `${NOTE}orgspec plan: wrote 0 plan entries: every plan already gives the required figures\n`,
    );
    expect(read(dir, "org.yaml")).toBe(ROOT_AFTER);
    expect(read(dir, "branches/bj.yaml")).toBe(BRANCH_AFTER);
  });
});

describe("orgspec plan --write: options", () => {
  it("with --format json -o: the report goes to its file, the plans to theirs", () => {
    const dir = tempTree(FILES);
    const run = runCli(["plan", "org.yaml", "--write", "--format", "json", "-o", "report.json"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const report = JSON.parse(read(dir, "report.json")) as { rows: { unit: string; role: string; planGap: number }[] };
    expect(report.rows.find((r) => r.unit === "t1" && r.role === "spec")?.planGap).toBe(2); // as it was before
    expect(read(dir, "org.yaml")).toBe(ROOT_AFTER);
    expect(read(dir, "branches/bj.yaml")).toBe(BRANCH_AFTER);
  });

  it("--unit: only that subtree; --period: that period's figures", () => {
    const dir = tempTree(FILES);
    const run = runCli(["plan", "org.yaml", "--write", "--unit", "t1", "--period", "2013"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("orgspec plan: wrote 1 plan entry in 1 file: branches/bj.yaml\n");
    // 2013: 2500/1000 + 1000/5000 = 2.7 → 3
    expect(read(dir, "branches/bj.yaml")).toBe(
      BRANCH.replace("plan: { spec: 2, lead: 1 }", "plan: { spec: 3, lead: 1 }"),
    );
    expect(read(dir, "org.yaml")).toBe(ROOT);
  });

  it("a BOM stays", () => {
    const dir = tempTree({ ...FILES, "org.yaml": `\uFEFF${ROOT}` });
    expect(runCli(["plan", "org.yaml", "--write"], { cwd: dir }).status).toBe(0);
    expect(read(dir, "org.yaml")).toBe(`\uFEFF${ROOT_AFTER}`);
  });
});

describe("orgspec plan --write: help", () => {
  it("--help lists --write", () => {
    const help = runCli(["plan", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("      --write                   set each unit's plan: to the required figures");
    expect(help.stdout).toContain("orgspec plan org/org.yaml --period 2014 --write\n");
  });
});

describe("orgspec plan --write: refusals", () => {
  it("an org on standard input is a usage error (exit 2)", () => {
    const run = runCli(["plan", "-", "--write"], { input: ROOT });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "orgspec plan: --write edits the org's files; it cannot write an org read from standard input\n",
    );
  });

  it("an org with errors exits 1 and writes nothing", () => {
    const broken = BRANCH.replace("parent: bj }", "parent: nowhere }");
    const dir = tempTree({ ...FILES, "branches/bj.yaml": broken });
    const run = runCli(["plan", "org.yaml", "--write"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("unknown-reference");
    expect(read(dir, "org.yaml")).toBe(ROOT);
    expect(read(dir, "branches/bj.yaml")).toBe(broken);
  });

  it("a plan the text cannot safely change (an alias) exits 2 and writes nothing", () => {
    const aliased = BRANCH.replace("plan: { spec: 2, lead: 1 }", "plan: &p { spec: 2, lead: 1 }");
    const dir = tempTree({ ...FILES, "branches/bj.yaml": aliased });
    const run = runCli(["plan", "org.yaml", "--write"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('orgspec plan: cannot write branches/bj.yaml: unit "t1": its plan: is anchored (&p)');
    expect(read(dir, "org.yaml")).toBe(ROOT);
    expect(read(dir, "branches/bj.yaml")).toBe(aliased);
  });

  it("a file changed on disk after it was read: exit 2, the change kept, nothing written", async () => {
    supplyYamlPackage(yaml);
    const dir = tempTree(FILES);
    const theirs = BRANCH.replace("# 北京的团队", "# 北京的团队, edited meanwhile");
    let stderr = "";
    const io = {
      cwd: dir,
      env: {},
      // The report is printed after the org was read and before anything is written.
      stdout: { write: () => writeFileSync(join(dir, "branches/bj.yaml"), theirs) },
      stderr: { write: (text: string) => void (stderr += text) },
      readStdin: () => "",
    };
    expect(await main(io, ["plan", "org.yaml", "--write"])).toBe(2);
    expect(stderr).toContain("orgspec plan: branches/bj.yaml changed on disk while plan ran; nothing written\n");
    expect(read(dir, "branches/bj.yaml")).toBe(theirs);
    expect(read(dir, "org.yaml")).toBe(ROOT);
  });
});

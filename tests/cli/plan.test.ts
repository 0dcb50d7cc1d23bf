/**
 * `orgspec plan` as a process (cli.md, "plan"): every format, every --by, --unit, --period,
 * --attrition, -o, exit codes 0/1/2 with their messages, CJK alignment, CSV quoting and
 * Markdown escaping. The figures are worked out by hand on FIXTURE below.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/report/width.js";
import { type CliRun, requireCli, runCli } from "../helpers/cli.js";
import { removeTempTrees, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);
beforeAll(requireCli);

/**
 * An inline blueprint with drivers and norms, driver amounts for 2013 and 2014. By hand:
 *
 * | unit | role    | norm                                  | 2013 req | 2014 req | plan | posts |
 * |------|---------|---------------------------------------|---------:|---------:|-----:|------:|
 * | hq   | head    | fixed 1                               | 1        | 1        | 0    | 1     |
 * | bj   | head    | fixed 1                               | 1        | 1        | 0    | 1     |
 * | bj   | trainer | leads required below ÷ 3, round: 3/3  | 1        | 1        | 1    | 0     |
 * | t1   | lead    | fixed 1                               | 1        | 1        | 1    | 1     |
 * | t1   | spec    | premium/1000 + orphans/5000, ceil     | 2.7 → 3  | 3.3 → 4  | 2    | 2     |
 * | t2   | lead    | fixed 1                               | 1        | 1        | 1    | 1     |
 * | t2   | spec    | 400/1000 (2013), none (2014); min 1   | 1        | 1        | 1    | 1     |
 * | t3   | lead    | fixed 1                               | 1        | 1        | 1    | 0     |
 * | t3   | spec    | no drivers; min 1                     | 1        | 1        | 0    | 0     |
 *
 * Missing drivers (counted 0): 2014 t2 spec (premium, orphans), t3 spec (both) — 2 norms;
 * 2013 t2 spec (orphans), t3 spec (both) — 2 norms.
 */
const FIXTURE = `orgspec: 1
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
    branch: { title: Branch, level: 2, parents: [top], headRole: head, roles: [head, trainer] }
    team: { title: Team, level: 3, parents: [branch], headRole: lead, roles: [lead, spec] }
  drivers:
    premium: { title: Premium due, unit: 万元 }
    orphans: { title: Orphan policies, unit: 件 }
  norms:
    - { role: spec, in: [team], per: [{ driver: premium, rate: 1000 }, { driver: orphans, rate: 5000 }], min: 1 }
    - { role: lead, in: [team], fixed: 1 }
    - { role: trainer, in: [branch], per: [{ role: lead, rate: 3 }], round: round }
    - { role: head, in: [top, branch], fixed: 1 }
units:
  - { id: hq, type: top, name: HQ }
  - { id: bj, type: branch, name: BJ, parent: hq, planTotal: 5, plan: { trainer: 1 } }
  - { id: t1, type: team, name: T1, parent: bj, plan: { spec: 2, lead: 1 }, drivers: { premium: { "2013": 2500, "2014": 3100 }, orphans: 1000 } }
  - { id: t2, type: team, name: T2, parent: bj, plan: { spec: 1, lead: 1 }, drivers: { premium: { "2013": 400 } } }
  - { id: t3, type: team, name: T3, parent: bj, plan: { lead: 1 } }
people:
  - { id: "1", name: A, unit: hq, role: head }
  - { id: "2", name: B, unit: bj, role: head }
  - { id: "3", name: C, unit: t1, role: lead }
  - { id: "4", name: D, unit: t1, role: spec }
  - { id: "5", name: E, unit: t1, role: spec }
  - { id: "6", name: F, unit: t2, role: lead }
  - { id: "7", name: G, unit: t2, role: spec }
`;

type Figures = [required: number, planned: number, posts: number, planGap: number, toHire: number, surplus: number];
type FullFigures = {
  required: number;
  planned: number;
  posts: number;
  filled: number;
  planGap: number;
  toHire: number;
  surplus: number;
};

/** Rows for 2014 by hand: [required, planned, posts, filled, planGap, toHire, surplus]. */
const ROWS_2014: Record<string, [number, number, number, number, number, number, number]> = {
  "hq head": [1, 0, 1, 0, 1, 0, 0],
  "bj head": [1, 0, 1, 0, 1, 0, 0],
  "bj trainer": [1, 1, 0, 0, 0, 1, 0],
  "t1 lead": [1, 1, 1, 1, 0, 0, 0],
  "t1 spec": [4, 2, 2, 2, 2, 2, 0],
  "t2 lead": [1, 1, 1, 1, 0, 0, 0],
  "t2 spec": [1, 1, 1, 1, 0, 0, 0],
  "t3 lead": [1, 1, 0, 0, 0, 1, 0],
  "t3 spec": [1, 0, 0, 0, 1, 1, 0],
};

const full = ([required, planned, posts, filled, planGap, toHire, surplus]: number[]): FullFigures =>
  ({ required, planned, posts, filled, planGap, toHire, surplus }) as FullFigures;

let dir: string;
beforeAll(() => {
  dir = tempTree({ "org.yaml": FIXTURE });
});

/** `orgspec plan org.yaml ...args` in the fixture's folder. */
const plan = (...args: string[]): CliRun => runCli(["plan", "org.yaml", ...args], { cwd: dir });

/** A fixture variant's folder. */
const variant = (text: string) => tempTree({ "org.yaml": text });

/** The figures of each line of a text table below its header (key → the six figures). */
function textGroups(stdout: string): Map<string, Figures> {
  const lines = stdout.split("\n");
  const header = lines.findIndex((l) => l.includes("required"));
  const out = new Map<string, Figures>();
  for (const line of lines.slice(header + 1).filter((l) => l.trim() !== "")) {
    const cells = line.trim().split(/\s{2,}/);
    out.set(cells[0] as string, cells.slice(-6).map(Number) as Figures);
  }
  return out;
}

/** The display columns where each word of `line` ends (or starts), for alignment checks. */
function edges(line: string, at: "start" | "end"): number[] {
  return [...line.matchAll(/\S+/g)].map((m) =>
    displayWidth(line.slice(0, (m.index as number) + (at === "end" ? m[0].length : 0))),
  );
}

const NOTE_2014 =
  'orgspec plan: note: 2 norms counted a missing driver as 0 for period 2014 (t2 spec, t3 spec); "orgspec validate" lists them\n';

describe("orgspec plan: text", () => {
  it("by branch (the default), period 2014 (the latest), aligned, with a total and a note on stderr", () => {
    const run = plan();
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        "Headcount demand of HQ (hq), the whole org, period 2014 (of 2013, 2014)",
        "",
        "  branch  name  required  planned  posts  plan gap  to hire  surplus",
        "  hq      HQ           1        0      1         1        0        0",
        "  bj      BJ          11        7      6         4        5        0",
        "  total               12        7      7         5        5        0",
        "",
      ].join("\n"),
    );
    expect(run.stderr).toBe(NOTE_2014);
  });

  it("--by unit indents units below the scope's top and names them", () => {
    const run = plan("--by", "unit");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("  unit    name  required  planned  posts  plan gap  to hire  surplus\n");
    expect(run.stdout).toContain("\n      t1  T1           5        3      3         2        2        0\n");
    expect([...textGroups(run.stdout)]).toEqual([
      ["hq", [1, 0, 1, 1, 0, 0]],
      ["bj", [2, 1, 1, 1, 1, 0]],
      ["t1", [5, 3, 3, 2, 2, 0]],
      ["t2", [2, 2, 2, 0, 0, 0]],
      ["t3", [2, 1, 0, 1, 2, 0]],
      ["total", [12, 7, 7, 5, 5, 0]],
    ]);
  });

  it("--by role names the roles by their blueprint titles", () => {
    const run = plan("--by", "role");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}lead +Team lead +3 +3 +2 +0 +1 +0$/m);
    expect(Object.fromEntries(textGroups(run.stdout))).toEqual({
      head: [2, 0, 2, 2, 0, 0],
      trainer: [1, 1, 0, 0, 1, 0],
      lead: [3, 3, 2, 0, 1, 0],
      spec: [6, 3, 3, 3, 3, 0],
      total: [12, 7, 7, 5, 5, 0],
    });
  });

  it("--by type and --by level (a level has no name column)", () => {
    const type = plan("--by", "type");
    expect(type.stdout).toMatch(/^ {2}team +Team +9 +6 +5 +3 +4 +0$/m);
    expect([...textGroups(type.stdout)]).toEqual([
      ["top", [1, 0, 1, 1, 0, 0]],
      ["branch", [2, 1, 1, 1, 1, 0]],
      ["team", [9, 6, 5, 3, 4, 0]],
      ["total", [12, 7, 7, 5, 5, 0]],
    ]);
    const level = plan("--by", "level");
    expect(level.stdout).toContain("  level  required  planned  posts  plan gap  to hire  surplus\n");
    expect([...textGroups(level.stdout)]).toEqual([
      ["1", [1, 0, 1, 1, 0, 0]],
      ["2", [2, 1, 1, 1, 1, 0]],
      ["3", [9, 6, 5, 3, 4, 0]],
      ["total", [12, 7, 7, 5, 5, 0]],
    ]);
  });

  it("--period 2013 against the default 2014: t1 needs 3 specialists, not 4", () => {
    const run = plan("--period", "2013");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Headcount demand of HQ (hq), the whole org, period 2013 (of 2013, 2014)");
    expect([...textGroups(run.stdout)]).toEqual([
      ["hq", [1, 0, 1, 1, 0, 0]],
      ["bj", [10, 7, 6, 3, 4, 0]],
      ["total", [11, 7, 7, 4, 4, 0]],
    ]);
    expect(run.stderr).toContain("2 norms counted a missing driver as 0 for period 2013 (t2 spec, t3 spec)");
    const explicit = plan("--period", "2014");
    expect(explicit.stdout).toBe(plan().stdout);
  });

  it("--unit: only the subtree, named in the header; the note counts only its norms", () => {
    const bj = plan("--unit", "bj");
    expect(bj.status).toBe(0);
    expect(bj.stdout.split("\n")[0]).toBe(
      "Headcount demand of BJ (bj) and the units below it, period 2014 (of 2013, 2014)",
    );
    expect([...textGroups(bj.stdout)]).toEqual([
      ["bj", [11, 7, 6, 4, 5, 0]],
      ["total", [11, 7, 6, 4, 5, 0]],
    ]);
    const t1 = plan("--unit", "t1", "--by", "unit");
    expect([...textGroups(t1.stdout)]).toEqual([
      ["t1", [5, 3, 3, 2, 2, 0]],
      ["total", [5, 3, 3, 2, 2, 0]],
    ]);
    expect(t1.stderr).toBe("");
    const t2 = plan("--unit", "t2");
    expect(t2.stderr).toBe(
      'orgspec plan: note: 1 norm counted a missing driver as 0 for period 2014 (t2 spec); "orgspec validate" lists them\n',
    );
  });

  it("--attrition adds ceil(share × min(posts, required)) to hire, and says so", () => {
    const run = plan("--by", "role", "--attrition", "spec=0.5", "--attrition", "lead=0.25");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[1]).toBe("  to hire includes attrition: spec 0.5, lead 0.25");
    // spec: t1 2 + ceil(0.5 × 2) = 3, t2 0 + ceil(0.5 × 1) = 1, t3 1 + ceil(0.5 × 0) = 1 → 5
    // lead: t1 0 + ceil(0.25 × 1) = 1, t2 0 + 1 = 1, t3 1 + 0 = 1 → 3; head 0, trainer 1
    expect(Object.fromEntries(textGroups(run.stdout))).toEqual({
      head: [2, 0, 2, 2, 0, 0],
      trainer: [1, 1, 0, 0, 1, 0],
      lead: [3, 3, 2, 0, 3, 0],
      spec: [6, 3, 3, 3, 5, 0],
      total: [12, 7, 7, 5, 9, 0],
    });
    // 2013, bj only: t1 spec 1 + ceil(0.5 × 2) = 2; t2 spec 0 + 1; t3 spec 1; leads 1 (t3); trainer 1 → 6
    const y2013 = plan("--period", "2013", "--unit", "bj", "--attrition", "spec=.5");
    expect(textGroups(y2013.stdout).get("total")).toEqual([10, 7, 6, 3, 6, 0]);
    const none = plan("--attrition", "spec=0");
    expect(textGroups(none.stdout).get("total")).toEqual([12, 7, 7, 5, 5, 0]);
    const all = plan("--attrition", "spec=1");
    // spec: t1 2 + 2, t2 0 + 1, t3 1 + 0 → 6 (3 more than without)
    expect(textGroups(all.stdout).get("total")).toEqual([12, 7, 7, 5, 8, 0]);
  });

  it("a surplus and a plan above the norm (negative plan gap)", () => {
    const more = variant(
      FIXTURE.replace("plan: { spec: 1, lead: 1 }", "plan: { spec: 3, lead: 1 }").concat(
        '  - { id: "8", name: H, unit: t2, role: spec }\n',
      ),
    );
    const run = runCli(["plan", "org.yaml", "--by", "unit"], { cwd: more });
    expect(run.status).toBe(0);
    // t2: spec required 1, planned 3, posts 2 → plan gap −2, surplus 1; lead 1/1/1
    expect(textGroups(run.stdout).get("t2")).toEqual([2, 4, 3, -2, 0, 1]);
    expect(textGroups(run.stdout).get("total")).toEqual([12, 9, 8, 3, 5, 1]);
  });

  it("aligns a Chinese unit id and name by display width (two cells a character)", () => {
    const cjk = variant(
      FIXTURE.replace("{ id: t1, type: team, name: T1,", "{ id: 北京一组, type: team, name: 北京续收一组,").replace(
        /unit: t1,/g,
        "unit: 北京一组,",
      ),
    );
    const run = runCli(["plan", "org.yaml", "--by", "unit"], { cwd: cjk });
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n").slice(2, -1);
    expect(lines).toHaveLength(7);
    expect(lines[3]).toBe("      北京一组  北京续收一组         5        3      3         2        2        0");
    // Every line as wide as the header; the figures end under their headers, the names
    // start under "name".
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
    const header = lines[0] as string;
    const figureEnds = ["required", "planned", "posts", "gap", "hire", "surplus"].map((word) =>
      displayWidth(header.slice(0, header.indexOf(word) + word.length)),
    );
    const nameStart = edges(header, "start")[1];
    for (const line of lines.slice(1)) {
      expect(edges(line, "end").slice(-6), line).toEqual(figureEnds);
      if (!line.includes("total")) expect(edges(line, "start")[1], line).toBe(nameStart);
    }
    expect(textGroups(run.stdout).get("北京一组")).toEqual([5, 3, 3, 2, 2, 0]);
  });

  it("no colours when stdout is not a TTY, and none with NO_COLOR even when forced", () => {
    expect(plan().stdout).not.toContain("\u001b[");
    expect(runCli(["plan", "org.yaml"], { cwd: dir, env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[1m");
    expect(runCli(["plan", "org.yaml"], { cwd: dir, env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });
});

describe("orgspec plan: json", () => {
  it("prints { period, rows, totals, groups }, rows keyed in order, pretty with a trailing newline", () => {
    const run = plan("--format", "json");
    expect(run.status).toBe(0);
    expect(run.stdout.endsWith("}\n")).toBe(true);
    expect(run.stdout).toContain('\n  "period": "2014",\n');
    const json = JSON.parse(run.stdout);
    expect(run.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(Object.keys(json)).toEqual(["period", "rows", "totals", "groups"]);
    for (const row of json.rows) {
      expect(Object.keys(row)).toEqual([
        "unit",
        "role",
        "required",
        "planned",
        "posts",
        "filled",
        "planGap",
        "toHire",
        "surplus",
      ]);
    }
    const byKey = Object.fromEntries(
      json.rows.map((r: { unit: string; role: string } & FullFigures) => {
        const { unit, role, ...figures } = r;
        return [`${unit} ${role}`, figures];
      }),
    );
    expect(byKey).toEqual(Object.fromEntries(Object.entries(ROWS_2014).map(([k, v]) => [k, full(v)])));
    // units parents first
    const order = json.rows.map((r: { unit: string }) => r.unit);
    expect([...new Set(order)]).toEqual(["hq", "bj", "t1", "t2", "t3"]);
    expect(json.totals).toEqual(full([12, 7, 7, 5, 5, 5, 0]));
    expect(json.groups).toEqual([
      { key: "hq", ...full([1, 0, 1, 0, 1, 0, 0]) },
      { key: "bj", ...full([11, 7, 6, 5, 4, 5, 0]) },
    ]);
    expect(Object.keys(json.groups[0])).toEqual([
      "key",
      "required",
      "planned",
      "posts",
      "filled",
      "planGap",
      "toHire",
      "surplus",
    ]);
  });

  it("follows --by, --unit, --period and --attrition", () => {
    const role = JSON.parse(plan("-f", "json", "--by", "role").stdout);
    expect(Object.fromEntries(role.groups.map((g: { key: string }) => [g.key, g]))).toEqual({
      head: { key: "head", ...full([2, 0, 2, 0, 2, 0, 0]) },
      trainer: { key: "trainer", ...full([1, 1, 0, 0, 0, 1, 0]) },
      lead: { key: "lead", ...full([3, 3, 2, 2, 0, 1, 0]) },
      spec: { key: "spec", ...full([6, 3, 3, 3, 3, 3, 0]) },
    });
    const level = JSON.parse(plan("-f", "json", "--by", "level").stdout);
    expect(level.groups.map((g: { key: string }) => g.key)).toEqual(["1", "2", "3"]);
    const type = JSON.parse(plan("-f", "json", "--by", "type").stdout);
    expect(type.groups.map((g: { key: string; required: number }) => [g.key, g.required])).toEqual([
      ["top", 1],
      ["branch", 2],
      ["team", 9],
    ]);
    const unit = JSON.parse(plan("-f", "json", "--by", "unit").stdout);
    expect(unit.groups.map((g: { key: string; toHire: number }) => [g.key, g.toHire])).toEqual([
      ["hq", 0],
      ["bj", 1],
      ["t1", 2],
      ["t2", 0],
      ["t3", 2],
    ]);
    const t1 = JSON.parse(plan("-f", "json", "--unit", "t1", "--period", "2013").stdout);
    expect(t1.period).toBe("2013");
    expect(
      t1.rows.map((r: { unit: string; role: string; required: number }) => [r.unit, r.role, r.required]).sort(),
    ).toEqual([
      ["t1", "lead", 1],
      ["t1", "spec", 3],
    ]);
    expect(t1.groups).toEqual([{ key: "bj", ...full([4, 3, 3, 3, 1, 1, 0]) }]);
    const leave = JSON.parse(plan("-f", "json", "--unit", "t1", "--attrition", "spec=0.5").stdout);
    expect(leave.rows.find((r: { role: string }) => r.role === "spec").toHire).toBe(3);
  });
});

describe("orgspec plan: csv", () => {
  it("one line per unit and role with a header, LF line ends", () => {
    const run = plan("--format", "csv");
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("\r");
    expect(run.stdout.endsWith("\n")).toBe(true);
    const [header, ...lines] = run.stdout.slice(0, -1).split("\n");
    expect(header).toBe("unit,role,required,planned,posts,filled,planGap,toHire,surplus");
    expect(lines.sort()).toEqual(
      Object.entries(ROWS_2014)
        .map(([key, v]) => `${key.replace(" ", ",")},${v.join(",")}`)
        .sort(),
    );
    expect(run.stderr).toBe(NOTE_2014);
  });

  it("quotes a role holding a comma and a quote (RFC 4180), and Markdown escapes a |", () => {
    const ROLE = 'co,op "x"|y';
    const hostile = variant(
      FIXTURE.replace(
        "    trainer: { title: Trainer }\n",
        `    trainer: { title: Trainer }\n    '${ROLE}': { title: 'Co|op' }\n`,
      )
        .replace("roles: [lead, spec] }", `roles: [lead, spec, '${ROLE}'] }`)
        .replace("plan: { spec: 2, lead: 1 }", `plan: { spec: 2, lead: 1, '${ROLE}': 1 }`)
        .replace("name: T1,", "name: 'T|1',"),
    );
    const csv = runCli(["plan", "org.yaml", "-f", "csv", "--unit", "t1"], { cwd: hostile });
    expect(csv.status).toBe(0);
    // no norm for the role: required is the plan (1); nobody holds it: 1 to hire
    expect(csv.stdout.split("\n")).toContain('t1,"co,op ""x""|y",1,1,0,0,0,1,0');
    const md = runCli(["plan", "org.yaml", "-f", "markdown", "--by", "role"], { cwd: hostile });
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('\n| co,op "x"\\|y | Co\\|op | 1 | 1 | 0 | 0 | 1 | 0 |\n');
    const byUnit = runCli(["plan", "org.yaml", "-f", "markdown", "--by", "unit"], { cwd: hostile });
    expect(byUnit.stdout).toContain("\n| t1 | T\\|1 | 6 | 4 | 3 | 2 | 3 | 0 |\n");
    // every table line has the same number of unescaped pipes
    const pipes = byUnit.stdout
      .split("\n")
      .filter((l) => l.startsWith("|"))
      .map((l) => l.replace(/\\\|/g, "").split("|").length);
    expect(new Set(pipes).size).toBe(1);
    const attrition = runCli(["plan", "org.yaml", "-f", "csv", "--attrition", `${ROLE}=0.5`], { cwd: hostile });
    expect(attrition.status).toBe(0);
  });
});

describe("orgspec plan: markdown", () => {
  it("a heading with the period, the groups and a bold total, the note as a quote", () => {
    const run = plan("--format", "markdown");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        "## Headcount demand, period 2014",
        "",
        "HQ (hq), the whole org, by branch.",
        "",
        "| branch | name | required | planned | posts | plan gap | to hire | surplus |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
        "| hq | HQ | 1 | 0 | 1 | 1 | 0 | 0 |",
        "| bj | BJ | 11 | 7 | 6 | 4 | 5 | 0 |",
        "| **total** |  | **12** | **7** | **7** | **5** | **5** | **0** |",
        "",
        '> 2 norms counted a missing driver as 0 for period 2014 (t2 spec, t3 spec); "orgspec validate" lists them',
        "",
      ].join("\n"),
    );
  });

  it("--by level has no name column; --unit and --attrition are named", () => {
    const run = plan("-f", "markdown", "--by", "level", "--unit", "bj", "--period", "2013", "--attrition", "lead=1");
    expect(run.stdout).toContain("## Headcount demand, period 2013\n\nBJ (bj) and the units below it, by level.\n");
    expect(run.stdout).toContain("\nTo hire includes attrition: lead 1.\n");
    expect(run.stdout).toContain("\n| level | required | planned | posts | plan gap | to hire | surplus |\n|---|---:|");
    // 2013, bj: level 2 (bj): 2 required, 1 to hire; level 3: leads 1 + 1 (attrition t1, t2) + 1 (t3), specs 1 + 0 + 1 → 5
    expect(run.stdout).toContain("\n| 2 | 2 | 1 | 1 | 1 | 1 | 0 |\n| 3 | 8 | 6 | 5 | 2 | 5 | 0 |\n");
  });
});

describe("orgspec plan: -o", () => {
  it("writes the output to a file atomically, nothing on stdout, the note still on stderr", () => {
    const out = tempTree({ "org.yaml": FIXTURE });
    for (const format of ["text", "json", "csv", "markdown"]) {
      const run = runCli(["plan", "org.yaml", "-f", format, "-o", `plan.${format}`], { cwd: out });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(NOTE_2014);
      expect(readFileSync(join(out, `plan.${format}`), "utf8")).toBe(plan("-f", format).stdout);
    }
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const forced = runCli(["plan", "org.yaml", "-o", "colour.txt"], { cwd: out, env: { FORCE_COLOR: "1" } });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(out, "colour.txt"), "utf8")).not.toContain("\u001b[");
  });

  it("a folder that does not exist is made (issue 16: -o makes parent folders)", () => {
    const run = plan("-o", "missing/deep/plan.txt");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(readFileSync(join(dir, "missing/deep/plan.txt"), "utf8")).toBe(plan().stdout);
    rmSync(join(dir, "missing"), { recursive: true });
  });
});

describe("orgspec plan: exit codes", () => {
  it("exit 1 when the org has errors: they are printed, nothing on stdout", () => {
    const broken = variant(`${FIXTURE}  - { id: "9", name: I, unit: t9, role: lead }\n`);
    const run = runCli(["plan", "org.yaml"], { cwd: broken });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('unit "t9" is not a unit');
    expect(run.stderr).toContain("unknown-reference");
    expect(run.stderr).toMatch(/1 error, \d+ warnings?, \d+ infos? in 1 file\n$/);
  });

  it("exit 2 for usage trouble, with a message", () => {
    const cases: [string[], string | RegExp][] = [
      [["--by", "branches"], 'orgspec plan: --by must be one of unit, role, type, level, branch; got "branches"\n'],
      [["--format", "xml"], 'orgspec plan: --format must be one of text, json, csv, markdown; got "xml"\n'],
      [["--unit", "t4"], 'orgspec plan: --unit "t4" is not a unit; did you mean "t1"?\n'],
      [["--unit", "nowhere"], 'orgspec plan: --unit "nowhere" is not a unit\n'],
      [
        ["--period", "2015"],
        'orgspec plan: --period "2015": no unit gives driver amounts for it; periods: 2013, 2014\n',
      ],
      [["--attrition", "spec"], /--attrition expects role=share, such as renewal-specialist=0\.15; got "spec"\n$/],
      [["--attrition", "=0.1"], /--attrition expects role=share.*got "=0\.1"\n$/],
      [["--attrition", "spec=1.5"], /--attrition "spec=1\.5": the share must be a number from 0 to 1 .*got "1\.5"\n$/],
      [["--attrition", "spec=15%"], /the share must be a number from 0 to 1/],
      [["--attrition", "spec=-0.1"], /the share must be a number from 0 to 1/],
      [["--attrition", "spex=0.1"], 'orgspec plan: --attrition: "spex" is not a role; did you mean "spec"?\n'],
      [["--attrition", "spec=0.1", "--attrition", "spec=0.2"], 'orgspec plan: --attrition gives role "spec" twice\n'],
      [["--scenario", "s.yaml"], "orgspec plan: cannot read scenario s.yaml: no such file\n"],
      [["--json"], /^orgspec plan: Unknown option '--json'/],
      [["other.yaml"], 'orgspec plan: unexpected argument "other.yaml"; give one root file\n'],
    ];
    for (const [args, message] of cases) {
      const run = plan(...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stdout, args.join(" ")).toBe("");
      if (typeof message === "string") expect(run.stderr, args.join(" ")).toBe(message);
      else expect(run.stderr, args.join(" ")).toMatch(message);
    }
    const none = runCli(["plan"], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('orgspec plan: no root file given\nRun "orgspec plan --help" for usage.\n');
    const missing = runCli(["plan", "nope.yaml"], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("orgspec: cannot read nope.yaml: no such file\n");
  });

  it("--help (exit 0) and the command list", () => {
    const help = runCli(["plan", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: orgspec plan <root-file> \[options\]\n/);
    for (const flag of [
      "--period",
      "--scenario",
      "--unit",
      "--by",
      "--format",
      "--attrition",
      "--output",
      "--write",
      "--help",
    ])
      expect(help.stdout).toContain(flag);
    expect(help.stdout).toContain("unit, role, type, level, branch (default: branch)");
    expect(help.stdout).toContain("--write");
    expect(runCli(["help", "plan"]).stdout).toBe(help.stdout);
    const top = runCli(["--help"]);
    expect(top.stdout).toMatch(/^ {2}plan +headcount the norms require against plan and posts: what to hire$/m);
  });

  it("the example org: the built-in blueprint's norms, no drivers — min 1 specialist per team, and a note", () => {
    const run = runCli(["plan", "examples/renewal-channel/org.yaml", "-f", "json"]);
    expect(run.status).toBe(0);
    // Seven renewal teams; each specialist norm counts premium due (and orphan policies) that no unit gives.
    expect(run.stderr).toMatch(/^orgspec plan: note: 7 norms counted a missing driver as 0 /);
    const json = JSON.parse(run.stdout) as { period: null; rows: Array<Record<string, string | number>> };
    expect(json.period).toBeNull();
    const specialists = json.rows.filter(
      (r) => r.role === "renewal-specialist" && String(r.unit).match(/-(ind|bank)$/),
    );
    expect(specialists).toHaveLength(7);
    for (const r of specialists) expect(r.required, String(r.unit)).toBe(1);
    for (const r of json.rows.filter((r) => r.role === "department-head")) expect(r.required, String(r.unit)).toBe(1);
    const text = runCli(["plan", "examples/renewal-channel/org.yaml"]);
    expect(text.stdout.split("\n")[0]).toBe("Headcount demand of 总公司保费部 (hq), the whole org, no driver periods");
    const md = runCli(["plan", "examples/renewal-channel/org.yaml", "-f", "markdown"]);
    expect(md.stdout).toMatch(/^## Headcount demand\n\n总公司保费部 \(hq\), the whole org, by branch\.\n/);
  });

  it("examples/renewal-plan: the built-in norms on its 2013 drivers, by hand", () => {
    const run = runCli(["plan", "examples/renewal-plan/org.yaml", "-f", "json"]);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      period: string;
      rows: Array<{ unit: string; role: string; required: number }>;
    };
    expect(json.period).toBe("2013");
    const required = (unit: string, role: string) =>
      json.rows.find((r) => r.unit === unit && r.role === role)?.required;
    expect(required("bj-cy-wj-ind", "renewal-specialist")).toBe(7); // 1928/300 + 1127/2000 = 6.99 → 7
    expect(required("bj-cy-wj-bank", "renewal-specialist")).toBe(5); // 2342/500 = 4.68 → 5
    expect(required("bj-cy-wj-ind", "team-lead")).toBe(1); // 7/10 → 1, exactly one per team
  });
});

describe("orgspec plan --scenario", () => {
  it("computes with the scenario: growth, amounts set, its period's name", () => {
    // t1 spec for 2014: premium 3100 × 2 = 6200 → 6.2 + 1000/5000 = 6.4 → ceil 7; t2 spec: set 2500 → 3.
    const scenario =
      'orgspec-scenario: 1\nperiod: "2015"\ngrowth: { premium: 2 }\nunits:\n  t2: { drivers: { premium: 2500 } }\n';
    const d = tempTree({ "org.yaml": FIXTURE, "2015.yaml": scenario });
    const run = runCli(["plan", "org.yaml", "--scenario", "2015.yaml", "-f", "json"], { cwd: d });
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      period: string;
      rows: Array<{ unit: string; role: string; required: number }>;
    };
    expect(json.period).toBe("2015");
    const required = (unit: string, role: string) =>
      json.rows.find((r) => r.unit === unit && r.role === role)?.required;
    expect(required("t1", "spec")).toBe(7);
    expect(required("t2", "spec")).toBe(3);
  });

  it("a scenario with errors prints them at their line and column and exits 1", () => {
    const d = tempTree({
      "org.yaml": FIXTURE,
      "bad.yaml": "orgspec-scenario: 1\ngrowth: { premum: 2 }\nunits:\n  t9: {}\n",
    });
    const run = runCli(["plan", "org.yaml", "--scenario", "bad.yaml"], { cwd: d });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('bad.yaml:2:11  error  driver "premum" is not in blueprint');
    expect(run.stderr).toContain('bad.yaml:4:3  error  unit "t9" is not a unit of the org');
    expect(run.stderr).toMatch(/unknown-driver/);
    expect(run.stderr).toMatch(/unknown-reference/);
  });
});

/** Control characters and bidi overrides, which must not reach a terminal or a rendered page. */
const UNSAFE = /[\p{Cc}\u202a-\u202e]/u;

describe("orgspec plan on hostile names", () => {
  it("shows control and bidi-override characters of names escaped, in text and Markdown", () => {
    const text = [
      "orgspec: 1",
      "blueprint: renewal-channel",
      "units:",
      '  - { id: hq, type: hq-premium-dept, name: "HQ\\e[31mRED\\a" }',
      '  - { id: b, type: branch-premium-dept, name: "B\\u202eevil", parent: hq }',
      "people:",
      '  - { id: "1", name: A, unit: hq, role: department-head }',
      "",
    ].join("\n");
    const d = tempTree({ "org.yaml": text });
    const plain = runCli(["plan", "org.yaml", "--by", "unit"], { cwd: d });
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout.replaceAll("\n", "")).not.toMatch(UNSAFE);
    expect(plain.stdout.split("\n")[0]).toBe(
      "Headcount demand of HQ\\u{001b}[31mRED\\u{0007} (hq), the whole org, no driver periods",
    );
    expect(plain.stdout).toContain("B\\u{202e}evil");
    const md = runCli(["plan", "org.yaml", "--by", "unit", "-f", "markdown"], { cwd: d });
    expect(md.stdout.replaceAll("\n", "")).not.toMatch(UNSAFE);
    expect(md.stdout).toContain("B\\\\u{202e}evil");
  });
});

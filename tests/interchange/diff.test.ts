/**
 * `diffOrgs` and `orgspec diff`: an org against itself is empty; a hand-made reorg of the
 * example lists exactly the changes made, including the manager changes the rules derive
 * (a head leaving, a unit moving); the CLI's formats, exit codes, removal guard, and the
 * old side read from a git revision.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadOrgSync, type Org } from "orgspec";
import { diffOrgs, formatDiffMarkdown, formatDiffText, isEmptyDiff } from "orgspec/diff";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireCli, runCli } from "../helpers/cli.js";
import { example, removeTempTrees, summary, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);

const ROOT = readFileSync(example("renewal-channel", "org.yaml"), "utf8");
const BJ = readFileSync(example("renewal-channel", "branches", "beijing.yaml"), "utf8");
const GD = readFileSync(example("renewal-channel", "branches", "guangdong.yaml"), "utf8");

function edit(text: string, from: string, to: string): string {
  expect(text.includes(from), `edit: ${JSON.stringify(from)} not found`).toBe(true);
  return text.replace(from, to);
}

const person = (id: string, name: string, unit: string, role = "renewal-specialist") =>
  `  - id: "${id}"\n    name: ${name}\n    unit: ${unit}\n    role: ${role}\n`;

/** The reorg: one move, two removals, a team lead leaving, a unit re-parented, a plan change. */
function reorgedBeijing(): string {
  let bj = BJ;
  bj = edit(bj, person("110213", "冯刚", "bj-cy-wj-ind"), person("110213", "冯刚", "bj-cy-wj-bank"));
  bj = edit(bj, person("110313", "彭飞", "bj-cy-sj-ind"), "");
  bj = edit(bj, person("110314", "吕芳", "bj-cy-sj-ind"), "");
  bj = edit(bj, person("110411", "蒋涛", "bj-dc-ind", "team-lead"), "");
  bj = edit(bj, "    name: 东城支公司保费部\n    parent: bj\n", "    name: 东城支公司保费部\n    parent: bj-cy\n");
  bj = edit(bj, "plan: { renewal-specialist: 6, team-lead: 1 }", "plan: { renewal-specialist: 5, team-lead: 1 }");
  return bj;
}

function tree(beijing: string): string {
  return tempTree({ "org.yaml": ROOT, "branches/beijing.yaml": beijing, "branches/guangdong.yaml": GD });
}

function load(path: string): Org {
  const result = loadOrgSync(path);
  if (!result.ok || !result.org) throw new Error(`errors: ${summary(result.diagnostics)}`);
  return result.org;
}

describe("diffOrgs", () => {
  it("an org against itself is empty", () => {
    const org = load(example("renewal-channel", "org.yaml"));
    const again = load(example("renewal-channel", "org.yaml"));
    const diff = diffOrgs(org, again);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.summary).toMatchObject({ total: 0, before: 87, after: 87 });
    expect(formatDiffText(diff)).toBe("orgspec diff: no changes; 87 people\n");
  });

  it("a hand-made reorg lists exactly the changes made", () => {
    const before = load(example("renewal-channel", "org.yaml"));
    const after = load(join(tree(reorgedBeijing()), "org.yaml"));
    const diff = diffOrgs(before, after);
    expect(diff.people.added).toEqual([]);
    expect(diff.people.removed.map((p) => p.id)).toEqual(["110313", "110314", "110411"]);
    expect(diff.people.moved).toEqual([
      {
        person: { id: "110213", name: "冯刚", unit: "bj-cy-wj-bank", role: "renewal-specialist" },
        from: { id: "bj-cy-wj-ind", name: "望京个续组" },
        to: { id: "bj-cy-wj-bank", name: "望京银续组" },
      },
    ]);
    expect(diff.people.roles).toEqual([]);
    const managers = diff.people.managers.map((m) => [m.person.id, m.from?.id ?? null, m.to?.id ?? null, m.cause]);
    expect(managers).toEqual([
      ["110213", "110211", "110221", "moved"],
      // bj-dc now sits under bj-cy: its head reports to bj-cy's head, by the rules alone.
      ["110401", "110001", "110101", "rules"],
      // 蒋涛 left: his team rolls up to the head of bj-dc.
      ["110412", "110411", "110401", "rules"],
      ["110413", "110411", "110401", "rules"],
      ["110414", "110411", "110401", "rules"],
    ]);
    expect(diff.units.added).toEqual([]);
    expect(diff.units.removed).toEqual([]);
    expect(diff.units.reparented).toEqual([
      {
        unit: { id: "bj-dc", name: "东城支公司保费部" },
        from: { id: "bj", name: "北京分公司保费部" },
        to: { id: "bj-cy", name: "朝阳中心支公司保费部" },
      },
    ]);
    expect(diff.units.heads.map((h) => [h.unit.id, h.from?.id ?? null, h.to?.id ?? null])).toEqual([
      ["bj-dc-ind", "110411", null],
    ]);
    expect(diff.plans).toEqual([
      { unit: { id: "bj-cy-wj-ind", name: "望京个续组" }, role: "renewal-specialist", from: 6, to: 5 },
    ]);
    expect(diff.people.other).toEqual([]);
    expect(diff.units.other).toEqual([]);
    expect(diff.headcount).toEqual([
      { branch: { id: "bj", name: "北京分公司保费部" }, before: 44, after: 41, delta: -3 },
    ]);
    expect(diff.summary).toMatchObject({
      peopleRemoved: 3,
      peopleMoved: 1,
      managerChanges: 5,
      total: 12,
      before: 87,
      after: 84,
    });
  });

  it("Markdown: a heading, the counts first, tables, and cells escaped", () => {
    const before = load(example("renewal-channel", "org.yaml"));
    const after = load(join(tree(reorgedBeijing()), "org.yaml"));
    const md = formatDiffMarkdown(diffOrgs(before, after), { subtitle: "`main` → this change" });
    const lines = md.split("\n");
    expect(lines[0]).toBe("## orgspec diff");
    expect(lines[2]).toBe("`main` → this change");
    expect(lines[4]).toMatch(/^\*\*3 people removed, 1 person moved, 5 manager changes/);
    expect(md.indexOf("| change | count |")).toBeLessThan(md.indexOf("### "));
    expect(md).toContain("### Solid-line manager changes (5)");
    expect(md).toContain("| 110412 | 蔡琳 | 110411 蒋涛 | 110401 苏建华 | derived (a head or unit changed) |");
    expect(md).toContain("| bj | 北京分公司保费部 | 44 | 41 | -3 |");
  });
});

describe("orgspec diff", () => {
  beforeAll(requireCli);
  const EXAMPLE = "examples/renewal-channel/org.yaml";

  it("exits 0 with no differences, and with --exit-code too", () => {
    const run = runCli(["diff", EXAMPLE, EXAMPLE, "--exit-code"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("orgspec diff: no changes; 87 people\n");
  });

  it("--exit-code exits 1 on differences; --max-removals 1 fails the reorg with a message", () => {
    const reorg = join(tree(reorgedBeijing()), "org.yaml");
    expect(runCli(["diff", EXAMPLE, reorg]).status).toBe(0);
    expect(runCli(["diff", EXAMPLE, reorg, "--exit-code"]).status).toBe(1);
    expect(runCli(["diff", EXAMPLE, reorg, "--max-removals", "3"]).status).toBe(0);
    const guarded = runCli(["diff", EXAMPLE, reorg, "--max-removals", "1", "--format", "markdown"]);
    expect(guarded.status).toBe(1);
    expect(guarded.stderr).toMatch(/3 people removed, more than --max-removals 1/);
    expect(guarded.stdout).toMatch(/^## orgspec diff/);
  });

  it("--format json is one parseable document", () => {
    const reorg = join(tree(reorgedBeijing()), "org.yaml");
    const run = runCli(["diff", EXAMPLE, reorg, "--format", "json"]);
    const json = JSON.parse(run.stdout);
    expect(json.version).toBe(1);
    expect(json.summary.peopleRemoved).toBe(3);
    expect(json.people.managers).toHaveLength(5);
  });

  it("usage trouble exits 2", () => {
    expect(runCli(["diff", EXAMPLE]).status).toBe(2);
    expect(runCli(["diff", EXAMPLE, EXAMPLE, "--format", "html"]).status).toBe(2);
    expect(runCli(["diff", EXAMPLE, "missing/org.yaml"]).status).toBe(2);
  });

  it("reads the old side from a git revision, includes and all", () => {
    const dir = tempTree({
      "org/org.yaml": ROOT,
      "org/branches/beijing.yaml": BJ,
      "org/branches/guangdong.yaml": GD,
    });
    const git = (...args: string[]) => {
      const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: dir });
      expect(r.status, r.stderr?.toString()).toBe(0);
    };
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "org");
    writeFileSync(join(dir, "org/branches/beijing.yaml"), reorgedBeijing());
    const run = runCli(["diff", "HEAD:org/org.yaml", "org/org.yaml", "--format", "markdown", "--max-removals", "1"], {
      cwd: dir,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("`HEAD:org/org.yaml` → `org/org.yaml`");
    expect(run.stdout).toContain("### People removed (3)");
    // From a subfolder, ./ paths are relative to it.
    const sub = runCli(["diff", "HEAD:./org.yaml", "org.yaml", "--exit-code"], { cwd: join(dir, "org") });
    expect(sub.status).toBe(1);
    expect(sub.stdout).toMatch(/^orgspec diff: 3 people removed/);
    expect(runCli(["diff", "nosuch:org/org.yaml", "org/org.yaml"], { cwd: dir }).status).toBe(2);
    expect(runCli(["diff", "HEAD:org/none.yaml", "org/org.yaml"], { cwd: dir }).status).toBe(2);
  });
});

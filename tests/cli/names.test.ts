/**
 * Names for ids on the command line (docs/find.md, "Names for ids"), as a real process: every
 * person and unit argument of `query`, and `--unit` of `stats`, `export`, `render` and
 * `plan`, takes an exact unique name as well as an id; the answers (worked out by hand from
 * examples/renewal-channel) are the ones the id gives, and JSON keeps ids. A name several
 * hold exits 2 listing the candidates, aligned; no match keeps the did-you-mean.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireCli, runCli } from "../helpers/cli.js";
import { removeTempTrees, tempTree } from "../helpers/org.js";

beforeAll(requireCli);
afterAll(removeTempTrees);

const ORG = "examples/renewal-channel/org.yaml";

const run = (...args: string[]) => runCli(args, { env: { NO_COLOR: "1" } });

function ok(...args: string[]): string {
  const r = run(...args);
  expect(r.stderr, args.join(" ")).toBe("");
  expect(r.status, args.join(" ")).toBe(0);
  return r.stdout;
}

const result = (...args: string[]) => JSON.parse(ok("query", ORG, ...args, "--json")).result;
const ids = (people: { id: string }[]) => people.map((p) => p.id);

/**
 * Two people named 王芳 (ids 2 and 30), two units named 分公司保费部 (bj and gd), and a person
 * whose name, "1", is another person's id.
 */
const SAME_NAMES = `orgspec: 1
blueprint: renewal-channel
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 分公司保费部, parent: hq }
  - { id: gd, type: branch-premium-dept, name: 分公司保费部, parent: hq }
people:
  - { id: "1", name: 王建国, unit: hq, role: department-head }
  - { id: "40", name: "1", unit: hq, role: deputy-head }
  - { id: "2", name: 王芳, unit: bj, role: department-head }
  - { id: "30", name: 王芳, unit: gd, role: deputy-head }
`;

describe("orgspec query takes names for ids", { timeout: 120_000 }, () => {
  it("every question: a unique name answers as its id does, and JSON keeps ids", () => {
    // 曾敏 110312, in 双井个续组 under 沈杰 110311; the rest of her chain is 何强 110101
    // (双井's head is vacant), 张伟 110001 and 王建国 100001.
    expect(result("manager", "曾敏")).toEqual({ id: "110311", name: "沈杰", unit: "bj-cy-sj-ind", role: "team-lead" });
    expect(ids(result("chain", "曾敏"))).toEqual(["110311", "110101", "110001", "100001"]);
    // 韩梅 110211 (望京个续组's lead): dotted to both 个续督训 of 朝阳, from the blueprint.
    expect(result("dotted", "韩梅").map((p: { id: string; source: string }) => `${p.id} ${p.source}`)).toEqual([
      "110105 blueprint",
      "110106 blueprint",
    ]);
    expect(result("reports", "何强")).toHaveLength(9);
    expect(result("reports", "何强", "--all")).toHaveLength(23);
    expect(result("is-under", "曾敏", "张伟")).toBe(true);
    expect(result("is-under", "曾敏", "陈志强")).toBe(false); // 陈志强 heads 广东
    // 于洁 110214 is in 望京个续组: under 谢文 110201, who reports to 何强 110101.
    expect(result("common-manager", "曾敏", "于洁").id).toBe("110101");
    expect(ids(result("path", "曾敏", "于洁"))).toEqual(["110312", "110311", "110101", "110201", "110211", "110214"]);
    const unit = result("unit", "双井支公司保费部");
    expect(unit.id).toBe("bj-cy-sj");
    expect(unit.path).toEqual(["hq", "bj", "bj-cy", "bj-cy-sj"]);
  });

  it("ids and names mix, and text answers name the person resolved", () => {
    expect(result("is-under", "110312", "张伟")).toBe(true);
    expect(ok("query", ORG, "manager", "王建国")).toBe("none: 100001 王建国 is a top of the org\n");
    expect(ok("query", ORG, "chain", "曾敏")).toBe(ok("query", ORG, "chain", "110312"));
  });

  it("an exact id comes before a name: person 40 is named 1, but 1 is person 1's id", () => {
    const dir = tempTree({ "org.yaml": SAME_NAMES });
    const r = runCli(["query", "org.yaml", "manager", "1", "--json"], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).result).toBeNull(); // person 1 is the top, not 40 (whose manager is 1)
    expect(JSON.parse(runCli(["query", "org.yaml", "manager", "40", "--json"], { cwd: dir }).stdout).result.id).toBe(
      "1",
    );
  });

  it("a name two people hold: exit 2, every candidate listed with id, unit and role, aligned", () => {
    const dir = tempTree({ "org.yaml": SAME_NAMES });
    for (const args of [
      ["manager", "王芳"],
      ["is-under", "王芳", "1"],
      ["path", "1", "王芳"],
    ]) {
      const r = runCli(["query", "org.yaml", ...args], { cwd: dir });
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        [
          'orgspec query: 2 people are named "王芳"; give one of their ids:',
          "  id  unit  role",
          "  2   bj    department-head",
          "  30  gd    deputy-head",
          "",
        ].join("\n"),
      );
    }
    const unit = runCli(["query", "org.yaml", "unit", "分公司保费部"], { cwd: dir });
    expect(unit.status).toBe(2);
    expect(unit.stderr).toBe(
      [
        'orgspec query: 2 units are named "分公司保费部"; give one of their ids:',
        "  id  parent  type",
        "  bj  hq      branch-premium-dept",
        "  gd  hq      branch-premium-dept",
        "",
      ].join("\n"),
    );
  });

  it("no such id or name: exit 2 with the did-you-mean, over ids and names", () => {
    const r = run("query", ORG, "manager", "曾明");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('orgspec query: no person with id "曾明"; did you mean "曾敏" or "李明"?\n');
    expect(run("query", ORG, "manager", "11031").stderr).toMatch(/did you mean "110031" or "110301" or "110311"\?/);
    expect(run("query", ORG, "unit", "双井支公司保费").stderr).toMatch(
      /no unit with id "双井支公司保费"; did you mean "双井支公司保费部"\?/,
    );
  });
});

describe("--unit takes a unit's name: stats, export, render, plan", { timeout: 120_000 }, () => {
  it("stats: the subtree of 朝阳中心支公司保费部 is bj-cy's, and the JSON names it by id", () => {
    const byName = JSON.parse(ok("stats", ORG, "--unit", "朝阳中心支公司保费部", "--json"));
    // bj-cy and the five units below it; people 7 + 1 + 6 + 5 + 5 = 24; planned 7 + 1 + 7 + 5 + 1 + 1 = 22
    expect(byName).toMatchObject({ unit: "bj-cy", units: 6, people: 24, planned: 22, filled: 20, vacant: 2 });
    expect(byName).toEqual(JSON.parse(ok("stats", ORG, "--unit", "bj-cy", "--json")));
    expect(ok("stats", ORG, "--unit", "朝阳中心支公司保费部")).toBe(ok("stats", ORG, "--unit", "bj-cy"));
  });

  it("export, render and plan give what the id gives", () => {
    expect(ok("export", ORG, "--to", "csv", "--unit", "朝阳中心支公司保费部")).toBe(
      ok("export", ORG, "--to", "csv", "--unit", "bj-cy"),
    );
    const svg = ok("render", ORG, "--unit", "北京分公司保费部", "--format", "svg", "-o", "-");
    expect(svg).toBe(ok("render", ORG, "--unit", "bj", "--format", "svg", "-o", "-"));
    const plan = (unit: string) => {
      const r = run("plan", ORG, "--unit", unit, "--format", "json");
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    };
    const byName = plan("朝阳中心支公司保费部");
    expect(byName).toEqual(plan("bj-cy"));
    expect(byName.rows[0].unit).toBe("bj-cy");
  });

  it("a name two units hold: exit 2 in every command, the candidates listed with id, parent and type", () => {
    const dir = tempTree({ "org.yaml": SAME_NAMES });
    for (const command of [["stats"], ["export", "--to", "csv"], ["render", "--format", "svg", "-o", "-"], ["plan"]]) {
      const [name, ...flags] = command as [string, ...string[]];
      const r = runCli([name, "org.yaml", ...flags, "--unit", "分公司保费部"], { cwd: dir });
      expect(r.status, name).toBe(2);
      expect(r.stdout, name).toBe("");
      expect(r.stderr, name).toBe(
        [
          `orgspec ${name}: --unit: 2 units are named "分公司保费部"; give one of their ids:`,
          "  id  parent  type",
          "  bj  hq      branch-premium-dept",
          "  gd  hq      branch-premium-dept",
          "",
        ].join("\n"),
      );
    }
  });

  it("no such unit: exit 2 with the did-you-mean, as for an unknown id", () => {
    for (const command of [["stats"], ["export", "--to", "csv"], ["render", "-o", "-"], ["plan"]]) {
      const [name, ...flags] = command as [string, ...string[]];
      const r = run(name, ORG, ...flags, "--unit", "双井支公司保费");
      expect(r.status, name).toBe(2);
      expect(r.stderr, name).toBe(
        `orgspec ${name}: --unit "双井支公司保费" is not a unit; did you mean "双井支公司保费部"?\n`,
      );
    }
  });
});

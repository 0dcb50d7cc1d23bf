/**
 * `orgspec stats --by branch` and `--by level:N` as a real process (cli.md, "stats";
 * docs/staffing.md, "Rollups and groups"): each unit's own figures go to the unit it rolls
 * up under, so the groups add up to the totals. Figures counted by hand from
 * examples/renewal-channel/branches/*.yaml.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { requireCli, runCli } from "../helpers/cli.js";

beforeAll(requireCli);

const ORG = "examples/renewal-channel/org.yaml";
const FIGURES = ["planned", "filled", "vacant", "over", "unplanned", "people", "units"] as const;

interface Group {
  key: string;
  label: string;
  planned: number;
  filled: number;
  vacant: number;
  over: number;
  unplanned: number;
  people: number;
  units: number;
  fte: number;
}

function stats(...args: string[]) {
  const r = runCli(["stats", ORG, "--json", ...args]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, number> & { by: string; groups: Group[] };
}

/** `key planned/filled/vacant/over unplanned people units` per group. */
const rows = (groups: Group[]) =>
  groups.map((g) => `${g.key} ${g.planned}/${g.filled}/${g.vacant}/${g.over} ${g.unplanned} ${g.people} ${g.units}`);

function expectSums(out: ReturnType<typeof stats>) {
  for (const k of FIGURES) {
    expect(
      out.groups.reduce((n, g) => n + g[k], 0),
      `${out.by} ${k}`,
    ).toBe(out[k]);
  }
}

describe("orgspec stats --by branch", { timeout: 120_000 }, () => {
  it("hq is its own; bj and gd hold their offices and everything below", () => {
    // hq: one head planned and held, its deputy unplanned (hq's plan names the head only).
    // bj: 29 planned = bj 1 + 4 offices × 1 + bj-cy 7 + 望京 1 + 望京个续组 7 + 望京银续组 5
    //   + 双井 1 + 双井个续组 1 + 东城 1 + 东城个续组 1; vacant 2 (a 望京 specialist, 双井's head);
    //   unplanned 18 (deputy 1, office staff 8, 郑雪's also post 1, 傅玲 1, 双井 specialists 3,
    //   卢静 1, 东城 specialists 3); 44 people; 13 units.
    // gd: 22 planned = gd 1 + 4 offices + 3 trainers + gd-fs 1 + 南海 1 + 南海个续组 5 + 南海银续组 4
    //   + gd-dg 1 + 长安 1 + 长安银续组 1; vacant 1 (a trainer); over 1 (南海银续组's 4th
    //   specialist); unplanned 19; 41 people; 12 units.
    const out = stats("--by", "branch");
    expect(out.by).toBe("branch");
    expect(rows(out.groups)).toEqual(["hq 1/1/0/0 1 2 1", "bj 29/27/2/0 18 44 13", "gd 22/21/1/1 19 41 12"]);
    expect(out.groups.map((g) => g.label)).toEqual(["总公司保费部", "北京分公司保费部", "广东分公司保费部"]);
    expect(out.groups.map((g) => g.fte)).toEqual([2, 43.5, 41]); // 郑雪 0.8 + 0.2, 萧晴 0.5
    expectSums(out);
  });

  it("is level:2, and matches orgspec plan's branches", () => {
    expect(stats("--by", "level:2").groups).toEqual(stats("--by", "branch").groups);
    const plan = runCli(["plan", ORG, "--format", "json"]);
    expect(JSON.parse(plan.stdout).groups.map((g: { key: string }) => g.key)).toEqual(["hq", "bj", "gd"]);
  });

  it("in a subtree, every unit groups under the branch above it, even outside the scope", () => {
    const out = stats("--unit", "bj-cy", "--by", "branch");
    expect(rows(out.groups)).toEqual(["bj 22/20/2/0 5 24 6"]);
    expectSums(out);
  });

  it("text: a By branch table with names and a total", () => {
    const r = runCli(["stats", ORG, "--by", "branch"], { env: { NO_COLOR: "1" } });
    expect(r.status).toBe(0);
    const table = r.stdout.slice(r.stdout.indexOf("By branch\n")).split("\n").slice(1, 6);
    expect(table[0]).toMatch(/^ {2}branch {2}name {14}planned {2}filled/);
    expect(table[1]).toMatch(/^ {2}hq {6}总公司保费部 +1 +1 +0 +0 +1 +2 /);
    expect(table[2]).toMatch(/^ {2}bj {6}北京分公司保费部 +29 +27 +2 +0 +18 +44 /);
    expect(table[4]).toMatch(/^ {2}total +52 +49 +3 +1 +38 +87 /);
  });
});

describe("orgspec stats --by level:N", { timeout: 120_000 }, () => {
  it("level:3: central sub-branches with their sub-branches; units above level 3 are their own", () => {
    // Level 1 and 2 units (hq, the branches and their offices) are above level 3: their own
    // figures. 朝阳 bj-cy holds its subtree (22 planned, 24 people, as stats --unit bj-cy).
    // 东城 bj-dc (level 4) sits directly under 北京: the first unit at level 3 or below on its
    // path, so it holds itself and its team (2 planned, 4 unplanned, 6 people).
    const out = stats("--by", "level:3");
    expect(out.by).toBe("level:3");
    expect(rows(out.groups)).toEqual([
      "hq 1/1/0/0 1 2 1",
      "bj 1/1/0/0 1 2 1",
      "bj-bank-sup 1/1/0/0 2 3 1",
      "bj-indiv-sup 1/1/0/0 2 3 1",
      "bj-backoffice 1/1/0/0 2 3 1",
      "bj-training 1/1/0/0 2 3 1",
      "bj-cy 22/20/2/0 5 24 6",
      "bj-dc 2/2/0/0 4 6 2",
      "gd 1/1/0/0 1 2 1",
      "gd-bank-sup 1/1/0/0 2 3 1",
      "gd-indiv-sup 1/1/0/0 2 3 1",
      "gd-backoffice 1/1/0/0 2 3 1",
      "gd-training 4/3/1/0 0 3 1",
      "gd-fs 11/11/0/1 5 17 4",
      "gd-dg 3/3/0/0 7 10 3",
    ]);
    expectSums(out);
  });

  it("level:4 under 朝阳 (given by name): 朝阳 itself, then each sub-branch with its teams", () => {
    // bj-cy: 7 planned (head 1, deputy 1, 督训 2 + 2, 综合内勤 1), 7 people. 望京: 1 + 7 + 5
    // planned, a specialist short; 郑雪's also post unplanned; 1 + 6 + 5 people. 双井: head
    // vacant, the team lead planned; 傅玲 and three specialists unplanned; 5 people.
    const out = stats("--unit", "朝阳中心支公司保费部", "--by", "level:4");
    expect(rows(out.groups)).toEqual(["bj-cy 7/7/0/0 0 7 1", "bj-cy-wj 13/12/1/0 1 12 3", "bj-cy-sj 2/1/1/0 4 5 2"]);
    expectSums(out);
  });

  it("level:1 is one group, the whole org; a level below every unit leaves each unit its own", () => {
    const whole = stats("--by", "level:1");
    expect(rows(whole.groups)).toEqual(["hq 52/49/3/1 38 87 26"]);
    const deep = stats("--by", "level:9").groups;
    expect(deep).toEqual(stats("--by", "unit").groups);
  });

  it("a grouping that is not one exits 2 and says what is", () => {
    for (const by of ["level:0", "level:", "level:x", "level:2.5", "level:02", "branches"]) {
      const r = runCli(["stats", ORG, "--by", by]);
      expect(r.status, by).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr, by).toMatch(
        new RegExp(`^orgspec stats: --by must be one of level, type, role, unit, branch or level:N; got "${by}"`),
      );
    }
  });
});

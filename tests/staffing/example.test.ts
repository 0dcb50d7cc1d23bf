/**
 * Staffing figures of the two example orgs, counted by hand from their YAML files
 * (examples/renewal-channel/branches/*.yaml, examples/custom-blueprint/org.yaml).
 */
import { loadOrgSync, type Org, UnknownIdError } from "orgspec";
import { describe, expect, test } from "vitest";

function load(path: string): Org {
  const result = loadOrgSync(path);
  expect(result.ok).toBe(true);
  return result.org as Org;
}

const renewal = load("examples/renewal-channel/org.yaml");
const acme = load("examples/custom-blueprint/org.yaml");
const pick = <T extends object, K extends keyof T>(o: T, keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
const COUNTS = ["planned", "filled", "vacant", "over", "unplanned", "posts"] as const;

describe("renewal-channel, whole org", () => {
  test("summary", () => {
    // planned: 26 units × 1 head (every default plan is one head) = 26
    //   + bj-cy 6 (deputy 1, bank-supervisor-trainer 2, individual-supervisor-trainer 2, general-admin 1)
    //   + bj-cy-wj-ind 6 specialists + bj-cy-wj-bank 4 + gd-training 3 trainers
    //   + gd-fs-nh-ind 4 + gd-fs-nh-bank 3                              = 26 + 26 = 52
    // vacant: bj-cy-wj-ind plans 6 specialists + 1 lead, has 5 + 1 → 1;
    //   bj-cy-sj plans a department-head, has none → 1; gd-training plans 3 trainers, has 2 → 1 = 3
    // over: gd-fs-nh-bank plans 3 specialists, has 4 → 1
    // posts: 87 primary + 1 also (110107 in bj-cy-wj) = 88 = filled 49 + over 1 + unplanned 38
    // fte: 87 primary posts, of which 110107 is 0.8 and 110216 is 0.5 (−0.7), + also 0.2 = 86.5
    const s = renewal.staffing.summary();
    expect(s).toEqual({
      unit: null,
      units: 26,
      people: 87,
      planned: 52,
      filled: 49,
      vacant: 3,
      over: 1,
      unplanned: 38,
      posts: 88,
      fte: 86.5,
      fillRate: 49 / 52,
    });
  });

  test("subtree bj-cy", () => {
    // units: bj-cy, bj-cy-wj, bj-cy-wj-ind, bj-cy-wj-bank, bj-cy-sj, bj-cy-sj-ind = 6
    // people: bj-cy 7, bj-cy-wj 1, -wj-ind 6, -wj-bank 5, bj-cy-sj 1, -sj-ind 4 = 24 (110107 once)
    // planned: bj-cy 7, bj-cy-wj 1, -wj-ind 7, -wj-bank 5, bj-cy-sj 1, -sj-ind 1 = 22
    // vacant: -wj-ind 1 specialist, bj-cy-sj 1 head = 2; filled 20
    // unplanned: general-admin also-post in bj-cy-wj 1, 110301 in bj-cy-sj 1, 3 specialists in -sj-ind = 5
    // fte: 24 people − 0.2 (110107 at 0.8) − 0.5 (110216) + 0.2 (also post) = 23.5
    expect(renewal.staffing.summary("bj-cy")).toEqual({
      unit: "bj-cy",
      units: 6,
      people: 24,
      planned: 22,
      filled: 20,
      vacant: 2,
      over: 0,
      unplanned: 5,
      posts: 25,
      fte: 23.5,
      fillRate: 20 / 22,
    });
  });

  test("own figures by role of one unit", () => {
    // bj-cy-wj-ind: plan { renewal-specialist: 6, team-lead: 1 } over the default { team-lead: 1 };
    // the merged plan keeps the default's order: team-lead first.
    const roles = renewal.staffing.roles("bj-cy-wj-ind");
    expect(roles.map((r) => [r.role, r.planned, r.filled, r.vacant, r.over, r.unplanned, r.fte])).toEqual([
      ["team-lead", 1, 1, 0, 0, 0, 1],
      ["renewal-specialist", 6, 5, 1, 0, 0, 4.5], // 110216 萧晴 is at fte 0.5
    ]);
    // gd-fs-nh-bank: 4 specialists against a plan of 3 → filled 3, over 1
    const bank = renewal.staffing.roles("gd-fs-nh-bank").find((r) => r.role === "renewal-specialist");
    expect(bank && pick(bank, [...COUNTS])).toEqual({
      planned: 3,
      filled: 3,
      vacant: 0,
      over: 1,
      unplanned: 0,
      posts: 4,
    });
    // bj-cy-wj: department-head planned and held; 110107's also post is an unplanned general-admin
    expect(renewal.staffing.roles("bj-cy-wj").map((r) => [r.role, r.planned, r.filled, r.unplanned, r.fte])).toEqual([
      ["department-head", 1, 1, 0, 1],
      ["general-admin", 0, 0, 1, 0.2],
    ]);
  });

  test("by level", () => {
    // level 1: hq. level 2: bj, gd and their 8 offices (10 units). level 3: bj-cy, gd-fs, gd-dg.
    // level 4: the 5 sub-branches and 7 teams (12 units).
    // planned: 1; 10 heads + 3 trainers = 13; bj-cy 7 + 1 + 1 = 9; 12 heads + 6 + 4 + 4 + 3 = 29
    // people: 2; 2 + 12 + 2 + 12 = 28; 7 + 6 + 4 = 17; 87 − 47 = 40
    const rows = renewal.staffing
      .byLevel()
      .map((g) => [g.key, g.units, g.planned, g.filled, g.vacant, g.over, g.people]);
    expect(rows).toEqual([
      ["1", 1, 1, 1, 0, 0, 2],
      ["2", 10, 13, 12, 1, 0, 28],
      ["3", 3, 9, 9, 0, 0, 17],
      ["4", 12, 29, 27, 2, 1, 40],
    ]);
  });

  test("by role", () => {
    const byRole = new Map(renewal.staffing.byRole().map((g) => [g.key, g]));
    // renewal-specialist planned in the 4 teams with a plan: 6 + 4 + 4 + 3 = 17; posts 28 primary;
    // in planned units 5 + 4 + 4 + 4 = 17 posts → filled 16, vacant 1 (wj-ind), over 1 (nh-bank);
    // unplanned elsewhere: bj-cy-sj 1, sj-ind 3, dc-ind 3, ca 1, ca-bank 3 = 11
    const rs = byRole.get("renewal-specialist");
    expect(rs && { ...pick(rs, [...COUNTS]), people: rs.people, label: rs.label }).toEqual({
      planned: 17,
      filled: 16,
      vacant: 1,
      over: 1,
      unplanned: 11,
      posts: 28,
      people: 28,
      label: "续收专员",
    });
    // department-head: planned once in each of the 11 premium departments; bj-cy-sj has none
    const dh = byRole.get("department-head");
    expect(dh && [dh.planned, dh.filled, dh.vacant, dh.people]).toEqual([11, 10, 1, 10]);
    // supervisor: 2 in each of the 4 supervision offices, never planned
    const sup = byRole.get("supervisor");
    expect(sup && [sup.planned, sup.unplanned, sup.fillRate]).toEqual([0, 8, null]);
  });

  test("vacancies, with the person a vacant head's reports roll up to", () => {
    expect(
      renewal.staffing.vacancies().map((v) => [v.unit, v.role, v.planned, v.posts, v.vacant, v.head, v.rollsUpTo?.id]),
    ).toEqual([
      ["bj-cy-wj-ind", "renewal-specialist", 6, 5, 1, false, "110211"], // a new hire reports to the lead 韩梅
      ["bj-cy-sj", "department-head", 1, 0, 1, true, "110101"], // vacant head: 双井 rolls up to 朝阳's 何强
      ["gd-training", "trainer", 3, 2, 1, false, "440041"],
    ]);
    expect(renewal.staffing.vacancies("gd-fs")).toEqual([]);
  });

  test("unplanned posts in bj-cy", () => {
    expect(renewal.staffing.unplanned("bj-cy").map((u) => [u.unit, u.role, u.posts, u.people])).toEqual([
      ["bj-cy-wj", "general-admin", 1, ["110107"]],
      ["bj-cy-sj", "renewal-specialist", 1, ["110301"]],
      ["bj-cy-sj-ind", "renewal-specialist", 3, ["110312", "110313", "110314"]],
    ]);
  });

  test("span of control", () => {
    // direct solid reports: 110101 何强 9 (0071, 110103–110107, 110201, 110301, 110311);
    // 110001 and 440001 7 each (deputy, 4 office heads, 2 departments); 440101 6; 110211 5;
    // 440211, 440221, 440301 4; 100001, 110221 (110225 goes to 0071), 110311, 110411, 440411 3;
    // 12 heads with 2 (8 office heads, 110201, 110401, 440201, 440401); 0071 1 (110225).
    // 26 managers; sorted: 1, 2×12, 3×5, 4×3, 5, 6, 7, 7, 9.
    // median: rank ⌈26 × 0.5⌉ = 13 → 2; p90: rank ⌈26 × 0.9⌉ = ⌈23.4⌉ = 24 → 7.
    const spans = renewal.staffing.spans();
    expect(spans.managers).toBe(26);
    expect(spans.stats).toEqual({ min: 1, median: 2, p90: 7, max: 9 });
    expect(spans.bands.map((b) => [b.label, b.managers])).toEqual([
      ["1", 1],
      ["2–3", 17],
      ["4–7", 7],
      ["8–12", 1],
      ["13–16", 0],
      ["17+", 0],
    ]);
    expect(spans.spans[0]).toEqual({
      manager: { id: "110101", name: "何强", unit: "bj-cy", role: "department-head" },
      span: 9,
    });
    // bj-cy-sj: only 110311 (3 reports); 110301's manager 110101 is outside the subtree
    expect(renewal.staffing.spans("bj-cy-sj").stats).toEqual({ min: 3, median: 3, p90: 3, max: 3 });
  });

  test("layers and the share of managers", () => {
    const layers = renewal.staffing.layers();
    // 100001 > 110001 > 110101 > 110201 > 110211 > 110212: six people on the chain
    expect(layers.layers).toBe(6);
    expect(layers.deepest.map((p) => p.id)).toEqual(["100001", "110001", "110101", "110201", "110211", "110212"]);
    expect([layers.people, layers.managers, layers.managerShare]).toEqual([87, 26, 26 / 87]);
    // within bj-cy, chains start at 110101: 110101 > 110201 > 110211 > 110212
    expect(renewal.staffing.layers("bj-cy").layers).toBe(4);
  });

  test("the units furthest from plan", () => {
    const { over, under } = renewal.staffing.offPlan();
    expect(over.map((g) => [g.key, g.over])).toEqual([["gd-fs-nh-bank", 1]]);
    // all three have one vacant post; lowest fill rate first: 0/1, 3/4, 6/7
    expect(under.map((g) => [g.key, g.vacant, g.fillRate])).toEqual([
      ["bj-cy-sj", 1, 0],
      ["gd-training", 1, 3 / 4],
      ["bj-cy-wj-ind", 1, 6 / 7],
    ]);
  });

  test("unknown unit ids throw UnknownIdError with the closest ids", () => {
    expect(() => renewal.staffing.summary("bj-cx")).toThrow(UnknownIdError);
    let error: unknown;
    try {
      renewal.staffing.vacancies("bj-cx");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toMatchObject({ method: "Org.staffing.vacancies", kind: "unit", id: "bj-cx" });
    expect((error as UnknownIdError).suggestions[0]).toBe("bj-cy");
    expect(() => renewal.staffing.groups("city" as never)).toThrow(TypeError);
  });
});

describe("custom-blueprint (acme)", () => {
  test("summary, vacancies and spans", () => {
    // planned: 5 heads + mobile's 4 engineers = 9; mobile has 3 engineers → vacant 1
    // unplanned: E011 engineer in eng 1, platform 3 engineers + 1 designer, mobile E204 + E301's also post 2,
    //   design E301 1 = 8
    // fte: 15 people − 0.4 (E103 at 0.6) + 0 (also post) = 14.6
    expect(pick(acme.staffing.summary(), ["people", "units", ...COUNTS, "fte"])).toEqual({
      people: 15,
      units: 5,
      planned: 9,
      filled: 8,
      vacant: 1,
      over: 0,
      unplanned: 8,
      posts: 16,
      fte: 14.6,
    });
    expect(acme.staffing.vacancies().map((v) => [v.unit, v.role, v.vacant, v.rollsUpTo?.id])).toEqual([
      ["mobile", "engineer", 1, "E200"],
    ]);
    // spans: E300 1, E001 2, E200 3 (E203 reports to E010), E010 4, E100 4 → median rank 3 → 3, p90 rank 5 → 4
    expect(acme.staffing.spans().stats).toEqual({ min: 1, median: 3, p90: 4, max: 4 });
    expect(acme.staffing.layers().layers).toBe(4);
    expect(acme.staffing.byType().map((g) => [g.key, g.label, g.planned, g.people])).toEqual([
      ["company", "Company", 1, 1],
      ["department", "Department", 1, 2],
      ["design-studio", "Design studio", 1, 2],
      ["team", "Team", 6, 10],
    ]);
  });
});

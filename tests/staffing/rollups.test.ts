/**
 * Per-branch and per-level rollups through the public API (docs/staffing.md, "Rollups and
 * groups"): `org.staffing.groups("branch" | "level:N")` and `byBranch`, by hand on
 * examples/renewal-channel, and on random orgs against a naive walk up the unit tree — the
 * same definition `org.demand({ by: "branch" })` uses.
 */
import fc from "fast-check";
import { type GroupBy, loadOrgSync, type Org, parseOrg, type StaffingGroup } from "orgspec";
import { describe, expect, test } from "vitest";
import { orgText } from "./generate.js";

const FIGURES = ["planned", "filled", "vacant", "over", "unplanned", "posts", "people", "units"] as const;

function example(): Org {
  const result = loadOrgSync("examples/renewal-channel/org.yaml");
  if (!result.ok) throw new Error("the example did not load");
  return result.org;
}

const brief = (groups: readonly StaffingGroup[]) =>
  groups.map((g) => `${g.key} ${g.planned}/${g.filled}/${g.vacant}/${g.over} ${g.people}`);

/**
 * The unit `id` rolls up under at `level`, naively: the path from the root down, and on it
 * the first unit whose level is `level` or more; none: the unit itself.
 */
function naiveRollup(org: Org, id: string, level: number): string {
  const path: string[] = [];
  for (let u: string | null = id; u !== null; u = org.unit(u).parent) path.unshift(u);
  return path.find((u) => (org.unit(u).level ?? 0) >= level) ?? id;
}

describe("renewal-channel", () => {
  const org = example();

  test("by branch: hq, 北京 and 广东, adding up to the summary", () => {
    expect(brief(org.staffing.groups("branch"))).toEqual(["hq 1/1/0/0 2", "bj 29/27/2/0 44", "gd 22/21/1/1 41"]);
    expect(org.staffing.byBranch()).toEqual(org.staffing.groups("branch"));
    expect(org.staffing.groups("level:2")).toEqual(org.staffing.groups("branch"));
    const summary = org.staffing.summary();
    for (const k of FIGURES) {
      expect(org.staffing.groups("branch").reduce((n, g) => n + g[k], 0)).toBe(summary[k]);
    }
  });

  test("level:3 in 北京: 东城, a sub-branch directly under the branch, holds its team", () => {
    expect(brief(org.staffing.groups("level:3", "bj"))).toEqual([
      "bj 1/1/0/0 2",
      "bj-bank-sup 1/1/0/0 3",
      "bj-indiv-sup 1/1/0/0 3",
      "bj-backoffice 1/1/0/0 3",
      "bj-training 1/1/0/0 3",
      "bj-cy 22/20/2/0 24",
      "bj-dc 2/2/0/0 6",
    ]);
    expect(org.staffing.groups("level:3", "bj").map((g) => g.label)).toContain("东城支公司保费部");
  });

  test("the same branches as org.demand", () => {
    const keys = org.demand().groups.map((g) => g.key);
    expect(keys).toEqual(org.staffing.byBranch().map((g) => g.key));
  });

  test("a grouping that is not one throws a TypeError naming the method", () => {
    for (const by of ["level:0", "level:", "level:-1", "level:1.5", "branches"]) {
      expect(() => org.staffing.groups(by as GroupBy)).toThrow(
        /^Org\.staffing\.groups: by must be one of level, type, role, unit, branch or level:N/,
      );
    }
  });
});

test("random orgs: groups by branch and level:N are the naive rollup of each unit's own figures", () => {
  fc.assert(
    fc.property(orgText, fc.nat(), (text, pick) => {
      const { org } = parseOrg(text, { filename: "random.yaml" });
      if (!org) return;
      const ids = [...org.units()].map((u) => u.id);
      for (const scope of [undefined, ids[pick % ids.length]]) {
        const own = org.staffing.byUnit(scope);
        for (const [by, level] of [
          ["branch", 2],
          ["level:1", 1],
          ["level:2", 2],
          ["level:3", 3],
          ["level:4", 4],
        ] as const) {
          const expected = new Map<string, Record<string, number>>();
          for (const g of own) {
            const key = naiveRollup(org, g.key, level);
            const sum = expected.get(key) ?? Object.fromEntries(FIGURES.map((k) => [k, 0]));
            for (const k of FIGURES) sum[k] = (sum[k] as number) + g[k];
            expected.set(key, sum);
          }
          const groups = org.staffing.groups(by, scope);
          expect(groups.map((g) => g.key).sort(), `${by} keys`).toEqual([...expected.keys()].sort());
          for (const g of groups) {
            for (const k of FIGURES) expect(g[k], `${by} ${g.key} ${k}`).toBe(expected.get(g.key)?.[k]);
            expect(g.label).toBe(org.unit(g.key).name);
          }
        }
      }
    }),
    { numRuns: 150 },
  );
});

test("random orgs: org.demand's branches are the same rollup", () => {
  fc.assert(
    fc.property(orgText, (text) => {
      const { org } = parseOrg(text, { filename: "random.yaml" });
      if (!org) return;
      const report = org.demand();
      const expected = new Map<string, number>();
      for (const row of report.rows) {
        const key = naiveRollup(org, row.unit, 2);
        expected.set(key, (expected.get(key) ?? 0) + row.planned);
      }
      expect(new Map(report.groups.map((g) => [g.key, g.planned]))).toEqual(expected);
    }),
    { numRuns: 100 },
  );
});

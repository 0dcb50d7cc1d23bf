/**
 * Rollup invariants on random orgs, against a naive hand count that reads only the public
 * model (units, their merged plans, people and their posts).
 */
import fc from "fast-check";
import { type Figures, type Org, parseOrg, type StaffingGroup } from "orgspec";
import { expect, test } from "vitest";
import { orgText } from "./generate.js";

interface Count {
  planned: number;
  filled: number;
  vacant: number;
  over: number;
  unplanned: number;
  posts: number;
  fte: number;
  people: number;
  units: number;
}

const INTS = ["planned", "filled", "vacant", "over", "unplanned", "posts", "people", "units"] as const;

function zero(): Count {
  return { planned: 0, filled: 0, vacant: 0, over: 0, unplanned: 0, posts: 0, fte: 0, people: 0, units: 0 };
}

function add(a: Count, b: Partial<Count>): void {
  for (const k of [...INTS, "fte"] as const) a[k] += b[k] ?? 0;
}

/** format.md's arithmetic, one unit at a time, straight from the public model. */
function naiveOwn(org: Org): Map<string, Count> {
  const own = new Map<string, Count>();
  const posts = new Map<string, { role: string; fte: number }[]>();
  for (const u of org.units()) {
    own.set(u.id, { ...zero(), units: 1 });
    posts.set(u.id, []);
  }
  for (const p of org.people()) {
    (own.get(p.unit) as Count).people += 1;
    for (const post of p.posts) posts.get(post.unit)?.push(post);
  }
  for (const u of org.units()) {
    const c = own.get(u.id) as Count;
    const roles = new Set([...Object.keys(u.plan), ...(posts.get(u.id) ?? []).map((p) => p.role)]);
    for (const role of roles) {
      const held = (posts.get(u.id) ?? []).filter((p) => p.role === role);
      const planned = u.plan[role];
      c.posts += held.length;
      c.fte += held.reduce((sum, p) => sum + p.fte, 0);
      if (planned === undefined) c.unplanned += held.length;
      else {
        const filled = Math.min(held.length, planned);
        c.planned += planned;
        c.filled += filled;
        c.vacant += planned - filled;
        c.over += held.length - filled;
      }
    }
  }
  return own;
}

/** Unit ids of u's subtree, found by walking up from every unit (no rollup involved). */
function naiveSubtree(org: Org, id: string): string[] {
  return [...org.units()]
    .filter((u) => {
      for (let v: string | null = u.id; v !== null; v = org.unit(v).parent) if (v === id) return true;
      return false;
    })
    .map((u) => u.id);
}

function expectSame(actual: Partial<Count>, expected: Count, what: string): void {
  for (const k of INTS) if (k in actual) expect(actual[k], `${what}: ${k}`).toBe(expected[k]);
  expect(actual.fte, `${what}: fte`).toBeCloseTo(expected.fte, 9);
}

function expectConsistent(f: Figures, what: string): void {
  expect(f.planned, `${what}: planned = filled + vacant`).toBe(f.filled + f.vacant);
  expect(f.posts, `${what}: posts = filled + over + unplanned`).toBe(f.filled + f.over + f.unplanned);
  expect(f.fillRate, `${what}: fill rate`).toBe(f.planned === 0 ? null : f.filled / f.planned);
  for (const k of ["planned", "filled", "vacant", "over", "unplanned"] as const) expect(f[k]).toBeGreaterThanOrEqual(0);
}

function sumGroups(groups: StaffingGroup[]): Count {
  const total = zero();
  for (const g of groups) add(total, g);
  return total;
}

function load(text: string): Org {
  const { org } = parseOrg(text, { filename: "random.yaml" });
  if (!org) throw new Error(`no org built from:\n${text}`);
  return org;
}

test("whole-org totals are the sum over units, and match a hand count", () => {
  fc.assert(
    fc.property(orgText, (text) => {
      const org = load(text);
      const naive = naiveOwn(org);
      const total = zero();
      for (const c of naive.values()) add(total, c);
      const summary = org.staffing.summary();
      expectSame(summary, total, "whole org");
      expectConsistent(summary, "whole org");
      // every person counted once, whatever their `also` posts
      expect(summary.people).toBe(org.counts.people);
      expect(summary.units).toBe(org.counts.units);
      expectSame(sumGroups(org.staffing.byUnit()), total, "sum of byUnit");
    }),
    { numRuns: 200 },
  );
});

test("a parent's totals are its own plus the sum of its children's, for every unit", () => {
  fc.assert(
    fc.property(orgText, (text) => {
      const org = load(text);
      const naive = naiveOwn(org);
      for (const u of org.units()) {
        const sub = org.staffing.summary(u.id);
        const own = org.staffing.byUnit(u.id)[0] as StaffingGroup;
        expect(own.key).toBe(u.id);
        expectSame(own, naive.get(u.id) as Count, `own ${u.id}`);
        const expected = zero();
        add(expected, own);
        for (const child of u.children) add(expected, org.staffing.summary(child));
        expectSame(sub, expected, `rollup ${u.id}`);
        const byHand = zero();
        for (const id of naiveSubtree(org, u.id)) add(byHand, naive.get(id) as Count);
        expectSame(sub, byHand, `hand count ${u.id}`);
        expectConsistent(sub, `subtree ${u.id}`);
        for (const r of org.staffing.roles(u.id)) expectConsistent(r, `${u.id} ${r.role}`);
      }
    }),
    { numRuns: 150 },
  );
});

test("every grouping adds up to the summary, people included", () => {
  fc.assert(
    fc.property(orgText, fc.nat(), (text, pick) => {
      const org = load(text);
      const ids = [...org.units()].map((u) => u.id);
      for (const scope of [undefined, ids[pick % ids.length]]) {
        const summary = org.staffing.summary(scope);
        const expected = { ...zero(), ...summary };
        for (const by of ["level", "type", "role", "unit"] as const) {
          const groups = org.staffing.groups(by, scope);
          for (const g of groups) expectConsistent(g, `${by} ${g.key}`);
          const sum = sumGroups(groups);
          const { units: _units, ...withoutUnits } = sum; // by role, a unit counts once per role it has
          expectSame(by === "role" ? withoutUnits : sum, expected, `by ${by} in ${scope ?? "org"}`);
          expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
        }
      }
    }),
    { numRuns: 150 },
  );
});

test("vacancies and unplanned posts add up; a vacant head rolls up to the nearest head above", () => {
  fc.assert(
    fc.property(orgText, (text) => {
      const org = load(text);
      const summary = org.staffing.summary();
      const vacancies = org.staffing.vacancies();
      expect(vacancies.reduce((n, v) => n + v.vacant, 0)).toBe(summary.vacant);
      expect(org.staffing.unplanned().reduce((n, u) => n + u.posts, 0)).toBe(summary.unplanned);
      for (const v of vacancies) {
        const unit = org.unit(v.unit);
        expect(v.vacant).toBe(v.planned - v.posts);
        expect(v.head).toBe(v.role === "boss" && unit.head === null);
        if (!v.head) continue;
        let above: string | null = null;
        for (let p = unit.parent; p !== null && above === null; p = org.unit(p).parent) above = org.unit(p).head;
        expect(v.rollsUpTo?.id ?? null).toBe(above);
      }
    }),
    { numRuns: 150 },
  );
});

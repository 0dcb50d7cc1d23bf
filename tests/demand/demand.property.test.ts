/**
 * org.demand() on random orgs against a naive reference written here from docs/staffing.md:
 * required posts by plain recursion over each subtree (no bottom-up sums, no evaluation
 * order), and the identities every row, group and total keeps.
 */
import fc from "fast-check";
import { type DemandFigures, parseOrg } from "orgspec";
import { describe, expect, it } from "vitest";
import { DEMAND_BLUEPRINT } from "./fixture.js";

interface U {
  id: string;
  type: "top" | "branch" | "team";
  parent?: string;
  plan: Record<string, number>;
  drivers: Record<string, number | Record<string, number>>;
}
interface P {
  id: string;
  unit: string;
  role: string;
}

const ROLES = { top: ["head", "trainer", "admin"], branch: ["head", "trainer", "admin"], team: ["lead", "spec"] };
const DRIVERS = ["premium", "orphans", "customers"];
const PERIODS = ["2013", "2014"];

const amount = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 20000 }),
  fc.record({ "2013": fc.integer({ min: 0, max: 20000 }) }),
  fc.record({ "2013": fc.integer({ min: 0, max: 20000 }), "2014": fc.integer({ min: 0, max: 20000 }) }),
);

/** A random org: one top, 1–4 branches, 0–4 teams each; random plans, posts and driver amounts. */
const orgs = fc
  .record({
    branches: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
    seeds: fc.array(fc.tuple(amount, amount, amount, fc.nat(6), fc.nat(6), fc.nat(3)), {
      minLength: 21,
      maxLength: 21,
    }),
  })
  .map(({ branches, seeds }) => {
    const units: U[] = [];
    const people: P[] = [];
    let k = 0;
    const add = (id: string, type: U["type"], parent?: string) => {
      const [a, b, c, plan, posts, extra] = seeds[k++ % seeds.length] as [
        unknown,
        unknown,
        unknown,
        number,
        number,
        number,
      ];
      const drivers: U["drivers"] = {};
      [a, b, c].forEach((v, i) => {
        if (v !== undefined) drivers[DRIVERS[i] as string] = v as number;
      });
      const roles = ROLES[type];
      const u: U = { id, type, plan: { [roles[0] as string]: plan % 3, [roles[1] as string]: plan }, drivers };
      if (parent) u.parent = parent;
      units.push(u);
      for (let n = 0; n < posts + extra; n++)
        people.push({ id: `${id}-p${n}`, unit: id, role: roles[n % roles.length] as string });
    };
    add("hq", "top");
    branches.forEach((teams, b) => {
      add(`b${b}`, "branch", "hq");
      for (let t = 0; t < teams; t++) add(`b${b}t${t}`, "team", `b${b}`);
    });
    return { units, people };
  });

function yamlOf({ units, people }: { units: U[]; people: P[] }): string {
  const unitLines = units.map(
    (u) =>
      `  - ${JSON.stringify({ id: u.id, type: u.type, name: u.id, ...(u.parent ? { parent: u.parent } : {}), plan: u.plan, drivers: u.drivers })}`,
  );
  const peopleLines = people.map((p) => `  - ${JSON.stringify({ ...p, name: p.id })}`);
  return `orgspec: 1\nblueprint:\n${DEMAND_BLUEPRINT}units:\n${unitLines.join("\n")}\npeople:\n${peopleLines.join("\n")}\n`;
}

// --- the naive reference, from docs/staffing.md and the fixture's norms ---------------------

function reference({ units, people }: { units: U[]; people: P[] }, period: string | null) {
  const children = (id: string) => units.filter((u) => u.parent === id);
  const subtree = (u: U): U[] => [u, ...children(u.id).flatMap(subtree)];
  const amountOf = (u: U, d: string) => {
    const v = u.drivers[d];
    if (v === undefined) return undefined;
    if (typeof v === "number") return v;
    return period !== null && period in v ? v[period] : undefined;
  };
  const driverTotal = (u: U, d: string) => subtree(u).reduce((s, v) => s + (amountOf(v, d) ?? 0), 0);
  // (+ 0: a count is never -0)
  const ceil = (x: number) => Math.ceil(x - 1e-9) + 0;
  const required = (u: U, role: string): number => {
    const t = u.type;
    if (role === "spec" && t === "team") {
      const x = driverTotal(u, "premium") / 1000 + driverTotal(u, "orphans") / 4000;
      return Math.min(6, Math.max(1, ceil(x)));
    }
    if (role === "lead" && t === "team") return 1;
    if (role === "trainer" && t === "branch") {
      const leads = subtree(u).reduce((s, v) => s + required(v, "lead"), 0);
      return Math.floor(leads / 2 + 0.5 + 1e-9);
    }
    if (role === "trainer" && t === "top") return ceil(subtree(u).filter((v) => v.type === "team").length / 4);
    if (role === "admin" && t !== "team") return Math.floor(driverTotal(u, "customers") / 10000 + 1e-9);
    if (role === "head" && t !== "team") return 1;
    return u.plan[role] ?? people.filter((p) => p.unit === u.id && p.role === role).length;
  };
  const rows = new Map<string, number>();
  for (const u of units) {
    for (const role of ROLES[u.type]) rows.set(`${u.id} ${role}`, required(u, role));
    for (const p of people.filter((p) => p.unit === u.id))
      if (!rows.has(`${u.id} ${p.role}`)) rows.set(`${u.id} ${p.role}`, required(u, p.role));
  }
  return rows;
}

const KEYS: Array<keyof DemandFigures> = ["required", "planned", "posts", "filled", "planGap", "toHire", "surplus"];

describe("org.demand on random orgs", () => {
  it("requires what the naive reference requires, for each period", () => {
    fc.assert(
      fc.property(orgs, fc.constantFrom(...PERIODS), (o, period) => {
        const org = parseOrg(yamlOf(o)).org;
        expect(org).toBeDefined();
        if (!org) return;
        const hasPeriods = o.units.some((u) => Object.values(u.drivers).some((v) => typeof v === "object"));
        const asked = hasPeriods && org.demand().periods.includes(period) ? period : undefined;
        const report = org.demand(asked === undefined ? {} : { period: asked });
        const want = reference(o, report.period);
        const got = new Map(report.rows.map((r) => [`${r.unit} ${r.role}`, r.required]));
        expect(got).toEqual(want);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the identities in every row, and groups add up to the totals for every grouping", () => {
    fc.assert(
      fc.property(orgs, fc.double({ min: 0, max: 1, noNaN: true }), (o, share) => {
        const org = parseOrg(yamlOf(o)).org;
        if (!org) return;
        const report = org.demand({ attrition: { spec: share } });
        for (const r of report.rows) {
          expect(r.planGap).toBe(r.required - r.planned);
          expect(r.filled).toBe(Math.min(r.posts, r.planned));
          expect(r.surplus).toBe(Math.max(0, r.posts - r.required));
          const leaving = r.role === "spec" && share > 0 ? Math.ceil(share * Math.min(r.posts, r.required) - 1e-9) : 0;
          expect(r.toHire).toBe(Math.max(0, r.required - r.posts) + leaving);
        }
        for (const by of ["unit", "role", "type", "level", "branch"] as const) {
          const groups = org.demand({ by, attrition: { spec: share } }).groups;
          for (const key of KEYS) {
            expect(
              groups.reduce((s, g) => s + g[key], 0),
              `${by} ${key}`,
            ).toBe(report.totals[key]);
          }
        }
        for (const key of KEYS) expect(report.rows.reduce((s, r) => s + r[key], 0)).toBe(report.totals[key]);
      }),
      { numRuns: 100 },
    );
  });
});

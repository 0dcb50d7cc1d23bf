/**
 * Required posts per unit and role from the norms in force (format.md, "Drivers and
 * norms"). Bottom-up sums over the unit tree (children before parents, by depth) give each
 * unit's subtree totals of drivers, of units of a type and of required posts of a role;
 * roles are evaluated so that a role's norms come after the roles they count.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import { normOrder } from "../blueprint/norm-order.js";
import { type NormTable, normsInForce } from "../blueprint/norm-table.js";
import type { ModelData } from "../model/build.js";
import { NONE, type UnitData } from "../model/data.js";
import type { NormDefInput, NormTermInput } from "../schema/demand.js";
import { amountIn } from "./periods.js";

/** A norm that needed a driver no unit of the subtree has for the period. */
export interface MissingDriver {
  unit: number;
  role: string;
  driver: string;
}

export interface Requirements {
  /** Roles in evaluation order: those with norms (dependencies first), then every other planned or held role. */
  roles: string[];
  /** Role → required posts of each unit itself (by unit index); without a norm, the plan (else the posts held). */
  own: Map<string, Float64Array>;
  /** Role → 1 where the unit's type has a norm for the role. */
  normed: Map<string, Uint8Array>;
  missing: MissingDriver[];
}

/** A unit's own amount of a driver (for the period, as a scenario changes it), or undefined. */
export type DriverAmounts = (unit: UnitData, driver: string) => number | undefined;

/** The amounts of `period` as the units give them. */
export function amountsIn(period: string | null): DriverAmounts {
  return (u, driver) => amountIn(u.record.data.drivers?.[driver], period);
}

const EPSILON = 1e-9;

/** The rounding of a norm: `ceil` (default), `round` (half up) or `floor`, tolerant of float noise. */
export function roundPosts(x: number, mode: NormDefInput["round"]): number {
  // NOTE: max(0, …) also turns ceil(0 − ε) = −0 into 0.
  if (mode === "floor") return Math.max(0, Math.floor(x + EPSILON));
  if (mode === "round") return Math.max(0, Math.floor(x + 0.5 + EPSILON));
  return Math.max(0, Math.ceil(x - EPSILON));
}

export function computeRequirements(
  model: ModelData,
  blueprint: Blueprint | undefined,
  table: NormTable,
  amountOf: DriverAmounts,
): Requirements {
  const units = model.units;
  const n = units.length;
  const bottomUp = [...units].sort((a, b) => b.depth - a.depth);
  const sumUp = (own: Float64Array): Float64Array => {
    const sub = Float64Array.from(own);
    for (const u of bottomUp)
      if (u.parent !== NONE) sub[u.parent] = (sub[u.parent] as number) + (sub[u.index] as number);
    return sub;
  };

  const drivers = new Map<string, { sub: Float64Array; present: Float64Array }>();
  const driverTotals = (driver: string) => {
    let totals = drivers.get(driver);
    if (totals) return totals;
    const own = new Float64Array(n);
    const present = new Float64Array(n);
    for (const u of units) {
      const amount = amountOf(u, driver);
      if (amount === undefined) continue;
      own[u.index] = amount;
      present[u.index] = 1;
    }
    totals = { sub: sumUp(own), present: sumUp(present) };
    drivers.set(driver, totals);
    return totals;
  };
  const typeCounts = new Map<string, Float64Array>();
  const unitsOfType = (type: string) => {
    let sub = typeCounts.get(type);
    if (!sub) typeCounts.set(type, (sub = sumUp(Float64Array.from(units, (u) => (u.type === type ? 1 : 0)))));
    return sub;
  };

  const order = normOrder(normsInForce(table)).roles;
  const roles = [...order, ...otherRoles(units, blueprint, new Set(order))];
  const own = new Map<string, Float64Array>();
  const normed = new Map<string, Uint8Array>();
  const subRequired = new Map<string, Float64Array>();
  // NOTE: without a norm, a unit requires its plan for the role; without a plan either, it
  // has no opinion and requires what it holds (no surplus, nothing to hire), as the staffing
  // arithmetic does not call unplanned posts "over plan".
  const planned = (role: string) =>
    Float64Array.from(units, (u) => u.plan.get(role) ?? u.posts.filter((p) => p.role === role).length);
  const requiredBelow = (role: string) => {
    let sub = subRequired.get(role);
    if (!sub) subRequired.set(role, (sub = sumUp(own.get(role) ?? planned(role))));
    return sub;
  };
  const missing: MissingDriver[] = [];
  // Once per unit, role and driver, however many terms name the driver.
  const reported = new Set<string>();

  for (const role of roles) {
    const required = planned(role);
    const has = new Uint8Array(n);
    for (const u of units) {
      const norm = table.get(u.type)?.get(role);
      if (!norm) continue;
      has[u.index] = 1;
      let raw = norm.fixed ?? 0;
      for (const term of norm.per ?? []) {
        raw += termValue(term, u, role) / term.rate;
      }
      let posts = roundPosts(raw, norm.round);
      if (norm.min !== undefined) posts = Math.max(posts, norm.min);
      if (norm.max !== undefined) posts = Math.min(posts, norm.max);
      required[u.index] = posts;
    }
    own.set(role, required);
    normed.set(role, has);
  }
  return { roles, own, normed, missing };

  function termValue(term: NormTermInput, u: UnitData, role: string): number {
    if ("driver" in term) {
      const totals = driverTotals(term.driver);
      if ((totals.present[u.index] as number) === 0 && !reported.has(`${u.index}\u0000${role}\u0000${term.driver}`)) {
        reported.add(`${u.index}\u0000${role}\u0000${term.driver}`);
        missing.push({ unit: u.index, role, driver: term.driver });
      }
      return totals.sub[u.index] as number;
    }
    if ("units" in term) return unitsOfType(term.units)[u.index] as number;
    return requiredBelow(term.role)[u.index] as number;
  }
}

/** Roles planned or held anywhere that no norm counts, in blueprint order, then the rest as met. */
function otherRoles(units: readonly UnitData[], blueprint: Blueprint | undefined, skip: ReadonlySet<string>): string[] {
  const met = new Set<string>();
  for (const u of units) {
    for (const role of u.plan.keys()) met.add(role);
    for (const post of u.posts) met.add(post.role);
  }
  const ordered = [...(blueprint?.roles.keys() ?? [])].filter((r) => met.has(r));
  for (const r of met) if (!ordered.includes(r)) ordered.push(r);
  return ordered.filter((r) => !skip.has(r));
}

const asWritten = new WeakMap<ModelData, Map<string | null, Requirements>>();

/**
 * `computeRequirements` for the amounts as written in `period`, under the org's own norms
 * (the blueprint's and the root file's, no scenario): computed once per model and period,
 * since `validate` (its demand checks) and `org.demand()` ask for the same. Only for that
 * table: a scenario's norms or amounts go through `computeRequirements` itself.
 */
export function requirementsAsWritten(
  model: ModelData,
  blueprint: Blueprint | undefined,
  orgTable: NormTable,
  period: string | null,
): Requirements {
  let byPeriod = asWritten.get(model);
  if (!byPeriod) asWritten.set(model, (byPeriod = new Map()));
  let req = byPeriod.get(period);
  if (!req) byPeriod.set(period, (req = computeRequirements(model, blueprint, orgTable, amountsIn(period))));
  return req;
}

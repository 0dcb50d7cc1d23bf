/**
 * `diffOrgs`: what changed between two orgs, matching units and people by id. Managers are
 * compared as resolved (format.md's four steps on each side), not as `reportsTo` fields, so
 * a head leaving shows as a manager change for every report that rolls up.
 */

import type { Person, PersonRef, Unit } from "../model/types.js";
import type { Org } from "../org/org.js";
import type {
  DiffSummary,
  FieldChange,
  HeadChange,
  HeadcountDelta,
  ManagerChange,
  MovedPerson,
  OrgDiff,
  PlanChange,
  Reparented,
  RoleChange,
  UnitRef,
} from "./types.js";

const ref = (p: PersonRef): PersonRef => ({ id: p.id, name: p.name, unit: p.unit, role: p.role });
const unitRef = (u: Unit): UnitRef => ({ id: u.id, name: u.name });
const sameRef = (a: PersonRef | null, b: PersonRef | null) => (a?.id ?? null) === (b?.id ?? null);

/** A readonly result's lists, writable while the diff is built. */
type Lists<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/**
 * The changes from `before` to `after`.
 *
 * @example
 * const diff = diffOrgs(oldOrg, newOrg);
 * if (diff.summary.peopleRemoved > 5) throw new Error("too many removals");
 */
export function diffOrgs(before: Org, after: Org): OrgDiff {
  const oldPeople = new Map([...before.people()].map((p) => [p.id, p]));
  const newPeople = new Map([...after.people()].map((p) => [p.id, p]));
  const oldUnits = new Map([...before.units()].map((u) => [u.id, u]));
  const newUnits = new Map([...after.units()].map((u) => [u.id, u]));
  const unitIn = (units: Map<string, Unit>, id: string): UnitRef => {
    const u = units.get(id);
    return u ? unitRef(u) : { id, name: id };
  };

  const people: Lists<OrgDiff["people"]> = { added: [], removed: [], moved: [], roles: [], managers: [], other: [] };
  for (const p of newPeople.values()) {
    const was = oldPeople.get(p.id);
    if (!was) {
      people.added.push(ref(p));
      continue;
    }
    if (was.unit !== p.unit) {
      const moved: MovedPerson = { person: ref(p), from: unitIn(oldUnits, was.unit), to: unitIn(newUnits, p.unit) };
      people.moved.push(moved);
    }
    if (was.role !== p.role) people.roles.push({ person: ref(p), from: was.role, to: p.role } satisfies RoleChange);
    if (!sameRef(was.manager, p.manager)) {
      const change: ManagerChange = {
        person: ref(p),
        from: was.manager && ref(was.manager),
        to: p.manager && ref(p.manager),
        cause: was.reportsTo !== p.reportsTo ? "reportsTo" : was.unit !== p.unit ? "moved" : "rules",
      };
      people.managers.push(change);
    }
    people.other.push(...personFields(was, p));
  }
  for (const p of oldPeople.values()) if (!newPeople.has(p.id)) people.removed.push(ref(p));

  const units: Lists<OrgDiff["units"]> = { added: [], removed: [], reparented: [], heads: [], other: [] };
  const plans: PlanChange[] = [];
  const personIn = (map: Map<string, Person>, id: string | null) => {
    const p = id === null ? undefined : map.get(id);
    return p ? ref(p) : null;
  };
  for (const u of newUnits.values()) {
    const was = oldUnits.get(u.id);
    if (!was) {
      units.added.push(unitRef(u));
      continue;
    }
    if (was.parent !== u.parent) {
      const change: Reparented = {
        unit: unitRef(u),
        from: was.parent === null ? null : unitIn(oldUnits, was.parent),
        to: u.parent === null ? null : unitIn(newUnits, u.parent),
      };
      units.reparented.push(change);
    }
    if (was.head !== u.head) {
      const change: HeadChange = {
        unit: unitRef(u),
        from: personIn(oldPeople, was.head),
        to: personIn(newPeople, u.head),
      };
      units.heads.push(change);
    }
    for (const field of ["name", "type"] as const) {
      if (was[field] !== u[field]) units.other.push({ id: u.id, name: u.name, field, from: was[field], to: u[field] });
    }
    const roles = new Set([...Object.keys(was.plan), ...Object.keys(u.plan)]);
    for (const role of roles) {
      const from = was.plan[role] ?? 0;
      const to = u.plan[role] ?? 0;
      if (from !== to) plans.push({ unit: unitRef(u), role, from, to });
    }
  }
  for (const u of oldUnits.values()) if (!newUnits.has(u.id)) units.removed.push(unitRef(u));

  const headcount = headcountDeltas(branchCounts(oldUnits, oldPeople), branchCounts(newUnits, newPeople));
  return { summary: summarize(people, units, plans, oldPeople.size, newPeople.size), people, units, plans, headcount };
}

function personFields(was: Person, now: Person): FieldChange<string | number>[] {
  const out: FieldChange<string | number>[] = [];
  if (was.name !== now.name) out.push({ id: now.id, name: now.name, field: "name", from: was.name, to: now.name });
  if (was.fte !== now.fte) out.push({ id: now.id, name: now.name, field: "fte", from: was.fte, to: now.fte });
  const dotted = (p: Person) => p.dotted.map((d) => d.manager.id).join(";");
  if (dotted(was) !== dotted(now)) {
    out.push({ id: now.id, name: now.name, field: "dotted", from: dotted(was), to: dotted(now) });
  }
  return out;
}

/**
 * People per branch: a branch is a unit just below a root (a root counts as its own
 * branch, for the people in it). Uses the views already built, not the org again.
 */
function branchCounts(
  units: Map<string, Unit>,
  people: Map<string, Person>,
): Map<string, { unit: UnitRef; people: number }> {
  const branchOf = new Map<string, string>();
  const find = (id: string): string => {
    const known = branchOf.get(id);
    if (known !== undefined) return known;
    // Walk up to the unit whose parent is a root (or to the root itself); cycles stop at the start.
    const seen = new Set<string>();
    let u = units.get(id);
    while (u?.parent && !seen.has(u.id)) {
      seen.add(u.id);
      const parent = units.get(u.parent);
      if (!parent?.parent) break;
      u = parent;
    }
    const branch = u?.id ?? id;
    branchOf.set(id, branch);
    return branch;
  };
  const counts = new Map<string, { unit: UnitRef; people: number }>();
  for (const u of units.values()) {
    const branch = find(u.id);
    if (!counts.has(branch)) counts.set(branch, { unit: unitRef(units.get(branch) ?? u), people: 0 });
  }
  for (const p of people.values()) {
    const entry = units.has(p.unit) ? counts.get(find(p.unit)) : undefined;
    if (entry) entry.people++;
  }
  return counts;
}

function headcountDeltas(
  old: Map<string, { unit: UnitRef; people: number }>,
  now: Map<string, { unit: UnitRef; people: number }>,
): HeadcountDelta[] {
  const out: HeadcountDelta[] = [];
  for (const [id, entry] of now) {
    const was = old.get(id)?.people ?? 0;
    if (was !== entry.people)
      out.push({ branch: entry.unit, before: was, after: entry.people, delta: entry.people - was });
  }
  for (const [id, entry] of old) {
    if (!now.has(id) && entry.people !== 0) {
      out.push({ branch: entry.unit, before: entry.people, after: 0, delta: -entry.people });
    }
  }
  return out;
}

function summarize(
  people: OrgDiff["people"],
  units: OrgDiff["units"],
  plans: PlanChange[],
  before: number,
  after: number,
): DiffSummary {
  const s = {
    peopleAdded: people.added.length,
    peopleRemoved: people.removed.length,
    peopleMoved: people.moved.length,
    roleChanges: people.roles.length,
    managerChanges: people.managers.length,
    unitsAdded: units.added.length,
    unitsRemoved: units.removed.length,
    unitsReparented: units.reparented.length,
    headChanges: units.heads.length,
    planChanges: plans.length,
    otherChanges: people.other.length + units.other.length,
  };
  const total = Object.values(s).reduce((a, b) => a + b, 0);
  return { ...s, before, after, total };
}

/** Whether the diff has no change at all. */
export function isEmptyDiff(diff: OrgDiff): boolean {
  return diff.summary.total === 0;
}

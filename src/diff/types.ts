/** The shape of a diff between two orgs (`diffOrgs`): plain data, safe to print as JSON. */
import type { PersonRef } from "../model/types.js";

/** A unit as a diff names it. */
export interface UnitRef {
  id: string;
  name: string;
}

/** A person who moved from one primary unit to another. */
export interface MovedPerson {
  person: PersonRef;
  from: UnitRef;
  to: UnitRef;
}

/** A person whose role (in the primary post) changed. */
export interface RoleChange {
  person: PersonRef;
  from: string;
  to: string;
}

/**
 * Why a person's resolved solid-line manager changed: their explicit `reportsTo` changed,
 * they moved to another unit, or only the rules' answer changed (a head left or arrived,
 * a unit moved) — the change a reviewer is most likely to miss.
 */
export type ManagerChangeCause = "reportsTo" | "moved" | "rules";

/** A change of resolved solid-line manager (format.md's four steps on each side). */
export interface ManagerChange {
  person: PersonRef;
  from: PersonRef | null;
  to: PersonRef | null;
  cause: ManagerChangeCause;
}

/** A change of one field of a person or unit that has no list of its own. */
export interface FieldChange<T = string> {
  id: string;
  name: string;
  field: string;
  from: T;
  to: T;
}

/** A unit whose parent changed. */
export interface Reparented {
  unit: UnitRef;
  from: UnitRef | null;
  to: UnitRef | null;
}

/** A unit whose head changed (null: vacant). */
export interface HeadChange {
  unit: UnitRef;
  from: PersonRef | null;
  to: PersonRef | null;
}

/** A change of planned headcount for one role of a unit (merged plans; 0 when unplanned). */
export interface PlanChange {
  unit: UnitRef;
  role: string;
  from: number;
  to: number;
}

/** People whose primary unit is in a branch (a child of the root, or the root itself), before and after. */
export interface HeadcountDelta {
  branch: UnitRef;
  before: number;
  after: number;
  delta: number;
}

export interface DiffSummary {
  peopleAdded: number;
  peopleRemoved: number;
  peopleMoved: number;
  roleChanges: number;
  managerChanges: number;
  unitsAdded: number;
  unitsRemoved: number;
  unitsReparented: number;
  headChanges: number;
  planChanges: number;
  /** Other field changes: names, fte, dotted lines, unit types. */
  otherChanges: number;
  /** People before and after. */
  before: number;
  after: number;
  /** Every change counted above; 0 means the two orgs are the same as far as the diff sees. */
  total: number;
}

/** Everything that differs between two orgs, by id. */
export interface OrgDiff {
  summary: DiffSummary;
  people: {
    added: PersonRef[];
    removed: PersonRef[];
    moved: MovedPerson[];
    roles: RoleChange[];
    managers: ManagerChange[];
    /** Name, fte, and dotted-line managers (ids, `;`-joined in source order). */
    other: FieldChange<string | number>[];
  };
  units: {
    added: UnitRef[];
    removed: UnitRef[];
    reparented: Reparented[];
    heads: HeadChange[];
    /** Name and type. */
    other: FieldChange[];
  };
  plans: PlanChange[];
  headcount: HeadcountDelta[];
}

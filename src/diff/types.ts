/** The shape of a diff between two orgs (`diffOrgs`): plain data, safe to print as JSON. */
import type { PersonRef } from "../model/types.js";

/** A unit as a diff names it. */
export interface UnitRef {
  /** The unit's id. */
  readonly id: string;
  /** Display name (on the side of the diff the unit is named from). */
  readonly name: string;
}

/** A person who moved from one primary unit to another. */
export interface MovedPerson {
  /** The person (as after the change). */
  readonly person: PersonRef;
  /** The primary unit before. */
  readonly from: UnitRef;
  /** The primary unit after. */
  readonly to: UnitRef;
}

/** A person whose role (in the primary post) changed. */
export interface RoleChange {
  /** The person (as after the change). */
  readonly person: PersonRef;
  /** The role before. */
  readonly from: string;
  /** The role after. */
  readonly to: string;
}

/**
 * Why a person's resolved solid-line manager changed: their explicit `reportsTo` changed,
 * they moved to another unit, or only the rules' answer changed (a head left or arrived,
 * a unit moved) — the change a reviewer is most likely to miss.
 */
export type ManagerChangeCause = "reportsTo" | "moved" | "rules";

/** A change of resolved solid-line manager (format.md's four steps on each side). */
export interface ManagerChange {
  /** The person (as after the change). */
  readonly person: PersonRef;
  /** The solid-line manager before, or null for none. */
  readonly from: PersonRef | null;
  /** The solid-line manager after, or null for none. */
  readonly to: PersonRef | null;
  /** Why it changed. */
  readonly cause: ManagerChangeCause;
}

/** A change of one field of a person or unit that has no list of its own. */
export interface FieldChange<T = string> {
  /** Id of the person or unit. */
  readonly id: string;
  /** Display name of the person or unit. */
  readonly name: string;
  /** The field that changed (`name`, `fte`, `dotted`, `type` …). */
  readonly field: string;
  /** The value before. */
  readonly from: T;
  /** The value after. */
  readonly to: T;
}

/** A unit whose parent changed. */
export interface Reparented {
  /** The unit. */
  readonly unit: UnitRef;
  /** The parent before, or null for a root. */
  readonly from: UnitRef | null;
  /** The parent after, or null for a root. */
  readonly to: UnitRef | null;
}

/** A unit whose head changed (null: vacant). */
export interface HeadChange {
  /** The unit. */
  readonly unit: UnitRef;
  /** The head before, or null when vacant. */
  readonly from: PersonRef | null;
  /** The head after, or null when vacant. */
  readonly to: PersonRef | null;
}

/** A change of planned headcount for one role of a unit (merged plans; 0 when unplanned). */
export interface PlanChange {
  /** The unit. */
  readonly unit: UnitRef;
  /** The role whose planned headcount changed. */
  readonly role: string;
  /** Planned headcount before (0: unplanned). */
  readonly from: number;
  /** Planned headcount after (0: unplanned). */
  readonly to: number;
}

/** People whose primary unit is in a branch (a child of the root, or the root itself), before and after. */
export interface HeadcountDelta {
  /** The branch (a child of the root, or the root itself). */
  readonly branch: UnitRef;
  /** People in the branch before. */
  readonly before: number;
  /** People in the branch after. */
  readonly after: number;
  /** `after - before`. */
  readonly delta: number;
}

/** How many changes of each kind a diff found, and the people on each side. */
export interface DiffSummary {
  /** People only in the second org. */
  readonly peopleAdded: number;
  /** People only in the first org. */
  readonly peopleRemoved: number;
  /** People whose primary unit changed. */
  readonly peopleMoved: number;
  /** People whose primary role changed. */
  readonly roleChanges: number;
  /** People whose resolved solid-line manager changed. */
  readonly managerChanges: number;
  /** Units only in the second org. */
  readonly unitsAdded: number;
  /** Units only in the first org. */
  readonly unitsRemoved: number;
  /** Units whose parent changed. */
  readonly unitsReparented: number;
  /** Units whose head changed. */
  readonly headChanges: number;
  /** Changes of planned headcount, one per unit and role. */
  readonly planChanges: number;
  /** Other field changes: names, fte, dotted lines, unit types. */
  readonly otherChanges: number;
  /** People before and after. */
  readonly before: number;
  readonly after: number;
  /** Every change counted above; 0 means the two orgs are the same as far as the diff sees. */
  readonly total: number;
}

/** Everything that differs between two orgs, by id. */
export interface OrgDiff {
  /** The counts of every list below. */
  readonly summary: DiffSummary;
  /** Changes to people. */
  readonly people: {
    /** People only in the second org. */
    readonly added: readonly PersonRef[];
    /** People only in the first org. */
    readonly removed: readonly PersonRef[];
    /** People whose primary unit changed. */
    readonly moved: readonly MovedPerson[];
    /** People whose primary role changed. */
    readonly roles: readonly RoleChange[];
    /** People whose resolved solid-line manager changed. */
    readonly managers: readonly ManagerChange[];
    /** Name, fte, and dotted-line managers (ids, `;`-joined in source order). */
    readonly other: readonly FieldChange<string | number>[];
  };
  /** Changes to units. */
  readonly units: {
    /** Units only in the second org. */
    readonly added: readonly UnitRef[];
    /** Units only in the first org. */
    readonly removed: readonly UnitRef[];
    /** Units whose parent changed. */
    readonly reparented: readonly Reparented[];
    /** Units whose head changed. */
    readonly heads: readonly HeadChange[];
    /** Name and type. */
    readonly other: readonly FieldChange[];
  };
  /** Changes of planned headcount (merged plans). */
  readonly plans: readonly PlanChange[];
  /** Headcount per branch, before and after. */
  readonly headcount: readonly HeadcountDelta[];
}

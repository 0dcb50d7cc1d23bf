/**
 * The resolved model's internal records. Units and people are numbered in source order and
 * point at each other by index (-1 for none), so that resolution and queries are array work.
 */
import type { PathSegment } from "../diagnostics/types.js";
import type { PersonRecord, UnitRecord } from "../load/records.js";
import type { SourceFile } from "../source/file.js";

export const NONE = -1;

/** Shared by every unit and person without `meta` (most of them): one object, not thousands. */
export const NO_META: Readonly<Record<string, string>> = Object.freeze({});

/** Where a dotted line comes from, in order of precedence. */
export type DottedSource = "dottedLines" | "also" | "blueprint";

export interface PostData {
  person: number;
  unit: number;
  role: string;
  fte: number;
  primary: boolean;
  /** Index in the person's `also` list, for concurrent posts. */
  alsoIndex: number;
}

export interface UnitData {
  index: number;
  id: string;
  type: string;
  name: string;
  parent: number;
  children: number[];
  /** Distance from its tree's root (0 at the root). */
  depth: number;
  head: number;
  /** The merged plan: blueprint default for the type, overridden role by role. */
  plan: Map<string, number>;
  posts: PostData[];
  meta: Readonly<Record<string, string>>;
  record: UnitRecord;
}

export interface DottedData {
  manager: number;
  source: DottedSource;
}

export interface PersonData {
  index: number;
  id: string;
  name: string;
  unit: number;
  role: string;
  fte: number;
  /** Explicit `reportsTo`, resolved. */
  reportsTo: number;
  /** Solid-line manager after the four steps; NONE for tops and people on a reporting cycle. */
  manager: number;
  dotted: DottedData[];
  posts: PostData[];
  meta: Readonly<Record<string, string>>;
  record: PersonRecord;
}

/** A place in a source file, for diagnostics. */
export interface At {
  file: SourceFile;
  path: PathSegment[];
  part?: "key" | "value";
}

export function unitAt(u: UnitData, ...path: PathSegment[]): At {
  return { file: u.record.file, path: [...u.record.at, ...path] };
}

export function personAt(p: PersonData, ...path: PathSegment[]): At {
  return { file: p.record.file, path: [...p.record.at, ...path] };
}

/** The `role` value of a post: the person's own role, or the role of an `also` entry. */
export function postAt(person: PersonData, post: PostData, field: "role" | "unit" | "fte" = "role"): At {
  return post.primary ? personAt(person, field) : personAt(person, "also", post.alsoIndex, field);
}

/** A unit's own plan entry for a role when it has one, else its id (the plan then comes from the blueprint). */
export function planAt(u: UnitData, role: string): At {
  const own = u.record.data.plan;
  return own && Object.hasOwn(own, role) ? unitAt(u, "plan", role) : unitAt(u, "id");
}

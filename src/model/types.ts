/** Public shapes of the resolved model. Plain data: safe to serialize as JSON. */
import type { DottedSource } from "./data.js";

export type { DottedSource };

/** A person as every answer names them (the JSON shape of cli.md). Answers share one frozen object per person. */
export interface PersonRef {
  id: string;
  name: string;
  /** Id of the primary unit. */
  unit: string;
  /** Role in the primary unit. */
  role: string;
}

/** A post: the primary assignment or a concurrent (`also`) one. */
export interface Post {
  unit: string;
  role: string;
  fte: number;
  primary: boolean;
}

/** A dotted (functional) line and where it comes from. */
export interface DottedLine {
  manager: PersonRef;
  source: DottedSource;
}

export interface Person extends PersonRef {
  fte: number;
  /** The explicit `reportsTo`, if given. */
  reportsTo: string | null;
  /** The solid-line manager after the four steps of format.md; null for a top or a person on a cycle. */
  manager: PersonRef | null;
  dotted: DottedLine[];
  posts: Post[];
  meta: Readonly<Record<string, string>>;
}

export interface Unit {
  id: string;
  type: string;
  name: string;
  parent: string | null;
  children: string[];
  /** Institution level from the blueprint (1 = top), or null for an unknown type. */
  level: number | null;
  /** Id of the head, or null when vacant. */
  head: string | null;
  /** Merged plan: role → authorized headcount. */
  plan: Record<string, number>;
  meta: Readonly<Record<string, string>>;
}

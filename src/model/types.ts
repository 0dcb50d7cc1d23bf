/**
 * Public shapes of the resolved model. Plain data: safe to serialize as JSON. Every shape is
 * readonly: an answer is a view of the org, and nothing written to it would change the org.
 */
import type { DottedSource } from "./data.js";

export type { DottedSource };

/**
 * A person as every answer names them (the JSON shape of cli.md). Answers share one frozen
 * object per person, so its fields are readonly at run time too.
 */
export interface PersonRef {
  /** The person's id, as written in the file (`007` stays `"007"`). */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Id of the primary unit. */
  readonly unit: string;
  /** Role in the primary unit. */
  readonly role: string;
}

/** A post: the primary assignment or a concurrent (`also`) one. */
export interface Post {
  /** Id of the unit the post is in. */
  readonly unit: string;
  /** The role held in that unit. */
  readonly role: string;
  /** Full-time equivalent of the post (a primary post defaults to 1, an `also` post to 0). */
  readonly fte: number;
  /** True for the person's primary post, false for an `also` post. */
  readonly primary: boolean;
}

/** A dotted (functional) line and where it comes from. */
export interface DottedLine {
  /** The functional manager at the other end of the line. */
  readonly manager: PersonRef;
  /** Where the line comes from: `dottedLines`, `also` or `blueprint`. */
  readonly source: DottedSource;
}

/** A person with their resolved lines and posts, as `org.person(id)` and `org.people()` give them. */
export interface Person extends PersonRef {
  /** Full-time equivalent of the primary post. */
  readonly fte: number;
  /** The explicit `reportsTo`, if given. */
  readonly reportsTo: string | null;
  /** The solid-line manager after the four steps of format.md; null for a top or a person on a cycle. */
  readonly manager: PersonRef | null;
  /** Dotted (functional) lines, in order of precedence of their source. */
  readonly dotted: readonly DottedLine[];
  /** The primary post first, then the `also` posts in source order. */
  readonly posts: readonly Post[];
  /** Free-form `meta` of the file (string → string). */
  readonly meta: Readonly<Record<string, string>>;
}

/** A unit with its resolved head and merged plan, as `org.unit(id)` and `org.units()` give them. */
export interface Unit {
  /** The unit's id, as written in the file. */
  readonly id: string;
  /** Unit type (a key of the blueprint's `unitTypes`). */
  readonly type: string;
  /** Display name. */
  readonly name: string;
  /** Id of the parent unit, or null for a root. */
  readonly parent: string | null;
  /** Ids of the child units, in source order. */
  readonly children: readonly string[];
  /** Institution level from the blueprint (1 = top), or null for an unknown type. */
  readonly level: number | null;
  /** Id of the head, or null when vacant. */
  readonly head: string | null;
  /** Merged plan: role → authorized headcount. */
  readonly plan: Readonly<Record<string, number>>;
  /** Free-form `meta` of the file (string → string). */
  readonly meta: Readonly<Record<string, string>>;
}

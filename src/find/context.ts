/**
 * What the selector engine reads of an org. The facade hands it over: the model, the
 * blueprint, and the numberings and lookups the query layer already keeps (find/ and
 * query/ are peers, so find/ names the shapes it needs rather than importing them).
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { ModelData } from "../model/build.js";

/** A tree numbered depth-first: a node's subtree is `order[pre[x] .. pre[x] + size[x])`. */
export interface TreeNumbering {
  readonly order: Int32Array;
  readonly pre: Int32Array;
  readonly size: Int32Array;
}

/** Which lines `reports-to:` follows. */
export type FindLines = "solid" | "dotted" | "all";

export interface FindContext {
  readonly model: ModelData;
  readonly blueprint: Blueprint | undefined;
  /** The unit tree. */
  readonly unitTree: TreeNumbering;
  /** The solid reporting forest. */
  readonly reporting: TreeNumbering;
  /** Everyone below `person` along dotted lines, or solid and dotted (`all`), themself excluded. */
  reportsBelow(person: number, lines: "dotted" | "all"): Iterable<number>;
  /** A person's index from an id or unique name; throws UnknownIdError or AmbiguousNameError. */
  resolvePerson(text: string): number;
  /** A unit's index from an id or unique name; throws UnknownIdError or AmbiguousNameError. */
  resolveUnit(text: string): number;
}

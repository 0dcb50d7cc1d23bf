/**
 * The terms of the selector language (docs/find.md, "Terms"): their names, what they apply
 * to, whether they take values. One table, read by the string parser, the object form and
 * the compiler, so the three cannot disagree.
 */

/** What a selector selects. */
export type FindKind = "people" | "units";

/** A parsed term, before it is checked against the org: the same for the string and object forms. */
export interface Term {
  /** The term's name (`role`, `meta`, `vacant` …). */
  readonly name: TermName;
  readonly negated: boolean;
  /** Alternatives (OR); empty for flags. */
  readonly values: readonly string[];
  /** For `meta`: the key; `values` empty means "has the key". */
  readonly key?: string;
  /** Where the term is in the text (1-based column, UTF-16 units); 0 for the object form. */
  readonly column: number;
  readonly length: number;
  /** Where each value is (1-based column and length), parallel to `values`. */
  readonly at: ReadonlyArray<readonly [column: number, length: number]>;
}

export type TermName =
  | "role"
  | "type"
  | "level"
  | "under"
  | "unit"
  | "reports-to"
  | "name"
  | "id"
  | "meta"
  | "has"
  | "lacks"
  | "head"
  | "vacant"
  | "over-plan"
  | "under-plan"
  | "acting";

interface TermDef {
  /** Which selectors take it. */
  readonly kinds: readonly FindKind[];
  /** Whether it takes values (`role:x`) or is a flag (`vacant`). */
  readonly valued: boolean;
}

const BOTH: readonly FindKind[] = ["people", "units"];

export const TERMS: Readonly<Record<TermName, TermDef>> = {
  role: { kinds: ["people"], valued: true },
  type: { kinds: BOTH, valued: true },
  level: { kinds: BOTH, valued: true },
  under: { kinds: BOTH, valued: true },
  unit: { kinds: BOTH, valued: true },
  "reports-to": { kinds: ["people"], valued: true },
  name: { kinds: BOTH, valued: true },
  id: { kinds: BOTH, valued: true },
  meta: { kinds: BOTH, valued: true },
  has: { kinds: BOTH, valued: true },
  lacks: { kinds: ["units"], valued: true },
  head: { kinds: ["people"], valued: false },
  vacant: { kinds: ["units"], valued: false },
  "over-plan": { kinds: ["units"], valued: false },
  "under-plan": { kinds: ["units"], valued: false },
  acting: { kinds: BOTH, valued: false },
};

/** `has:` values, and which selectors take each. */
export const HAS: Readonly<Record<string, readonly FindKind[]>> = {
  also: ["people"],
  "reports-to": ["people"],
  dotted: ["people"],
  meta: BOTH,
  plan: ["units"],
  drivers: ["units"],
};

export function isTermName(name: string): name is TermName {
  return Object.hasOwn(TERMS, name);
}

/** Term names as a user types them (meta as `meta.K`), for did-you-mean. */
export const TERM_SPELLINGS: readonly string[] = Object.keys(TERMS).map((t) => (t === "meta" ? "meta.K" : t));

/** Errors for programmer misuse of the API (never for problems in user files). */

/** An id passed to a query names no person or unit; `suggestions` are the closest ids. */
export class UnknownIdError extends Error {
  /** Always `"UnknownIdError"`. */
  override readonly name = "UnknownIdError";
  constructor(
    /** The method that was called, e.g. `"Org.managerOf"`. */
    readonly method: string,
    /** What kind of id the method expected. */
    readonly kind: "person" | "unit",
    /** The id as given. */
    readonly id: string,
    /** The closest existing ids of that kind, best first (possibly none). */
    readonly suggestions: readonly string[],
  ) {
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
    super(`${method}: no ${kind} with id "${id}"${hint}`);
  }
}

/** One of the people who share a name, as an ambiguous lookup lists them. */
export interface PersonNameCandidate {
  /** The person's id. */
  readonly id: string;
  /** The name they share. */
  readonly name: string;
  /** Their (primary) unit's id. */
  readonly unit: string;
  /** Their role. */
  readonly role: string;
}

/** One of the units that share a name, as an ambiguous lookup lists them. */
export interface UnitNameCandidate {
  /** The unit's id. */
  readonly id: string;
  /** The name they share. */
  readonly name: string;
  /** The parent unit's id, or null at a root. */
  readonly parent: string | null;
  /** The unit's type. */
  readonly type: string;
}

/** A person or a unit that shares a name with others (`AmbiguousNameError.candidates`). */
export type NameCandidate = PersonNameCandidate | UnitNameCandidate;

/**
 * A name given where an id is taken matches several people or units (no id is that text):
 * `candidates` lists them all, in source order, so the caller can pick an id.
 */
export class AmbiguousNameError extends Error {
  /** Always `"AmbiguousNameError"`. */
  override readonly name = "AmbiguousNameError";
  constructor(
    /** The method that was called, e.g. `"Org.resolvePersonId"`. */
    readonly method: string,
    /** What kind of id the method expected. */
    readonly kind: "person" | "unit",
    /** The name as given. */
    readonly text: string,
    /** Everyone (or every unit) of that name, in source order. */
    readonly candidates: readonly NameCandidate[],
  ) {
    super(
      `${method}: ${candidates.length} ${kind === "person" ? "people" : "units"} are named "${text}": ` +
        `${candidates.map((c) => c.id).join(", ")}; give an id`,
    );
  }
}

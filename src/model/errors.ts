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

/** Errors for programmer misuse of the API (never for problems in user files). */

/** An id passed to a query names no person or unit; `suggestions` are the closest ids. */
export class UnknownIdError extends Error {
  override readonly name = "UnknownIdError";
  constructor(
    readonly method: string,
    readonly kind: "person" | "unit",
    readonly id: string,
    readonly suggestions: readonly string[],
  ) {
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
    super(`${method}: no ${kind} with id "${id}"${hint}`);
  }
}

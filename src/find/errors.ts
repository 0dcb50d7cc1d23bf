/** The one error of the selector language: a bad selector, at its place in the text. */
import type { NameCandidate } from "../model/errors.js";

/**
 * A selector that cannot be answered: an unknown term, role, type or id, a missing value, a
 * term of the other kind … `column` (1-based, UTF-16 code units) and `length` place it in
 * the selector text; both are 0 for the object form. `message` says what is wrong (a
 * did-you-mean included), `hint` is the did-you-mean alone, and an ambiguous name lists
 * its `candidates`.
 */
export class SelectorError extends Error {
  /** Always `"SelectorError"`. */
  override readonly name = "SelectorError";
  constructor(
    message: string,
    /** 1-based column of the problem in the selector text (UTF-16 code units); 0 for the object form. */
    readonly column: number,
    /** How many code units the problem spans (at least 1 in text; 0 for the object form). */
    readonly length: number,
    /** The did-you-mean alone, when there is one. */
    readonly hint?: string,
    /** For a name several people or units hold: each of them. */
    readonly candidates: readonly NameCandidate[] = [],
  ) {
    super(message);
  }
}

/** Person and unit ids for an import: as written where valid, else sanitized (with a note). */
import { ID_PATTERN } from "../schema/common.js";
import { guessed, type Note } from "./units.js";

/**
 * Raw ids → valid ids, the same raw id always giving the same one. Ids that are valid stay
 * exactly as written; others have each run of characters ids cannot hold replaced by `-`
 * (cut to 64 characters, made unique with a number), with a note.
 */
export class IdMap {
  #ids = new Map<string, string>();
  #taken = new Set<string>();
  constructor(readonly kind: string) {}

  has(raw: string): boolean {
    return this.#ids.has(raw);
  }

  get(raw: string): string | undefined {
    return this.#ids.get(raw.trim());
  }

  id(raw: string, line: number, notes: Note[]): string {
    const known = this.#ids.get(raw);
    if (known !== undefined) return known;
    let id = raw;
    if (!ID_PATTERN.test(raw) || this.#taken.has(raw)) {
      const base = raw.replace(/[^\p{L}\p{M}\p{Nd}._-]+/gu, "-").slice(0, 60) || this.kind;
      id = base;
      for (let n = 2; !ID_PATTERN.test(id) || this.#taken.has(id); n++) id = `${base}-${n}`;
      notes.push(
        guessed(
          `${this.kind} "${raw}" is not a valid id; written as "${id}"`,
          { reason: "id-rewritten", id, chosen: id, candidates: [raw] },
          line,
        ),
      );
    }
    this.#ids.set(raw, id);
    this.#taken.add(id);
    return id;
  }
}

/** A count with its noun, singular for exactly 1: `1 warning`, `2 warnings`, `1 person`, `3 people`. */

/**
 * `count noun`, with the plural form for every count but 1 (0 too, as English has it).
 * The plural is `noun + "s"` unless given.
 *
 * @example plural(1, "warning") // "1 warning"
 * @example plural(2, "person", "people") // "2 people"
 * @example plural(1, "person removed", "people removed") // "1 person removed"
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`, shown: string = String(count)): string {
  return `${shown} ${count === 1 ? noun : pluralNoun}`;
}

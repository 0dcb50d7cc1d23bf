/**
 * Globs of `name:` and `id:` terms (docs/find.md): `*` any run of characters, `?` one
 * character, `\*` `\?` `\\` the characters themselves, everything else literal; the glob
 * matches the whole text. Names are not paths, so `/` is an ordinary character (which is
 * why this is not picomatch). `?` is one UTF-16 code unit's character or a whole surrogate
 * pair (the `u` flag).
 */

/** Only `\*`, `\?` and `\\` are escapes; any other backslash is itself. */
const isEscaped = (next: string | undefined) => next === "*" || next === "?" || next === "\\";

/** Whether `glob` has a wildcard at all (else it is a literal, answered from an index). */
export function isLiteral(glob: string): boolean {
  return literalOf(glob) !== undefined;
}

/** The text a glob without wildcards stands for (its escapes undone), or undefined. */
export function literalOf(glob: string): string | undefined {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" || c === "?") return undefined;
    if (c === "\\" && isEscaped(glob[i + 1])) out += glob[++i];
    else out += c;
  }
  return out;
}

/** One piece of a compiled glob: a literal character (a code point), any one character, or a star. */
type Piece = string | typeof ANY | typeof STAR;
const ANY = 0;
const STAR = 1;

/**
 * A matcher for `glob`: the classic greedy wildcard match that backtracks only to the last
 * star, so it costs O(text × glob) at worst — never exponential, whatever the name holds
 * (a regular expression of several `.*` can be). Characters are code points.
 */
export function globMatcher(glob: string): (text: string) => boolean {
  const pieces: Piece[] = [];
  const chars = [...glob];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === "*") {
      if (pieces.at(-1) !== STAR) pieces.push(STAR);
    } else if (c === "?") pieces.push(ANY);
    else if (c === "\\" && isEscaped(chars[i + 1])) pieces.push(chars[++i] as string);
    else pieces.push(c);
  }
  return (text) => matches(pieces, text);
}

/** Width in code units of the code point at `i`. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function matches(pieces: readonly Piece[], text: string): boolean {
  let t = 0;
  let p = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const piece = pieces[p];
    if (piece === STAR) {
      starP = p++;
      starT = t;
      continue;
    }
    if (piece !== undefined) {
      const w = width(text, t);
      if (piece === ANY || text.startsWith(piece, t)) {
        if (piece === ANY || piece.length === w) {
          t += w;
          p++;
          continue;
        }
      }
    }
    if (starP < 0) return false;
    // Let the last star take one more character, and try again after it.
    starT += width(text, starT);
    t = starT;
    p = starP + 1;
  }
  while (pieces[p] === STAR) p++;
  return p === pieces.length;
}

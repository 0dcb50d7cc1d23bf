/**
 * Fast path for the common shape of org files: a hand-written scanner for a strict subset of
 * YAML (block mappings and sequences, single-line flow collections, plain and single-line
 * quoted scalars, comments), resolving scalars exactly as the `yaml` package's core schema
 * does. It records the span of every key and scalar as it goes, in one flat Int32Array.
 *
 * It never reports errors: anything outside the subset, and anything wrong, makes it give
 * up (return undefined) so the `yaml` package — the reference — parses the file instead and
 * produces the real diagnostics. Spans of collections, which only error messages need, are
 * taken from a `yaml` parse made lazily on first request. A differential test holds the two
 * paths to the same data and positions.
 */

import { setKey } from "./data.js";
import { parseYaml } from "./parse-yaml.js";
import type { ParsedSource, Span } from "./parsed.js";
import type { PathSegment } from "./path.js";

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

const NL = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/** Character classes for ASCII: YAML indicators (may not start a plain scalar) and flow ends. */
const CLASS = new Uint8Array(128);
const IND = 1;
const FLOW = 2;
for (const c of "-?:,[]{}#&*!|>'\"%@`") CLASS[c.charCodeAt(0)] = IND;
for (const c of "[]{},") CLASS[c.charCodeAt(0)] = IND | FLOW;
const INDICATOR = { has: (c: number) => c < 128 && ((CLASS[c] as number) & IND) !== 0 };
const FLOW_END = { has: (c: number) => c < 128 && ((CLASS[c] as number) & FLOW) !== 0 };

/** Marks a value span as a collection: its exact span comes from the lazy `yaml` parse. */
const COLLECTION = -1;
const NONE = -1;
const MAP_W = 5;
const SEQ_W = 3;

export function parseFast(text: string): ParsedSource | undefined {
  if (text.includes("\t") || /\r(?!\n)/.test(text) || text.includes("\ufeff")) return undefined;
  const parser = new FastParser(text);
  try {
    const data = parser.document();
    return parser.result(data);
  } catch (error) {
    if (error instanceof GiveUp || error instanceof RangeError) return undefined;
    throw error;
  }
}

class FastParser {
  pos = 0;
  readonly len: number;
  /** Finished blocks: per collection `[count, ...entries]`; map entries are 5 ints, sequence entries 3. */
  out = new Int32Array(1 << 12);
  used = 0;
  /** Entries of the collections still open, innermost last. */
  stack = new Int32Array(1 << 10);
  sp = 0;
  /** Block of the collection parsed last (the child just finished). */
  lastBlock = NONE;
  depth = 0;
  /** Set by the value readers (no tuple allocated per value): end offset, start, child block. */
  end = 0;
  valueStart = 0;
  child = NONE;

  constructor(readonly text: string) {
    this.len = text.length;
    // Org files need about one int per 3 characters: size once (never grow on the way), and
    // trim to what was used when the parse is done (result()).
    this.out = new Int32Array(Math.max(1 << 12, text.length >> 1));
  }

  document(): unknown {
    let indent = this.skipBlankLines();
    if (this.pos < this.len && this.text.startsWith("---", this.pos) && indent === 0) {
      const after = this.text.charCodeAt(this.pos + 3);
      if (!(after === NL || after === CR || Number.isNaN(after))) giveUp();
      this.pos = this.nextLine(this.pos);
      indent = this.skipBlankLines();
    }
    if (this.pos >= this.len) return null;
    if (indent !== 0) giveUp();
    const value = this.blockNode(indent);
    this.skipBlankLines();
    if (this.pos < this.len) giveUp();
    return value;
  }

  result(data: unknown): ParsedSource {
    const { text } = this;
    const out = this.out.slice(0, this.used);
    const root = this.lastBlock;
    let reference: ParsedSource | undefined;
    const yamlParse = () => {
      reference ??= parseYaml(text);
      return reference;
    };
    const find = (path: readonly PathSegment[]) => {
      let node: unknown = data;
      let block = root;
      let keySpan: Span | undefined;
      let valueStart = 0;
      let valueEnd = 0;
      for (const seg of path) {
        if (node === null || typeof node !== "object" || block === NONE) return undefined;
        const count = out[block] as number;
        let at: number;
        if (Array.isArray(node)) {
          if (typeof seg !== "number" || seg < 0 || seg >= count) return undefined;
          at = block + 1 + seg * SEQ_W;
          keySpan = undefined;
          node = node[seg];
        } else {
          const name = String(seg);
          let i = 0;
          at = block + 1;
          for (; i < count; i++, at += MAP_W) {
            const ks = out[at] as number;
            if ((out[at + 1] as number) - ks === name.length && text.startsWith(name, ks)) break;
          }
          if (i === count) return undefined;
          keySpan = { start: out[at] as number, end: out[at + 1] as number };
          at += 2;
          node = (node as Record<string, unknown>)[name];
        }
        valueStart = out[at] as number;
        valueEnd = out[at + 1] as number;
        block = out[at + 2] as number;
      }
      return { node, keySpan, valueStart, valueEnd };
    };
    return {
      data,
      errors: [],
      parser: "fast",
      locate(path, part = "value") {
        const found = path.length > 0 ? find(path) : undefined;
        if (!found || found.valueStart === COLLECTION) return yamlParse().locate(path, part);
        if (part === "key" && found.keySpan) return found.keySpan;
        if (found.valueStart === found.valueEnd && found.keySpan) return found.keySpan;
        return { start: found.valueStart, end: found.valueEnd };
      },
      sourceText(path) {
        const found = path.length > 0 ? find(path) : undefined;
        if (!found || found.valueStart === COLLECTION) return yamlParse().sourceText(path);
        const raw = text.slice(found.valueStart, found.valueEnd);
        const q = raw.charCodeAt(0);
        // Like yaml's Scalar.source: the raw text of a plain scalar, the value of a quoted one.
        return q === 34 || q === 39 ? (found.node as string) : raw;
      },
    };
  }

  // --- lines -------------------------------------------------------------------------------

  /** Skip blank and comment-only lines; leave pos at the start of a content line; return its indent. */
  skipBlankLines(): number {
    const { text, len } = this;
    while (this.pos < len) {
      let i = this.pos;
      while (i < len && text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (i >= len) {
        this.pos = len;
        return 0;
      }
      if (c === NL || c === CR || c === HASH) {
        this.pos = this.nextLine(i);
        continue;
      }
      return i - this.pos;
    }
    return 0;
  }

  nextLine(from: number): number {
    const nl = this.text.indexOf("\n", from);
    return nl === -1 ? this.len : nl + 1;
  }

  /** After a value on a line: only spaces and a comment may follow; move to the next line. */
  endOfLine(from: number): void {
    const { text, len } = this;
    let i = from;
    while (i < len && text.charCodeAt(i) === SPACE) i++;
    if (i >= len) {
      this.pos = len;
      return;
    }
    const c = text.charCodeAt(i);
    if (c === HASH && i > from) this.pos = this.nextLine(i);
    else if (c === NL || (c === CR && text.charCodeAt(i + 1) === NL)) this.pos = this.nextLine(i);
    else giveUp();
  }

  isLineEnd(i: number): boolean {
    if (i >= this.len) return true;
    const c = this.text.charCodeAt(i);
    return c === NL || (c === CR && this.text.charCodeAt(i + 1) === NL);
  }

  // --- block collections ---------------------------------------------------------------------

  blockNode(indent: number): unknown {
    if (++this.depth > 100) giveUp();
    const start = this.pos + indent;
    const c = this.text.charCodeAt(start);
    let value: unknown;
    if (c === DASH && this.isSeqMarker(start)) value = this.blockSeq(indent);
    else if (this.keyEnd(start) !== -1) value = this.blockMap(indent, start);
    else giveUp();
    this.depth--;
    return value;
  }

  isSeqMarker(i: number): boolean {
    return this.text.charCodeAt(i) === DASH && (this.text.charCodeAt(i + 1) === SPACE || this.isLineEnd(i + 1));
  }

  /** If a plain key starts at `i` on this line (`key: ` or `key:` at line end), the index of its colon. */
  keyEnd(i: number): number {
    const { text, len } = this;
    const first = text.charCodeAt(i);
    if (i >= len || INDICATOR.has(first) || first === SPACE) return -1;
    for (let j = i; j < len; j++) {
      const c = text.charCodeAt(j);
      if (c === NL || c === CR) return -1;
      if (c === HASH && text.charCodeAt(j - 1) === SPACE) return -1;
      if (c === COLON && (text.charCodeAt(j + 1) === SPACE || this.isLineEnd(j + 1))) {
        return text.charCodeAt(j - 1) === SPACE ? giveUp() : j;
      }
      if (FLOW_END.has(c) || c === 34 || c === 39) return -1;
    }
    return -1;
  }

  blockMap(indent: number, firstKey: number): Record<string, unknown> {
    const { text } = this;
    const map: Record<string, unknown> = {};
    const mark = this.sp;
    let k = firstKey;
    for (;;) {
      const colon = this.keyEnd(k);
      if (colon === -1) giveUp();
      const key = text.slice(k, colon);
      if (Object.hasOwn(map, key)) giveUp();
      let child = NONE;
      let value: unknown;
      let vs: number;
      let ve: number;
      let i = colon + 1;
      while (text.charCodeAt(i) === SPACE) i++;
      if (this.isLineEnd(i) || (text.charCodeAt(i) === HASH && i > colon + 1)) {
        // The value is on the following lines, or null.
        this.pos = this.nextLine(i);
        const next = this.skipBlankLines();
        const at = this.pos + next;
        if (this.pos < this.len && (next > indent || (next === indent && this.isSeqMarker(at)))) {
          value = this.blockNode(next);
          vs = ve = COLLECTION;
          child = this.lastBlock;
        } else {
          value = null;
          vs = ve = colon + 1;
        }
      } else {
        value = this.lineValue(i, indent);
        vs = this.valueStart;
        ve = this.end;
        child = this.child;
      }
      setKey(map, key, value);
      this.entry(k, colon, vs, ve, child);
      const next = this.skipBlankLines();
      if (this.pos >= this.len || next < indent) break;
      if (next > indent) giveUp();
      k = this.pos + next;
    }
    this.close(mark, MAP_W);
    return map;
  }

  blockSeq(indent: number): unknown[] {
    const { text } = this;
    const seq: unknown[] = [];
    const mark = this.sp;
    for (;;) {
      const dash = this.pos + indent;
      let i = dash + 1;
      while (text.charCodeAt(i) === SPACE) i++;
      let value: unknown;
      let vs = COLLECTION;
      let ve = COLLECTION;
      let child = NONE;
      if (this.isLineEnd(i) || text.charCodeAt(i) === HASH) {
        this.pos = this.nextLine(i);
        const next = this.skipBlankLines();
        if (this.pos < this.len && next > indent) {
          value = this.blockNode(next);
          vs = ve = COLLECTION;
          child = this.lastBlock;
        } else {
          value = null;
          vs = ve = i;
        }
      } else if (this.isSeqMarker(i)) {
        return giveUp();
      } else if (this.keyEnd(i) !== -1) {
        // A compact mapping: `- id: x` with the next keys under `id`.
        value = this.blockMap(i - this.pos, i);
        vs = ve = COLLECTION;
        child = this.lastBlock;
      } else {
        value = this.lineValue(i, indent);
        vs = this.valueStart;
        ve = this.end;
        child = this.child;
      }
      seq.push(value);
      this.entry(-2, -2, vs, ve, child);
      const next = this.skipBlankLines();
      if (this.pos >= this.len || next < indent) break;
      if (next > indent) giveUp();
      if (!this.isSeqMarker(this.pos + next)) break;
    }
    this.close(mark, SEQ_W);
    return seq;
  }

  /** Push one entry of the open collection: a map entry (key span first) or, with ks = -2, a sequence item. */
  entry(ks: number, ke: number, vs: number, ve: number, child: number): void {
    if (this.sp + MAP_W > this.stack.length) this.stack = grow(this.stack, this.sp + MAP_W);
    const stack = this.stack;
    if (ks !== -2) {
      stack[this.sp++] = ks;
      stack[this.sp++] = ke;
    }
    stack[this.sp++] = vs;
    stack[this.sp++] = ve;
    stack[this.sp++] = child;
  }

  /** Close the collection whose entries start at `mark`: move them to a finished block. */
  close(mark: number, width: number): void {
    const size = this.sp - mark;
    if (this.used + size + 1 > this.out.length) this.out = grow(this.out, this.used + size + 1);
    const block = this.used;
    this.out[block] = size / width;
    const { out, stack } = this;
    for (let from = mark, to = block + 1; from < this.sp; ) out[to++] = stack[from++] as number;
    this.used += size + 1;
    this.sp = mark;
    this.lastBlock = block;
  }

  // --- values on one line ----------------------------------------------------------------------

  /**
   * A value that is the rest of this line (in a collection at `indent`); nothing may follow it
   * but a comment, and no deeper line may continue it. Sets valueStart, end and child.
   */
  lineValue(i: number, indent: number): unknown {
    const value = this.inlineValue(i);
    this.endOfLine(this.end);
    const next = this.skipBlankLines();
    if (this.pos < this.len && next > indent) giveUp();
    return value;
  }

  /** A value that starts at `i` on this line; sets valueStart (COLLECTION for collections), end and child. */
  inlineValue(i: number): unknown {
    const c = this.text.charCodeAt(i);
    if (c === 123 || c === 91) {
      const value = this.flow(i);
      this.valueStart = COLLECTION;
      this.child = this.lastBlock;
      return value;
    }
    this.valueStart = i;
    this.child = NONE;
    if (c === 34 || c === 39) return this.quoted(i);
    if (INDICATOR.has(c)) giveUp();
    const end = this.plainEnd(i, false);
    const raw = this.text.slice(i, end);
    if (raw.includes(": ") || raw.endsWith(":")) giveUp();
    this.end = end;
    return resolvePlain(raw);
  }

  /** End of a plain scalar starting at `i`: line end, ` #`, or (in flow) a flow indicator. */
  plainEnd(i: number, flow: boolean): number {
    const { text, len } = this;
    let j = i;
    let end = i;
    for (; j < len; j++) {
      const c = text.charCodeAt(j);
      if (c === NL || c === CR) break;
      if (c === HASH && text.charCodeAt(j - 1) === SPACE) break;
      if (flow && (FLOW_END.has(c) || c === COLON)) {
        if (c === COLON) {
          const n = text.charCodeAt(j + 1);
          if (n === SPACE || FLOW_END.has(n)) break;
          giveUp();
        }
        break;
      }
      if (c !== SPACE) end = j + 1;
    }
    return end;
  }

  /** A single-line quoted scalar at `i`; sets `end`. */
  quoted(i: number): string {
    const { text, len } = this;
    const q = text.charCodeAt(i);
    let out = "";
    let from = i + 1;
    for (let j = i + 1; j < len; j++) {
      const c = text.charCodeAt(j);
      if (c === NL || c === CR) giveUp();
      if (q === 39 && c === 39) {
        if (text.charCodeAt(j + 1) === 39) {
          out += text.slice(from, j + 1);
          from = j + 2;
          j++;
          continue;
        }
        this.end = j + 1;
        return out + text.slice(from, j);
      }
      if (q === 34 && c === 34) {
        this.end = j + 1;
        return out + text.slice(from, j);
      }
      if (q === 34 && c === 92) {
        out += text.slice(from, j);
        const [s, skip] = decodeEscape(text, j + 1);
        out += s;
        j += skip;
        from = j + 1;
      }
    }
    return giveUp();
  }

  /** A single-line flow collection at `i`; sets `end` and `lastBlock`. */
  flow(i: number): unknown {
    if (++this.depth > 100) giveUp();
    const { text } = this;
    const open = text.charCodeAt(i);
    const close = open === 123 ? 125 : 93;
    const isMap = open === 123;
    const map: Record<string, unknown> = {};
    const seq: unknown[] = [];
    const mark = this.sp;
    let j = this.skipSpaces(i + 1);
    while (text.charCodeAt(j) !== close) {
      let key = "";
      let ks = 0;
      let ke = 0;
      if (isMap) {
        ks = j;
        const c = text.charCodeAt(j);
        if (c === 34 || c === 39) {
          // A quoted key, as period keys are written (`{ "2013": 1500 }`): the quotes are part
          // of its span, as in the yaml package's ranges.
          key = this.quoted(j);
          ke = this.end;
        } else {
          if (INDICATOR.has(c) || this.isLineEnd(j)) giveUp();
          ke = this.plainEnd(j, true);
          key = text.slice(ks, ke);
        }
        if (text.charCodeAt(ke) !== COLON || Object.hasOwn(map, key)) giveUp();
        j = this.skipSpaces(ke + 1);
      }
      let child = NONE;
      let value: unknown;
      let vs: number;
      let ve: number;
      const c = text.charCodeAt(j);
      if (c === 44 || c === close) {
        if (!isMap) giveUp();
        value = null;
        vs = ve = j;
      } else if (c === 123 || c === 91) {
        value = this.flow(j);
        ve = this.end;
        vs = COLLECTION;
        child = this.lastBlock;
      } else if (c === 34 || c === 39) {
        value = this.quoted(j);
        ve = this.end;
        vs = j;
      } else {
        if (INDICATOR.has(c) || this.isLineEnd(j)) giveUp();
        ve = this.plainEnd(j, true);
        vs = j;
        value = resolvePlain(text.slice(vs, ve));
      }
      if (isMap) {
        setKey(map, key, value);
        this.entry(ks, ke, vs, ve, child);
      } else {
        seq.push(value);
        this.entry(-2, -2, vs, ve, child);
      }
      j = this.skipSpaces(ve);
      const sep = text.charCodeAt(j);
      if (sep === 44) j = this.skipSpaces(j + 1);
      else if (sep !== close) giveUp();
    }
    this.close(mark, isMap ? MAP_W : SEQ_W);
    this.depth--;
    this.end = j + 1;
    return isMap ? map : seq;
  }

  skipSpaces(i: number): number {
    let j = i;
    while (this.text.charCodeAt(j) === SPACE) j++;
    if (this.isLineEnd(j) || this.text.charCodeAt(j) === HASH) giveUp();
    return j;
  }
}

function grow(array: Int32Array, need: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(array.length * 2, need));
  grown.set(array);
  return grown;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};

/** A double-quoted escape at `i` (after the backslash): [text, characters consumed incl. backslash]. */
function decodeEscape(text: string, i: number): [string, number] {
  const c = text[i] ?? "";
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return [simple, 1];
  const width = c === "x" ? 2 : c === "u" ? 4 : c === "U" ? 8 : 0;
  const hex = text.slice(i + 1, i + 1 + width);
  if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) giveUp();
  const code = Number.parseInt(hex, 16);
  if (code > 0x10ffff) giveUp();
  return [String.fromCodePoint(code), 1 + width];
}

/** A plain scalar resolved by the YAML 1.2 core schema, tested in the `yaml` package's order. */
export function resolvePlain(raw: string): unknown {
  const c = raw.charCodeAt(0);
  // Most org values start with a letter that no core-schema tag can match: skip the tests.
  if ((c >= 97 && c <= 122 && c !== 102 && c !== 110 && c !== 116) || c > 127) return raw;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(raw)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(raw)) return raw[0] === "t" || raw[0] === "T";
  if (/^0o[0-7]+$/.test(raw)) return Number.parseInt(raw.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(raw)) return Number.parseInt(raw, 10);
  if (/^0x[0-9a-fA-F]+$/.test(raw)) return Number.parseInt(raw.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(raw)) {
    return raw.slice(-3).toLowerCase() === "nan"
      ? Number.NaN
      : raw[0] === "-"
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(raw)) return Number.parseFloat(raw);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(raw)) return Number.parseFloat(raw);
  return raw;
}

/**
 * YAML → ParsedSource through the `yaml` package's Document API. We walk the AST ourselves
 * instead of calling `toJS()` so that keys such as `__proto__` stay ordinary own keys, alias
 * expansion is bounded by the input's size, nesting depth is capped, and every value can be
 * located again by its path. The package comes from yaml-package.ts: files the fast path
 * reads never need it, and the CLI loads it only then.
 */
import type { Document, Node, ParsedNode } from "yaml";
import { setKey } from "./data.js";
import type { ParsedSource, ParseError, Span } from "./parsed.js";
import type { PathSegment } from "./path.js";

import { yamlPackage as yaml } from "./yaml-package.js";

/** Deeper than any org file needs; keeps hostile input away from the stack limit. */
export const MAX_DEPTH = 128;
/** Alias expansion may add at most this many nodes plus one per character of input. */
export const ALIAS_NODE_BUDGET = 100_000;

class Refusal extends Error {
  constructor(
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

export function parseYaml(text: string): ParsedSource {
  const tooDeep = nestingBeyond(text, MAX_DEPTH);
  if (tooDeep !== -1) {
    return failed([{ message: `nesting deeper than ${MAX_DEPTH} levels`, start: tooDeep, end: tooDeep + 1 }]);
  }
  let doc: Document.Parsed;
  try {
    doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    // The parser recurses on nesting; a file deep enough to exhaust the stack is refused.
    // NOTE: anything else thrown here is a bug (ours or the package's), never the user's
    // error: it propagates, and the CLI reports it as an internal error.
    if (error instanceof RangeError) return failed([{ message: TOO_DEEP, start: 0, end: 0 }]);
    throw error;
  }
  const errors = syntaxErrors(doc);
  if (errors.length > 0) return failed(errors, doc);
  try {
    const budget = { left: ALIAS_NODE_BUDGET + text.length };
    const data = doc.contents === null ? null : toData(doc.contents, doc, 0, budget);
    return located(doc, data, []);
  } catch (error) {
    if (error instanceof Refusal) return failed([{ message: error.message, ...error.span }], doc);
    if (error instanceof RangeError) return failed([{ message: TOO_DEEP, start: 0, end: 0 }], doc);
    throw error;
  }
}

/**
 * The offset where nesting first goes deeper than `max`, or -1. Counts open flow brackets
 * (outside quotes and comments), the block indentation stack and `- ` runs, so hostile
 * input is refused before the `yaml` composer recurses on it (deep enough, it exhausts the
 * stack or, in V8, the regexp compiler's memory).
 */
export function nestingBeyond(text: string, max: number): number {
  let flow = 0;
  const indents: number[] = [];
  let lineStart = true;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92 && quote === 34) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (text.charCodeAt(j) === 32) j++;
      let dashes = 0;
      while (text.charCodeAt(j) === 45 && text.charCodeAt(j + 1) === 32) {
        dashes++;
        j += 2;
        while (text.charCodeAt(j) === 32) j++;
      }
      const n = text.charCodeAt(j);
      if (flow === 0 && n !== 10 && n !== 13 && n !== 35 && !Number.isNaN(n)) {
        const indent = j - i - dashes * 2;
        while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
        indents.push(indent);
        if (indents.length + dashes > max) return i;
      }
    }
    if (c === 10) lineStart = true;
    else if (c === 34 || c === 39) {
      const p = text.charCodeAt(i - 1);
      if (Number.isNaN(p) || p === 32 || p === 10 || p === 91 || p === 123 || p === 44 || p === 58) quote = c;
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      const nl = text.indexOf("\n", i);
      if (nl === -1) break;
      i = nl - 1;
    } else if (c === 91 || c === 123) {
      if (++flow > max) return i;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return -1;
}

function syntaxErrors(doc: Document.Parsed): ParseError[] {
  const errors: ParseError[] = [];
  const seen = new Set<string>();
  for (const e of doc.errors) {
    // The parser can report one problem many times over at one place; keep the first.
    const key = `${e.code}:${e.pos[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let message = (e.message.split("\n")[0] ?? e.message).trim();
    if (/call stack/i.test(message)) {
      // The composer recursed too deep: one error, not one per level.
      if (errors.some((x) => x.message === TOO_DEEP)) continue;
      message = TOO_DEEP;
    } else if (e.code === "MULTIPLE_DOCS") {
      message = "a file holds one YAML document; a second one starts here";
    } else if (e.code === "DUPLICATE_KEY") {
      message = "duplicate key: this key already appears in the same mapping";
    }
    errors.push({ message, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) });
  }
  return errors;
}

const TOO_DEEP = "nesting is too deep to parse";

function failed(errors: ParseError[], doc?: Document.Parsed): ParsedSource {
  return located(doc, undefined, errors);
}

function spanOf(node: Node | null | undefined): Span {
  const range = node?.range;
  if (!range) return { start: 0, end: 0 };
  return { start: range[0], end: range[1] };
}

function toData(node: unknown, doc: Document.Parsed, depth: number, budget: { left: number }): unknown {
  if (depth > MAX_DEPTH) throw new Refusal(`nesting deeper than ${MAX_DEPTH} levels`, spanOf(node as Node));
  if (yaml().isAlias(node)) {
    const target = node.resolve(doc);
    if (!target) throw new Refusal(`unknown alias *${node.source}`, spanOf(node));
    budget.left -= 1;
    const value = toData(target, doc, depth + 1, budget);
    return value;
  }
  if (--budget.left < 0) {
    throw new Refusal("alias expansion is too large (possible alias bomb)", spanOf(node as Node));
  }
  if (yaml().isScalar(node)) return node.value;
  if (yaml().isSeq(node)) return node.items.map((item) => toData(item, doc, depth + 1, budget));
  if (yaml().isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = keyText(pair.key);
      if (key === undefined) throw new Refusal("mapping keys must be plain values", spanOf(pair.key as Node));
      setKey(out, key, toData(pair.value, doc, depth + 1, budget));
    }
    return out;
  }
  if (node === null || node === undefined) return null;
  throw new Refusal("unsupported YAML node", spanOf(node as Node));
}

/** A mapping key as text: scalars by their source (`007: x` has the key "007"). */
function keyText(key: unknown): string | undefined {
  if (yaml().isScalar(key)) {
    if (typeof key.value === "string") return key.value;
    return typeof key.source === "string" ? key.source : String(key.value);
  }
  if (key === null || key === undefined) return "";
  return undefined;
}

function child(
  node: unknown,
  seg: PathSegment,
  doc: Document.Parsed | undefined,
): { key?: unknown; value: unknown } | undefined {
  const target = yaml().isAlias(node) && doc ? node.resolve(doc) : node;
  if (yaml().isSeq(target) && typeof seg === "number") {
    const item = target.items[seg];
    return item === undefined ? undefined : { value: item };
  }
  if (yaml().isMap(target)) {
    const name = String(seg);
    for (const pair of target.items) {
      if (yaml().isPair(pair) && keyText(pair.key) === name) return { key: pair.key, value: pair.value };
    }
  }
  return undefined;
}

function located(doc: Document.Parsed | undefined, data: unknown, errors: ParseError[]): ParsedSource {
  const walk = (path: readonly PathSegment[]) => {
    let node: unknown = doc?.contents ?? null;
    let key: unknown;
    let exact = true;
    for (const seg of path) {
      const next = child(node, seg, doc);
      if (!next) {
        exact = false;
        break;
      }
      key = next.key;
      // A key with no value (`reportsTo:`) has a null value node; keep the key for position.
      node = next.value ?? next.key;
    }
    return { node, key, exact };
  };
  return {
    data,
    errors,
    parser: "yaml",
    locate(path, part = "value") {
      const { node, key, exact } = walk(path);
      if (part === "key" && exact && key) return spanOf(key as ParsedNode);
      const span = spanOf(node as ParsedNode);
      if (span.start === span.end && key) return spanOf(key as ParsedNode);
      return span;
    },
    sourceText(path) {
      const { node, exact } = walk(path);
      if (!exact || !yaml().isScalar(node)) return undefined;
      return typeof node.source === "string" ? node.source : String(node.value);
    },
  };
}

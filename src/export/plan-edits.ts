/**
 * Setting units' own `plan:` entries in an org file's text, changing nothing else — the edits
 * `orgspec plan --write` makes. Pure text → text, on the `yaml` package's Document and its
 * source ranges: a number replaced in place (its quoting kept), a key added to an existing
 * flow map (`{ spec: 2 }` → `{ spec: 3, lead: 1 }`) or block map (a line at its siblings'
 * indentation), or a `plan:` added to a unit that has none (`, plan: { … }` before a flow
 * unit's closing brace; a `plan: { … }` line at a block unit's key indentation). Comments,
 * key order, quoting, flow or block style, line ends (LF or CRLF) and a BOM stay as they
 * were: the document is never serialized again.
 *
 * Which entries to write: the merged plan is the blueprint's default plan for the unit's type
 * with the unit's own entries over it (an own `0` removes the role), so for each role whose
 * figure is given, an own entry is set when it differs from the figure, and an entry is added
 * only where the figure differs from the default (none would equal it). Roles not given keep
 * whatever they have.
 */
import type { Document, Node, Pair, Scalar, YAMLMap } from "yaml";
import { yamlPackage as yaml } from "../source/yaml-package.js";

/** The plan one unit must end up with, for the roles a norm covers. */
export interface PlanTarget {
  /** The unit's id, as written in the file. */
  readonly unit: string;
  /** Role → the headcount the merged plan must give (the norm's `required`). */
  readonly required: Readonly<Record<string, number>>;
  /** The blueprint's default plan for the unit's type (role → headcount); none: `{}`. */
  readonly defaults?: Readonly<Record<string, number>>;
}

/** One entry of a unit's own `plan:` set or added. */
export interface PlanEntryEdit {
  readonly unit: string;
  readonly role: string;
  /** The unit's own entry before, or null when it had none (the default stood). */
  readonly from: number | null;
  readonly to: number;
}

/** What `editPlans` returns. */
export interface PlanEditResult {
  /** The new text: the input itself when nothing changed. */
  readonly text: string;
  /** The entries set or added, in the order of the units in the file. */
  readonly edits: readonly PlanEntryEdit[];
  /** The ids of the targets' units this file defines (in its top-level `units:`), in file order. */
  readonly found: readonly string[];
}

/** A file whose text cannot be edited safely (an alias, a plan that is not a map, …): edit it by hand. */
export class PlanEditError extends Error {
  /** Always `"PlanEditError"`. */
  override readonly name = "PlanEditError";
  constructor(
    message: string,
    /** The unit concerned, or null for the whole file. */
    readonly unit: string | null,
  ) {
    super(message);
  }
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Set the `plan:` of the targets' units defined in `text` (an org root or included file) so
 * that their merged plans give the required figures. Units of other files are ignored (see
 * `found`). Throws `PlanEditError` when the text does not parse or an edit would not be safe.
 *
 * @example
 * editPlans("units:\n  - { id: t1, type: team, plan: { spec: 2 } }\n", [{ unit: "t1", required: { spec: 3, lead: 1 } }]).text
 * // "units:\n  - { id: t1, type: team, plan: { spec: 3, lead: 1 } }\n"
 */
export function editPlans(text: string, targets: readonly PlanTarget[]): PlanEditResult {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = bom === "" ? text : text.slice(1);
  const doc = yaml().parseDocument(body, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) throw new PlanEditError(`the file does not parse as YAML: ${error.message}`, null);
  const units = unitsOf(doc);
  const wanted = new Map(targets.map((t) => [t.unit, t]));
  const splices: Splice[] = [];
  const edits: PlanEntryEdit[] = [];
  const found = new Set<string>();
  for (const item of units) {
    if (!yaml().isMap(item)) continue;
    const id = idOf(item);
    const target = id === undefined ? undefined : wanted.get(id);
    if (id === undefined || target === undefined) continue;
    if (found.has(id)) throw new PlanEditError(`unit "${id}" is defined twice in the file`, id);
    found.add(id);
    planSplices(body, item, target, splices, edits);
  }
  if (splices.length === 0) return { text, edits, found: [...found] };
  // In text order, in one pass: a file of thousands of units stays linear.
  const parts = [bom];
  let at = 0;
  for (const s of splices.sort((a, b) => a.start - b.start || a.end - b.end)) {
    parts.push(body.slice(at, s.start), s.text);
    at = s.end;
  }
  parts.push(body.slice(at));
  return { text: parts.join(""), edits, found: [...found] };
}

/** The items of the top-level `units:` sequence (none when there is no such sequence). */
function unitsOf(doc: Document.Parsed): readonly unknown[] {
  const top = doc.contents;
  if (!yaml().isMap(top)) return [];
  const units = pairOf(top, "units")?.value;
  return yaml().isSeq(units) ? units.items : [];
}

/** A scalar as the loader reads keys and ids: a string as it is, anything else by its source (`007`). */
function scalarText(node: unknown): string | undefined {
  if (!yaml().isScalar(node)) return undefined;
  if (typeof node.value === "string") return node.value;
  return typeof node.source === "string" ? node.source : String(node.value);
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return (map.items as Pair[]).find((p) => scalarText(p.key) === key);
}

function idOf(unit: YAMLMap): string | undefined {
  return scalarText(pairOf(unit, "id")?.value);
}

/** The splices that make one unit's merged plan give the target's figures. */
function planSplices(body: string, unit: YAMLMap, target: PlanTarget, splices: Splice[], edits: PlanEntryEdit[]) {
  const id = target.unit;
  const defaults = target.defaults ?? {};
  const differsFromDefault = ([role, n]: [string, number]) => n !== (defaults[role] ?? 0);
  const planPair = pairOf(unit, "plan");
  if (planPair === undefined) {
    const added = Object.entries(target.required).filter(differsFromDefault);
    if (added.length === 0) return;
    for (const [role, n] of added) edits.push({ unit: id, role, from: null, to: n });
    const padded = !unit.flow || /^\{[ \t]/.test(body.slice(rangeOf(unit, id)[0]));
    // New keys are quoted as the unit's own keys are (a JSON org stays JSON).
    const entries = added.map(([role, n]) => `${keyText(role, unit.items as Pair[])}: ${n}`).join(", ");
    const value = padded ? `{ ${entries} }` : `{${entries}}`;
    splices.push(insertion(body, unit, [`${keyText("plan", unit.items as Pair[])}: ${value}`], id));
    return;
  }
  const plan = planPair.value;
  if (!yaml().isMap(plan)) throw new PlanEditError(`unit "${id}": its plan: is not a map; edit it by hand`, id);
  if (plan.anchor !== undefined) {
    throw new PlanEditError(`unit "${id}": its plan: is anchored (&${plan.anchor}); edit it by hand`, id);
  }
  const added: string[] = [];
  for (const [role, n] of Object.entries(target.required)) {
    const pair = pairOf(plan, role);
    if (pair === undefined) {
      if (!differsFromDefault([role, n])) continue;
      edits.push({ unit: id, role, from: null, to: n });
      added.push(`${keyText(role, plan.items as Pair[])}: ${n}`);
      continue;
    }
    const value = pair.value;
    if (!yaml().isScalar(value) || value.anchor !== undefined || value.range == null) {
      throw new PlanEditError(`unit "${id}": plan.${role} is not a plain number; edit it by hand`, id);
    }
    const current = numberOf(value);
    if (current === n) continue;
    edits.push({ unit: id, role, from: current, to: n });
    splices.push({ start: value.range[0], end: value.range[1], text: numberText(value, n, id, role) });
  }
  if (added.length > 0) splices.push(insertion(body, plan, added, id));
}

/** A plan entry's number: a number, or a string of digits (quoted); null for anything else. */
function numberOf(value: Scalar): number | null {
  if (typeof value.value === "number") return value.value;
  if (typeof value.value === "string" && /^\d+$/.test(value.value)) return Number(value.value);
  return null;
}

/** `n` in the scalar's own quoting style. */
function numberText(value: Scalar, n: number, unit: string, role: string): string {
  switch (value.type) {
    case "QUOTE_DOUBLE":
      return `"${n}"`;
    case "QUOTE_SINGLE":
      return `'${n}'`;
    case "PLAIN":
    case undefined:
      return String(n);
    default:
      throw new PlanEditError(`unit "${unit}": plan.${role} is a block scalar; edit it by hand`, unit);
  }
}

/** A key for a new entry: quoted as its siblings are, else plain when YAML reads it back as the same text. */
function keyText(key: string, siblings: readonly Pair[]): string {
  const first = siblings[0]?.key;
  const style = yaml().isScalar(first) ? first.type : undefined;
  if (style === "QUOTE_SINGLE") return `'${key.replaceAll("'", "''")}'`;
  if (style === "QUOTE_DOUBLE" || !/^[^\s!&*?|>'"%@`#,[\]{}:-][^\s,[\]{}#:]*$/u.test(key)) return JSON.stringify(key);
  return key;
}

function rangeOf(node: Node, unit: string): [number, number, number] {
  if (!node.range) throw new PlanEditError(`unit "${unit}": no source position; edit it by hand`, unit);
  return node.range;
}

/** Where a pair's text ends: after its value, or its key when the value is empty. */
function pairEnd(pair: Pair, unit: string): number {
  const key = rangeOf(pair.key as Node, unit)[1];
  return yaml().isNode(pair.value) && pair.value.range ? Math.max(key, pair.value.range[1]) : key;
}

/** Adds `entries` (`key: value` texts) to a map: at the end of a flow map, or as lines of a block map. */
function insertion(body: string, map: YAMLMap, entries: readonly string[], unit: string): Splice {
  const items = map.items as Pair[];
  const last = items.at(-1);
  if (map.flow) {
    const [start, end] = rangeOf(map, unit);
    if (last === undefined) {
      const close = body.lastIndexOf("}", end - 1);
      const inner = body.slice(start + 1, close);
      return { start: start + 1, end: start + 1, text: ` ${entries.join(", ")}${inner === "" ? " " : ""}` };
    }
    const at = pairEnd(last, unit);
    return { start: at, end: at, text: `, ${entries.join(", ")}` };
  }
  const first = items[0];
  if (first === undefined || last === undefined) throw new PlanEditError(`unit "${unit}": an empty block map`, unit);
  const keyStart = rangeOf(first.key as Node, unit)[0];
  const indent = " ".repeat(keyStart - (body.lastIndexOf("\n", keyStart - 1) + 1));
  const end = pairEnd(last, unit);
  // After the line the map's last entry ends on (its trailing comment stays on it).
  const lines = entries.map((e) => `${indent}${e}`);
  const newline = body[end - 1] === "\n" ? end - 1 : body.indexOf("\n", end);
  if (newline === -1) {
    // The last line of a file with no line end at its end: none after the new lines either.
    const eol = body.includes("\r\n") ? "\r\n" : "\n";
    return { start: body.length, end: body.length, text: `${eol}${lines.join(eol)}` };
  }
  const eol = body[newline - 1] === "\r" ? "\r\n" : "\n";
  return { start: newline + 1, end: newline + 1, text: lines.map((l) => l + eol).join("") };
}

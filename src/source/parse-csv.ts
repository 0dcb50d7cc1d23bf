/**
 * CSV roster → ParsedSource: the data `{ people: [...] }`, located cell by cell, so that
 * every diagnostic downstream (schema, unknown-reference, duplicate-id …) lands on its row
 * and column with no other change. Cells and their spans come from csv-cells.ts, the
 * header's meaning from roster-header.ts.
 */

import { type CsvCellsRow as Row, readCsvCells, rowSpan, trimCells, valueOffset } from "./csv-cells.js";
import { setKey } from "./data.js";
import type { ParsedSource, ParseError, Span } from "./parsed.js";
import type { PathSegment } from "./path.js";
import { REQUIRED_ROSTER_FIELDS, type RosterProblem, readHeader } from "./roster-header.js";

export { REQUIRED_ROSTER_FIELDS, ROSTER_FIELDS, type RosterProblem } from "./roster-header.js";

export interface CsvRoster {
  /** `data` is `{ people: [...] }`, or undefined when the CSV does not parse (see `errors`). */
  parsed: ParsedSource;
  problems: RosterProblem[];
  /** Ids in rows that could not be read, so that references to them are not reported again. */
  brokenIds: string[];
}

/**
 * Parse CSV text (BOM already stripped) as a roster of people: a header row naming person
 * fields, one person a row. Every cell is trimmed of surrounding white space first (HRIS
 * exports pad them), and located without it. Empty cells are absent fields; `dottedLines` is split on `;`;
 * `fte` becomes a number when it is one (otherwise it stays text, for the schema to refuse);
 * other columns go to `meta`. Ids stay text as written (`007` is "007").
 *
 * @example
 * const { parsed } = parseCsvRoster("id,name,unit,role\n007,王芳,hq,department-head\n");
 * parsed.data; // { people: [{ id: "007", name: "王芳", unit: "hq", role: "department-head" }] }
 */
export function parseCsvRoster(text: string): CsvRoster {
  const read = readCsvCells(text);
  if ("error" in read) return { parsed: failedSource(read.error), problems: [], brokenIds: [] };
  trimCells(read.rows);
  const rows = read.rows.filter((r) => r.values.some((v) => v !== ""));
  const [header, ...body] = rows;
  if (!header) {
    const problem: RosterProblem = {
      issue: "empty_file",
      message: "the file is empty; expected a header row (id,name,unit,role, …)",
      span: at0,
      path: [],
    };
    return { parsed: rosterSource(text, [], undefined, new Map(), new Map()), problems: [problem], brokenIds: [] };
  }
  const columns = readHeader(header, body);
  const problems = columns.problems;
  const idCol = columns.fields.get("id");
  const idOf = (row: Row) => (idCol === undefined ? undefined : row.values[idCol]);
  const missing = REQUIRED_ROSTER_FIELDS.filter((f) => !columns.fields.has(f));
  if (missing.length > 0) {
    const names = missing.map((f) => `"${f}"`).join(", ");
    problems.push({
      issue: "missing_columns",
      message: `missing column${missing.length > 1 ? "s" : ""} ${names}; a roster's header names at least id, name, unit and role`,
      span: rowSpan(header),
      path: [],
    });
    const brokenIds = body.map(idOf).filter((id): id is string => !!id);
    return { parsed: rosterSource(text, [], header, columns.fields, columns.meta), problems, brokenIds };
  }
  const kept: Row[] = [];
  const brokenIds: string[] = [];
  for (const row of body) {
    if (row.values.length !== header.values.length) {
      problems.push({
        issue: "row_cells",
        message: `this row has ${row.values.length} cells but the header has ${header.values.length}; the row is not read`,
        span: rowSpan(row),
        path: ["people"],
        hint: "quote cells that contain commas or line breaks",
      });
      const id = idOf(row);
      if (id) brokenIds.push(id);
    } else kept.push(row);
  }
  return { parsed: rosterSource(text, kept, header, columns.fields, columns.meta), problems, brokenIds };
}

const at0: Span = { start: 0, end: 0 };

const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** One row as a person record: plain objects, as for YAML mappings (`setKey` keeps `__proto__` data). */
function personOf(row: Row, fields: Map<string, number>, meta: Map<string, number>): Record<string, unknown> {
  const person: Record<string, unknown> = {};
  for (const [field, k] of fields) {
    const value = row.values[k] as string;
    if (value === "") continue;
    if (field === "dottedLines") {
      const ids = splitIds(value).map((p) => p.text);
      if (ids.length > 0) person[field] = ids;
    } else if (field === "fte") person[field] = NUMBER.test(value) ? Number(value) : value;
    else person[field] = value;
  }
  let extra: Record<string, string> | undefined;
  for (const [key, k] of meta) {
    const value = row.values[k] as string;
    if (value === "") continue;
    extra ??= {};
    setKey(extra, key, value);
  }
  if (extra) person.meta = extra;
  return person;
}

/** The `;`-separated ids of a cell, trimmed, with their offsets in the cell's value. */
function splitIds(value: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (const part of value.split(";")) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text !== "") out.push({ text, start: from + lead });
    from += part.length + 1;
  }
  return out;
}

function rosterSource(
  text: string,
  rows: Row[],
  header: Row | undefined,
  fields: Map<string, number>,
  meta: Map<string, number>,
): ParsedSource {
  const people = rows.map((row) => personOf(row, fields, meta));
  const headerSpan = header ? rowSpan(header) : at0;
  const bodySpan =
    rows.length > 0 ? { start: rowSpan(rows[0] as Row).start, end: rowSpan(rows.at(-1) as Row).end } : headerSpan;
  const find = (path: readonly PathSegment[]): { span: Span; text?: string } => {
    if (path.length === 0) return { span: { start: 0, end: text.length } };
    if (path[0] !== "people") return { span: headerSpan };
    const row = typeof path[1] === "number" ? rows[path[1]] : undefined;
    if (!row) return { span: bodySpan };
    const field = path[2];
    const k = field === "meta" ? meta.get(String(path[3])) : fields.get(String(field));
    if (field === undefined || k === undefined) return { span: rowSpan(row) };
    const value = row.values[k] as string;
    const cell = { span: { start: row.starts[k] as number, end: row.ends[k] as number }, text: value };
    if (field !== "dottedLines" || typeof path[3] !== "number") return cell;
    const item = splitIds(value)[path[3]];
    if (!item) return cell;
    const start = valueOffset(row, k, item.start);
    return { span: { start, end: valueOffset(row, k, item.start + item.text.length) }, text: item.text };
  };
  return {
    data: { people },
    errors: [],
    parser: "csv",
    locate: (path) => find(path).span,
    sourceText: (path) => find(path).text,
  };
}

function failedSource(error: ParseError): ParsedSource {
  return {
    data: undefined,
    errors: [error],
    parser: "csv",
    locate: () => ({ start: error.start, end: error.end }),
    sourceText: () => undefined,
  };
}

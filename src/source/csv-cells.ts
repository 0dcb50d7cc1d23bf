/**
 * CSV text → records with the span of every cell. `csv-parse` reads the cells (quoted
 * cells with embedded commas, quotes and newlines; CRLF, LF or CR line ends, mixed); the
 * spans follow from its values: a cell's raw length is its value's length (plus two quotes
 * and one per quote inside, when it starts with a quote), cells are one comma apart, records
 * one line break apart. Where that walk does not land on the separators (or csv-parse
 * reports an error), the slower exact path reads the spans from csv-parse's own byte
 * counters (`cast` context) instead. No second tokenizer is involved.
 */
import { CsvError, parse } from "csv-parse/sync";
import type { ParseError, Span } from "./parsed.js";

/**
 * One record as read: cell values, and per cell its `[start, end)`, whether it was quoted,
 * and where its value's first character is (after the opening quote of a quoted cell).
 */
export interface CsvCellsRow {
  values: string[];
  starts: number[];
  ends: number[];
  quoted: boolean[];
  valueStarts: number[];
}

/** Any line end ends a record, even mixed in one file (csv-parse would guess one from the first line). */
const CSV_OPTIONS = { relax_column_count: true, record_delimiter: ["\r\n", "\n", "\r"] };

/**
 * @internal The records of `text` with their cells' spans, by one method: `walk` (from the
 * values) or `counted` (from csv-parse's byte counters). For the differential test.
 */
export function csvRowSpans(text: string, method: "walk" | "counted"): CsvCellsRow[] | ParseError | undefined {
  if (method === "counted") {
    const read = readRowsCounted(text);
    return "error" in read ? read.error : read.rows;
  }
  try {
    return walkRows(text, parse(text, CSV_OPTIONS) as string[][])?.rows;
  } catch (error) {
    if (error instanceof CsvError) return undefined;
    throw error;
  }
}

/** The records of `text` with their cells' spans, or the first syntax error. */
export function readCsvCells(text: string): { rows: CsvCellsRow[] } | { error: ParseError } {
  let records: string[][];
  try {
    records = parse(text, CSV_OPTIONS) as string[][];
  } catch (error) {
    if (error instanceof CsvError) return readRowsCounted(text);
    throw error;
  }
  return walkRows(text, records) ?? readRowsCounted(text);
}

/** Spans from the values alone; undefined if the walk ever misses a separator. */
function walkRows(text: string, records: string[][]): { rows: CsvCellsRow[] } | undefined {
  const rows: CsvCellsRow[] = [];
  let pos = 0;
  for (const values of records) {
    const row: CsvCellsRow = { values, starts: [], ends: [], quoted: [], valueStarts: [] };
    for (let k = 0; k < values.length; k++) {
      const value = values[k] as string;
      const quoted = text.charCodeAt(pos) === 34;
      const start = pos;
      pos += quoted ? value.length + countQuotes(value) + 2 : value.length;
      row.starts.push(start);
      row.ends.push(pos);
      row.quoted.push(quoted);
      row.valueStarts.push(quoted ? start + 1 : start);
      if (k < values.length - 1) {
        if (text.charCodeAt(pos) !== 44) return undefined;
        pos++;
      }
    }
    const c = text.charCodeAt(pos);
    if (c === 13 && text.charCodeAt(pos + 1) === 10) pos += 2;
    else if (c === 10 || c === 13) pos++;
    else if (pos < text.length) return undefined;
    rows.push(row);
  }
  return pos >= text.length ? { rows } : undefined;
}

/** Spans from csv-parse's byte counters, cell by cell; also where a syntax error starts. */
function readRowsCounted(text: string): { rows: CsvCellsRow[] } | { error: ParseError } {
  const rows: CsvCellsRow[] = [];
  const toChar = byteToChar(text);
  let lastEnd = 0;
  try {
    parse(text, {
      ...CSV_OPTIONS,
      cast: (value: string, ctx: { records: number; index: number; bytes: number; quoting: boolean }) => {
        const end = toChar(ctx.bytes);
        const raw = ctx.quoting ? value.length + countQuotes(value) + 2 : value.length;
        let row = rows[ctx.records];
        if (!row) rows[ctx.records] = row = { values: [], starts: [], ends: [], quoted: [], valueStarts: [] };
        row.values.push(value);
        row.starts.push(end - raw);
        row.ends.push(end);
        row.quoted.push(ctx.quoting);
        row.valueStarts.push(ctx.quoting ? end - raw + 1 : end - raw);
        lastEnd = end;
        return value;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The failing cell starts after the last cell read: past one comma, or past line breaks.
    let start = lastEnd;
    if (text[start] === ",") start++;
    else while (text[start] === "\n" || text[start] === "\r") start++;
    return { error: { message: csvMessage(error), start, end: Math.min(text.length, start + 1) } };
  }
  return { rows: rows.filter((r) => r !== undefined) };
}

function csvMessage(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "CSV: this quoted cell is never closed (the file ends inside its quotes)";
    case "INVALID_OPENING_QUOTE":
      return /^\s+$/.test(String((error as CsvError & { field?: unknown }).field ?? ""))
        ? "CSV: spaces before the opening quote of a quoted cell; a quoted cell starts right after the comma"
        : 'CSV: a quote inside an unquoted cell; quote the whole cell and double the quotes inside ("a ""b"" c")';
    case "CSV_INVALID_CLOSING_QUOTE":
      return "CSV: text after the closing quote of a quoted cell; a quoted cell ends at its closing quote";
    default:
      return `CSV: ${(error.message.split("\n")[0] ?? error.message).trim()}`;
  }
}

function countQuotes(value: string): number {
  let n = 0;
  for (let i = value.indexOf('"'); i !== -1; i = value.indexOf('"', i + 1)) n++;
  return n;
}

/** UTF-8 byte offsets (as csv-parse counts) → UTF-16 offsets; calls must not go backwards. */
function byteToChar(text: string): (bytes: number) => number {
  let byte = 0;
  let char = 0;
  return (target) => {
    while (byte < target && char < text.length) {
      const c = text.charCodeAt(char);
      if (c < 0x80) byte += 1;
      else if (c < 0x800) byte += 2;
      else if (c >= 0xd800 && c <= 0xdbff && char + 1 < text.length) {
        byte += 4;
        char++;
      } else byte += 3;
      char++;
    }
    return char;
  };
}

/** The span of a whole record. */
export function rowSpan(row: CsvCellsRow): Span {
  return { start: row.starts[0] as number, end: row.ends[row.ends.length - 1] as number };
}

/** Offset in the file of character `i` of a cell's value (quoted cells double their quotes). */
export function valueOffset(row: CsvCellsRow, k: number, i: number): number {
  const start = row.valueStarts[k] as number;
  if (!row.quoted[k]) return start + i;
  const value = row.values[k] as string;
  let at = start;
  for (let j = 0; j < i && j < value.length; j++) at += value[j] === '"' ? 2 : 1;
  return at;
}

const PADDED = /^\s|\s$/;

/**
 * Trim every cell's value of surrounding white space (spaces, tabs, U+3000 …: what
 * `String.prototype.trim` removes), in place. A cell whose value changes then spans its
 * value without the padding (inside the quotes of a quoted cell); a cell of white space
 * only becomes empty and keeps its span. Other cells keep theirs (a quoted one starts at
 * its opening quote).
 */
export function trimCells(rows: readonly CsvCellsRow[]): void {
  for (const row of rows) {
    for (let k = 0; k < row.values.length; k++) {
      const value = row.values[k] as string;
      if (!PADDED.test(value)) continue;
      const text = value.trim();
      if (text !== "") {
        // Offsets of the kept text, read while the value is still the one as written.
        const lead = value.length - value.trimStart().length;
        const start = valueOffset(row, k, lead);
        row.ends[k] = valueOffset(row, k, lead + text.length);
        row.starts[k] = start;
        row.valueStarts[k] = start;
      }
      row.values[k] = text;
    }
  }
}

/**
 * A role map written as CSV: a header naming `title`, `role` and optionally `unitType`, one
 * job title a row (an empty `unitType`: every unit type), cells trimmed as in rosters. Shape
 * problems are `schema` diagnostics at their cell; text that does not parse is `csv-syntax`.
 */
import type { DiagnosticSink, Place } from "../diagnostics/sink.js";
import { schemaData } from "../schema/issues.js";
import { type CsvCellsRow, readCsvCells, rowSpan, trimCells } from "../source/csv-cells.js";
import { SourceFile } from "../source/file.js";
import { noData, type Span } from "../source/parsed.js";
import { toText } from "../source/text.js";

/** One entry as read, with the places of its parts. */
export interface Entry {
  title: string;
  role: string;
  type?: string;
  at: { title: Place; role: Place; type?: Place };
}

const CSV_COLUMNS: Record<"title" | "role" | "unitType", readonly string[]> = {
  title: ["title", "jobtitle", "position", "职位", "岗位", "职务"],
  role: ["role", "roleid", "角色"],
  unitType: ["unittype", "type", "departmenttype", "部门类型", "机构类型"],
};

const normalize = (name: string) => name.toLowerCase().replace(/[\s_.-]+/g, "");

/** The entries of a CSV role map, or undefined when it cannot be read (reported to `sink`). */
export function readCsvMap(sink: DiagnosticSink, source: string, raw: string): Entry[] | undefined {
  const decoded = toText(raw);
  const file = new SourceFile(source, undefined, decoded.text, noData("csv"));
  const at = (span: Span): Place => ({ file, path: [], span });
  if (decoded.problem) {
    const start = decoded.problem.offset;
    sink.report("csv-syntax", at({ start, end: start + 1 }), decoded.problem.message, { problem: "encoding" });
    return undefined;
  }
  const read = readCsvCells(decoded.text);
  if ("error" in read) {
    sink.report("csv-syntax", at(read.error), read.error.message, { problem: "syntax" });
    return undefined;
  }
  trimCells(read.rows);
  const [header, ...rows] = read.rows.filter((r) => r.values.some((v) => v !== ""));
  if (!header) {
    const message = "the file is empty; expected a header row (title,role,unitType) and one row per job title";
    sink.report("schema", at({ start: 0, end: 0 }), message, schemaData("empty_file", []));
    return undefined;
  }
  const cellAt = (row: CsvCellsRow, k: number) => at({ start: row.starts[k] as number, end: row.ends[k] as number });
  const columns: Partial<Record<keyof typeof CSV_COLUMNS, number>> = {};
  header.values.forEach((name, k) => {
    const field = (Object.keys(CSV_COLUMNS) as Array<keyof typeof CSV_COLUMNS>).find((f) =>
      CSV_COLUMNS[f].includes(normalize(name)),
    );
    if (field !== undefined && columns[field] === undefined) columns[field] = k;
    else if (name !== "" || rows.some((r) => (r.values[k] ?? "") !== "")) {
      const what = field === undefined ? `column "${name}" is not one of a role map's` : `column "${name}" repeats`;
      const message = `${what}: title, role and (optionally) unitType`;
      sink.report("schema", cellAt(header, k), message, schemaData("roster_column", []));
    }
  });
  if (columns.title === undefined || columns.role === undefined) {
    const missing = (["title", "role"] as const).filter((f) => columns[f] === undefined).map((f) => `"${f}"`);
    const message = `missing column ${missing.join(" and ")}; a role map's header names title, role and (optionally) unitType`;
    sink.report("schema", at(rowSpan(header)), message, schemaData("missing_columns", []));
    return undefined;
  }
  const entries: Entry[] = [];
  for (const row of rows) {
    if (row.values.length !== header.values.length) {
      const message = `this row has ${row.values.length} cells but the header has ${header.values.length}; the row is not read`;
      sink.report("schema", at(rowSpan(row)), message, schemaData("row_cells", []), {
        hint: "quote cells that contain commas",
      });
      continue;
    }
    const value = (k: number | undefined) => (k === undefined ? "" : (row.values[k] as string));
    const [title, role, type] = [value(columns.title), value(columns.role), value(columns.unitType)];
    const empty = [
      ["title", columns.title, title],
      ["role", columns.role, role],
    ].filter(([, , v]) => v === "") as Array<[string, number, string]>;
    for (const [field, k] of empty) {
      sink.report("schema", cellAt(row, k), `missing ${field}`, schemaData("missing_field", [field]));
    }
    if (empty.length > 0) continue;
    const entry: Entry = {
      title,
      role,
      at: { title: cellAt(row, columns.title), role: cellAt(row, columns.role) },
    };
    if (type !== "" && columns.unitType !== undefined) {
      entry.type = type;
      entry.at.type = cellAt(row, columns.unitType);
    }
    entries.push(entry);
  }
  return entries;
}

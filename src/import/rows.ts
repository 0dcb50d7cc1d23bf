/**
 * Reading an HRIS export's rows into draft people and units: ids, names, job titles (mapped
 * to roles once the units' types are known, csv.ts), units with their names, types and
 * parents where the export gives them, fte and dotted lines; then each person's manager and
 * dotted lines as ids. Every cell is taken without its surrounding white space. Every value
 * that cannot be taken as given becomes a note with the export's line.
 */
import { CsvError, parse } from "csv-parse/sync";
import type { Blueprint } from "../blueprint/blueprint.js";
import { typeMapper } from "./blueprint.js";
import type { ColumnMap, ImportField } from "./columns.js";
import { IdMap } from "./ids.js";
import { type DraftUnit, guessed, type Note, skipped } from "./units.js";
import type { PersonOut } from "./yaml.js";

/** One record of the export, with the line where it ends. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

export interface DraftPerson extends PersonOut {
  line: number;
  /** The job title as written (trimmed); `role` is set from it once the unit's type is known. */
  title: string;
  managerRaw?: string;
  dottedRaw: string[];
}

export interface Drafts {
  people: DraftPerson[];
  units: Map<string, DraftUnit & { line: number }>;
  /** Person id → manager id, for managers found in the export. */
  managerOf: Map<string, string>;
}

/** The export's records (BOM dropped, any line ends, blank lines skipped), or a syntax error. */
export function readCsv(text: string): { rows: CsvRecord[] } | { error: string; line: number | undefined } {
  try {
    const records = parse(text, {
      bom: true,
      relax_column_count: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return { rows: records.map((r) => ({ cells: r.record, line: r.info.lines })) };
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return { error: `line ${line ?? "?"}: ${(error.message.split("\n")[0] ?? "").trim()}`, line };
    }
    throw error;
  }
}

/** Draft people and units from the records after the header. */
export function readRecords(
  header: CsvRecord,
  rows: readonly CsvRecord[],
  col: ColumnMap,
  bp: Blueprint,
  notes: Note[],
): Drafts {
  const cell = (row: CsvRecord, field: ImportField) => {
    const k = col[field];
    return k === undefined ? "" : (row.cells[k] ?? "").trim();
  };
  const personIds = new IdMap("person");
  const unitIds = new IdMap("unit");
  const units = new Map<string, DraftUnit & { line: number }>();
  const people: DraftPerson[] = [];
  const typeOf = typeMapper(bp);

  const unitFor = (raw: string, row: CsvRecord): DraftUnit & { line: number } => {
    const id = unitIds.id(raw, row.line, notes);
    let u = units.get(id);
    if (!u) units.set(id, (u = { id, name: raw, titles: new Set(), members: [], line: row.line }));
    return u;
  };
  const setOnce = (u: DraftUnit, key: "name" | "type" | "parent", value: string, line: number, seen: Set<string>) => {
    const tag = `${u.id}\u0000${key}`;
    if (!seen.has(tag)) {
      seen.add(tag);
      u[key] = value;
    } else if (u[key] !== value) {
      const message = `unit "${u.id}": ${key} "${value}" differs from "${u[key]}" given before; kept the first`;
      notes.push(skipped(message, { what: "value", reason: "conflicting-value", id: u.id, value }, line));
    }
  };
  const seen = new Set<string>();

  for (const row of rows) {
    if (row.cells.length !== header.cells.length) {
      const message = `${row.cells.length} cells where the header has ${header.cells.length}; row skipped (quote cells holding commas)`;
      notes.push(skipped(message, { what: "row", reason: "cell-count" }, row.line));
      continue;
    }
    const rawUnit = cell(row, "unit");
    const rawId = cell(row, "id");
    if (rawUnit === "") {
      const message = `${rawId === "" ? "an empty row" : `"${rawId}" has no unit`}; row skipped`;
      notes.push(skipped(message, { what: "row", reason: "no-unit", id: rawId === "" ? null : rawId }, row.line));
      continue;
    }
    const u = unitFor(rawUnit, row);
    const unitName = cell(row, "unitName");
    if (unitName !== "") setOnce(u, "name", unitName, row.line, seen);
    const rawType = cell(row, "unitType");
    if (rawType !== "") {
      const type = typeOf(rawType);
      if (type === undefined)
        notes.push(
          guessed(
            `unit type "${rawType}" is not in blueprint "${bp.id}"; inferred instead`,
            { reason: "unit-type-inferred", id: u.id, candidates: [rawType] },
            row.line,
          ),
        );
      else setOnce(u, "type", type, row.line, seen);
    }
    const rawParent = cell(row, "parent");
    if (rawParent !== "") {
      const p = unitFor(rawParent, row);
      if (p.id !== u.id) setOnce(u, "parent", p.id, row.line, seen);
    }
    if (rawId === "") continue; // a unit with no one in it (a vacant position's row)
    if (personIds.has(rawId)) {
      const message = `person "${rawId}" appears again; this row is skipped`;
      notes.push(skipped(message, { what: "row", reason: "duplicate-person", id: rawId }, row.line));
      continue;
    }
    const id = personIds.id(rawId, row.line, notes);
    let name = cell(row, "name");
    if (name === "") {
      const message = `person "${rawId}" has no name; the id is used`;
      notes.push(guessed(message, { reason: "name-from-id", id, chosen: id }, row.line));
      name = id;
    }
    const title = cell(row, "role");
    const person: DraftPerson = { id, name, unit: u.id, role: title, title, line: row.line, dottedRaw: [] };
    const manager = cell(row, "manager");
    if (manager !== "") person.managerRaw = manager;
    const fte = fteOf(cell(row, "fte"));
    if (fte === null) {
      const value = cell(row, "fte");
      const message = `fte "${value}" of "${rawId}" is not a number in (0, 1] or a percentage; left out`;
      notes.push(skipped(message, { what: "value", reason: "fte", id, value }, row.line));
    } else if (fte !== undefined && fte !== 1) person.fte = fte;
    person.dottedRaw = cell(row, "dottedLines")
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    u.titles.add(title);
    people.push(person);
  }

  // Managers and dotted lines, now that every person's id is known.
  const managerOf = new Map<string, string>();
  for (const p of people) {
    if (p.managerRaw !== undefined) {
      const m = personIds.get(p.managerRaw);
      if (m === undefined) {
        const message = `manager "${p.managerRaw}" of "${p.id}" is not in the file; left to the rules`;
        notes.push(
          skipped(message, { what: "value", reason: "manager-missing", id: p.id, value: p.managerRaw }, p.line),
        );
      } else if (m === p.id)
        notes.push(
          skipped(
            `"${p.id}" is their own manager in the file; left to the rules`,
            { what: "value", reason: "self-manager", id: p.id, value: p.managerRaw },
            p.line,
          ),
        );
      else managerOf.set(p.id, m);
    }
    const dotted: string[] = [];
    for (const raw of p.dottedRaw) {
      const d = personIds.get(raw);
      if (d === undefined)
        notes.push(
          skipped(
            `dotted line "${raw}" of "${p.id}" is not in the file; left out`,
            { what: "value", reason: "dotted-line-missing", id: p.id, value: raw },
            p.line,
          ),
        );
      else if (d !== p.id && !dotted.includes(d)) dotted.push(d);
    }
    if (dotted.length > 0) p.dottedLines = dotted;
    units.get(p.unit)?.members.push({ id: p.id, manager: managerOf.get(p.id) });
  }

  return { people, units, managerOf };
}

/** `undefined` for an empty cell, `null` for one that is not an fte. Accepts 0.5 and 50%. */
function fteOf(text: string): number | null | undefined {
  if (text === "") return undefined;
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  const value = percent ? Number(percent[1]) / 100 : /^\d*\.?\d+$/.test(text) ? Number(text) : Number.NaN;
  return value > 0 && value <= 1 ? value : null;
}

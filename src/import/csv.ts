/**
 * `importCsv`: an HRIS export (employee id, name, manager id, department, job title …) →
 * the files of an org that validates against a blueprint, and diagnostics (`import-skipped`,
 * `import-guessed`) on what could not be mapped as given, at their line of the export. Pure:
 * text in, file contents out.
 *
 * Steps: map columns; read people (every cell trimmed; ids as written, sanitized only when
 * they are not valid ids); gather units (from the unit column, the parent column, and rows
 * with a unit but no person); infer missing parents and types (units.ts); map job titles to
 * roles (roles.ts: the role maps, per unit type first, then a role id, title or alias of the
 * blueprint), each unmapped title noted once; set a unit's `head` only where several
 * members hold its head role and exactly one of them is the unit's top; then resolve the
 * org once without any `reportsTo` and write `reportsTo` only for people whose manager in
 * the export differs from the one format.md's four steps give.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import { DiagnosticSink } from "../diagnostics/sink.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { parseOrg } from "../org/load.js";
import { readCsvCells } from "../source/csv-cells.js";
import { SourceFile } from "../source/file.js";
import { noData } from "../source/parsed.js";
import { addTo } from "../util/multimap.js";
import { draftBlueprint } from "./blueprint.js";
import { type ImportField, mapColumns } from "./columns.js";
import { assignRoles, type RoleMap, RoleResolver } from "./roles.js";
import { type DraftPerson, readCsv, readRecords } from "./rows.js";
import { type DraftUnit, guessed, inferParents, inferTypes, type Note, skipped, treeOrder } from "./units.js";
import { orgYaml, type PersonOut, type UnitOut } from "./yaml.js";

export type { ImportField, RoleMap };

/** How `importCsv` reads the export and what it writes. */
export interface ImportCsvOptions {
  /** The blueprint to map roles and unit types to (e.g. `org.blueprint` of any org using it). */
  blueprint: Blueprint;
  /** What the root file puts after `blueprint:` (default: the blueprint's id, a built-in name). */
  blueprintRef?: string;
  /** Header names by field, overriding the usual names (see `DEFAULT_COLUMN_NAMES`). */
  columns?: Partial<Record<ImportField, string>>;
  /**
   * Job title → role maps, looked up in order before the blueprint's role ids, titles and
   * aliases; in each, the entry for the unit's type before the general one. Titles compare
   * without case and surrounding white space; roles are role ids (see `parseRoleMap`).
   */
  roleMaps?: readonly RoleMap[];
  /** The export's file name: the `file` of the diagnostics (default `<input>`) and the root file's comment. */
  source?: string;
}

/** What `importCsv` returns: the files to write, diagnostics, and the columns it used. */
export interface ImportCsvResult {
  /** File contents by path relative to the output folder (`org.yaml`); empty when `error` is set. */
  readonly files: ReadonlyMap<string, string>;
  /**
   * What could not be taken as given, at its line of the export (file `options.source`):
   * `import-skipped` (left out) and `import-guessed` (filled in or chosen); and, when nothing
   * could be imported, the error (`csv-syntax` where the CSV does not parse, at the cell
   * where the trouble starts; `schema` for the header).
   */
  readonly diagnostics: readonly Diagnostic[];
  /** The message of the error when nothing could be imported (no header, a missing column, a CSV syntax error). */
  readonly error?: string;
  /** The column used for each field. */
  readonly columns: Readonly<Partial<Record<ImportField, string>>>;
  /** What was imported: units, people, and people given an explicit `reportsTo`. */
  readonly counts: { readonly units: number; readonly people: number; readonly reportsTo: number };
}

/**
 * Turn an HRIS CSV export into org files.
 *
 * @example
 * const { files, diagnostics } = importCsv(text, { blueprint: org.blueprint, columns: { id: "Employee ID" } });
 * files.get("org.yaml"); // "# Imported from …\norgspec: 1\nblueprint: renewal-channel\n…"
 */
export function importCsv(text: string, options: ImportCsvOptions): ImportCsvResult {
  const notes: Note[] = [];
  const file = csvFile(options.source ?? "<input>", text);
  const empty = (fatal: Fatal, columns: ImportCsvResult["columns"] = {}): ImportCsvResult => ({
    files: new Map(),
    diagnostics: positioned(file, notes, fatal),
    error: fatal.message,
    columns,
    counts: { units: 0, people: 0, reportsTo: 0 },
  });
  const read = readCsv(text);
  if ("error" in read) {
    // csv-cells reads the same text with the roster's messages and the failing cell's offset.
    const exact = readCsvCells(file.text);
    if ("error" in exact) return empty({ code: "csv-syntax", message: exact.error.message, start: exact.error.start });
    return empty({ code: "csv-syntax", message: read.error, line: read.line });
  }
  const [header, ...rows] = read.rows;
  if (!header) {
    return empty({
      code: "schema",
      issue: "empty_file",
      message: "the file is empty: expected a header row and one row per person",
      line: 1,
    });
  }
  const mapped = mapColumns(header.cells, options.columns);
  if ("error" in mapped)
    return empty({ code: "schema", issue: "roster_column", message: mapped.error, line: header.line });
  const col = mapped.columns;
  const names = header.cells.map((h) => h.trim());
  const used = Object.fromEntries(
    Object.entries(col).map(([field, k]) => [field, names[k] as string]),
  ) as ImportCsvResult["columns"];
  const missing = (["id", "name", "unit", "role"] as const).filter((f) => col[f] === undefined);
  if (missing.length > 0) {
    const message = `no column for ${missing.join(", ")} (give it with ${missing.map((f) => `--${f}-col`).join(", ")}); the header has: ${names.join(", ")}`;
    return empty({ code: "schema", issue: "missing_columns", message, line: header.line }, used);
  }
  if (col.manager === undefined && col.parent === undefined) {
    const message =
      "no manager column and no parent column: give one (--manager-col or --parent-col) to say how units nest";
    return empty({ code: "schema", issue: "missing_columns", message, line: header.line }, used);
  }
  // NOTE: `export --to csv` writes both manager and reportsTo; the manager column wins.
  const ignored = names
    .filter((h, k) => !Object.values(col).includes(k) && h !== "")
    .map((h) => (col.manager !== undefined && /^reports_?to$/i.test(h) ? `${h} (the manager column is used)` : h));
  if (ignored.length > 0) {
    const message = `columns not imported: ${ignored.join(", ")}`;
    notes.push(skipped(message, { what: "column", reason: "not-imported", value: ignored.join(", ") }, header.line));
  }

  const bp = options.blueprint;
  const { people, units, managerOf } = readRecords(header, rows, col, bp, notes);
  const byId = new Map(people.map((p) => [p.id, p]));

  const parent = inferParents(units, (id) => byId.get(id)?.unit, notes);
  const order = treeOrder(units, parent);
  const roles = new RoleResolver(bp, options.roleMaps);
  const types = inferTypes(units, order, parent, bp, notes, (title, type) => roles.role(title, type));
  assignRoles(people, types, roles, bp.id, notes);
  const tops = order.filter((id) => !parent.has(id));
  if (tops.length > 1) {
    notes.push(
      guessed(
        `${tops.length} units have no parent (${tops.slice(0, 5).join(", ")}${tops.length > 5 ? ", …" : ""}); an org has one root — give a parent column, or check their people's managers`,
        { reason: "several-roots", candidates: tops },
      ),
    );
  }
  const unitsOut: UnitOut[] = order.map((id) => {
    const u = units.get(id) as DraftUnit;
    const out: UnitOut = { id, type: types.get(id) as string, name: u.name };
    const p = parent.get(id);
    if (p !== undefined) out.parent = p;
    const head = soleTopHead(u, bp.unitTypes.get(out.type)?.headRole, byId);
    if (head !== undefined) {
      out.head = head;
      notes.push(
        guessed(
          `unit "${id}": several members hold its head role; "${head}", the one whose manager is outside the unit, is set as head`,
          { reason: "head-chosen", id, chosen: head },
        ),
      );
    }
    return out;
  });
  const peopleByUnit = new Map<string, PersonOut[]>();
  for (const p of people) addTo(peopleByUnit, p.unit, p);

  // Resolve once without reportsTo; keep reportsTo only where the export says otherwise.
  const blueprint = draftBlueprint(bp, options.blueprintRef ?? bp.id);
  const draft = orgYaml({ comments: [], blueprint, units: unitsOut, peopleByUnit });
  const resolved = parseOrg(draft, { filename: "import-draft.yaml" }).org;
  let explicit = 0;
  for (const p of people) {
    const wanted = managerOf.get(p.id);
    const derived = resolved?.hasPerson(p.id) ? (resolved.managerOf(p.id)?.id ?? undefined) : undefined;
    if (wanted !== undefined && wanted !== derived) {
      p.reportsTo = wanted;
      explicit++;
    } else if (
      wanted === undefined &&
      p.managerRaw === undefined &&
      derived !== undefined &&
      col.manager !== undefined
    ) {
      const message = `"${p.id}" has no manager in the file, but by the rules reports to "${derived}"`;
      notes.push(guessed(message, { reason: "manager-derived", id: p.id, chosen: derived }, p.line));
    }
  }
  const source = options.source ? ` from ${options.source}` : "";
  const root = orgYaml({
    comments: [
      `Imported${source} by \`orgspec import csv\`: ${units.size} units, ${people.length} people.`,
      "Edit freely: only people whose manager differs from the one the rules derive have reportsTo.",
    ],
    blueprint: options.blueprintRef ?? bp.id,
    units: unitsOut,
    peopleByUnit,
  });
  return {
    files: new Map([["org.yaml", root]]),
    diagnostics: positioned(file, notes),
    columns: used,
    counts: { units: units.size, people: people.length, reportsTo: explicit },
  };
}

/**
 * Where several members hold the type's head role, the one whose manager is outside the
 * unit (its top) — if exactly one is — else nothing (the rules decide, or report).
 */
function soleTopHead(u: DraftUnit, headRole: string | undefined, byId: Map<string, DraftPerson>): string | undefined {
  if (headRole === undefined) return undefined;
  const holders = u.members.filter((m) => byId.get(m.id)?.role === headRole);
  if (holders.length < 2) return undefined;
  const tops = holders.filter((m) => m.manager === undefined || byId.get(m.manager)?.unit !== u.id);
  return tops.length === 1 ? tops[0]?.id : undefined;
}

/** The error that stops an import, at its line (or offset) of the export. */
type Fatal =
  | { code: "csv-syntax"; message: string; line?: number | undefined; start?: number }
  | { code: "schema"; issue: string; message: string; line: number };

/** The export as a SourceFile, so that its diagnostics carry offsets and positions like any file's. */
function csvFile(name: string, text: string): SourceFile {
  return new SourceFile(name, undefined, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, noData("csv"));
}

/** Notes (and the fatal error, if any) → diagnostics spanning their line (the file's top when they have none). */
function positioned(file: SourceFile, notes: readonly Note[], fatal?: Fatal): Diagnostic[] {
  const sink = new DiagnosticSink();
  const at = (line: number | undefined) => ({
    file,
    path: [],
    span: line === undefined ? { start: 0, end: 0 } : file.lines.lineSpan(line),
  });
  for (const note of notes) {
    const options = { hint: note.hint };
    if (note.code === "import-skipped") sink.report(note.code, at(note.line), note.message, note.data, options);
    else sink.report(note.code, at(note.line), note.message, note.data, options);
  }
  if (fatal?.code === "csv-syntax") {
    const place =
      fatal.start === undefined
        ? at(fatal.line)
        : { file, path: [], span: { start: fatal.start, end: Math.min(file.text.length, fatal.start + 1) } };
    sink.report("csv-syntax", place, fatal.message, { problem: "syntax" });
  } else if (fatal) {
    sink.report("schema", at(fatal.line), fatal.message, { issue: fatal.issue, field: null });
  }
  return sink.finish();
}

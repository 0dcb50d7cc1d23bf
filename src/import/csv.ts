/**
 * `importCsv`: an HRIS export (employee id, name, manager id, department, job title …) →
 * the files of an org that validates against a blueprint, and notes on what could not be
 * mapped. Pure: text in, file contents out.
 *
 * Steps: map columns; read people (ids as written, sanitized only when they are not valid
 * ids); map job titles to roles (role id, or a role title in any language); gather units
 * (from the unit column, the parent column, and rows with a unit but no person); infer
 * missing parents and types (import-units.ts); set a unit's `head` only where several
 * members hold its head role and exactly one of them is the unit's top; then resolve the
 * org once without any `reportsTo` and write `reportsTo` only for people whose manager in
 * the export differs from the one format.md's four steps give.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import { parseOrg } from "../org/load.js";
import { addTo } from "../util/multimap.js";
import { draftBlueprint } from "./blueprint.js";
import { type ImportField, mapColumns } from "./columns.js";
import { type DraftPerson, readCsv, readRecords } from "./rows.js";
import { type DraftUnit, inferParents, inferTypes, type Note, treeOrder } from "./units.js";
import { orgYaml, type PersonOut, type UnitOut } from "./yaml.js";

export type { ImportField, Note as ImportNote };

export interface ImportCsvOptions {
  /** The blueprint to map roles and unit types to (e.g. `org.blueprint` of any org using it). */
  blueprint: Blueprint;
  /** What the root file puts after `blueprint:` (default: the blueprint's id, a built-in name). */
  blueprintRef?: string;
  /** Header names by field, overriding the usual names (see `DEFAULT_COLUMN_NAMES`). */
  columns?: Partial<Record<ImportField, string>>;
  /** The export's file name, for the comment at the top of the root file. */
  source?: string;
}

export interface ImportCsvResult {
  /** File contents by path relative to the output folder (`org.yaml`); empty when `error` is set. */
  files: Map<string, string>;
  /** What could not be mapped as given, in order; `line` is the export's line. */
  notes: Note[];
  /** Set when nothing could be imported (no header, a missing column, a CSV syntax error). */
  error?: string;
  /** The column used for each field. */
  columns: Partial<Record<ImportField, string>>;
  counts: { units: number; people: number; reportsTo: number };
}

/**
 * Turn an HRIS CSV export into org files.
 *
 * @example
 * const { files, notes } = importCsv(text, { blueprint: org.blueprint, columns: { id: "Employee ID" } });
 * files.get("org.yaml"); // "# Imported from …\norgspec: 1\nblueprint: renewal-channel\n…"
 */
export function importCsv(text: string, options: ImportCsvOptions): ImportCsvResult {
  const notes: Note[] = [];
  const empty = (error: string, columns: ImportCsvResult["columns"] = {}): ImportCsvResult => ({
    files: new Map(),
    notes,
    error,
    columns,
    counts: { units: 0, people: 0, reportsTo: 0 },
  });
  const read = readCsv(text);
  if ("error" in read) return empty(read.error);
  const [header, ...rows] = read.rows;
  if (!header) return empty("the file is empty: expected a header row and one row per person");
  const mapped = mapColumns(header.cells, options.columns);
  if ("error" in mapped) return empty(mapped.error);
  const col = mapped.columns;
  const used = Object.fromEntries(
    Object.entries(col).map(([field, k]) => [field, (header.cells[k] as string).trim()]),
  ) as ImportCsvResult["columns"];
  const missing = (["id", "name", "unit", "role"] as const).filter((f) => col[f] === undefined);
  if (missing.length > 0) {
    return empty(
      `no column for ${missing.join(", ")} (give it with ${missing.map((f) => `--${f}-col`).join(", ")}); the header has: ${header.cells.join(", ")}`,
      used,
    );
  }
  if (col.manager === undefined && col.parent === undefined) {
    return empty(
      "no manager column and no parent column: give one (--manager-col or --parent-col) to say how units nest",
      used,
    );
  }
  // NOTE: `export --to csv` writes both manager and reportsTo; the manager column wins.
  const ignored = header.cells
    .filter((_, k) => !Object.values(col).includes(k) && header.cells[k]?.trim() !== "")
    .map((h) =>
      col.manager !== undefined && /^reports_?to$/i.test(h.trim()) ? `${h} (the manager column is used)` : h,
    );
  if (ignored.length > 0) notes.push({ message: `columns not imported: ${ignored.join(", ")}` });

  const bp = options.blueprint;
  const { people, units, managerOf } = readRecords(header, rows, col, bp, notes);
  const byId = new Map(people.map((p) => [p.id, p]));

  const parent = inferParents(units, (id) => byId.get(id)?.unit, notes);
  const order = treeOrder(units, parent);
  const types = inferTypes(units, order, parent, bp, notes);
  const tops = order.filter((id) => !parent.has(id));
  if (tops.length > 1) {
    notes.push({
      message: `${tops.length} units have no parent (${tops.slice(0, 5).join(", ")}${tops.length > 5 ? ", …" : ""}); an org has one root — give a parent column, or check their people's managers`,
    });
  }
  const unitsOut: UnitOut[] = order.map((id) => {
    const u = units.get(id) as DraftUnit;
    const out: UnitOut = { id, type: types.get(id) as string, name: u.name };
    const p = parent.get(id);
    if (p !== undefined) out.parent = p;
    const head = soleTopHead(u, bp.unitTypes.get(out.type)?.headRole, byId);
    if (head !== undefined) {
      out.head = head;
      notes.push({
        message: `unit "${id}": several members hold its head role; "${head}", the one whose manager is outside the unit, is set as head`,
      });
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
      notes.push({
        line: p.line,
        message: `"${p.id}" has no manager in the file, but by the rules reports to "${derived}"`,
      });
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
    notes,
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

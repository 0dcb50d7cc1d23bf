/**
 * CSV in the shape HR systems export and import: `id,name,unit,role,manager` — the resolved
 * solid-line manager — then the columns `orgspec import csv` needs to rebuild the same org:
 * the explicit `reportsTo`, `fte` (empty for 1), `dottedLines` (the explicit ones, `;`
 * separated), and the unit's `unitName`, `unitType` and `parentUnit`.
 *
 * Rows go unit by unit in tree order, each unit's people in source order; a unit with no
 * people gets one row with only its unit columns, so that import can rebuild it too.
 * NOTE: `also` posts, `head` overrides, plans and meta are not in this shape (see docs).
 */

import type { Person } from "../model/types.js";
import type { Org } from "../org/org.js";
import { addTo } from "../util/multimap.js";
import { type ExportOptions, exportScope } from "./scope.js";

/** The columns of `exportCsv`, in order. */
export const CSV_EXPORT_COLUMNS = [
  "id",
  "name",
  "unit",
  "role",
  "manager",
  "reportsTo",
  "fte",
  "dottedLines",
  "unitName",
  "unitType",
  "parentUnit",
] as const;

/**
 * The org (or a subtree) as CSV text: a header row, then one row per person (LF line ends,
 * UTF-8, no BOM). The scope's top unit gets an empty `parentUnit`.
 *
 * @example
 * exportCsv(org).split("\n")[1]; // "100001,王建国,hq,department-head,,,,,总公司保费部,hq-premium-dept,"
 */
export function exportCsv(org: Org, options: ExportOptions = {}): string {
  const scope = exportScope(org, options);
  const byUnit = new Map<string, Person[]>();
  for (const p of scope.people) addTo(byUnit, p.unit, p);
  const lines = [csvRow(CSV_EXPORT_COLUMNS)];
  for (const u of scope.units) {
    const unitCells = [u.name, u.type, u.depth === 0 ? "" : (u.parent ?? "")];
    const people = byUnit.get(u.id) ?? [];
    if (people.length === 0) lines.push(csvRow(["", "", u.id, "", "", "", "", "", ...unitCells]));
    for (const p of people) {
      const dotted = p.dotted.filter((d) => d.source === "dottedLines").map((d) => d.manager.id);
      lines.push(
        csvRow([
          p.id,
          p.name,
          p.unit,
          p.role,
          p.manager?.id ?? "",
          p.reportsTo ?? "",
          p.fte === 1 ? "" : String(p.fte),
          dotted.join(";"),
          ...unitCells,
        ]),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * One CSV line (RFC 4180 quoting): a cell holding a comma, a quote, a line break or
 * surrounding spaces is quoted, with its quotes doubled.
 *
 * @example csvRow(["1", 'say "hi", twice']) // '1,"say ""hi"", twice"'
 */
export function csvRow(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

/**
 * A cell a spreadsheet will not run as a formula (OWASP's CSV injection advice): text that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
 *
 * @example spreadsheetSafe("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

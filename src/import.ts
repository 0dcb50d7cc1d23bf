/**
 * `orgspec/import`: an HRIS export (CSV) → org files: units and their types inferred, people
 * placed, a diagnostic for everything that needed a guess or was left out.
 *
 * @example
 * import { importCsv } from "orgspec/import";
 * const { files, diagnostics } = importCsv(text, { blueprint, columns: { id: "Employee ID" } });
 */
import * as yaml from "yaml";
import type { ImportCsvOptions, ImportCsvResult } from "./import/csv.js";
import * as csv from "./import/csv.js";
import type { ParseRoleMapOptions, RoleMapResult } from "./import/role-map.js";
import * as roleMap from "./import/role-map.js";
import { supplyYamlPackageOnce } from "./source/yaml-package.js";

export { DEFAULT_COLUMN_NAMES, IMPORT_FIELDS } from "./import/columns.js";
export type { ImportCsvOptions, ImportCsvResult, ImportField } from "./import/csv.js";
export type { ParseRoleMapOptions, RoleMapResult } from "./import/role-map.js";
export type { RoleMap } from "./import/roles.js";

/**
 * Turn an HRIS CSV export into org files, with a diagnostic (`import-skipped`,
 * `import-guessed`) for everything it could not take as given, at its line of the export.
 *
 * @example
 * const { files, diagnostics } = importCsv(text, { blueprint: org.blueprint!, columns: { id: "Employee ID" } });
 * files.get("org.yaml"); // "# Imported from …\norgspec: 1\nblueprint: renewal-channel\n…"
 */
export function importCsv(text: string, options: ImportCsvOptions): ImportCsvResult {
  // The import checks its draft with parseOrg, which may need the yaml package.
  supplyYamlPackageOnce(yaml);
  return csv.importCsv(text, options);
}

/**
 * Read a role map file (YAML `titles:`/`unitTypes:`, or CSV `title,role,unitType`) for
 * `importCsv`'s `roleMaps`, checked against the blueprint: `roleMap` is undefined when the
 * file has errors, each a diagnostic at its line and column.
 *
 * @example
 * const { roleMap } = parseRoleMap("titles:\n  总经理: department-head\n", { blueprint });
 * const { files } = importCsv(text, { blueprint, roleMaps: roleMap ? [roleMap] : [] });
 */
export function parseRoleMap(text: string, options: ParseRoleMapOptions): RoleMapResult {
  supplyYamlPackageOnce(yaml);
  return roleMap.parseRoleMap(text, options);
}

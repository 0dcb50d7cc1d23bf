/**
 * `orgspec/import`: an HRIS export (CSV) → org files: units and their types inferred, people
 * placed, notes on everything that needed a guess.
 *
 * @example
 * import { importCsv } from "orgspec/import";
 * const { files, notes } = importCsv(text, { columns: { id: "Employee ID" } });
 */
import * as yaml from "yaml";
import { supplyYamlPackage } from "./source/yaml-package.js";

// The import checks its draft with parseOrg, which may need the yaml package.
supplyYamlPackage(yaml);

export { DEFAULT_COLUMN_NAMES, IMPORT_FIELDS } from "./import/columns.js";
export {
  type ImportCsvOptions,
  type ImportCsvResult,
  type ImportField,
  importCsv,
} from "./import/csv.js";

/**
 * `orgspec/export`: an Org out to other tools — Mermaid, Graphviz DOT, GraphML, CSV, JSON
 * and JSON-LD (schema.org), for the whole org or one unit's subtree.
 *
 * @example
 * import { exportOrg } from "orgspec/export";
 * const mermaid = exportOrg(org, "mermaid", { unit: "bj" });
 */
export { CSV_EXPORT_COLUMNS, exportCsv } from "./export/csv.js";
export { exportDot } from "./export/dot.js";
export { EXPORT_FORMATS, type ExportFormat, exportOrg } from "./export/export.js";
export { exportGraphml } from "./export/graphml.js";
export { exportJson, type ResolvedOrg, type ResolvedPerson, type ResolvedUnit, resolvedOrg } from "./export/json.js";
export { exportJsonLd, JSONLD_CONTEXT, jsonLdDocument } from "./export/jsonld.js";
export { exportMermaid, MERMAID_LIMITS, mermaidSize } from "./export/mermaid.js";
export type { ExportOptions } from "./export/scope.js";

/** The export formats by name: each a pure function from an Org (and a scope) to text. */
import type { Org } from "../org/org.js";
import { exportCsv } from "./csv.js";
import { exportDot } from "./dot.js";
import { exportGraphml } from "./graphml.js";
import { exportJson } from "./json.js";
import { exportJsonLd } from "./jsonld.js";
import { exportMermaid } from "./mermaid.js";
import type { ExportOptions } from "./scope.js";

/** The name of an export format: `mermaid`, `dot`, `graphml`, `csv`, `json` or `jsonld`. */
export type ExportFormat = "mermaid" | "dot" | "graphml" | "csv" | "json" | "jsonld";

const EXPORTERS: Readonly<Record<ExportFormat, (org: Org, options?: ExportOptions) => string>> = {
  mermaid: exportMermaid,
  dot: exportDot,
  graphml: exportGraphml,
  csv: exportCsv,
  json: exportJson,
  jsonld: exportJsonLd,
};

/** The export formats, in the order `--help` lists them. */
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

/**
 * The org (or a subtree) in one of the export formats.
 *
 * @example
 * const mermaid = exportOrg(org, "mermaid", { unit: "bj-cy", depth: 2 });
 *
 * @throws when `format` is not an {@link ExportFormat}, or `options.unit` is unknown (`UnknownIdError`).
 */
export function exportOrg(org: Org, format: ExportFormat, options: ExportOptions = {}): string {
  if (!Object.hasOwn(EXPORTERS, format)) throw new TypeError(`exportOrg: unknown format ${JSON.stringify(format)}`);
  return EXPORTERS[format](org, options);
}

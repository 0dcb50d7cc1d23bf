/** The export formats by name: each a pure function from an Org (and a scope) to text. */
import type { Org } from "../model/org.js";
import { exportCsv } from "./export-csv.js";
import { exportDot } from "./export-dot.js";
import { exportGraphml } from "./export-graphml.js";
import { exportJson } from "./export-json.js";
import { exportJsonLd } from "./export-jsonld.js";
import { exportMermaid } from "./export-mermaid.js";
import type { ExportOptions } from "./scope.js";

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

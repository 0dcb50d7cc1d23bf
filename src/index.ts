/**
 * orgspec — an organization's hierarchy and staffing as a typed graph: load and validate
 * org files, then ask who reports to whom.
 *
 * @example
 * import { loadOrg, formatDiagnostics } from "orgspec";
 * const result = await loadOrg("org/org.yaml");
 * process.stdout.write(formatDiagnostics(result.diagnostics, "text", { sources: result.sources }));
 * if (result.org) console.log(result.org.person("100231").manager);
 */
export type { Blueprint } from "./blueprint/blueprint.js";
export { BUILTIN_BLUEPRINTS } from "./blueprint/load.js";
export {
  DEFAULT_SEVERITY,
  DIAGNOSTIC_CODES,
  type DiagnosticCode,
  type RuleSeverity,
  type Severity,
} from "./diagnostics/codes.js";
export type { Diagnostic, PathSegment, RelatedLocation } from "./diagnostics/types.js";
export { type GenerateOptions, generateOrg } from "./generate/index.js";
export { diffOrgs, isEmptyDiff } from "./interchange/diff.js";
export type {
  DiffSummary,
  FieldChange,
  HeadChange,
  HeadcountDelta,
  ManagerChange,
  ManagerChangeCause,
  MovedPerson,
  OrgDiff,
  PlanChange,
  Reparented,
  RoleChange,
  UnitRef,
} from "./interchange/diff-types.js";
export { EXPORT_FORMATS, type ExportFormat, exportOrg } from "./interchange/export.js";
export { CSV_EXPORT_COLUMNS, csvRow, exportCsv } from "./interchange/export-csv.js";
export { exportDot } from "./interchange/export-dot.js";
export { exportGraphml } from "./interchange/export-graphml.js";
export {
  exportJson,
  type ResolvedOrg,
  type ResolvedPerson,
  type ResolvedUnit,
  resolvedOrg,
} from "./interchange/export-json.js";
export { exportJsonLd, JSONLD_CONTEXT, jsonLdDocument } from "./interchange/export-jsonld.js";
export { exportMermaid, MERMAID_LIMITS, mermaidId, mermaidSize } from "./interchange/export-mermaid.js";
export { DEFAULT_COLUMN_NAMES, IMPORT_FIELDS } from "./interchange/import-columns.js";
export {
  type ImportCsvOptions,
  type ImportCsvResult,
  type ImportField,
  type ImportNote,
  importCsv,
} from "./interchange/import-csv.js";
export { type ExportOptions, exportScope, type Scope } from "./interchange/scope.js";
export { type LoadOptions, type LoadResult, loadOrg, loadOrgSync, OrgReadError, parseOrg } from "./load/load-org.js";
export { UnknownIdError } from "./model/errors.js";
export { Org } from "./model/org.js";
export type { DottedLine, DottedSource, Person, PersonRef, Post, Unit } from "./model/types.js";
export type {
  DottedManager,
  LinesOptions,
  MembersOptions,
  ReportingLines,
  RoleStaffing,
  UnitInfo,
  UnplannedRole,
} from "./query/types.js";
export type { RenderOptions } from "./render/chart-data.js";
export { type HtmlOptions, renderHtml } from "./render/html.js";
export type { ChartLang } from "./render/payload.js";
export { renderSvg } from "./render/svg.js";
export { formatDiffJson } from "./report/diff-json.js";
export { type DiffMarkdownOptions, formatDiffMarkdown } from "./report/diff-markdown.js";
export { formatDiffText } from "./report/diff-text.js";
export { type FormatOptions, formatDiagnostics, type ReportFormat } from "./report/index.js";
export type { BlueprintInput, LineDefInput, RoleDefInput, UnitTypeDefInput } from "./schema/blueprint.js";
export { blueprintJsonSchema, orgJsonSchema } from "./schema/json-schema.js";
export type { ConcurrentPostInput, IncludedFileInput, OrgFileInput, PersonInput, UnitInput } from "./schema/org.js";
export { SPAN_BANDS } from "./staffing/spans.js";
export { GROUP_BY, Staffing } from "./staffing/staffing.js";
export type {
  Figures,
  GroupBy,
  LayersReport,
  ManagerSpan,
  OffPlan,
  RoleFigures,
  SpanBand,
  SpanReport,
  SpanStats,
  StaffingGroup,
  StaffingReport,
  StaffingSummary,
  UnplannedPosts,
  Vacancy,
} from "./staffing/types.js";

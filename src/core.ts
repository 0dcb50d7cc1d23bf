/**
 * The public surface shared by every build: loading (through a FileSystem port), the Org and
 * its readonly results, diagnostics and their formatters, and the JSON Schemas. The Node
 * entry (index.ts) adds Node's file system as the default; the browser entry (browser.ts)
 * is this and nothing else. Export, render, import, diff and generate are subpath entries.
 */
export type { Blueprint } from "./blueprint/blueprint.js";
export { BUILTIN_BLUEPRINTS } from "./blueprint/builtin.js";
export {
  DEFAULT_SEVERITY,
  DIAGNOSTIC_CODES,
  type DiagnosticCode,
  type RuleSeverity,
  type Severity,
} from "./diagnostics/codes.js";
export type { Diagnostic, PathSegment, RelatedLocation } from "./diagnostics/types.js";
export { type DirectoryEntry, type FileSystem, FileSystemError } from "./load/fs.js";
export { type MemoryFileSystemOptions, memoryFileSystem } from "./load/memory-fs.js";
export { UnknownIdError } from "./model/errors.js";
export type { DottedLine, DottedSource, Person, PersonRef, Post, Unit } from "./model/types.js";
export { type LoadOptions, loadOrg, loadOrgSync, type OrgFiles, OrgReadError, parseOrg } from "./org/load.js";
export { Org } from "./org/org.js";
export type { LoadFailure, LoadResult, LoadSuccess } from "./org/result.js";
export type {
  DottedManager,
  LinesOptions,
  MembersOptions,
  ReportingLines,
  RoleStaffing,
  UnitInfo,
  UnplannedRole,
} from "./query/types.js";
export { type FormatOptions, formatDiagnostics, formatResult, type ReportFormat } from "./report/index.js";
export type { BlueprintInput, LineDefInput, RoleDefInput, UnitTypeDefInput } from "./schema/blueprint.js";
export { blueprintJsonSchema, orgJsonSchema } from "./schema/json-schema.js";
export type { ConcurrentPostInput, IncludedFileInput, OrgFileInput, PersonInput, UnitInput } from "./schema/org.js";
export { SPAN_BANDS } from "./staffing/spans.js";
export { GROUP_BY, type Staffing } from "./staffing/staffing.js";
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

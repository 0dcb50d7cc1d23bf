/**
 * The public surface shared by every build: the FileSystem port, the Org and its readonly
 * results, diagnostics and their formatters, and the JSON Schemas. Each entry adds its own
 * `loadOrg`, `loadOrgSync` and `parseOrg`: the Node entry (index.ts) with Node's file system
 * as the default, the browser entry (browser.ts) with none. Export, render, import, diff and
 * generate are subpath entries.
 */
export type { Blueprint } from "./blueprint/blueprint.js";
export { BUILTIN_BLUEPRINTS } from "./blueprint/builtin.js";
export { DEMAND_GROUP_BY } from "./demand/demand.js";
export type {
  DemandFigures,
  DemandGroup,
  DemandGroupBy,
  DemandOptions,
  DemandReport,
  DemandRow,
  MissingDriverValue,
} from "./demand/types.js";
export {
  DEFAULT_SEVERITY,
  DIAGNOSTIC_CODES,
  type DiagnosticCode,
  type RuleSeverity,
  type Severity,
} from "./diagnostics/codes.js";
export type { Diagnostic, PathSegment, RelatedLocation } from "./diagnostics/types.js";
export type { FindLines } from "./find/context.js";
export { FIND_SORTS, type FindOptions, type FindSort } from "./find/engine.js";
export { SelectorError } from "./find/errors.js";
export type { SelectorObject } from "./find/object.js";
export { type DirectoryEntry, type FileSystem, FileSystemError } from "./load/fs.js";
export { type MemoryFileSystemOptions, memoryFileSystem } from "./load/memory-fs.js";
export {
  AmbiguousNameError,
  type NameCandidate,
  type PersonNameCandidate,
  type UnitNameCandidate,
  UnknownIdError,
} from "./model/errors.js";
export type { DottedLine, DottedSource, Person, PersonRef, Post, Unit } from "./model/types.js";
export { type LoadOptions, type LoadProgress, type OrgFiles, OrgReadError } from "./org/load.js";
export { Org } from "./org/org.js";
export type { LoadFailure, LoadResult, LoadSuccess } from "./org/result.js";
export type { ScenarioOptions, ScenarioResult } from "./org/scenario.js";
export type {
  ChainEdge,
  ChainLine,
  ChainLink,
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
export type { DriverDefInput, NormDefInput, NormTermInput, UnitDriversInput } from "./schema/demand.js";
export { blueprintJsonSchema, orgJsonSchema } from "./schema/json-schema.js";
export type { ConcurrentPostInput, IncludedFileInput, OrgFileInput, PersonInput, UnitInput } from "./schema/org.js";
export type { ScenarioInput } from "./schema/scenario.js";
export { SPAN_BANDS } from "./staffing/spans.js";
export { GROUP_BY, type Staffing } from "./staffing/staffing.js";
export type {
  Figures,
  GroupBy,
  LayersReport,
  LevelRollup,
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

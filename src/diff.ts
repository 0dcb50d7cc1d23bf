/**
 * `orgspec/diff`: what changed between two versions of an org — people moved, reporting
 * lines changed (and why), heads, plans and headcount — as data, text, Markdown or JSON.
 *
 * @example
 * import { diffOrgs, formatDiffMarkdown } from "orgspec/diff";
 * const comment = formatDiffMarkdown(diffOrgs(before, after));
 */
export { diffOrgs, isEmptyDiff } from "./diff/diff.js";
export { formatDiffJson } from "./diff/format-json.js";
export { type DiffMarkdownOptions, formatDiffMarkdown } from "./diff/format-markdown.js";
export { formatDiffText } from "./diff/format-text.js";
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
} from "./diff/types.js";

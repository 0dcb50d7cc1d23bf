import type { DiagnosticCode } from "../diagnostics/codes.js";

/**
 * One-line descriptions of the codes, for SARIF's `rule.shortDescription`. Typed as a full
 * record so that adding a code without a description fails to compile.
 * Source of truth for wording: format.md, "Diagnostics", and docs/codes/<code>.md.
 */
export const CODE_DESCRIPTIONS: Readonly<Record<DiagnosticCode, string>> = {
  "yaml-syntax": "The YAML does not parse.",
  "csv-syntax": "A CSV file does not parse.",
  schema: "A field has the wrong shape or is missing.",
  "duplicate-id": "A unit id or person id appears more than once.",
  "unknown-reference": "A reference points at no such unit or person.",
  "unit-cycle": "Parent links between units form a cycle.",
  "root-count": "There is not exactly one root unit.",
  "unknown-unit-type": "The unit type is not in the blueprint.",
  "unknown-role": "The role is not in the blueprint.",
  "parent-type": "The blueprint does not allow this unit type under its parent's type.",
  "role-not-allowed": "The role is not allowed in the unit's type.",
  "head-ambiguous": "Several members hold the head role and the unit's head is not set.",
  "reporting-cycle": "Solid reporting lines form a cycle.",
  "reports-outside-chain": "reportsTo points outside the person's unit and its ancestors.",
  "over-plan": "A unit has more posts in a role than its plan gives.",
  vacancy: "A unit has fewer posts in a role than planned.",
  limits: "A blueprint minimum or maximum for a role in a unit is broken.",
  "span-of-control": "A manager has more direct reports than the rule allows.",
  "fte-overallocated": "A person's FTE across posts adds up to more than 1.",
  include: "An include is missing, escapes the root folder, repeats, or cycles.",
  "unreached-file": "A file under a validated folder looks like an org file, but no root file includes it.",
  "unknown-driver": "A driver is not defined in the blueprint's drivers.",
  "driver-missing": "A norm needs a driver that no unit in the subtree has for the period.",
  "norm-cycle": "Norms that count other roles' required posts depend on each other in a cycle.",
  "plan-below-norm": "A unit's plan for a role is below what its norm requires.",
  "over-plan-total": "A unit's subtree holds more posts than its planTotal.",
  "import-skipped": "orgspec import left a row, column or value of the export out.",
  "import-guessed": "orgspec import filled in or chose something the export did not say.",
};

/**
 * The closed vocabulary of diagnostic codes. Each has a page in docs/codes/<code>.md.
 * Adding a code is a format change: add it here, to DEFAULT_SEVERITY and to the docs.
 */
export const DIAGNOSTIC_CODES = [
  "yaml-syntax",
  "csv-syntax",
  "schema",
  "duplicate-id",
  "unknown-reference",
  "unit-cycle",
  "root-count",
  "unknown-unit-type",
  "unknown-role",
  "parent-type",
  "role-not-allowed",
  "head-ambiguous",
  "reporting-cycle",
  "reports-outside-chain",
  "over-plan",
  "vacancy",
  "limits",
  "span-of-control",
  "fte-overallocated",
  "include",
  "unreached-file",
  "unknown-driver",
  "driver-missing",
  "norm-cycle",
  "plan-below-norm",
  "over-plan-total",
  "import-skipped",
  "import-guessed",
] as const;

/** A diagnostic code: one of `DIAGNOSTIC_CODES`, each with a page in docs/codes/. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** Severity of a reported problem. */
export type Severity = "error" | "warning" | "info";

/** A severity as written in `rules`, where `off` silences the code. */
export type RuleSeverity = Severity | "off";

/** Each code's severity when no `rules` entry changes it. */
export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  "yaml-syntax": "error",
  "csv-syntax": "error",
  schema: "error",
  "duplicate-id": "error",
  "unknown-reference": "error",
  "unit-cycle": "error",
  "root-count": "error",
  "unknown-unit-type": "error",
  "unknown-role": "error",
  "parent-type": "error",
  "role-not-allowed": "error",
  "head-ambiguous": "error",
  "reporting-cycle": "error",
  "reports-outside-chain": "warning",
  "over-plan": "warning",
  vacancy: "info",
  limits: "error",
  "span-of-control": "warning",
  "fte-overallocated": "warning",
  include: "error",
  "unreached-file": "warning",
  "unknown-driver": "error",
  "driver-missing": "warning",
  "norm-cycle": "error",
  "plan-below-norm": "info",
  "over-plan-total": "warning",
  "import-skipped": "warning",
  "import-guessed": "info",
};

const CODE_SET: ReadonlySet<string> = new Set(DIAGNOSTIC_CODES);

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return CODE_SET.has(value);
}

import type { Diagnostic } from "../../src/diagnostics/types.js";

/** A diagnostic with harmless defaults, overridden by `fields` (hand-made: its data is empty). */
export function diag(fields: Partial<Omit<Diagnostic, "data">> & { data?: object }): Diagnostic {
  return {
    code: "schema",
    severity: "error",
    message: "something is wrong",
    file: "org.yaml",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    offset: 0,
    endOffset: 1,
    path: [],
    data: {},
    ...fields,
  } as Diagnostic;
}

/** An error, a warning and an info in two files, deliberately out of order. */
export const MIXED: readonly Diagnostic[] = [
  diag({
    code: "vacancy",
    severity: "info",
    message: 'unit "sales" has 1 vacant post for role "rep"',
    file: "units/sales.yaml",
    line: 4,
    column: 3,
    endLine: 4,
    endColumn: 8,
    path: ["units", 0],
  }),
  diag({
    code: "unknown-reference",
    message: 'reportsTo "2l10" is not a person',
    line: 3,
    column: 16,
    endLine: 3,
    endColumn: 20,
    path: ["people", 0, "reportsTo"],
    hint: 'did you mean "2110"?',
  }),
  diag({
    code: "span-of-control",
    severity: "warning",
    message: "2110 has 12 direct reports; the rule allows 10",
    line: 2,
    column: 9,
    endLine: 2,
    endColumn: 13,
    path: ["people", 0, "id"],
  }),
];

/** The source of org.yaml that MIXED points into. */
export const ORG_SOURCE = "people:\n  - id: 2110\n    reportsTo: 2l10\n";

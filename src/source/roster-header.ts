/**
 * The header row of a CSV roster: which column holds which person field, which go to
 * `meta`, and the header's own problems (a column named twice, `also`, a near-miss of a
 * field name, an unnamed column holding values).
 */

import type { CsvCellsRow as Row } from "./csv-cells.js";
import type { Span } from "./parsed.js";
import type { PathSegment } from "./path.js";

/** The person fields a roster's header may name; `id`, `name`, `unit` and `role` are required. */
export const ROSTER_FIELDS = ["id", "name", "unit", "role", "reportsTo", "dottedLines", "fte"] as const;
export const REQUIRED_ROSTER_FIELDS = ["id", "name", "unit", "role"] as const;

/** A problem with the roster's shape (its header or a row's cell count): a `schema` diagnostic. */
export interface RosterProblem {
  /** What kind of problem, for the diagnostic's data (`roster_column`, `missing_columns`, …). */
  issue: "roster_column" | "missing_columns" | "row_cells" | "empty_file";
  message: string;
  span: Span;
  path: PathSegment[];
  hint?: string;
}

export interface Columns {
  /** Person field → column index. */
  fields: Map<string, number>;
  /** Meta key → column index. */
  meta: Map<string, number>;
  problems: RosterProblem[];
}

const FIELD_SET: ReadonlySet<string> = new Set(ROSTER_FIELDS);

/** Map the header's columns; `body` tells an unnamed column holding values from trailing commas. */
export function readHeader(header: Row, body: Row[]): Columns {
  const fields = new Map<string, number>();
  const meta = new Map<string, number>();
  const problems: RosterProblem[] = [];
  const cell = (k: number): Span => ({ start: header.starts[k] as number, end: header.ends[k] as number });
  header.values.forEach((raw, k) => {
    const name = raw.trim();
    const span = cell(k);
    if (name === "") {
      // Trailing commas on every line are common in spreadsheet exports: an unnamed column
      // is only a problem when it holds something.
      if (body.some((r) => (r.values[k] ?? "").trim() !== "")) {
        problems.push({
          issue: "roster_column",
          message: `column ${k + 1} has no name in the header but holds values`,
          span,
          path: [],
        });
      }
      return;
    }
    if (fields.has(name) || meta.has(name)) {
      problems.push({
        issue: "roster_column",
        message: `column "${name}" appears twice in the header; the second is not read`,
        span,
        path: [],
      });
      return;
    }
    if (name === "also") {
      problems.push({
        issue: "roster_column",
        message: 'column "also": concurrent posts are YAML-only and cannot be given in a CSV roster',
        span,
        path: [],
        hint: "list people with concurrent posts in a YAML include instead, with an also: list",
      });
      return;
    }
    if (FIELD_SET.has(name)) {
      fields.set(name, k);
      return;
    }
    const near = nearField(name);
    if (near !== undefined) {
      problems.push({
        issue: "roster_column",
        message: `column "${name}" looks like the person field "${near}" but is not spelled the same`,
        span,
        path: [],
        hint: `did you mean "${near}"? (field names are case-sensitive; other columns go to meta)`,
      });
      return;
    }
    meta.set(name, k);
  });
  return { fields, meta, problems };
}

/**
 * A person field that `name` is a likely misspelling of: the same but for case, or one
 * edit away from one of the long field names (`reportTo`, `dottedLine`). Such a column would
 * otherwise slip into `meta` silently, which format.md never lets a typo do.
 */
function nearField(name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const f of ROSTER_FIELDS) {
    if (f.toLowerCase() === lower) return f;
    if (f.length >= 6 && oneEditApart(lower, f.toLowerCase())) return f;
  }
  return undefined;
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) ||
    restA.slice(1) === restB ||
    restA === restB.slice(1) ||
    (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
  );
}

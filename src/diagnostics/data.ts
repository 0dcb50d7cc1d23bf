/**
 * The typed `data` of each diagnostic code: the ids, counts, limits and expected values a
 * program needs to act on a problem without parsing its message. Keyed on the code, as zod
 * v4 keys each issue's fields on its `code`; docs/codes/<code>.md lists the fields.
 */

/** What kind of thing an id names. */
export type IdKind = "unit" | "person";

export interface DiagnosticDataMap {
  "yaml-syntax": {
    /** `encoding`: the bytes are not UTF-8 text (or hold a NUL); `syntax`: the text is not valid YAML. */
    problem: "encoding" | "syntax";
  };
  "csv-syntax": {
    /** `encoding`: the bytes are not UTF-8 text (or hold a NUL); `syntax`: the text is not valid CSV (an unclosed quote …). */
    problem: "encoding" | "syntax";
  };
  schema: {
    /**
     * What is wrong: zod's issue code (`invalid_type`, `invalid_value`, `unrecognized_keys`,
     * `too_small`, `too_big`, `invalid_format`, `invalid_union`, `custom` …), or one of
     * orgspec's own checks: `missing_field`, `not_a_mapping`, `empty_file`, `unknown_blueprint`,
     * `roster_column`, `missing_columns`, `row_cells`, `alias_conflict` (a blueprint alias another role
     * already answers to), `role_map_conflict` (an import role map giving one title two roles).
     */
    issue: string;
    /** The field at fault (the last key of `path`), or null at the top of a file. */
    field: string | null;
    /** What was expected, when the check says (a type, the allowed values, a bound). */
    expected?: string;
    /** What was found, as the message shows it (`"abc"`, `a list`, `null` …). */
    received?: string;
  };
  "duplicate-id": { kind: IdKind; id: string };
  "unknown-reference": {
    /** What the reference should name. */
    kind: IdKind;
    /** The id written. */
    id: string;
    /** Where it is written: `unit`, `also.unit`, `parent`, `reportsTo`, `dottedLines`, `head`, or a scenario's `units` key (`scenario.units`). */
    field: "unit" | "also.unit" | "parent" | "reportsTo" | "dottedLines" | "head" | "scenario.units";
    /** The closest existing id, when one is close enough to be a typo. */
    suggestion: string | null;
  };
  "unit-cycle": { /** The units on the cycle, in parent order, the pinned one first. */ units: string[] };
  "root-count": {
    /** Units without a parent (the first is the root; the others are reported); empty when there is none. */
    roots: string[];
  };
  "unknown-unit-type": {
    type: string;
    /** The blueprint's id. */
    blueprint: string;
    /** The unit that has the type; null inside a blueprint. */
    unit: string | null;
    suggestion: string | null;
  };
  "unknown-role": {
    role: string;
    /** The blueprint's id. */
    blueprint: string;
    /** The person holding the post, or null (a plan, or a name inside a blueprint). */
    person: string | null;
    /** The unit of the post or plan, or null inside a blueprint. */
    unit: string | null;
    suggestion: string | null;
  };
  "parent-type": {
    unit: string;
    type: string;
    /** The parent unit, or null when the unit is the root. */
    parent: string | null;
    parentType: string | null;
    /** The unit types the blueprint allows as parent. */
    allowed: string[];
  };
  "role-not-allowed": {
    role: string;
    /** The unit type that does not allow the role. */
    unitType: string;
    /** The unit, or null inside a blueprint (a head role its unit type does not list). */
    unit: string | null;
    /** The person holding the post, or null (a plan, or inside a blueprint). */
    person: string | null;
    allowed: string[];
  };
  "head-ambiguous": { unit: string; role: string /** The members in the head role. */; candidates: string[] };
  "reporting-cycle": {
    /** The people on the cycle, each reporting to the next; the pinned one first. */ people: string[];
  };
  "reports-outside-chain": {
    person: string;
    /** The explicit `reportsTo`. */
    manager: string;
    /** The person's primary unit. */
    unit: string;
  };
  "over-plan": { unit: string; role: string; planned: number; posts: number; over: number };
  vacancy: { unit: string; role: string; planned: number; posts: number; vacant: number };
  limits: {
    unit: string;
    type: string;
    role: string;
    posts: number;
    /** Which bound is broken, and its value. */
    bound: "min" | "max";
    limit: number;
  };
  "span-of-control": { manager: string /** Direct solid-line reports. */; reports: number; max: number };
  "fte-overallocated": { person: string /** The sum of the person's fte over all posts. */; fte: number; max: number };
  include: {
    /** Why: see docs/codes/include.md. */
    reason:
      | "no-files"
      | "escapes"
      | "no-match"
      | "missing"
      | "cycle"
      | "repeat"
      | "not-an-org-file"
      | "unreadable"
      | "blueprint-missing"
      | "blueprint-unreadable";
    /** The include pattern or blueprint path as written. */
    pattern: string;
    /** The file concerned (as shown in diagnostics), when there is one. */
    file: string | null;
    /** The file system's error code (`EACCES` …) for `unreadable` reasons. */
    errno: string | null;
  };
  "unreached-file": {
    /** The file, as displayed (relative to the working folder, `/`-separated). */
    file: string;
    /** `not-included`: an org file (a root's or an included file's keys) that no root includes; `does-not-parse`: a YAML file that does not parse, so it may be one. */
    reason: "not-included" | "does-not-parse";
  };
  "unknown-driver": {
    driver: string;
    /** The blueprint's id. */
    blueprint: string;
    /** The unit whose `drivers` names it; null for a norm (in the blueprint or the org's `norms`). */
    unit: string | null;
    suggestion: string | null;
  };
  "driver-missing": {
    /** The unit whose norm needs the driver. */
    unit: string;
    role: string;
    driver: string;
    /** The period asked for, or null when the org gives plain amounts only. */
    period: string | null;
  };
  "norm-cycle": { /** The roles on the cycle, each counted from the next, the pinned one first. */ roles: string[] };
  "plan-below-norm": {
    unit: string;
    role: string;
    planned: number;
    required: number;
    period: string | null;
  };
  "over-plan-total": {
    unit: string;
    planTotal: number;
    /** Posts (primary and `also`) in the unit and everything below it. */
    posts: number;
    over: number;
  };
  "import-skipped": {
    /** What of the export was not imported. */
    what: "row" | "column" | "value";
    /** Why: see docs/codes/import-skipped.md. */
    reason:
      | "cell-count"
      | "no-unit"
      | "duplicate-person"
      | "not-imported"
      | "conflicting-value"
      | "fte"
      | "manager-missing"
      | "self-manager"
      | "dotted-line-missing";
    /** The person or unit the row or value belongs to, when known. */
    id: string | null;
    /** The value (or, for columns, the header names) left out. */
    value: string | null;
  };
  "import-guessed": {
    /** What the import filled in or chose: see docs/codes/import-guessed.md. */
    reason:
      | "id-rewritten"
      | "name-from-id"
      | "role-as-is"
      | "unit-type-inferred"
      | "unit-type-ambiguous"
      | "unit-type-unknown"
      | "parent-cycle-cut"
      | "several-roots"
      | "head-chosen"
      | "manager-derived";
    /** The person or unit concerned, when there is one. */
    id: string | null;
    /** What was written (the new id, the type, the head, the manager …), or null. */
    chosen: string | null;
    /** The alternatives there were (candidate types, the units on a cycle, the roots, the roles close to an unmapped job title …). */
    candidates: string[];
  };
}

/**
 * The typed `data` and the `[offset, endOffset)` range of every diagnostic code, on small
 * inline orgs. Every expected `data` object and every offset is worked out by hand from
 * docs/codes/<code>.md and the text of the org (offsets with `indexOf` on that text, line
 * and column with an independent counter below), never copied from what the code returns.
 * The last test checks that every code of DIAGNOSTIC_CODES was asserted here.
 */
import { join } from "node:path";
import {
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  formatResult,
  loadOrgSync,
  type Org,
  parseOrg,
} from "orgspec";
import { importCsv } from "orgspec/import";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requireCli, runCli } from "../helpers/cli.js";
import { RC, removeTempTrees, summary, tempTree } from "../helpers/org.js";
import { skeleton } from "../helpers/skeleton.js";

afterAll(removeTempTrees);

// --- helpers --------------------------------------------------------------------------

type Of<C extends DiagnosticCode> = Extract<Diagnostic, { code: C }>;

/** The codes whose `data` was asserted in this file. */
const covered = new Set<DiagnosticCode>();

/** The diagnostics of `code`, typed, in the order returned. */
function all<C extends DiagnosticCode>(r: { diagnostics: readonly Diagnostic[] }, code: C): Of<C>[] {
  return r.diagnostics.filter((d): d is Of<C> => d.code === code);
}

/** The one diagnostic of `code` (optionally: the one `pick` selects); fails when there is not exactly one. */
function one<C extends DiagnosticCode>(
  r: { diagnostics: readonly Diagnostic[] },
  code: C,
  pick: (d: Of<C>) => boolean = () => true,
): Of<C> {
  const found = all(r, code).filter(pick);
  expect(found, `expected exactly one ${code}; all: ${summary(r.diagnostics)}`).toHaveLength(1);
  return found[0] as Of<C>;
}

/** Asserts the exact `data` of `d` and records its code as covered. */
function expectData<C extends DiagnosticCode>(d: Of<C>, data: Of<C>["data"]): void {
  covered.add(d.code);
  expect(d.data).toEqual(data);
}

/** 1-based line and column (UTF-16 code units) of `offset` in `text`: counted here, independently. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where `value` starts in the `nth` occurrence of `context + value` in `text`. */
function startOf(text: string, context: string, value: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(context + value, at + 1);
    if (at === -1) throw new Error(`startOf: occurrence ${nth} of ${JSON.stringify(context + value)} not found`);
  }
  return at + context.length;
}

interface Span {
  readonly offset: number;
  readonly endOffset: number;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/**
 * `d` spans exactly `value`, which starts at `start` in `text`: offsets, the slice, and
 * line/column (and endLine/endColumn, exclusive, when `d` has them) agreeing with the offsets.
 */
function expectSpan(d: Span, text: string, start: number, value: string): void {
  expect({ offset: d.offset, endOffset: d.endOffset }).toEqual({ offset: start, endOffset: start + value.length });
  expect(text.slice(d.offset, d.endOffset)).toBe(value);
  expect({ line: d.line, column: d.column }).toEqual(lineCol(text, start));
  if (d.endLine !== undefined) {
    const end = lineCol(text, start + value.length);
    expect({ line: d.endLine, column: d.endColumn }).toEqual(end);
  }
}

/** Offsets are a well-formed range in `text` and line/column agree with them. */
function expectConsistent(d: Span, text: string): void {
  expect(d.offset).toBeGreaterThanOrEqual(0);
  expect(d.endOffset).toBeGreaterThanOrEqual(d.offset);
  expect(d.endOffset).toBeLessThanOrEqual(text.length);
  expect({ line: d.line, column: d.column }).toEqual(lineCol(text, d.offset));
  if (d.endLine !== undefined) expect({ line: d.endLine, column: d.endColumn }).toEqual(lineCol(text, d.endOffset));
}

const parse = (text: string) => parseOrg(text, { filename: "t.yaml" });

// --- yaml-syntax ----------------------------------------------------------------------

describe("yaml-syntax", () => {
  it('bad YAML: { problem: "syntax" }, at the line where the parser notices the unclosed mapping', () => {
    const text = `${RC}units:
  - id: hq
    type: hq-premium-dept
    name: 总公司保费部
    meta: { city: 北京
people: []
`;
    const d = one(parse(text), "yaml-syntax");
    expectData(d, { problem: "syntax" });
    expect(d.file).toBe("t.yaml");
    // The parser notices at `people:` (line 8, column 1): the range starts there.
    expect(d.offset).toBe(text.indexOf("people: []"));
    expect(lineCol(text, d.offset)).toEqual({ line: 8, column: 1 });
    expectConsistent(d, text);
  });

  it('bytes that are not UTF-8, given through the files record: { problem: "encoding" }', () => {
    const head = new TextEncoder().encode(`${RC}units:\n  - { id: hq, type: hq-premium-dept, name: `);
    const bytes = new Uint8Array([...head, 0xff, 0xfe, 0xc3, 0x28, 0x0a]);
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": bytes } });
    const d = one(r, "yaml-syntax");
    expectData(d, { problem: "encoding" });
    expect(d.file).toBe("org.yaml");
    expect(d.offset).toBeGreaterThanOrEqual(0);
    expect(d.endOffset).toBeGreaterThanOrEqual(d.offset);
    expect(r.ok).toBe(false);
  });

  it('a NUL byte is an encoding problem too: { problem: "encoding" }', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${RC}units: []\n`), 0x00, 0x0a]);
    const d = one(parseOrg({ root: "org.yaml", files: { "org.yaml": bytes } }), "yaml-syntax");
    expectData(d, { problem: "encoding" });
  });
});

// --- csv-syntax -----------------------------------------------------------------------

describe("csv-syntax", () => {
  const withRoster = (csv: string | Uint8Array) =>
    parseOrg({
      root: "org.yaml",
      files: { "org.yaml": skeleton({ top: "include: [staff.csv]\n" }), "staff.csv": csv },
    });

  it('an unclosed quote in a roster: { problem: "syntax" }, at the opening quote, in the CSV file', () => {
    const csv = 'id,name,unit,role\n201,"甲,team,renewal-specialist\n';
    const r = withRoster(csv);
    const d = one(r, "csv-syntax");
    expectData(d, { problem: "syntax" });
    expect(d.file).toBe("staff.csv");
    expectSpan(d, csv, csv.indexOf('"'), '"');
    expect(r.diagnostics.filter((x) => x.code === "yaml-syntax")).toEqual([]);
  });

  it('a roster that is not UTF-8: { problem: "encoding" }, at the first bad byte', () => {
    const head = "id,name,unit,role\n201,";
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xc4, 0xe3, 0x0a]);
    const d = one(withRoster(bytes), "csv-syntax");
    expectData(d, { problem: "encoding" });
    expect(d.file).toBe("staff.csv");
    expect({ offset: d.offset, line: d.line, column: d.column }).toEqual({ offset: head.length, line: 2, column: 5 });
  });

  it("importCsv: an export that does not parse is one csv-syntax error at the opening quote", () => {
    const bp = parseOrg(skeleton()).org?.blueprint as NonNullable<Org["blueprint"]>;
    const csv = 'id,name,unit,role,manager\n1,"a,x,y,z\n';
    const result = importCsv(csv, { blueprint: bp, source: "hris.csv" });
    const d = one(result, "csv-syntax");
    expectData(d, { problem: "syntax" });
    expect(d.file).toBe("hris.csv");
    expectSpan(d, csv, csv.indexOf('"'), '"');
    expect(result.files.size).toBe(0);
    expect(result.error).toBe(d.message);
  });
});

// --- schema ---------------------------------------------------------------------------

describe("schema", () => {
  it("an unknown field: unrecognized_keys, the range is the key", () => {
    const text = skeleton({
      people: `  - id: "100002"\n    name: 李明\n    unit: hq\n    role: deputy-head\n    reportTo: "100001"\n`,
    });
    const d = one(parse(text), "schema");
    expectData(d, { issue: "unrecognized_keys", field: "reportTo" });
    expectSpan(d, text, text.indexOf("reportTo:"), "reportTo");
    expect(d.path).toEqual(["people", 5, "reportTo"]);
  });

  it("a list where a string is expected: invalid_type, expected string, received a list", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: [总公司, 保费部] }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
`;
    const d = one(parse(text), "schema");
    expectData(d, { issue: "invalid_type", field: "name", expected: "string", received: "a list" });
    expectSpan(d, text, startOf(text, "name: ", "[总公司, 保费部]"), "[总公司, 保费部]");
    expect(d.path).toEqual(["units", 0, "name"]);
  });

  it('a word where a number is expected: invalid_type, expected number, received "full"', () => {
    const text = skeleton({ people: `  - { id: "1", name: 甲, unit: team, role: renewal-specialist, fte: full }\n` });
    const d = one(parse(text), "schema");
    expectData(d, { issue: "invalid_type", field: "fte", expected: "number", received: '"full"' });
    expectSpan(d, text, startOf(text, "fte: ", "full"), "full");
  });

  it("a missing required field: missing_field, the field named, at the mapping that lacks it", () => {
    const text = `${RC}units:
  - id: hq
    type: hq-premium-dept
people: []
`;
    const d = one(parse(text), "schema");
    expectData(d, { issue: "missing_field", field: "name", expected: "string" });
    // The mapping that lacks it starts at its first key.
    expect(d.offset).toBe(text.indexOf("id: hq"));
    expectConsistent(d, text);
  });

  it("a missing required field: data.field is the last key of path (schema.md, Data)", () => {
    // schema.md's Position says "path is the path to that node" (the mapping, ["units", 0]),
    // but its Data table says `field` is "the last key of path": only ["units", 0, "name"]
    // satisfies both `field: "name"` and that definition. This test follows the Data table.
    const text = `${RC}units:
  - id: hq
    type: hq-premium-dept
people: []
`;
    const d = one(parse(text), "schema");
    expect(d.path).toEqual(["units", 0, "name"]);
    expect(d.path.at(-1)).toBe(d.data.field);
  });

  it("an unknown built-in blueprint name: unknown_blueprint, expected the built-in names", () => {
    const text = "orgspec: 1\nblueprint: renewal-chanel\nunits: []\npeople: []\n";
    const d = one(parse(text), "schema");
    expectData(d, {
      issue: "unknown_blueprint",
      field: "blueprint",
      expected: "renewal-channel",
      received: '"renewal-chanel"',
    });
    expectSpan(d, text, startOf(text, "blueprint: ", "renewal-chanel"), "renewal-chanel");
    expect(d.path).toEqual(["blueprint"]);
  });

  it("a top level that is not a mapping: not_a_mapping, field null", () => {
    const text = "- orgspec: 1\n- blueprint: renewal-channel\n";
    const d = one(parse(text), "schema");
    expectData(d, { issue: "not_a_mapping", field: null, expected: expect.any(String) });
    expect(d.message).toContain(d.data.expected ?? "(none)");
    expect(d.offset).toBe(0);
    expectConsistent(d, text);
    expect(d.path).toEqual([]);
  });

  it("an empty file: empty_file, field null, at the start", () => {
    const text = "";
    const d = one(parse(text), "schema");
    expectData(d, { issue: "empty_file", field: null, expected: expect.any(String) });
    expect({ offset: d.offset, endOffset: d.endOffset, line: d.line, column: d.column }).toEqual({
      offset: 0,
      endOffset: 0,
      line: 1,
      column: 1,
    });
  });

  it("a file of comments only is empty too", () => {
    const text = "# nothing here yet\n";
    const d = one(parse(text), "schema");
    expect(d.data.issue).toBe("empty_file");
    expect(d.data.field).toBeNull();
  });
});

// --- ids and references ---------------------------------------------------------------

describe("duplicate-id", () => {
  it("a person id again: { kind: person, id }, at the repeat; the first in related, with offsets", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: deputy-head }
  - { id: "100002", name: 李敏, unit: hq, role: deputy-head }
`;
    const d = one(parse(text), "duplicate-id");
    expectData(d, { kind: "person", id: "100002" });
    expectSpan(d, text, startOf(text, "id: ", '"100002"', 2), '"100002"');
    expect(d.path).toEqual(["people", 2, "id"]);
    expect(d.related).toHaveLength(1);
    const first = d.related?.[0];
    expect(first?.file).toBe("t.yaml");
    if (first) expectSpan(first, text, startOf(text, "id: ", '"100002"', 1), '"100002"');
  });

  it("a unit id again: { kind: unit, id }", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部二, parent: hq }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "110001", name: 张伟, unit: bj, role: department-head }
`;
    const d = one(parse(text), "duplicate-id");
    expectData(d, { kind: "unit", id: "bj" });
    expectSpan(d, text, startOf(text, "id: ", "bj", 2), "bj");
  });
});

describe("unknown-reference", () => {
  it("reportsTo: 2l10 → { kind: person, id: 2l10, field: reportsTo, suggestion: 2110 }", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "2110", name: 王建国, unit: hq, role: department-head }
  - { id: "2111", name: 李明, unit: hq, role: deputy-head, reportsTo: 2l10 }
`;
    const d = one(parse(text), "unknown-reference");
    expectData(d, { kind: "person", id: "2l10", field: "reportsTo", suggestion: "2110" });
    expectSpan(d, text, startOf(text, "reportsTo: ", "2l10"), "2l10");
    expect(d.path).toEqual(["people", 1, "reportsTo"]);
  });

  it("each field that references: parent, unit, also.unit, head, dottedLines (no close id: suggestion null)", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, head: "777777" }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: zzzzzz }
people:
  - { id: "2110", name: 王建国, unit: hq, role: department-head }
  - { id: "2111", name: 李明, unit: qqqqqqqq, role: deputy-head }
  - { id: "2112", name: 赵丽, unit: hq, role: deputy-head, also: [{ unit: wwwwwwww, role: deputy-head }] }
  - { id: "2113", name: 孙强, unit: hq, role: deputy-head, dottedLines: [99999999] }
`;
    const r = parse(text);
    const found = all(r, "unknown-reference");
    const by = (field: string) => one(r, "unknown-reference", (d) => d.data.field === field);
    expect(found).toHaveLength(5);

    const head = by("head");
    expectData(head, { kind: "person", id: "777777", field: "head", suggestion: null });
    expectSpan(head, text, startOf(text, "head: ", '"777777"'), '"777777"');

    const parent = by("parent");
    expectData(parent, { kind: "unit", id: "zzzzzz", field: "parent", suggestion: null });
    expectSpan(parent, text, startOf(text, "parent: ", "zzzzzz"), "zzzzzz");

    const unit = by("unit");
    expectData(unit, { kind: "unit", id: "qqqqqqqq", field: "unit", suggestion: null });
    expectSpan(unit, text, startOf(text, "unit: ", "qqqqqqqq"), "qqqqqqqq");

    const also = by("also.unit");
    expectData(also, { kind: "unit", id: "wwwwwwww", field: "also.unit", suggestion: null });
    expectSpan(also, text, startOf(text, "unit: ", "wwwwwwww"), "wwwwwwww");
    expect(also.path).toEqual(["people", 2, "also", 0, "unit"]);

    const dotted = by("dottedLines");
    expectData(dotted, { kind: "person", id: "99999999", field: "dottedLines", suggestion: null });
    expectSpan(dotted, text, startOf(text, "[", "99999999"), "99999999");
    expect(dotted.path).toEqual(["people", 3, "dottedLines", 0]);
  });

  it("after a BOM, and with a character outside the BMP before it, offsets count UTF-16 units of the text without the BOM", () => {
    const body = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 𠮷总公司保费部 }
people:
  - { id: "2110", name: 𠮷野, unit: hq, role: department-head }
  - { id: "2111", name: 𠮷田, unit: hq, role: deputy-head, reportsTo: 2l10 }
`;
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": new TextEncoder().encode(`\uFEFF${body}`) } });
    const d = one(r, "unknown-reference");
    expectData(d, { kind: "person", id: "2l10", field: "reportsTo", suggestion: "2110" });
    // 𠮷 is two UTF-16 code units; the BOM is not counted.
    expectSpan(d, body, startOf(body, "reportsTo: ", "2l10"), "2l10");
    expect(d.column).toBe(startOf(body, "reportsTo: ", "2l10") - body.lastIndexOf("\n", body.indexOf("2l10")));
  });
});

// --- the unit tree --------------------------------------------------------------------

describe("unit-cycle", () => {
  it("a → b → a: { units: [a, b] }, at a's parent, b's parent in related", () => {
    const text = `${RC}rules: { parent-type: off, vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: a, type: sub-branch-premium-dept, name: 甲支公司保费部, parent: b }
  - { id: b, type: sub-branch-premium-dept, name: 乙支公司保费部, parent: a }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
`;
    const d = one(parse(text), "unit-cycle");
    expectData(d, { units: ["a", "b"] });
    expectSpan(d, text, startOf(text, "parent: ", "b }"), "b");
    expect(d.path).toEqual(["units", 1, "parent"]);
    expect(d.related).toHaveLength(1);
    const other = d.related?.[0];
    if (other) expectSpan(other, text, startOf(text, "parent: ", "a }"), "a");
  });
});

describe("root-count", () => {
  it("two roots: { roots: [hq, hq2] }, at the second root's id, the first in related", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: hq2, type: hq-premium-dept, name: 第二总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq2, role: department-head }
`;
    const d = one(parse(text), "root-count");
    expectData(d, { roots: ["hq", "hq2"] });
    expectSpan(d, text, startOf(text, "id: ", "hq2"), "hq2");
    const first = d.related?.[0];
    expect(d.related).toHaveLength(1);
    if (first) expectSpan(first, text, startOf(text, "id: ", "hq,"), "hq");
  });

  it("no units: { roots: [] }", () => {
    const text = `${RC}units: []\npeople: []\n`;
    const d = one(parse(text), "root-count");
    expectData(d, { roots: [] });
    expectConsistent(d, text);
  });
});

describe("unknown-unit-type", () => {
  it("{ type, blueprint, unit, suggestion }, at the type value", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premum-dept, name: 北京分公司保费部, parent: hq }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
`;
    const d = one(parse(text), "unknown-unit-type");
    expectData(d, {
      type: "branch-premum-dept",
      blueprint: "renewal-channel",
      unit: "bj",
      suggestion: "branch-premium-dept",
    });
    expectSpan(d, text, startOf(text, "type: ", "branch-premum-dept"), "branch-premum-dept");
    expect(d.path).toEqual(["units", 1, "type"]);
  });
});

describe("parent-type", () => {
  it("a team under hq: { unit, type, parent, parentType, allowed }, at the parent value", () => {
    const text = `${RC}rules: { vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - id: hq-ind
    type: individual-renewal-team
    name: 总公司个续组
    parent: hq
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
`;
    const d = one(parse(text), "parent-type");
    expectData(d, {
      unit: "hq-ind",
      type: "individual-renewal-team",
      parent: "hq",
      parentType: "hq-premium-dept",
      allowed: ["sub-branch-premium-dept"],
    });
    expectSpan(d, text, startOf(text, "parent: ", "hq\n"), "hq");
    expect(d.path).toEqual(["units", 1, "parent"]);
  });

  it("a root whose type needs a parent: parent and parentType null, at the type value", () => {
    const text = `${RC}units:
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部 }
people:
  - { id: "110001", name: 张伟, unit: bj, role: department-head }
`;
    const d = one(parse(text), "parent-type");
    expectData(d, {
      unit: "bj",
      type: "branch-premium-dept",
      parent: null,
      parentType: null,
      allowed: ["hq-premium-dept"],
    });
    expectSpan(d, text, startOf(text, "type: ", "branch-premium-dept"), "branch-premium-dept");
  });
});

// --- roles ----------------------------------------------------------------------------

describe("unknown-role", () => {
  it("a person's role: { role, blueprint, person, unit, suggestion }, at the role value", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: deputy-haed }
`;
    const d = one(parse(text), "unknown-role");
    expectData(d, {
      role: "deputy-haed",
      blueprint: "renewal-channel",
      person: "100002",
      unit: "hq",
      suggestion: "deputy-head",
    });
    expectSpan(d, text, startOf(text, "role: ", "deputy-haed"), "deputy-haed");
    expect(d.path).toEqual(["people", 1, "role"]);
  });

  it("a plan entry: person null", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, plan: { deputy-haed: 1 } }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
`;
    const d = one(parse(text), "unknown-role");
    expectData(d, {
      role: "deputy-haed",
      blueprint: "renewal-channel",
      person: null,
      unit: "hq",
      suggestion: "deputy-head",
    });
    expectConsistent(d, text);
  });
});

describe("role-not-allowed", () => {
  it("a primary post: { role, unitType, unit, person, allowed }, at the role value", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: renewal-specialist }
`;
    const d = one(parse(text), "role-not-allowed");
    expectData(d, {
      role: "renewal-specialist",
      unitType: "hq-premium-dept",
      unit: "hq",
      person: "100002",
      allowed: ["department-head", "deputy-head"],
    });
    expectSpan(d, text, startOf(text, "role: ", "renewal-specialist"), "renewal-specialist");
    expect(d.path).toEqual(["people", 1, "role"]);
  });

  it("an also post: at the also role", () => {
    const text = skeleton({
      people: `  - { id: "110413", name: 贾宁, unit: team, role: renewal-specialist, also: [{ unit: bj, role: trainer }] }\n`,
    });
    const d = one(parse(text), "role-not-allowed");
    expectData(d, {
      role: "trainer",
      unitType: "branch-premium-dept",
      unit: "bj",
      person: "110413",
      allowed: ["department-head", "deputy-head"],
    });
    expectSpan(d, text, startOf(text, "role: ", "trainer"), "trainer");
    expect(d.path).toEqual(["people", 5, "also", 0, "role"]);
  });
});

describe("head-ambiguous", () => {
  it("two department-heads: { unit, role, candidates }, at the second holder's role, the first in related", () => {
    const text = `${RC}rules: { limits: off, over-plan: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: department-head }
`;
    const d = one(parse(text), "head-ambiguous");
    expectData(d, { unit: "hq", role: "department-head", candidates: ["100001", "100002"] });
    expectSpan(d, text, startOf(text, "role: ", "department-head", 2), "department-head");
    expect(d.path).toEqual(["people", 1, "role"]);
    const firstStart = startOf(text, "role: ", "department-head", 1);
    const first = d.related?.find((r) => r.offset === firstStart);
    expect(first, JSON.stringify(d.related)).toBeDefined();
    if (first) expectSpan(first, text, firstStart, "department-head");
  });

  it("related holds the other holders' role values (head-ambiguous.md, Position)", () => {
    const text = `${RC}rules: { limits: off, over-plan: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: department-head }
`;
    const d = one(parse(text), "head-ambiguous");
    expect(d.related?.map((r) => text.slice(r.offset, r.endOffset))).toEqual(["department-head", "hq"]);
  });
});

// --- reporting lines ------------------------------------------------------------------

describe("reporting-cycle", () => {
  it("the head reports to the deputy: { people: [100001, 100002] }, at the reportsTo", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - id: "100001"
    name: 王建国
    unit: hq
    role: department-head
    reportsTo: "100002"
  - { id: "100002", name: 李明, unit: hq, role: deputy-head }
`;
    const d = one(parse(text), "reporting-cycle");
    expectData(d, { people: ["100001", "100002"] });
    expectSpan(d, text, startOf(text, "reportsTo: ", '"100002"'), '"100002"');
    expect(d.path).toEqual(["people", 0, "reportsTo"]);
    // 100002's solid line comes from hq's head, found by its head role: 100001's role value.
    expect(d.related).toHaveLength(1);
    const other = d.related?.[0];
    if (other) expectSpan(other, text, startOf(text, "role: ", "department-head"), "department-head");
  });
});

describe("reports-outside-chain", () => {
  it("{ person, manager, unit }, at the reportsTo value", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: deputy-head, reportsTo: "110001" }
  - { id: "110001", name: 张伟, unit: bj, role: department-head }
`;
    const d = one(parse(text), "reports-outside-chain");
    expectData(d, { person: "100002", manager: "110001", unit: "hq" });
    expectSpan(d, text, startOf(text, "reportsTo: ", '"110001"'), '"110001"');
    expect(d.path).toEqual(["people", 1, "reportsTo"]);
  });
});

describe("span-of-control", () => {
  it("{ manager, reports, max }, at the manager's id", () => {
    const text = `${RC}rules: { span-of-control: { max: 2 } }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: deputy-head }
  - { id: "100003", name: 赵丽, unit: hq, role: deputy-head }
  - { id: "110001", name: 张伟, unit: bj, role: department-head }
`;
    const d = one(parse(text), "span-of-control");
    expectData(d, { manager: "100001", reports: 3, max: 2 });
    expectSpan(d, text, startOf(text, "id: ", '"100001"'), '"100001"');
    expect(d.path).toEqual(["people", 0, "id"]);
  });
});

// --- staffing -------------------------------------------------------------------------

describe("over-plan", () => {
  it("{ unit, role, planned, posts, over }, at the unit's plan entry", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, plan: { deputy-head: 1 } }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: deputy-head }
  - { id: "100003", name: 赵丽, unit: hq, role: deputy-head }
`;
    const d = one(parse(text), "over-plan");
    expectData(d, { unit: "hq", role: "deputy-head", planned: 1, posts: 2, over: 1 });
    expectSpan(d, text, startOf(text, "deputy-head: ", "1"), "1");
    expect(d.path).toEqual(["units", 0, "plan", "deputy-head"]);
  });

  it("a plan from the blueprint's default: at the unit's id (also posts count)", () => {
    const text = `${RC}rules: { head-ambiguous: off, limits: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, head: "100001" }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "110001", name: 张伟, unit: bj, role: department-head, also: [{ unit: hq, role: department-head }] }
`;
    const d = one(parse(text), "over-plan");
    expectData(d, { unit: "hq", role: "department-head", planned: 1, posts: 2, over: 1 });
    expectSpan(d, text, startOf(text, "id: ", "hq,"), "hq");
  });
});

describe("vacancy", () => {
  it("{ unit, role, planned, posts, vacant }, at the unit's plan entry", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, plan: { deputy-head: 2 } }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: deputy-head }
`;
    const d = one(parse(text), "vacancy");
    expectData(d, { unit: "hq", role: "deputy-head", planned: 2, posts: 1, vacant: 1 });
    expectSpan(d, text, startOf(text, "deputy-head: ", "2"), "2");
    expect(d.path).toEqual(["units", 0, "plan", "deputy-head"]);
  });

  it("a vacant head post of the blueprint's default plan: at the unit's id", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
`;
    const d = one(parse(text), "vacancy");
    expectData(d, { unit: "bj", role: "department-head", planned: 1, posts: 0, vacant: 1 });
    expectSpan(d, text, startOf(text, "id: ", "bj"), "bj");
    expect(d.path).toEqual(["units", 1, "id"]);
  });
});

describe("limits", () => {
  it("a third deputy-head: { unit, type, role, posts, bound: max, limit: 2 }, at its role; the two within in related", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - { id: "100002", name: 李明, unit: hq, role: deputy-head }
  - { id: "100003", name: 赵丽, unit: hq, role: deputy-head }
  - { id: "100004", name: 孙强, unit: hq, role: deputy-head }
`;
    const d = one(parse(text), "limits");
    expectData(d, { unit: "hq", type: "hq-premium-dept", role: "deputy-head", posts: 3, bound: "max", limit: 2 });
    expectSpan(d, text, startOf(text, "role: ", "deputy-head", 3), "deputy-head");
    expect(d.path).toEqual(["people", 3, "role"]);
    expect(d.related).toHaveLength(2);
    d.related?.forEach((r, i) => {
      expectSpan(r, text, startOf(text, "role: ", "deputy-head", i + 1), "deputy-head");
    });
  });

  it("below a min (an inline blueprint): bound min, at the unit's id", () => {
    const text = `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: mini
  roles: { boss: { title: Boss }, clerk: { title: Clerk } }
  unitTypes:
    office:
      title: Office
      level: 1
      headRole: boss
      roles: [boss, clerk]
      limits: { clerk: { min: 2 } }
units:
  - { id: o1, type: office, name: 办公室 }
people:
  - { id: p1, name: 甲, unit: o1, role: boss }
  - { id: p2, name: 乙, unit: o1, role: clerk }
`;
    const d = one(parse(text), "limits");
    expectData(d, { unit: "o1", type: "office", role: "clerk", posts: 1, bound: "min", limit: 2 });
    expectSpan(d, text, startOf(text, "id: ", "o1"), "o1");
  });
});

describe("fte-overallocated", () => {
  it("{ person, fte: 1.5, max: 1 }, at the fte of the also post that goes over", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
  - id: "100002"
    name: 李明
    unit: hq
    role: deputy-head
    also: [{ unit: bj, role: deputy-head, fte: 0.5 }]
  - { id: "110001", name: 张伟, unit: bj, role: department-head }
`;
    const d = one(parse(text), "fte-overallocated");
    expectData(d, { person: "100002", fte: 1.5, max: 1 });
    expectSpan(d, text, startOf(text, "fte: ", "0.5"), "0.5");
    expect(d.path).toEqual(["people", 1, "also", 0, "fte"]);
  });

  it("the sum is rounded to 6 decimals", () => {
    const text = skeleton({
      people: `  - { id: "1", name: 甲, unit: team, role: renewal-specialist, fte: 0.7, also: [{ unit: sb, role: renewal-specialist, fte: 0.1 }, { unit: sb, role: general-admin, fte: 0.2000001 }] }\n`,
    });
    const d = one(parse(text), "fte-overallocated");
    expectData(d, { person: "1", fte: 1, max: 1 });
    expectSpan(d, text, startOf(text, "fte: ", "0.2000001"), "0.2000001");
  });
});

// --- staffing demand ------------------------------------------------------------------

/**
 * An inline blueprint with two drivers, three roles and two unit types (a desk may sit in
 * an office or in another desk); `norms` (blueprint norms, indented by four spaces) and
 * the rest of the file (org-level keys, units, people) are added by each test.
 */
function demandOrg(norms: string, rest: string): string {
  return `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: demand
  roles: { boss: { title: Boss }, lead: { title: Lead }, clerk: { title: Clerk } }
  unitTypes:
    office: { title: Office, level: 1, headRole: boss, roles: [boss, lead, clerk], plan: { boss: 1 } }
    desk: { title: Desk, level: 2, parents: [office, desk], headRole: lead, roles: [lead, clerk] }
  drivers:
    premium-due: { title: Premium due, unit: 万元 }
    orphans: { title: Orphan policies }
${norms === "" ? "" : `  norms:\n${norms}`}${rest}`;
}

const codesOf = (r: { diagnostics: readonly Diagnostic[] }) => r.diagnostics.map((d) => d.code);

describe("unknown-driver", () => {
  it("a unit's drivers key: { driver, blueprint, unit, suggestion }, the range is the key", () => {
    const text = demandOrg(
      "",
      `units:
  - { id: o, type: office, name: 办公室 }
  - { id: d1, type: desk, name: 一号, parent: o, drivers: { premium-due: 100, premium-dew: 5 } }
  - { id: d2, type: desk, name: 二号, parent: o, drivers: { widgets: 7 } }
people:
  - { id: "1", name: 甲, unit: o, role: boss }
`,
    );
    const r = parse(text);
    expect(codesOf(r)).toEqual(["unknown-driver", "unknown-driver"]);

    const near = one(r, "unknown-driver", (d) => d.data.unit === "d1");
    expectData(near, { driver: "premium-dew", blueprint: "demand", unit: "d1", suggestion: "premium-due" });
    expectSpan(near, text, startOf(text, "100, ", "premium-dew"), "premium-dew");
    expect(near.path).toEqual(["units", 1, "drivers", "premium-dew"]);
    expect(near.hint).toBe('did you mean "premium-due"?');

    // Nothing close: no suggestion, and the hint lists the blueprint's drivers.
    const far = one(r, "unknown-driver", (d) => d.data.unit === "d2");
    expectData(far, { driver: "widgets", blueprint: "demand", unit: "d2", suggestion: null });
    expectSpan(far, text, startOf(text, "{ ", "widgets"), "widgets");
    expect(far.path).toEqual(["units", 2, "drivers", "widgets"]);
    expect(far.hint).toContain("premium-due");
    expect(far.hint).toContain("orphans");
  });

  it("a norm's driver term, in the blueprint's norms and in the org's norms: unit null, at the driver value", () => {
    const text = demandOrg(
      "    - { role: clerk, in: [desk], per: [{ driver: premium-due, rate: 1000 }, { driver: orphanz, rate: 10 }] }\n",
      `norms:
  - { role: lead, in: [desk], per: [{ driver: premium-dues, rate: 500 }] }
units:
  - { id: o, type: office, name: 办公室 }
people:
  - { id: "1", name: 甲, unit: o, role: boss }
`,
    );
    const r = parse(text);
    expect(codesOf(r)).toEqual(["unknown-driver", "unknown-driver"]);

    const inBlueprint = one(r, "unknown-driver", (d) => d.data.driver === "orphanz");
    expectData(inBlueprint, { driver: "orphanz", blueprint: "demand", unit: null, suggestion: "orphans" });
    expectSpan(inBlueprint, text, startOf(text, "driver: ", "orphanz"), "orphanz");
    expect(inBlueprint.path).toEqual(["blueprint", "norms", 0, "per", 1, "driver"]);

    const inOrg = one(r, "unknown-driver", (d) => d.data.driver === "premium-dues");
    expectData(inOrg, { driver: "premium-dues", blueprint: "demand", unit: null, suggestion: "premium-due" });
    expectSpan(inOrg, text, startOf(text, "driver: ", "premium-dues"), "premium-dues");
    expect(inOrg.path).toEqual(["norms", 0, "per", 0, "driver"]);
  });
});

describe("driver-missing", () => {
  // One clerk per 1000 of premium-due in every desk. Periods given: 2013 and 2014, so the
  // default period is 2014.
  //   d1  { 2013: 1200, 2014: 1800 }   has it for 2014
  //   d2  500 (a plain amount)          counts for every period: has it
  //   d3  { 2013: 900 }                 nothing for 2014, nor below: driver-missing, period 2014
  //   d4  (none)                        d5 below it has it for 2014: not missing
  //   d5  { 2014: 300 }
  const text = demandOrg(
    "    - { role: clerk, in: [desk], per: [{ driver: premium-due, rate: 1000 }] }\n",
    `rules: { plan-below-norm: off }
units:
  - { id: o, type: office, name: 办公室 }
  - { id: d1, type: desk, name: 一号, parent: o, drivers: { premium-due: { "2013": 1200, "2014": 1800 } } }
  - { id: d2, type: desk, name: 二号, parent: o, drivers: { premium-due: 500 } }
  - { id: d3, type: desk, name: 三号, parent: o, drivers: { premium-due: { "2013": 900 } } }
  - { id: d4, type: desk, name: 四号, parent: o }
  - { id: d5, type: desk, name: 五号, parent: d4, drivers: { premium-due: { "2014": 300 } } }
people:
  - { id: "1", name: 甲, unit: o, role: boss }
`,
  );

  it("{ unit, role, driver, period }, at the unit's id: a period map without the default period", () => {
    const r = parse(text);
    expect(codesOf(r)).toEqual(["driver-missing"]);
    const d = one(r, "driver-missing");
    expectData(d, { unit: "d3", role: "clerk", driver: "premium-due", period: "2014" });
    expectSpan(d, text, startOf(text, "id: ", "d3"), "d3");
    expect(d.path).toEqual(["units", 3, "id"]);
  });

  it("the term then counts 0; a plain amount counts for the default period; a subtree total counts", () => {
    const rows = parse(text).org?.demand().rows ?? [];
    // `+ 0` reads -0 as 0 (toEqual tells them apart; the count is 0 either way).
    const required = (unit: string) =>
      (rows.find((row) => row.unit === unit && row.role === "clerk")?.required ?? NaN) + 0;
    // ceil(1800/1000), ceil(500/1000), 0, ceil(300/1000) (d5's amount, in d4's subtree), ceil(300/1000)
    expect(["d1", "d2", "d3", "d4", "d5"].map(required)).toEqual([2, 1, 0, 1, 1]);
  });

  it("plain amounts only: period null; a driver no unit gives at all is missing where the norm applies", () => {
    const plain = demandOrg(
      "    - { role: clerk, in: [desk], per: [{ driver: premium-due, rate: 1000 }, { driver: orphans, rate: 10 }] }\n",
      `rules: { plan-below-norm: off }
units:
  - { id: o, type: office, name: 办公室 }
  - { id: d1, type: desk, name: 一号, parent: o, drivers: { premium-due: 800 } }
people:
  - { id: "1", name: 甲, unit: o, role: boss }
`,
    );
    const d = one(parse(plain), "driver-missing");
    expectData(d, { unit: "d1", role: "clerk", driver: "orphans", period: null });
    expectSpan(d, plain, startOf(plain, "id: ", "d1"), "d1");
  });
});

describe("norm-cycle", () => {
  it("lead counts clerk, clerk counts lead (the blueprint's norms): { roles: [lead, clerk] }, at lead's term naming clerk", () => {
    const text = demandOrg(
      `    - { role: lead, in: [desk], per: [{ role: clerk, rate: 8 }] }
    - { role: clerk, in: [desk], per: [{ role: lead, rate: 1 }] }
`,
      `units:
  - { id: o, type: office, name: 办公室 }
people:
  - { id: "1", name: 甲, unit: o, role: boss }
`,
    );
    const r = parse(text);
    expect(codesOf(r)).toEqual(["norm-cycle"]);
    const d = one(r, "norm-cycle");
    expectData(d, { roles: ["lead", "clerk"] });
    expectSpan(d, text, startOf(text, "per: [{ role: ", "clerk"), "clerk");
    expect(d.path).toEqual(["blueprint", "norms", 0, "per", 0, "role"]);
    expect(r.ok).toBe(false);
  });

  it("a norm counting its own role, in the org's norms after one that is not on a cycle: { roles: [lead] }", () => {
    const text = demandOrg(
      "",
      `norms:
  - { role: boss, in: [office], per: [{ role: lead, rate: 10 }] }
  - { role: lead, in: [desk], per: [{ units: desk, rate: 4 }, { role: lead, rate: 8 }] }
units:
  - { id: o, type: office, name: 办公室 }
people:
  - { id: "1", name: 甲, unit: o, role: boss }
`,
    );
    const d = one(parse(text), "norm-cycle");
    expectData(d, { roles: ["lead"] });
    expectSpan(d, text, startOf(text, "{ role: ", "lead, rate: 8"), "lead");
    expect(d.path).toEqual(["norms", 1, "per", 1, "role"]);
  });
});

describe("plan-below-norm", () => {
  // One clerk per 1000 of premium-due in every desk, rounded up; default period 2014.
  //   d1  2500 (plain)                    requires 3, its plan says 2: at its plan entry
  //   d2  { 2013: 800, 2014: 1200 }       requires 2, no plan for clerk (0): at its id
  //   d3  1000 (plain), plan clerk 1      requires 1: met
  const text = demandOrg(
    "    - { role: clerk, in: [desk], per: [{ driver: premium-due, rate: 1000 }] }\n",
    `units:
  - { id: o, type: office, name: 办公室 }
  - { id: d1, type: desk, name: 一号, parent: o, drivers: { premium-due: 2500 }, plan: { clerk: 2 } }
  - { id: d2, type: desk, name: 二号, parent: o, drivers: { premium-due: { "2013": 800, "2014": 1200 } } }
  - { id: d3, type: desk, name: 三号, parent: o, drivers: { premium-due: 1000 }, plan: { clerk: 1 } }
people:
  - { id: "1", name: 甲, unit: o, role: boss }
  - { id: "2", name: 乙, unit: d1, role: clerk }
  - { id: "3", name: 丙, unit: d1, role: clerk }
  - { id: "4", name: 丁, unit: d3, role: clerk }
`,
  );

  it("{ unit, role, planned, required, period }: at the unit's own plan entry for the role", () => {
    const r = parse(text);
    expect(codesOf(r)).toEqual(["plan-below-norm", "plan-below-norm"]);
    const d = one(r, "plan-below-norm", (x) => x.data.unit === "d1");
    expectData(d, { unit: "d1", role: "clerk", planned: 2, required: 3, period: "2014" });
    expectSpan(d, text, startOf(text, "clerk: ", "2"), "2");
    expect(d.path).toEqual(["units", 1, "plan", "clerk"]);
    expect(r.ok).toBe(true);
  });

  it("no plan for the role: planned 0, at the unit's id", () => {
    const d = one(parse(text), "plan-below-norm", (x) => x.data.unit === "d2");
    expectData(d, { unit: "d2", role: "clerk", planned: 0, required: 2, period: "2014" });
    expectSpan(d, text, startOf(text, "id: ", "d2"), "d2");
    expect(d.path).toEqual(["units", 2, "id"]);
  });

  it("fixed, min, max and round: floor, worked out by hand", () => {
    const bounded = demandOrg(
      `    - { role: clerk, in: [desk], per: [{ driver: premium-due, rate: 1000 }], round: floor, min: 2, max: 4 }
    - { role: lead, in: [desk], fixed: 1 }
`,
      `units:
  - { id: o, type: office, name: 办公室 }
  - { id: d1, type: desk, name: 一号, parent: o, drivers: { premium-due: 9900 }, plan: { clerk: 3 } }
  - { id: d2, type: desk, name: 二号, parent: o, drivers: { premium-due: 100 }, plan: { clerk: 1, lead: 1 } }
people:
  - { id: "1", name: 甲, unit: o, role: boss }
  - { id: "2", name: 乙, unit: d1, role: clerk }
  - { id: "3", name: 丙, unit: d1, role: clerk }
  - { id: "4", name: 丁, unit: d1, role: clerk }
  - { id: "5", name: 戊, unit: d2, role: lead }
  - { id: "6", name: 己, unit: d2, role: clerk }
`,
    );
    const r = parse(bounded);
    const found = all(r, "plan-below-norm").map((d) => d.data);
    // d1: floor(9.9) = 9, max 4; plan 3. d1 lead: fixed 1, no plan (0), at its id.
    // d2: floor(0.1) = 0, min 2; plan 1. d2 lead: fixed 1, plan 1 (met).
    expect(found).toEqual([
      { unit: "d1", role: "lead", planned: 0, required: 1, period: null },
      { unit: "d1", role: "clerk", planned: 3, required: 4, period: null },
      { unit: "d2", role: "clerk", planned: 1, required: 2, period: null },
    ]);
  });
});

describe("over-plan-total", () => {
  it("{ unit, planTotal, posts, over }, at the planTotal value; an also post in the subtree counts", () => {
    // o's subtree: the boss's post in o, the boss's also post in d1, two clerks in d1 = 4
    // posts, planTotal 3. d1's: 3 posts, planTotal 5 (within).
    const text = demandOrg(
      "",
      `units:
  - { id: o, type: office, name: 办公室, planTotal: 3 }
  - { id: d1, type: desk, name: 一号, parent: o, planTotal: 5 }
people:
  - { id: "1", name: 甲, unit: o, role: boss, also: [{ unit: d1, role: lead }] }
  - { id: "2", name: 乙, unit: d1, role: clerk }
  - { id: "3", name: 丙, unit: d1, role: clerk }
`,
    );
    const r = parse(text);
    expect(codesOf(r)).toEqual(["over-plan-total"]);
    const d = one(r, "over-plan-total");
    expectData(d, { unit: "o", planTotal: 3, posts: 4, over: 1 });
    expectSpan(d, text, startOf(text, "planTotal: ", "3"), "3");
    expect(d.path).toEqual(["units", 0, "planTotal"]);
    // Without the also post the subtree holds 3: within its planTotal.
    expect(codesOf(parse(text.replace(", also: [{ unit: d1, role: lead }]", "")))).toEqual([]);
  });
});

// --- include --------------------------------------------------------------------------

describe("include", () => {
  const BODY = `units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "100001", name: 王建国, unit: hq, role: department-head }
`;
  const BJ = `units:
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq }
people:
  - { id: "110001", name: 张伟, unit: bj, role: department-head }
`;

  it("text input cannot include: no-files, at the include entry", () => {
    const text = `${RC}include: [branches/bj.yaml]\n${BODY}`;
    const d = one(parseOrg(text, { filename: "org.yaml" }), "include");
    expectData(d, { reason: "no-files", pattern: "branches/bj.yaml", file: null, errno: null });
    expectSpan(d, text, startOf(text, "[", "branches/bj.yaml"), "branches/bj.yaml");
    expect(d.file).toBe("org.yaml");
    expect(d.path).toEqual(["include", 0]);
  });

  it("../x.yaml from the root file's folder: escapes", () => {
    const text = `${RC}include: [../x.yaml]\n${BODY}`;
    const d = one(parseOrg({ root: "org.yaml", files: { "org.yaml": text } }), "include");
    expectData(d, { reason: "escapes", pattern: "../x.yaml", file: null, errno: null });
    expectSpan(d, text, startOf(text, "[", "../x.yaml"), "../x.yaml");
  });

  it("../x.yaml from the root file's folder, with an x.yaml beside the root file: escapes, not read", () => {
    const text = `${RC}include: [../x.yaml]\n${BODY}`;
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": text, "x.yaml": BJ } });
    const d = one(r, "include");
    expectData(d, { reason: "escapes", pattern: "../x.yaml", file: null, errno: null });
    expect(r.files).not.toContain("x.yaml");
  });

  it("../x.yaml from a root file on disk (loadOrg): escapes", () => {
    const text = `${RC}include: [../x.yaml]\n${BODY}`;
    const dir = tempTree({ "org/org.yaml": text });
    const d = one(loadOrgSync(join(dir, "org", "org.yaml")), "include");
    expectData(d, { reason: "escapes", pattern: "../x.yaml", file: null, errno: null });
    expectSpan(d, text, startOf(text, "[", "../x.yaml"), "../x.yaml");
  });

  it("../x.yaml from a root file in a folder, the file existing outside it: escapes", () => {
    const text = `${RC}include: [../x.yaml]\n${BODY}`;
    const r = parseOrg({ root: "org/org.yaml", files: { "org/org.yaml": text, "x.yaml": BJ } });
    const d = one(r, "include");
    expectData(d, { reason: "escapes", pattern: "../x.yaml", file: null, errno: null });
    expect(d.file).toBe("org/org.yaml");
    expectSpan(d, text, startOf(text, "[", "../x.yaml"), "../x.yaml");
  });

  it("a glob matching nothing: no-match", () => {
    const text = `${RC}include: [branches/*.yml]\n${BODY}`;
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": text, "branches/bj.yaml": BJ } });
    const d = one(r, "include");
    expectData(d, { reason: "no-match", pattern: "branches/*.yml", file: null, errno: null });
    expectSpan(d, text, startOf(text, "[", "branches/*.yml"), "branches/*.yml");
  });

  it("no such file: missing", () => {
    const text = `${RC}include: [branches/missing.yaml]\n${BODY}`;
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": text, "branches/bj.yaml": BJ } });
    const d = one(r, "include");
    expectData(d, { reason: "missing", pattern: "branches/missing.yaml", file: null, errno: null });
    expectSpan(d, text, startOf(text, "[", "branches/missing.yaml"), "branches/missing.yaml");
  });

  it("a.yaml → b.yaml → a.yaml: cycle, at b.yaml's entry, file a.yaml", () => {
    const root = `${RC}include: [a.yaml]\n${BODY}`;
    const a = "include: [b.yaml]\n";
    const b = "people: []\ninclude: [a.yaml]\n";
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": root, "a.yaml": a, "b.yaml": b } });
    const d = one(r, "include");
    expectData(d, { reason: "cycle", pattern: "a.yaml", file: "a.yaml", errno: null });
    expect(d.file).toBe("b.yaml");
    expectSpan(d, b, startOf(b, "[", "a.yaml"), "a.yaml");
    expect(d.path).toEqual(["include", 0]);
  });

  it("a file reached twice: repeat, at the entry that reaches it again", () => {
    const text = `${RC}include: [branches/bj.yaml, branches/*.yaml]\n${BODY}`;
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": text, "branches/bj.yaml": BJ } });
    const d = one(r, "include");
    expectData(d, { reason: "repeat", pattern: "branches/*.yaml", file: "branches/bj.yaml", errno: null });
    expectSpan(d, text, startOf(text, ", ", "branches/*.yaml"), "branches/*.yaml");
    expect(d.path).toEqual(["include", 1]);
    expect(d.related).toHaveLength(1);
  });

  it("repeat: related points at the top of the file already read (include.md, Position)", () => {
    const text = `${RC}include: [branches/bj.yaml, branches/*.yaml]\n${BODY}`;
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": text, "branches/bj.yaml": BJ } });
    const first = one(r, "include").related?.[0];
    expect(first).toMatchObject({ file: "branches/bj.yaml", line: 1, column: 1, offset: 0 });
  });

  it("include: notes.txt → not-an-org-file", () => {
    const text = `${RC}include: notes.txt\n${BODY}`;
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": text, "notes.txt": "a note\n" } });
    const d = one(r, "include");
    expectData(d, { reason: "not-an-org-file", pattern: "notes.txt", file: "notes.txt", errno: null });
    expectSpan(d, text, startOf(text, "include: ", "notes.txt"), "notes.txt");
    expect(d.path).toEqual(["include"]);
  });

  it("blueprint: missing.yaml among the files → blueprint-missing, at the blueprint value", () => {
    const text = `orgspec: 1\nblueprint: missing.yaml\n${BODY}`;
    const d = one(parseOrg({ root: "org.yaml", files: { "org.yaml": text } }), "include");
    expectSpan(d, text, startOf(text, "blueprint: ", "missing.yaml"), "missing.yaml");
    expect(d.path).toEqual(["blueprint"]);
    // No such file, so no "file concerned" (as for an include that is `missing`).
    expectData(d, { reason: "blueprint-missing", pattern: "missing.yaml", file: null, errno: null });
  });

  it("a blueprint path in text input with no files (the browser entry, no file system): no-files", async () => {
    // A fresh module graph: the Node entry imported above set Node's fs as the default.
    vi.resetModules();
    const core = await import("orgspec/core");
    const text = `orgspec: 1\nblueprint: bp/blueprint.yaml\n${BODY}`;
    const r = core.parseOrg(text, { filename: "org.yaml" });
    const d = one(r, "include");
    expectData(d, { reason: "no-files", pattern: "bp/blueprint.yaml", file: null, errno: null });
    expectSpan(d, text, startOf(text, "blueprint: ", "bp/blueprint.yaml"), "bp/blueprint.yaml");
  });

  it("offsets in an included file given as UTF-8 bytes count UTF-16 code units", () => {
    const root = `${RC}include: [branches/bj.yaml]\n${BODY}`;
    const bj = `${BJ}  - { id: "110002", name: 𠮷田李明, unit: bj, role: deputy-head, reportsTo: "11000l" }\n`;
    const r = parseOrg({
      root: "org.yaml",
      files: { "org.yaml": root, "branches/bj.yaml": new TextEncoder().encode(bj) },
    });
    const d = one(r, "unknown-reference");
    expect(d.file).toBe("branches/bj.yaml");
    expectSpan(d, bj, startOf(bj, "reportsTo: ", '"11000l"'), '"11000l"');
  });
});

// --- importCsv ------------------------------------------------------------------------

describe("importCsv: import-skipped and import-guessed", () => {
  const LINES = [
    "Employee ID,Full Name,Manager ID,Department,Job Title,Email",
    "100001,王建国,,总公司保费部,部门负责人,wang@example.com",
    "110001,张伟,100001,北京分公司保费部,部门负责人,",
    "110401,苏建华,110001,东城支公司保费部,Department head,",
    "110411,蒋涛,110401,东城个续组,组长,",
    "110412,蔡琳,110411,东城个续组,续收专员,",
    "E 77,李四,110411,东城个续组,Chief Dreamer,",
    "110412,重复,110411,东城个续组,续收专员,",
    "110414,王五,999999,东城个续组,续收专员,",
    "110415,短行",
    "110416,,110411,东城个续组,续收专员,",
    "110417,自己,110417,东城个续组,续收专员,",
  ];
  const CSV = `${LINES.join("\n")}\n`;

  function blueprint(): NonNullable<Org["blueprint"]> {
    const org = parseOrg(skeleton()).org as Org;
    return org.blueprint as NonNullable<Org["blueprint"]>;
  }

  /** The diagnostic spans line `n` (1-based) of the CSV, and names the file. */
  function expectLine(d: Diagnostic, n: number, file = "hris.csv"): void {
    const line = LINES[n - 1] as string;
    const start = LINES.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
    expect(d.file).toBe(file);
    expect(d.line).toBe(n);
    expectSpan(d, CSV, start, line);
    expect(CSV.slice(d.offset, d.endOffset)).toBe(line);
  }

  it("notes each thing left out or guessed, with its data, spanning its line", () => {
    const result = importCsv(CSV, { blueprint: blueprint(), source: "hris.csv" });
    expect(result.error).toBeUndefined();
    const skipped = (reason: string) => one(result, "import-skipped", (d) => d.data.reason === reason);
    const guessed = (reason: string) => one(result, "import-guessed", (d) => d.data.reason === reason);

    const column = skipped("not-imported");
    expectData(column, { what: "column", reason: "not-imported", id: null, value: "Email" });
    expectLine(column, 1);

    const rewritten = guessed("id-rewritten");
    expectData(rewritten, { reason: "id-rewritten", id: "E-77", chosen: "E-77", candidates: ["E 77"] });
    expectLine(rewritten, 7);

    const asIs = guessed("role-as-is");
    expectData(asIs, { reason: "role-as-is", id: "E-77", chosen: "Chief Dreamer", candidates: [] });
    expectLine(asIs, 7);

    const again = skipped("duplicate-person");
    expectData(again, { what: "row", reason: "duplicate-person", id: "110412", value: null });
    expectLine(again, 8);

    const manager = skipped("manager-missing");
    expectData(manager, { what: "value", reason: "manager-missing", id: "110414", value: "999999" });
    expectLine(manager, 9);

    const short = skipped("cell-count");
    expectData(short, { what: "row", reason: "cell-count", id: null, value: null });
    expectLine(short, 10);

    const name = guessed("name-from-id");
    expectData(name, { reason: "name-from-id", id: "110416", chosen: "110416", candidates: [] });
    expectLine(name, 11);

    const self = skipped("self-manager");
    expectData(self, { what: "value", reason: "self-manager", id: "110417", value: "110417" });
    expectLine(self, 12);

    expect(result.diagnostics.every((d) => d.code === "import-skipped" || d.code === "import-guessed")).toBe(true);
  });

  it("file is <input> without a source", () => {
    const result = importCsv(CSV, { blueprint: blueprint() });
    const short = one(result, "import-skipped", (d) => d.data.reason === "cell-count");
    expectLine(short, 10, "<input>");
  });
});

// --- the json report ------------------------------------------------------------------

const BASE_KEYS = [
  "code",
  "severity",
  "message",
  "file",
  "line",
  "column",
  "endLine",
  "endColumn",
  "offset",
  "endOffset",
  "path",
  "data",
];

interface JsonDiag {
  code: string;
  offset: number;
  endOffset: number;
  data: unknown;
  hint?: string;
  related?: Array<Record<string, unknown>>;
}

/** Keys in the contract's order, then hint and related when present. */
function expectKeyOrder(d: JsonDiag): void {
  const wanted = [...BASE_KEYS];
  if (d.hint !== undefined) wanted.push("hint");
  if (d.related !== undefined) wanted.push("related");
  expect(Object.keys(d), d.code).toEqual(wanted);
}

const JSON_ORG = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "2110", name: 王建国, unit: hq, role: department-head }
  - { id: "2111", name: 李明, unit: hq, role: deputy-head, reportsTo: 2l10 }
  - { id: "2111", name: 李敏, unit: hq, role: deputy-head }
`;

function checkJsonReport(report: { diagnostics: JsonDiag[] }): void {
  const ref = report.diagnostics.find((d) => d.code === "unknown-reference");
  const dup = report.diagnostics.find((d) => d.code === "duplicate-id");
  expect(ref, JSON.stringify(report)).toBeDefined();
  expect(dup, JSON.stringify(report)).toBeDefined();
  if (!ref || !dup) return;

  const refStart = startOf(JSON_ORG, "reportsTo: ", "2l10");
  expect({ offset: ref.offset, endOffset: ref.endOffset }).toEqual({ offset: refStart, endOffset: refStart + 4 });
  expect(JSON_ORG.slice(ref.offset, ref.endOffset)).toBe("2l10");
  expect(ref.data).toEqual({ kind: "person", id: "2l10", field: "reportsTo", suggestion: "2110" });
  expect(ref.hint).toBeDefined();
  expectKeyOrder(ref);

  const dupStart = startOf(JSON_ORG, "id: ", '"2111"', 2);
  expect({ offset: dup.offset, endOffset: dup.endOffset }).toEqual({ offset: dupStart, endOffset: dupStart + 6 });
  expect(dup.data).toEqual({ kind: "person", id: "2111" });
  expect(dup.related).toHaveLength(1);
  expectKeyOrder(dup);
  const firstStart = startOf(JSON_ORG, "id: ", '"2111"', 1);
  expect(dup.related?.[0]).toMatchObject({ file: "org.yaml", offset: firstStart, endOffset: firstStart + 6 });
  expect(Object.keys(dup.related?.[0] ?? {})).toEqual(["file", "line", "column", "offset", "endOffset", "message"]);

  for (const d of report.diagnostics) expectKeyOrder(d);
}

describe("--format json", () => {
  beforeAll(requireCli);

  it("orgspec validate --format json: offset, endOffset and data per diagnostic, keys in order", () => {
    const dir = tempTree({ "org.yaml": JSON_ORG });
    const run = runCli(["validate", "org.yaml", "--format", "json"], { cwd: dir });
    expect(run.status, run.stderr).toBe(1);
    checkJsonReport(JSON.parse(run.stdout));
  });

  it("formatResult(result, 'json') is the same report", () => {
    const result = parseOrg({ root: "org.yaml", files: { "org.yaml": JSON_ORG } });
    checkJsonReport(JSON.parse(formatResult(result, "json")));
  });
});

describe("unreached-file (validate's folder mode)", () => {
  it("data: the file as displayed, and why it counts as an org file", () => {
    const dir = tempTree({
      "org/org.yaml": skeleton(),
      "org/branches/lost.yaml": "people: []\n",
      "org/broken.yaml": "a: [1,\n",
    });
    const run = runCli(["validate", "org", "--format", "json"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
    expectData(
      one(report, "unreached-file", (d) => d.file === "org/branches/lost.yaml"),
      {
        file: "org/branches/lost.yaml",
        reason: "not-included",
      },
    );
    expectData(
      one(report, "unreached-file", (d) => d.file === "org/broken.yaml"),
      {
        file: "org/broken.yaml",
        reason: "does-not-parse",
      },
    );
  });
});

// --- every code -----------------------------------------------------------------------

describe("coverage", () => {
  it("every code of DIAGNOSTIC_CODES had its data asserted above", () => {
    expect([...covered].sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });
});

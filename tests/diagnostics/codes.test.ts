/**
 * Every diagnostic code of format.md on small inline orgs: code, severity, file, line, column
 * (UTF-16 code units), path, hint and related, and the severity overrides of `rules`.
 */
import { join } from "node:path";
import { type Diagnostic, loadOrg, parseOrg } from "orgspec";
import { afterAll, describe, expect, it } from "vitest";
import {
  byPosition,
  codes,
  type Loc,
  loc,
  only,
  parse,
  pos,
  RC,
  removeTempTrees,
  summary,
  tempTree,
  withCode,
} from "../helpers/org.js";
import { skeleton } from "../helpers/skeleton.js";

afterAll(removeTempTrees);

/** The place, severity and path of a diagnostic, for one `toEqual`. */
function where(d: Diagnostic) {
  return { code: d.code, severity: d.severity, file: d.file, line: d.line, column: d.column, path: d.path };
}

function at(text: string, needle: string, nth = 1): Loc & { file: string } {
  return { file: "t.yaml", ...loc(text, needle, nth) };
}

describe("yaml-syntax", () => {
  it("is pinned where the parser notices an unclosed flow mapping", () => {
    const text = `${RC}units:
  - id: hq
    type: hq-premium-dept
    name: 总公司保费部
    meta: { city: 北京
people: []
`;
    const r = parse(text);
    const d = only(r, "yaml-syntax");
    expect(where(d)).toEqual({ code: "yaml-syntax", severity: "error", file: "t.yaml", line: 8, column: 1, path: [] });
    expect(r.ok).toBe(false);
    expect(r.org).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
  });

  it("reports every syntax error of a file, each with its own position", () => {
    const text = `${RC}units: [a, b
people: { x: 1 ]
extra: "open
`;
    const r = parse(text);
    const found = withCode(r, "yaml-syntax");
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.every((d) => d.severity === "error" && d.file === "t.yaml")).toBe(true);
    const lines = new Set(found.map((d) => d.line));
    expect(lines.size).toBeGreaterThanOrEqual(2);
    expect(found.map(pos)).toEqual([
      { line: 4, column: 1 },
      { line: 4, column: 16 },
      { line: 6, column: 1 },
    ]);
    expect(r.diagnostics.every((d) => d.code === "yaml-syntax")).toBe(true);
  });

  it("reports a duplicate key at the repeated key", () => {
    const text = skeleton().replace("    parent: bj\n", "    parent: bj\n    parent: hq\n");
    const d = only(parse(text), "yaml-syntax");
    expect(pos(d)).toEqual(loc(text, "parent: hq", 2));
    expect(d.message).toMatch(/duplicate key/i);
  });
});

describe("schema", () => {
  it("an unknown field is an error at the key, with a did-you-mean hint (reportTo → reportsTo)", () => {
    const text = skeleton({
      people: `  - id: "100002"\n    name: 李明\n    unit: hq\n    role: deputy-head\n    reportTo: "100001"\n`,
    });
    const r = parse(text);
    const d = only(r, "schema");
    expect(where(d)).toEqual({
      code: "schema",
      severity: "error",
      ...at(text, "reportTo"),
      path: ["people", 5, "reportTo"],
    });
    expect(d.hint).toBe('did you mean "reportsTo"?');
    expect(d.message).toContain("reportTo");
    expect(r.ok).toBe(false);
  });

  it("unknown fields in units, at the top level and in also posts get hints too", () => {
    const text = `${RC}peple: []
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, parnet: x }
people:
  - { id: "1", name: A, unit: hq, role: department-head, also: [{ unit: hq, rol: deputy-head }] }
`;
    const found = withCode(parse(text), "schema");
    const byKey = (key: string) => found.find((d) => d.path.at(-1) === key);
    expect(byKey("peple")).toMatchObject({ ...at(text, "peple"), path: ["peple"], hint: 'did you mean "people"?' });
    expect(byKey("parnet")).toMatchObject({
      ...at(text, "parnet"),
      path: ["units", 0, "parnet"],
      hint: 'did you mean "parent"?',
    });
    expect(byKey("rol")).toMatchObject({
      ...at(text, "rol:"),
      path: ["people", 0, "also", 0, "rol"],
      hint: 'did you mean "role"?',
    });
  });

  it("accepts any key inside meta", () => {
    const text = skeleton({
      people: `  - { id: "1", name: A, unit: team, role: renewal-specialist, meta: { reportTo: x, 城市: 北京 } }\n`,
    });
    expect(parse(text).diagnostics).toEqual([]);
  });

  it("a field of the wrong type names the field and what was expected", () => {
    const text = `${RC}units:
  - id: hq
    type: hq-premium-dept
    name: [1, 2]
`;
    const d = only(parse(text), "schema");
    expect(where(d)).toEqual({ code: "schema", severity: "error", ...at(text, "[1, 2]"), path: ["units", 0, "name"] });
    expect(d.message).toContain("name");
    expect(d.message).toMatch(/string/);
  });

  it("a missing required field names it", () => {
    const text = `${RC}units:
  - id: hq
    type: hq-premium-dept
`;
    const d = only(parse(text), "schema");
    expect(d.path).toEqual(["units", 0, "name"]);
    expect(d.message).toContain('"name"');
    expect(d.line).toBe(4);
  });

  it.each([
    ["fte: 2", "2"],
    ["fte: 0", "0"],
    ["fte: -0.5", "-0.5"],
  ])("%s is out of 0 < fte ≤ 1", (field, value) => {
    const text = skeleton({ people: `  - { id: "1", name: A, unit: team, role: renewal-specialist, ${field} }\n` });
    const d = only(parse(text), "schema");
    const key = loc(text, field);
    expect(where(d)).toEqual({
      code: "schema",
      severity: "error",
      file: "t.yaml",
      line: key.line,
      column: key.column + "fte: ".length,
      path: ["people", 5, "fte"],
    });
    expect(d.endColumn).toBe(key.column + "fte: ".length + value.length);
    expect(d.message).toContain("fte");
  });

  it("an also post's fte may be 0 but not above 1", () => {
    const ok = skeleton({
      people: `  - { id: "1", name: A, unit: team, role: renewal-specialist, also: [{ unit: sb, role: renewal-specialist, fte: 0 }] }\n`,
    });
    expect(codes(parse(ok))).toEqual([]);
    const text = ok.replace("fte: 0 }", "fte: 1.5 }");
    const d = only(parse(text), "schema");
    expect(d.path).toEqual(["people", 5, "also", 0, "fte"]);
    expect(pos(d)).toEqual(loc(text, "1.5"));
  });

  it("orgspec: 2 is an error at the version", () => {
    const text = "orgspec: 2\nblueprint: renewal-channel\n";
    const d = only(parse(text), "schema");
    expect(where(d)).toEqual({
      code: "schema",
      severity: "error",
      file: "t.yaml",
      line: 1,
      column: 10,
      path: ["orgspec"],
    });
  });

  it("a missing blueprint is named", () => {
    const d = only(parse("orgspec: 1\nunits: []\n"), "schema");
    expect(d.path).toEqual(["blueprint"]);
    expect(d.message).toContain("blueprint");
  });

  it("an unknown built-in blueprint name gets a did-you-mean hint", () => {
    const text = "orgspec: 1\nblueprint: renewal-chanel\n";
    const d = only(parse(text), "schema");
    expect(where(d)).toEqual({ code: "schema", severity: "error", ...at(text, "renewal-chanel"), path: ["blueprint"] });
    expect(d.hint).toBe('did you mean "renewal-channel"?');
  });

  it("an id outside the id alphabet is a schema error at the id", () => {
    const text = skeleton({ people: `  - { id: "a b", name: A, unit: team, role: renewal-specialist }\n` });
    const d = only(parse(text), "schema");
    expect(d.path).toEqual(["people", 5, "id"]);
    expect(pos(d)).toEqual(loc(text, '"a b"'));
  });

  it("ids: any script, up to 64 characters; longer, empty or with other characters is an error", () => {
    const long = "a".repeat(64);
    const text = `${RC}units:
  - { id: 北京分公司, type: hq-premium-dept, name: 总公司 }
people:
  - { id: ${long}, name: A, unit: 北京分公司, role: department-head }
  - { id: ${long}b, name: B, unit: 北京分公司, role: deputy-head }
  - { id: "", name: C, unit: 北京分公司, role: deputy-head }
  - { id: "a/b", name: D, unit: 北京分公司, role: deputy-head }
`;
    const r = parse(text);
    expect(withCode(r, "schema").map((d) => d.path)).toEqual([
      ["people", 1, "id"],
      ["people", 2, "id"],
      ["people", 3, "id"],
    ]);
    expect(codes(r)).toEqual(["schema"]);
    expect(r.org?.person(long).unit).toBe("北京分公司");
  });

  it("an unknown field in org: gets a hint", () => {
    const text = skeleton({ top: "org: { id: x, nmae: y }\n" });
    const d = only(parse(text), "schema");
    expect(d).toMatchObject({ ...loc(text, "nmae"), path: ["org", "nmae"], hint: 'did you mean "name"?' });
  });

  it("a bad severity in rules names the field and what was expected", () => {
    const text = skeleton({ top: "rules: { vacancy: of }\n" });
    const d = only(parse(text), "schema");
    expect(where(d)).toEqual({ code: "schema", severity: "error", ...at(text, "of }"), path: ["rules", "vacancy"] });
    expect(d.message).toContain("vacancy");
    // format.md: the message names the field and what was expected (a severity, e.g. "off").
    expect(d.message).toMatch(/off/);
  });

  it("an unknown rule name is an unknown field", () => {
    const text = skeleton({ top: "rules: { vacancies: off }\n" });
    const d = only(parse(text), "schema");
    expect(d.path).toEqual(["rules", "vacancies"]);
    expect(d.hint).toBe('did you mean "vacancy"?');
  });
});

describe("duplicate-id", () => {
  it("a person id used again is reported at the repeat, the first in related", () => {
    const text = skeleton({ people: `  - { id: "110412", name: 贾宁, unit: team, role: renewal-specialist }\n` });
    const d = only(parse(text), "duplicate-id");
    expect(where(d)).toEqual({
      code: "duplicate-id",
      severity: "error",
      ...at(text, '"110412"', 2),
      path: ["people", 5, "id"],
    });
    expect(d.related).toHaveLength(1);
    expect(d.related?.[0]).toMatchObject({ file: "t.yaml", ...loc(text, '"110412"', 1) });
    expect(d.message).toContain("110412");
  });

  it("a unit id used again is reported at the repeat; units and people are separate namespaces", () => {
    const text = skeleton({
      units: "  - id: team\n    type: bank-renewal-team\n    name: 东城银续组\n    parent: sb\n",
      people: `  - { id: hq, name: 同名, unit: team, role: renewal-specialist }\n`,
    });
    const r = parse(text);
    const d = only(r, "duplicate-id");
    const repeat = loc(text, "id: team", 2);
    expect(where(d)).toEqual({
      code: "duplicate-id",
      severity: "error",
      file: "t.yaml",
      line: repeat.line,
      column: repeat.column + "id: ".length,
      path: ["units", 4, "id"],
    });
    expect(d.related?.map(pos)).toEqual([loc(text, "team", 1)]);
  });
});

describe("unknown-reference", () => {
  const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, head: "2l10" }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hqq }
people:
  - { id: "2110", name: 王建国, unit: hq, role: department-head }
  - { id: "2", name: 李明, unit: hx, role: deputy-head, reportsTo: 2l10 }
  - { id: "3", name: 赵丽, unit: hq, role: deputy-head, dottedLines: ["2111"], also: [{ unit: bjj, role: deputy-head }] }
  - { id: "4", name: 孙强, unit: hq, role: deputy-head, reportsTo: zzzzzzzz }
`;
  const found = withCode(parse(text), "unknown-reference");
  const byPath = (path: unknown[]) => found.find((d) => JSON.stringify(d.path) === JSON.stringify(path));

  it("is reported once per bad reference, as errors", () => {
    expect(found).toHaveLength(7);
    expect(found.every((d) => d.severity === "error" && d.file === "t.yaml")).toBe(true);
  });

  it.each([
    ["head", ["units", 0, "head"], '"2l10"', "2110"],
    ["parent", ["units", 1, "parent"], "hqq", "hq"],
    ["unit", ["people", 1, "unit"], "hx", "hq"],
    ["reportsTo", ["people", 1, "reportsTo"], "2l10 }", "2110"],
    ["dottedLines", ["people", 2, "dottedLines", 0], '"2111"', "2110"],
    ["also unit", ["people", 2, "also", 0, "unit"], "bjj", "bj"],
  ] as const)("%s: at the value, with the closest id as hint", (_name, path, needle, closest) => {
    const d = byPath([...path]);
    expect(d, summary(found)).toBeDefined();
    expect(pos(d!)).toEqual(loc(text, needle));
    expect(d?.hint).toBe(`did you mean "${closest}"?`);
  });

  it("gives no hint when no id is close", () => {
    const d = byPath(["people", 3, "reportsTo"]);
    expect(pos(d!)).toEqual(loc(text, "zzzzzzzz"));
    expect(d?.hint).toBeUndefined();
  });

  it("a bare-number reference keeps its source text (reportsTo: 007 points at id 007)", () => {
    const ok = skeleton({
      people: `  - { id: 007, name: 特工, unit: team, role: renewal-specialist }\n  - { id: "8", name: 八, unit: team, role: renewal-specialist, reportsTo: 007 }\n`,
    });
    const r = parse(ok);
    expect(r.diagnostics).toEqual([]);
    expect(r.org?.person("8").manager?.id).toBe("007");
    const bad = ok.replace("reportsTo: 007", "reportsTo: 07");
    const d = only(parse(bad), "unknown-reference");
    expect(d.message).toContain('"07"');
  });
});

describe("unit-cycle", () => {
  it("a two-unit cycle is pinned at a parent on it, the other in related", () => {
    const text = `${RC}rules: { parent-type: off, vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: a, type: sub-branch-premium-dept, name: 甲, parent: b }
  - { id: b, type: sub-branch-premium-dept, name: 乙, parent: a }
people:
  - { id: "1", name: 王建国, unit: hq, role: department-head }
`;
    const r = parse(text);
    const d = only(r, "unit-cycle");
    expect(d.severity).toBe("error");
    const places = [pos(d), ...(d.related ?? []).map(pos)].sort(byPosition);
    expect(places).toEqual(
      [loc(text, "parent: b"), loc(text, "parent: a")].map((l) => ({ ...l, column: l.column + 8 })),
    );
    expect(d.related).toHaveLength(1);
    expect(d.message).toMatch(/\ba\b/);
    expect(d.message).toMatch(/\bb\b/);
    expect(codes(r)).toEqual(["unit-cycle"]);
  });

  it("a three-unit cycle lists the two other members in related", () => {
    const text = `${RC}rules: { parent-type: off, vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: a, type: sub-branch-premium-dept, name: 甲, parent: c }
  - { id: b, type: sub-branch-premium-dept, name: 乙, parent: a }
  - { id: c, type: sub-branch-premium-dept, name: 丙, parent: b }
people:
  - { id: "1", name: 王建国, unit: hq, role: department-head }
`;
    const d = only(parse(text), "unit-cycle");
    const parentValue = (id: string) => {
      const l = loc(text, `parent: ${id}`);
      return { line: l.line, column: l.column + 8 };
    };
    const places = [pos(d), ...(d.related ?? []).map(pos)].sort(byPosition);
    expect(places).toEqual([parentValue("c"), parentValue("a"), parentValue("b")]);
    expect(d.related).toHaveLength(2);
  });
});

describe("root-count", () => {
  it("a second unit without parent: pinned at one root's id, the other in related", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: hq2, type: hq-premium-dept, name: 第二总公司 }
people:
  - { id: "1", name: A, unit: hq, role: department-head }
  - { id: "2", name: B, unit: hq2, role: department-head }
`;
    const d = only(parse(text), "root-count");
    expect(d.severity).toBe("error");
    expect(d.path.at(-1)).toBe("id");
    const places = [pos(d), ...(d.related ?? []).map(pos)].sort(byPosition);
    expect(places).toEqual([loc(text, "hq,"), loc(text, "hq2,")]);
  });

  it("a unit whose parent is unknown is not a root", () => {
    const text = skeleton({ units: "  - { id: x, type: sub-branch-premium-dept, name: X, parent: nowhere }\n" });
    const r = parse(text);
    expect(withCode(r, "root-count")).toEqual([]);
    expect(only(r, "unknown-reference").path).toEqual(["units", 4, "parent"]);
  });

  it("no unit without a parent is an error", () => {
    const text = `${RC}rules: { parent-type: off, vacancy: off }
units:
  - { id: a, type: hq-premium-dept, name: 甲, parent: b }
  - { id: b, type: hq-premium-dept, name: 乙, parent: a }
`;
    const d = only(parse(text), "root-count");
    expect(d.severity).toBe("error");
  });

  it("an org with no units at all has no root: not exactly one unit without a parent", () => {
    const r = parse(`${RC}units: []\npeople: []\n`);
    const d = only(r, "root-count");
    expect(d.severity).toBe("error");
    expect(d.file).toBe("t.yaml");
    expect(r.ok).toBe(false);
  });
});

describe("blueprint codes", () => {
  it("unknown-unit-type: at the type value, columns in UTF-16 code units", () => {
    // 6 Chinese characters and an emoji (2 code units) before the value on the same line.
    const text = `${RC}units:\n  - { name: 总公司保费部😀, id: hq, type: hq-premum-dept }\n`;
    const d = only(parse(text), "unknown-unit-type");
    expect(where(d)).toEqual({
      code: "unknown-unit-type",
      severity: "error",
      file: "t.yaml",
      line: 4,
      column: 37,
      path: ["units", 0, "type"],
    });
    expect(d.endColumn).toBe(37 + "hq-premum-dept".length);
    expect(d.hint).toBe('did you mean "hq-premium-dept"?');
  });

  it("unknown-role: on a primary post, an also post, and a plan key", () => {
    const text = skeleton({
      units: "  - { id: x, type: bank-renewal-team, name: 银续组, parent: sb, plan: { renewal-specialst: 3 } }\n",
      people: `  - { id: "1", name: A, unit: team, role: renewal-specialst }\n  - { id: "2", name: B, unit: team, role: renewal-specialist, also: [{ unit: sb, role: general-admn }] }\n`,
    });
    const found = withCode(parse(text), "unknown-role");
    expect(found.every((d) => d.severity === "error")).toBe(true);
    const byPath = (path: unknown[]) => found.find((d) => JSON.stringify(d.path) === JSON.stringify(path));
    expect(pos(byPath(["people", 5, "role"])!)).toEqual(loc(text, "renewal-specialst }"));
    expect(byPath(["people", 5, "role"])?.hint).toBe('did you mean "renewal-specialist"?');
    expect(pos(byPath(["people", 6, "also", 0, "role"])!)).toEqual(loc(text, "general-admn"));
    expect(byPath(["people", 6, "also", 0, "role"])?.hint).toBe('did you mean "general-admin"?');
    expect(pos(byPath(["units", 4, "plan", "renewal-specialst"])!)).toEqual(loc(text, "renewal-specialst: 3"));
  });

  it("parent-type: at the parent value", () => {
    const text = skeleton({
      top: "rules: { vacancy: off }\n",
      units: "  - { id: bad, type: individual-renewal-team, name: 总公司个续组, parent: hq }\n",
    });
    const d = only(parse(text), "parent-type");
    expect(where(d)).toEqual({
      code: "parent-type",
      severity: "error",
      ...at(text, "hq }"),
      path: ["units", 4, "parent"],
    });
  });

  it("a sub-branch may sit under a branch or a central premium dept", () => {
    const text = skeleton({
      top: "rules: { vacancy: off }\n",
      units:
        "  - { id: cy, type: central-premium-dept, name: 朝阳, parent: bj }\n  - { id: sb2, type: sub-branch-premium-dept, name: 望京, parent: cy }\n",
    });
    expect(parse(text).diagnostics).toEqual([]);
  });

  it("role-not-allowed: at the role value of the post, primary or also", () => {
    const text = skeleton({
      people: `  - { id: "1", name: A, unit: hq, role: renewal-specialist }\n  - { id: "2", name: B, unit: team, role: renewal-specialist, also: [{ unit: bj, role: trainer }] }\n`,
    });
    const found = withCode(parse(text), "role-not-allowed");
    expect(found.map(where)).toEqual([
      {
        code: "role-not-allowed",
        severity: "error",
        ...at(text, "renewal-specialist }", 2),
        path: ["people", 5, "role"],
      },
      { code: "role-not-allowed", severity: "error", ...at(text, "trainer"), path: ["people", 6, "also", 0, "role"] },
    ]);
  });

  it("head-ambiguous: several holders of the head role and no head", () => {
    const text = `${RC}rules: { limits: off, over-plan: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "1", name: A, unit: hq, role: department-head }
  - { id: "2", name: B, unit: hq, role: department-head }
`;
    const r = parse(text);
    const d = only(r, "head-ambiguous");
    expect(d.severity).toBe("error");
    const holders = [loc(text, "department-head", 1), loc(text, "department-head", 2)];
    expect(holders).toContainEqual(pos(d));
    const other = holders.find((h) => h.line !== d.line);
    expect(d.related?.map(pos)).toContainEqual(other);
    expect(r.org?.unit("hq").head).toBeNull();
    expect(codes(r)).toEqual(["head-ambiguous"]);
  });

  it("head-ambiguous counts also posts; an explicit head settles it", () => {
    const text = `${RC}rules: { limits: off, over-plan: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq }
people:
  - { id: "1", name: A, unit: hq, role: department-head }
  - { id: "2", name: B, unit: bj, role: department-head, also: [{ unit: hq, role: department-head }] }
`;
    expect(withCode(parse(text), "head-ambiguous")).toHaveLength(1);
    const settled = text.replace("name: 总公司保费部 }", 'name: 总公司保费部, head: "1" }');
    const r = parse(settled);
    expect(codes(r)).toEqual([]);
    expect(r.org?.unit("hq").head).toBe("1");
  });
});

describe("reporting-cycle", () => {
  it("an explicit three-person cycle names every person and lists the others in related", () => {
    const text = skeleton({
      people: `  - { id: A1, name: 甲, unit: team, role: renewal-specialist, reportsTo: A2 }
  - { id: A2, name: 乙, unit: team, role: renewal-specialist, reportsTo: A3 }
  - { id: A3, name: 丙, unit: team, role: renewal-specialist, reportsTo: A1 }
`,
    });
    const r = parse(text);
    const d = only(r, "reporting-cycle");
    expect(d.severity).toBe("error");
    for (const id of ["A1", "A2", "A3"]) expect(d.message).toContain(id);
    const places = [pos(d), ...(d.related ?? []).map(pos)].sort(byPosition);
    expect(places).toEqual([loc(text, "A2 }"), loc(text, "A3 }"), loc(text, "A1 }")]);
    for (const id of ["A1", "A2", "A3"]) expect(r.org?.person(id).manager).toBeNull();
    // The rest of the org is unaffected.
    expect(r.org?.person("110412").manager?.id).toBe("110411");
  });

  it("reportsTo oneself is a cycle of one: nobody reports to themself", () => {
    const text = skeleton({
      people: '  - { id: "9", name: 自己, unit: team, role: renewal-specialist, reportsTo: "9" }\n',
    });
    const r = parse(text);
    const d = only(r, "reporting-cycle");
    expect(d).toMatchObject({ severity: "error", ...loc(text, '"9" }'), path: ["people", 5, "reportsTo"] });
    expect(d.message).toContain("9");
    expect(r.org?.person("9").manager).toBeNull();
  });

  it("a cycle made by a unit's head (not by reportsTo) is a cycle too", () => {
    // S is a specialist in the team; the team lead L heads the team; the sub-branch's explicit
    // head is S. So S → L (head of S's unit) and L → S (nearest ancestor head other than L).
    const text = `${RC}rules: { vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq }
  - { id: sb, type: sub-branch-premium-dept, name: 东城, parent: bj, head: S }
  - { id: team, type: individual-renewal-team, name: 东城个续组, parent: sb }
people:
  - { id: H, name: 王建国, unit: hq, role: department-head }
  - { id: S, name: 甲, unit: team, role: renewal-specialist }
  - { id: L, name: 乙, unit: team, role: team-lead }
`;
    const r = parse(text);
    const d = only(r, "reporting-cycle");
    expect(d.message).toContain("S");
    expect(d.message).toContain("L");
    expect(d.related).toHaveLength(1);
    expect(r.org?.person("S").manager).toBeNull();
    expect(r.org?.person("L").manager).toBeNull();
    expect(r.org?.person("H").manager).toBeNull();
  });
});

describe("reports-outside-chain", () => {
  it("is a warning at the reportsTo value when the manager is outside the unit and its ancestors", () => {
    const text = skeleton({
      units: "  - { id: bank, type: bank-renewal-team, name: 东城银续组, parent: sb }\n",
      people: `  - { id: "2", name: B, unit: bank, role: team-lead }\n  - { id: "3", name: C, unit: team, role: renewal-specialist, reportsTo: "2" }\n`,
    });
    const r = parse(text);
    const d = only(r, "reports-outside-chain");
    expect(where(d)).toEqual({
      code: "reports-outside-chain",
      severity: "warning",
      ...at(text, '"2" }'),
      path: ["people", 6, "reportsTo"],
    });
    expect(r.ok).toBe(true);
    expect(r.org?.person("3").manager?.id).toBe("2");
  });

  it("is not reported for a manager in an ancestor unit", () => {
    const text = skeleton({
      people: `  - { id: "2", name: B, unit: bj, role: deputy-head }\n  - { id: "3", name: C, unit: team, role: renewal-specialist, reportsTo: "2" }\n`,
    });
    expect(parse(text).diagnostics).toEqual([]);
  });
});

describe("staffing codes", () => {
  it("over-plan: a warning at the unit's own plan entry", () => {
    const text = skeleton({
      top: "rules: { vacancy: off }\n",
      units: "  - { id: x, type: bank-renewal-team, name: 银续组, parent: sb, plan: { renewal-specialist: 1 } }\n",
      people: `  - { id: "1", name: A, unit: x, role: renewal-specialist }\n  - { id: "2", name: B, unit: x, role: renewal-specialist }\n`,
    });
    const d = only(parse(text), "over-plan");
    expect(where(d)).toEqual({
      code: "over-plan",
      severity: "warning",
      ...at(text, "1 } }"),
      path: ["units", 4, "plan", "renewal-specialist"],
    });
  });

  it("over-plan from the blueprint's default plan is reported (at the unit when its plan does not name the role)", () => {
    const text = skeleton({
      top: "rules: { limits: off }\n",
      people: `  - { id: "2", name: B, unit: team, role: team-lead }\n`,
    });
    const d = only(parse(text), "over-plan");
    expect(d.severity).toBe("warning");
    expect(d.message).toContain("team-lead");
    expect(pos(d)).toEqual(loc(text, "team\n"));
  });

  it("plan: { role: 0 } removes the blueprint's default for that role", () => {
    const text = `${RC}units:\n  - { id: hq, type: hq-premium-dept, name: 总公司, plan: { department-head: 0 } }\n`;
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.org?.unit("hq").plan).toEqual({});
    expect(codes(parse(text.replace("department-head: 0", "deputy-head: 0")))).toEqual(["vacancy"]);
  });

  it("roles with no plan are not checked", () => {
    const many = Array.from(
      { length: 9 },
      (_, i) => `  - { id: "s${i}", name: S, unit: team, role: renewal-specialist }\n`,
    );
    expect(parse(skeleton({ people: many.join("") })).diagnostics).toEqual([]);
  });

  it("vacancy: an info per unit and role, at the plan entry or the unit id", () => {
    const text = skeleton({
      units: "  - { id: x, type: bank-renewal-team, name: 银续组, parent: sb, plan: { renewal-specialist: 5 } }\n",
      people: `  - { id: "1", name: A, unit: x, role: renewal-specialist }\n`,
    });
    const found = withCode(parse(text), "vacancy");
    expect(found.map(where)).toEqual([
      { code: "vacancy", severity: "info", ...at(text, "x,"), path: ["units", 4, "id"] },
      { code: "vacancy", severity: "info", ...at(text, "5 } }"), path: ["units", 4, "plan", "renewal-specialist"] },
    ]);
    expect(found[0]?.message).toContain("team-lead");
    expect(found[1]?.message).toContain("renewal-specialist");
  });

  it("an also post fills a planned post", () => {
    const text = skeleton({
      units: "  - { id: x, type: bank-renewal-team, name: 银续组, parent: sb }\n",
      people: `  - { id: "1", name: A, unit: team, role: renewal-specialist, also: [{ unit: x, role: team-lead }] }\n`,
    });
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.org?.unit("x").head).toBe("1");
  });

  it("limits (max): at the role of the first post beyond the max, the others in related", () => {
    const text = skeleton({
      people: ["A", "B", "C"].map((id) => `  - { id: ${id}, name: ${id}, unit: bj, role: deputy-head }\n`).join(""),
    });
    const d = only(parse(text), "limits");
    expect(where(d)).toEqual({
      code: "limits",
      severity: "error",
      ...at(text, "deputy-head", 3),
      path: ["people", 7, "role"],
    });
    expect(d.related?.map(pos)).toEqual([loc(text, "deputy-head", 1), loc(text, "deputy-head", 2)]);
  });

  it("limits (min) of a blueprint: at the unit", () => {
    const text = `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: tiny
  roles: { boss: { title: Boss }, clerk: { title: Clerk } }
  unitTypes:
    office: { title: Office, level: 1, headRole: boss, roles: [boss, clerk], limits: { clerk: { min: 2 } } }
units:
  - { id: o, type: office, name: 办公室 }
people:
  - { id: "1", name: A, unit: o, role: boss }
  - { id: "2", name: B, unit: o, role: clerk }
`;
    const d = only(parse(text), "limits");
    expect(d.severity).toBe("error");
    expect(d.path.slice(0, 2)).toEqual(["units", 0]);
    expect(d.line).toBe(loc(text, "{ id: o,").line);
    expect(d.message).toContain("clerk");
  });

  it("span-of-control: the blueprint's max 15, a warning at the manager's id", () => {
    const people = (n: number) =>
      Array.from({ length: n }, (_, i) => `  - { id: "s${i}", name: S, unit: team, role: renewal-specialist }\n`).join(
        "",
      );
    expect(withCode(parse(skeleton({ people: people(14) })), "span-of-control")).toEqual([]);
    const text = skeleton({ people: people(15) });
    const d = only(parse(text), "span-of-control");
    expect(where(d)).toEqual({
      code: "span-of-control",
      severity: "warning",
      ...at(text, '"110411"'),
      path: ["people", 3, "id"],
    });
    expect(d.message).toContain("16");
  });

  it("fte-overallocated: at the fte that takes the total over 1", () => {
    const text = skeleton({
      people: `  - { id: "1", name: A, unit: team, role: renewal-specialist, fte: 0.6, also: [{ unit: sb, role: general-admin, fte: 0.5 }] }\n`,
    });
    const d = only(parse(text), "fte-overallocated");
    expect(where(d)).toEqual({
      code: "fte-overallocated",
      severity: "warning",
      ...at(text, "0.5 }"),
      path: ["people", 5, "also", 0, "fte"],
    });
  });

  it("fte adding up to 1 within 1e-9 is fine; an also post without fte adds nothing", () => {
    const text = skeleton({
      people: `  - { id: "1", name: A, unit: team, role: renewal-specialist, fte: 0.7, also: [{ unit: sb, role: general-admin, fte: 0.2 }, { unit: sb, role: renewal-specialist, fte: 0.1 }] }
  - { id: "2", name: B, unit: team, role: renewal-specialist, also: [{ unit: sb, role: general-admin }] }
`,
    });
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.org?.person("2").posts.map((p) => p.fte)).toEqual([1, 0]);
  });
});

describe("include", () => {
  it("an org parsed from text cannot include files", () => {
    const text = skeleton({ top: "include: [branches/*.yaml]\n" });
    const r = parse(text);
    const d = only(r, "include");
    expect(where(d)).toEqual({
      code: "include",
      severity: "error",
      ...at(text, "branches/*.yaml"),
      path: ["include", 0],
    });
  });

  it("a missing file is an error at the include entry", async () => {
    const dir = tempTree({ "org.yaml": skeleton({ top: "include: [branches/missing.yaml]\n" }) });
    const r = await loadOrg(join(dir, "org.yaml"));
    const d = only(r, "include");
    expect(d).toMatchObject({
      severity: "error",
      file: join(dir, "org.yaml"),
      line: 3,
      column: 11,
      path: ["include", 0],
    });
    expect(r.ok).toBe(false);
  });
});

describe("severities from rules", () => {
  const understaffed = (top = "") =>
    skeleton({
      top,
      units: "  - { id: x, type: bank-renewal-team, name: 银续组, parent: sb, plan: { renewal-specialist: 1 } }\n",
      people: `  - { id: "1", name: A, unit: x, role: team-lead }\n  - { id: "2", name: B, unit: x, role: renewal-specialist }\n  - { id: "3", name: C, unit: x, role: renewal-specialist }\n  - { id: "4", name: D, unit: team, role: renewal-specialist, also: [{ unit: sb, role: general-admin, fte: 0.5 }] }\n`,
    });

  it("the defaults", () => {
    const r = parse(understaffed());
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["over-plan", "warning"],
      ["fte-overallocated", "warning"],
    ]);
    expect(r.ok).toBe(true);
  });

  it("vacancy: off removes vacancies", () => {
    const text = skeleton({
      top: "rules: { vacancy: off }\n",
      units: "  - { id: x, type: bank-renewal-team, name: 银续组, parent: sb }\n",
    });
    expect(parse(text).diagnostics).toEqual([]);
    expect(codes(parse(text.replace("rules: { vacancy: off }\n", "")))).toEqual(["vacancy"]);
  });

  it("over-plan: error makes it an error (and the org not ok)", () => {
    const r = parse(understaffed("rules: { over-plan: error }\n"));
    expect(only(r, "over-plan").severity).toBe("error");
    expect(only(r, "fte-overallocated").severity).toBe("warning");
    expect(r.ok).toBe(false);
  });

  it("a code can become an info, or be turned off in the object form", () => {
    const r = parse(understaffed("rules: { over-plan: info, fte-overallocated: { severity: off } }\n"));
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["over-plan", "info"]]);
  });

  it("span-of-control: { max: 2 } in the org", () => {
    const text = skeleton({
      top: "rules: { span-of-control: { max: 2 } }\n",
      people: `  - { id: "2", name: B, unit: team, role: renewal-specialist }\n  - { id: "3", name: C, unit: team, role: renewal-specialist }\n`,
    });
    expect(withCode(parse(text.replace(/ {2}- \{ id: "3".*\n/, "")), "span-of-control")).toEqual([]);
    const d = only(parse(text), "span-of-control");
    expect(d).toMatchObject({ severity: "warning", ...loc(text, '"110411"'), path: ["people", 3, "id"] });
    expect(d.message).toContain("3");
  });

  it("an error severity for a rule keeps the blueprint's max", () => {
    const people = Array.from(
      { length: 15 },
      (_, i) => `  - { id: "s${i}", name: S, unit: team, role: renewal-specialist }\n`,
    );
    const r = parse(skeleton({ top: "rules: { span-of-control: { severity: error } }\n", people: people.join("") }));
    expect(only(r, "span-of-control").severity).toBe("error");
    const fewer = parse(
      skeleton({ top: "rules: { span-of-control: { severity: error } }\n", people: people.slice(1).join("") }),
    );
    expect(withCode(fewer, "span-of-control")).toEqual([]);
  });

  describe("a blueprint's rules, overridden by the org's", () => {
    const org = (rules: string) => `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: tiny
  roles: { boss: { title: Boss }, clerk: { title: Clerk } }
  unitTypes:
    office: { title: Office, level: 1, headRole: boss, roles: [boss, clerk], plan: { boss: 1, clerk: 3 } }
  rules: { span-of-control: { max: 1, severity: error }, vacancy: off }
${rules}units:
  - { id: o, type: office, name: 办公室 }
people:
  - { id: "1", name: A, unit: o, role: boss }
  - { id: "2", name: B, unit: o, role: clerk }
  - { id: "3", name: C, unit: o, role: clerk }
`;

    it("the blueprint's rules apply when the org says nothing", () => {
      const r = parse(org(""));
      expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([["span-of-control", "error"]]);
    });

    it("the org's severity wins, and the blueprint's max stays", () => {
      const r = parse(org("rules: { span-of-control: warning, vacancy: info }\n"));
      expect(r.diagnostics.map((d) => [d.code, d.severity]).sort()).toEqual([
        ["span-of-control", "warning"],
        ["vacancy", "info"],
      ]);
      expect(r.ok).toBe(true);
    });

    it("the org's max wins, and the blueprint's severity stays", () => {
      expect(parse(org("rules: { span-of-control: { max: 2 } }\n")).diagnostics).toEqual([]);
    });

    it("the org can turn a blueprint rule off", () => {
      expect(parse(org("rules: { span-of-control: off }\n")).diagnostics).toEqual([]);
    });
  });
});

describe("a blueprint file with errors", () => {
  it("is reported in the blueprint's own file, at its lines", async () => {
    const blueprint = `orgspec-blueprint: 1
id: tiny
roles:
  boss: { title: Boss }
unitTypes:
  office:
    title: Office
    level: 1
    headRole: bos
    roles: [boss]
    colour: blue
`;
    const dir = tempTree({
      "org.yaml": "orgspec: 1\nblueprint: ./blueprint.yaml\nunits:\n  - { id: o, type: office, name: 办公室 }\n",
      "blueprint.yaml": blueprint,
    });
    const r = await loadOrg(join(dir, "org.yaml"));
    expect(r.ok).toBe(false);
    const file = join(dir, "blueprint.yaml");
    expect(r.files).toContain(file);
    const inBlueprint = r.diagnostics.filter((d) => d.file === file);
    expect(inBlueprint.length).toBeGreaterThan(0);
    const unknownField = inBlueprint.find((d) => d.code === "schema");
    expect(unknownField).toMatchObject({ ...loc(blueprint, "colour"), path: ["unitTypes", "office", "colour"] });
  });

  it("a role the blueprint does not define is an unknown-role in the blueprint file", async () => {
    const blueprint = `orgspec-blueprint: 1
id: tiny
roles:
  boss: { title: Boss }
unitTypes:
  office: { title: Office, level: 1, headRole: bos, roles: [boss] }
`;
    const dir = tempTree({
      "org.yaml": "orgspec: 1\nblueprint: ./blueprint.yaml\nunits:\n  - { id: o, type: office, name: 办公室 }\n",
      "blueprint.yaml": blueprint,
    });
    const r = await loadOrg(join(dir, "org.yaml"));
    const d = only(r, "unknown-role");
    expect(d).toMatchObject({
      file: join(dir, "blueprint.yaml"),
      ...loc(blueprint, "bos,"),
      severity: "error",
      hint: 'did you mean "boss"?',
    });
  });

  it("an inline blueprint's errors are reported in the root file under blueprint", () => {
    const text = `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: tiny
  roles: { boss: { title: Boss } }
  unitTypes:
    office: { title: Office, level: 1, headRole: boss, roles: [boss, clerk] }
units:
  - { id: o, type: office, name: 办公室 }
`;
    const d = only(parseOrg(text, { filename: "inline.yaml" }), "unknown-role");
    expect(d).toMatchObject({
      file: "inline.yaml",
      ...loc(text, "clerk"),
      path: ["blueprint", "unitTypes", "office", "roles", 1],
    });
  });
});

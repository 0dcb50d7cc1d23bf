/**
 * CSV rosters as includes (format.md): header row, one person a row, extra columns into meta,
 * BOM, CRLF, quoted cells; every problem at its row and column, like YAML problems.
 */
import { join } from "node:path";
import { type Diagnostic, loadOrgSync } from "orgspec";
import { afterAll, describe, expect, it } from "vitest";
import { loc, only, pos, removeTempTrees, summary, tempTree } from "../helpers/org.js";
import { skeleton } from "../helpers/skeleton.js";

afterAll(removeTempTrees);

/** The skeleton org including `staff.csv` with the given text (or bytes). */
function withRoster(csv: string | Uint8Array) {
  const dir = tempTree({
    "org.yaml": skeleton({ top: "include: [staff.csv]\n" }),
    "staff.csv": csv,
  });
  return loadOrgSync(join(dir, "org.yaml"));
}

const inCsv = (d: Diagnostic) => d.file.endsWith("staff.csv");

describe("a clean roster", () => {
  it("adds its people, with text ids, reportsTo, fte, dottedLines and meta", () => {
    const csv = [
      "id,name,unit,role,reportsTo,fte,dottedLines,city,工号备注",
      "007,李雷,team,renewal-specialist,110401,0.5,100001; 110001,北京,",
      '008,"韩, ""梅梅""",team,renewal-specialist,,,,"上海',
      '浦东",备注',
      "",
    ].join("\n");
    const result = withRoster(csv);
    expect(result.diagnostics, summary(result.diagnostics)).toEqual([]);
    const org = result.org;
    if (!org) throw new Error("no org");
    const p = org.person("007");
    expect(p).toMatchObject({ name: "李雷", unit: "team", role: "renewal-specialist", fte: 0.5, reportsTo: "110401" });
    expect(p.manager?.id).toBe("110401");
    expect(p.dotted.map((d) => [d.manager.id, d.source])).toEqual([
      ["100001", "dottedLines"],
      ["110001", "dottedLines"],
    ]);
    expect(p.meta).toEqual({ city: "北京" });
    const q = org.person("008");
    expect(q.name).toBe('韩, "梅梅"');
    expect(q.meta).toEqual({ city: "上海\n浦东", 工号备注: "备注" });
    expect(q.manager?.id).toBe("110411");
    expect(result.files.some((f) => f.endsWith("staff.csv"))).toBe(true);
  });

  it("reads CRLF and a UTF-8 BOM", () => {
    const csv = "\ufeffid,name,unit,role\r\n0071,高秀英,team,renewal-specialist\r\n";
    const result = withRoster(new TextEncoder().encode(csv));
    expect(result.diagnostics, summary(result.diagnostics)).toEqual([]);
    expect(result.org?.person("0071").name).toBe("高秀英");
  });

  it("skips blank lines and rows of empty cells", () => {
    const result = withRoster("id,name,unit,role,\n\n201,甲,team,renewal-specialist,\n,,,,\n");
    expect(result.diagnostics, summary(result.diagnostics)).toEqual([]);
    expect(result.org?.counts.people).toBe(6);
  });
});

describe("padded cells (HRIS exports)", () => {
  it("are trimmed, quoted or not: a value changed by trimming is no problem", () => {
    const csv = [
      " id , name ,unit, role ,fte , reportsTo ,city",
      " 007 , 李雷 , team ,renewal-specialist, 0.5 , 110411 ,\u3000北京\u3000",
      '"008 "," 韩梅梅",team,"  renewal-specialist\t",,,',
      "",
    ].join("\n");
    const result = withRoster(csv);
    expect(result.diagnostics, summary(result.diagnostics)).toEqual([]);
    const org = result.org;
    if (!org) throw new Error("no org");
    expect(org.person("007")).toMatchObject({
      name: "李雷",
      unit: "team",
      role: "renewal-specialist",
      fte: 0.5,
      reportsTo: "110411",
      meta: { city: "北京" },
    });
    expect(org.person("008")).toMatchObject({ name: "韩梅梅", role: "renewal-specialist", fte: 1, reportsTo: null });
  });

  it("a diagnostic points at the value after the padding, inside the quotes too", () => {
    const csv = [
      "id,name,unit,role,reportsTo",
      "201,甲,  tema  ,renewal-specialist,",
      '202,乙,team,"  renewal-specialst ",',
      '203,丙,team,renewal-specialist,"  11041 "',
      "",
    ].join("\n");
    const result = withRoster(csv);
    const found = result.diagnostics.map((d) => [d.code, d.line, d.column, d.endLine, d.endColumn, d.path]);
    expect(found).toEqual([
      ["unknown-reference", 2, 9, 2, 13, ["people", 0, "unit"]],
      ["unknown-role", 3, 15, 3, 32, ["people", 1, "role"]],
      ["unknown-reference", 4, 34, 4, 39, ["people", 2, "reportsTo"]],
    ]);
    // Columns are 1-based: the value starts at index column - 1 of its line.
    const lines = csv.split("\n");
    expect(lines[1]?.slice(8, 12)).toBe("tema");
    expect(lines[2]?.slice(14, 31)).toBe("renewal-specialst");
    expect(lines[3]?.slice(33, 38)).toBe("11041");
  });

  it("a required cell of spaces only is empty: a missing field at that cell", () => {
    const csv = "id,name,unit,role\n201,   ,team,renewal-specialist\n";
    const d = only(withRoster(csv), "schema");
    expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([2, 5, 2, 8]);
    expect(d.path).toEqual(["people", 0, "name"]);
  });

  it("dotted-line ids in a padded quoted cell point at the id", () => {
    const csv = 'id,name,unit,role,dottedLines\n201,甲,team,renewal-specialist," 100001 ;  11000  "\n';
    const d = only(withRoster(csv), "unknown-reference");
    expect(pos(d)).toEqual(loc(csv, "11000 "));
    expect(d.path).toEqual(["people", 0, "dottedLines", 1]);
  });
});

describe("problems at their row and column", () => {
  it("an unknown reportsTo points at its cell", () => {
    const csv =
      "id,name,unit,role,reportsTo\n201,甲,team,renewal-specialist,110411\n202,乙,team,renewal-specialist,11041\n";
    const d = only(withRoster(csv), "unknown-reference");
    expect(inCsv(d)).toBe(true);
    expect(pos(d)).toEqual(loc(csv, "11041\n", 1));
    expect(d.path).toEqual(["people", 1, "reportsTo"]);
    expect(d.hint).toMatch(/did you mean "1104[01]1"/);
  });

  it("a bad fte is a schema error at its cell; an fte out of range too", () => {
    const csv = "id,name,unit,role,fte\n201,甲,team,renewal-specialist,0,5\n";
    // 0,5 unquoted is two cells: a wrong cell count, reported at the row.
    const row = only(withRoster(csv), "schema");
    expect(pos(row)).toEqual(loc(csv, "201"));
    const csv2 = 'id,name,unit,role,fte\n201,甲,team,renewal-specialist,"0,5"\n202,乙,team,renewal-specialist,1.5\n';
    const result = withRoster(csv2);
    const schema = result.diagnostics.filter((d) => d.code === "schema");
    expect(schema.map(pos)).toEqual([loc(csv2, '"0,5"'), loc(csv2, "1.5")]);
    expect(schema.map((d) => d.path)).toEqual([
      ["people", 0, "fte"],
      ["people", 1, "fte"],
    ]);
  });

  it("a missing required column is one diagnostic at the header row", () => {
    const csv = "id,name,role\n201,甲,renewal-specialist\n202,乙,renewal-specialist\n";
    const result = withRoster(csv);
    const d = only(result, "schema");
    expect(pos(d)).toEqual({ line: 1, column: 1 });
    expect(d.message).toContain('"unit"');
    expect(result.diagnostics.filter(inCsv)).toHaveLength(1);
  });

  it("a row with the wrong number of cells is one diagnostic at that row", () => {
    const csv = "id,name,unit,role\n201,甲,team,renewal-specialist\n202,乙,team\n203,丙,team,renewal-specialist\n";
    const result = withRoster(csv);
    const d = only(result, "schema");
    expect(pos(d)).toEqual({ line: 3, column: 1 });
    expect(result.org?.hasPerson("203")).toBe(true);
    expect(result.org?.hasPerson("202")).toBe(false);
  });

  it("positions after a BOM count as editors show them", () => {
    const csv = "\ufeffid,name,unit,role\n201,甲,tema,renewal-specialist\n";
    const d = only(withRoster(new TextEncoder().encode(csv)), "unknown-reference");
    expect(pos(d)).toEqual({ line: 2, column: 7 });
  });

  it("positions with CRLF line ends", () => {
    const csv = "id,name,unit,role\r\n201,甲,team,renewal-specialist\r\n202,乙,team,renewal-specialst\r\n";
    const d = only(withRoster(csv), "unknown-role");
    expect(pos(d)).toEqual({ line: 3, column: 12 });
  });

  it("positions after a multi-line quoted cell, and a quoted cell starts at its quote", () => {
    const csv = [
      "id,name,unit,role,note",
      '201,甲,team,renewal-specialist,"line one',
      'line two, with ""quotes""',
      'line three"',
      '202,"乙",teem,"renewal-specialist",x',
      '203,"丙",team,"renewal-specialst",x',
    ].join("\n");
    const result = withRoster(csv);
    expect(pos(only(result, "unknown-reference"))).toEqual({ line: 5, column: 9 });
    expect(pos(only(result, "unknown-role"))).toEqual({ line: 6, column: 14 });
    expect(result.org?.person("201").meta.note).toBe('line one\nline two, with "quotes"\nline three');
  });

  it("a dotted line id points inside its cell", () => {
    const csv = 'id,name,unit,role,dottedLines\n201,甲,team,renewal-specialist,"100001; 11000"\n';
    const d = only(withRoster(csv), "unknown-reference");
    expect(pos(d)).toEqual(loc(csv, "11000"));
    expect(d.path).toEqual(["people", 0, "dottedLines", 1]);
  });

  it("refuses an also column, clearly", () => {
    const csv = "id,name,unit,role,also\n201,甲,team,renewal-specialist,bj\n";
    const d = only(withRoster(csv), "schema");
    expect(pos(d)).toEqual(loc(csv, "also"));
    expect(d.message).toMatch(/YAML-only/);
  });

  it("a misspelt field column is not silently meta", () => {
    const csv = "id,name,unit,role,reportTo\n201,甲,team,renewal-specialist,110401\n";
    const d = only(withRoster(csv), "schema");
    expect(pos(d)).toEqual(loc(csv, "reportTo"));
    expect(d.hint).toContain("reportsTo");
  });

  it("duplicate ids across YAML and CSV are reported at the CSV repeat", () => {
    const csv = "id,name,unit,role\n110412,重复,team,renewal-specialist\n";
    const d = only(withRoster(csv), "duplicate-id");
    expect(inCsv(d)).toBe(true);
    expect(pos(d)).toEqual({ line: 2, column: 1 });
    expect(d.related?.[0]?.file.endsWith("org.yaml")).toBe(true);
  });

  it("an empty required cell is a missing field at that cell", () => {
    const csv = "id,name,unit,role\n201,,team,renewal-specialist\n";
    const d = only(withRoster(csv), "schema");
    expect(pos(d)).toEqual({ line: 2, column: 5 });
    expect(d.path).toEqual(["people", 0, "name"]);
  });

  it("an unclosed quote is a csv-syntax error at the quote, not yaml-syntax", () => {
    const csv = 'id,name,unit,role\n201,"甲,team,renewal-specialist\n';
    const result = withRoster(csv);
    const d = only(result, "csv-syntax");
    expect(pos(d)).toEqual({ line: 2, column: 5 });
    expect(d.message).toBe("CSV: this quoted cell is never closed (the file ends inside its quotes)");
    expect(d.data).toEqual({ problem: "syntax" });
    expect(result.diagnostics.filter((x) => x.code === "yaml-syntax")).toEqual([]);
  });

  it("spaces before an opening quote are a csv-syntax error that says so, at the cell", () => {
    const csv = 'id,name,unit,role\n201,  "甲",team,renewal-specialist\n';
    const d = only(withRoster(csv), "csv-syntax");
    expect(pos(d)).toEqual({ line: 2, column: 5 });
    expect(d.message).toBe(
      "CSV: spaces before the opening quote of a quoted cell; a quoted cell starts right after the comma",
    );
  });

  it("a file that is not UTF-8 is csv-syntax (encoding) and says how to save it", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("id,name,unit,role\n201,"), 0xc4, 0xe3, 0x0a]);
    const d = only(withRoster(bytes), "csv-syntax");
    expect(pos(d)).toEqual({ line: 2, column: 5 });
    expect(d.data).toEqual({ problem: "encoding" });
    expect(d.hint).toMatch(/UTF-8/);
  });
});

/**
 * `importCsv` and `orgspec import csv`: an HRIS export with its own column names, job
 * titles in Chinese or English, department names as units, no unit types or parents —
 * inferred from managers and the blueprint; explicit reportsTo only where needed; notes for
 * what could not be mapped; atomic writes that never overwrite without --force.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadOrgSync, type Org, parseOrg } from "orgspec";
import { importCsv } from "orgspec/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireCli, runCli } from "../helpers/cli.js";
import { example, REPO, removeTempTrees, summary, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);

const HRIS = [
  "Employee ID,Full Name,Manager ID,Department,Job Title,Email",
  "100001,王建国,,总公司保费部,部门负责人,wang@example.com",
  "110001,张伟,100001,北京分公司保费部,部门负责人,",
  "110401,苏建华,110001,东城支公司保费部,Department head,",
  "110411,蒋涛,110401,东城个续组,组长,",
  "110412,蔡琳,110411,东城个续组,续收专员,",
  "110413,贾宁,110401,东城个续组,续收专员,",
  "",
].join("\n");

function blueprint() {
  const org = loadOrgSync(example("renewal-channel", "org.yaml")).org as Org;
  return org.blueprint as NonNullable<Org["blueprint"]>;
}

describe("importCsv", () => {
  it("maps usual HRIS columns, titles to roles, and infers units' types and parents", () => {
    const result = importCsv(HRIS, { blueprint: blueprint(), source: "hris.csv" });
    expect(result.error).toBeUndefined();
    expect(result.columns).toEqual({
      id: "Employee ID",
      name: "Full Name",
      manager: "Manager ID",
      unit: "Department",
      role: "Job Title",
    });
    expect(result.diagnostics.map((d) => [d.code, d.line, d.message, d.data])).toEqual([
      [
        "import-skipped",
        1,
        "columns not imported: Email",
        { what: "column", reason: "not-imported", id: null, value: "Email" },
      ],
    ]);
    const text = result.files.get("org.yaml") ?? "";
    const loaded = parseOrg(text, { filename: "org.yaml" });
    expect(
      loaded.diagnostics.filter((d) => d.severity !== "info"),
      summary(loaded.diagnostics),
    ).toEqual([]);
    const org = loaded.org as Org;
    expect([...org.units()].map((u) => [u.id, u.type, u.parent])).toEqual([
      ["总公司保费部", "hq-premium-dept", null],
      ["北京分公司保费部", "branch-premium-dept", "总公司保费部"],
      ["东城支公司保费部", "sub-branch-premium-dept", "北京分公司保费部"],
      ["东城个续组", "individual-renewal-team", "东城支公司保费部"],
    ]);
    expect(org.person("110401").role).toBe("department-head");
    // Only 贾宁's manager differs from the one the rules derive (the team lead).
    expect(result.counts.reportsTo).toBe(1);
    expect([...org.people()].filter((p) => p.reportsTo).map((p) => [p.id, p.reportsTo])).toEqual([
      ["110413", "110401"],
    ]);
    for (const p of org.people()) {
      const wanted =
        HRIS.split("\n")
          .find((l) => l.startsWith(`${p.id},`))
          ?.split(",")[2] || null;
      expect(p.manager?.id ?? null).toBe(wanted);
    }
  });

  it("says what it could not map: bad ids, unknown titles and managers, duplicates, short rows", () => {
    const csv = `${HRIS}E 77,李四,110411,东城个续组,Chief Dreamer,\n110412,重复,110411,东城个续组,续收专员,\n110414,王五,999999,东城个续组,续收专员,\n110415,短行\n`;
    const result = importCsv(csv, { blueprint: blueprint() });
    // Sorted by line, as every diagnostic is; each spans its whole line of the export.
    const notes = result.diagnostics.map((d) => `${d.line}: ${d.code}: ${d.message}`);
    expect(notes).toEqual([
      "1: import-skipped: columns not imported: Email",
      '8: import-guessed: person "E 77" is not a valid id; written as "E-77"',
      '8: import-guessed: job title "Chief Dreamer" (1 row, "E-77") maps to no role of blueprint "renewal-channel"; written as is',
      '9: import-skipped: person "110412" appears again; this row is skipped',
      '10: import-skipped: manager "999999" of "110414" is not in the file; left to the rules',
      "11: import-skipped: 2 cells where the header has 6; row skipped (quote cells holding commas)",
    ]);
    const lines = csv.split("\n");
    const short = result.diagnostics.at(-1);
    expect(short?.data).toEqual({ what: "row", reason: "cell-count", id: null, value: null });
    expect(short && csv.slice(short.offset, short.endOffset)).toBe(lines[10]);
    expect(short?.file).toBe("<input>");
    const rewritten = result.diagnostics.find((d) => d.code === "import-guessed" && d.data.reason === "id-rewritten");
    expect(rewritten?.data).toEqual({ reason: "id-rewritten", id: "E-77", chosen: "E-77", candidates: ["E 77"] });
    const org = parseOrg(result.files.get("org.yaml") ?? "").org as Org;
    expect(org.person("E-77").name).toBe("李四");
    expect(org.person("110414").manager?.id).toBe("110411");
  });

  it("reads Chinese headers, an explicit unit-type column and a parent column", () => {
    const csv = [
      "工号,姓名,部门编号,类型,上级部门,岗位,上级",
      "1,甲,hq,总公司保费部,,部门负责人,",
      "2,乙,sub,sub-branch-premium-dept,br,部门负责人,1",
      "3,丙,br,branch-premium-dept,hq,部门负责人,1",
    ].join("\n");
    const result = importCsv(csv, { blueprint: blueprint(), columns: { unitType: "类型" } });
    expect(result.error).toBeUndefined();
    expect(result.columns).toEqual({
      id: "工号",
      name: "姓名",
      manager: "上级",
      unit: "部门编号",
      role: "岗位",
      unitType: "类型",
      parent: "上级部门",
    });
    const org = parseOrg(result.files.get("org.yaml") ?? "").org as Org;
    expect([...org.units()].map((u) => [u.id, u.type, u.parent])).toEqual([
      ["hq", "hq-premium-dept", null],
      ["br", "branch-premium-dept", "hq"],
      ["sub", "sub-branch-premium-dept", "br"],
    ]);
    // 乙 heads a sub-branch whose manager by the rules is 丙 (head of br); the file says 1.
    expect(org.person("2").reportsTo).toBe("1");
    expect(org.person("3").reportsTo).toBeNull();
  });

  it("refuses what it cannot read", () => {
    const bp = blueprint();
    expect(importCsv("", { blueprint: bp }).error).toMatch(/empty/);
    expect(importCsv("id,name\n1,a\n", { blueprint: bp }).error).toMatch(/no column for unit, role/);
    const broken = importCsv('id,name,unit,role,manager\n1,"a,x,y,z\n', { blueprint: bp });
    expect(broken.error).toBe("CSV: this quoted cell is never closed (the file ends inside its quotes)");
    expect(broken.diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ["csv-syntax", "error", 2, 3],
    ]);
    expect(importCsv("id,name,unit,role\n1,a,x,y\n", { blueprint: bp }).error).toMatch(/manager column/);
  });
});

describe("orgspec import csv", () => {
  beforeAll(requireCli);

  it("writes an org that validates, from an export; refuses to overwrite without --force", () => {
    const dir = tempTree({});
    const csv = join(dir, "org.csv");
    expect(runCli(["export", "examples/renewal-channel/org.yaml", "--to", "csv", "-o", csv]).status).toBe(0);
    const out = join(dir, "out");
    const run = runCli(["import", "csv", csv, "-o", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/wrote .*org\.yaml: 26 units, 87 people \(1 explicit reportsTo\); 0 errors/);
    expect(runCli(["validate", join(out, "org.yaml")]).status).toBe(0);
    const before = readFileSync(join(out, "org.yaml"), "utf8");
    const again = runCli(["import", "csv", csv, "-o", out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists; use --force/);
    expect(readFileSync(join(out, "org.yaml"), "utf8")).toBe(before);
    expect(runCli(["import", "csv", csv, "-o", out, "--force"]).status).toBe(0);
  });

  it("prints notes with file and line, and the org's errors (exit 1)", () => {
    const dir = tempTree({ "hris.csv": `${HRIS}E 77,李四,110411,东城个续组,Chief Dreamer,\n` });
    const run = runCli(["import", "csv", "hris.csv", "-o", "out"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('orgspec import: hris.csv:8: job title "Chief Dreamer"');
    expect(run.stderr).toMatch(/unknown-role/);
    expect(existsSync(join(dir, "out", "org.yaml"))).toBe(true);
  });

  it("a blueprint file is written relative to the output folder", () => {
    const dir = tempTree({
      "bp/blueprint.yaml": readFileSync(join(REPO, "src/blueprint/builtin/renewal-channel.yaml"), "utf8"),
      "hris.csv": HRIS,
    });
    const run = runCli(["import", "csv", "hris.csv", "--blueprint", "bp/blueprint.yaml", "-o", "org"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "org", "org.yaml"), "utf8")).toContain("blueprint: ../bp/blueprint.yaml");
    expect(runCli(["validate", "org/org.yaml"], { cwd: dir }).status).toBe(0);
  });

  it("usage trouble exits 2", () => {
    const dir = tempTree({ "hris.csv": HRIS, "bad.csv": "id,name\n1,a\n" });
    expect(runCli(["import", "csv", "hris.csv"], { cwd: dir }).status).toBe(2);
    expect(runCli(["import", "xlsx", "hris.csv", "-o", "o"], { cwd: dir }).status).toBe(2);
    expect(runCli(["import", "csv", "missing.csv", "-o", "o"], { cwd: dir }).status).toBe(2);
    const bad = runCli(["import", "csv", "bad.csv", "-o", "o"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--unit-col/);
    expect(runCli(["import", "csv", "hris.csv", "-o", "o", "--id-col", "Nope"], { cwd: dir }).status).toBe(2);
    expect(runCli(["import", "csv", "hris.csv", "-o", "o", "--blueprint", "nope"], { cwd: dir }).status).toBe(2);
  });
});

/**
 * HRIS job titles (issue 16, "Imports from real HR systems"): blueprint role `aliases`,
 * `--map-role` and `--role-map` (YAML or CSV, per unit type), their precedence, unmapped
 * titles listed once with their row count and a did-you-mean, padded cells trimmed, and
 * `csv-syntax` for an export that does not parse — through `importCsv`/`parseRoleMap` and
 * the real CLI, with exact outputs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Diagnostic, type Org, parseOrg } from "orgspec";
import { importCsv, parseRoleMap, type RoleMap } from "orgspec/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireCli, runCli } from "../helpers/cli.js";
import { REPO, removeTempTrees, summary, tempTree } from "../helpers/org.js";
import { skeleton } from "../helpers/skeleton.js";

afterAll(removeTempTrees);

function blueprint(): NonNullable<Org["blueprint"]> {
  return parseOrg(skeleton()).org?.blueprint as NonNullable<Org["blueprint"]>;
}

/** An export as HRIS systems write them: Chinese headers and titles, cells padded with spaces. */
const HRIS = [
  " 工号 , 姓名 ,直属上级工号, 部门 ,职位",
  "100001,王建国,,总公司保费部,总经理",
  " 110001 , 张伟 ,100001,北京分公司保费部, 总经理",
  "110002,李娜,110001,北京分公司保费部,副总经理",
  "110101,周敏,110001,北京分公司银续督导室,主任",
  "110102,吴磊,110101,北京分公司银续督导室,督导员",
  "110401,苏建华,110001,东城支公司保费部,经理",
  "110411,蒋涛,110401,东城个续组,组长",
  "110412,蔡琳,110411,东城个续组,续收专员员",
  "110413,贾宁,110411,东城个续组,  续收专员员 ",
  "110414,韩梅,110411,东城个续组,Team Leadr",
  "110415,李雷,110411,东城个续组,续期专员",
  "",
].join("\n");

/** The role map that maps the titles of HRIS no alias covers: 主任 per unit type, the typos in general. */
const TITLES_YAML = `# job title → role for this HRIS export
titles:
  续收专员员: renewal-specialist
unitTypes:
  bank-supervision-office: { 主任: office-head }
  sub-branch-premium-dept: { 主任: department-head }
`;

/** org.yaml as the import writes it from HRIS once every title maps. */
const IMPORTED = `# Imported from hris.csv by \`orgspec import csv\`: 5 units, 11 people.
# Edit freely: only people whose manager differs from the one the rules derive have reportsTo.
orgspec: 1
blueprint: renewal-channel

units:
  - { id: 总公司保费部, type: hq-premium-dept, name: 总公司保费部 }
  - { id: 北京分公司保费部, type: branch-premium-dept, name: 北京分公司保费部, parent: 总公司保费部 }
  - { id: 北京分公司银续督导室, type: bank-supervision-office, name: 北京分公司银续督导室, parent: 北京分公司保费部 }
  - { id: 东城支公司保费部, type: sub-branch-premium-dept, name: 东城支公司保费部, parent: 北京分公司保费部 }
  - { id: 东城个续组, type: individual-renewal-team, name: 东城个续组, parent: 东城支公司保费部 }

people:
  # 总公司保费部 (总公司保费部)
  - { id: "100001", name: 王建国, unit: 总公司保费部, role: department-head }
  # 北京分公司保费部 (北京分公司保费部)
  - { id: "110001", name: 张伟, unit: 北京分公司保费部, role: department-head }
  - { id: "110002", name: 李娜, unit: 北京分公司保费部, role: deputy-head }
  # 北京分公司银续督导室 (北京分公司银续督导室)
  - { id: "110101", name: 周敏, unit: 北京分公司银续督导室, role: office-head }
  - { id: "110102", name: 吴磊, unit: 北京分公司银续督导室, role: supervisor }
  # 东城支公司保费部 (东城支公司保费部)
  - { id: "110401", name: 苏建华, unit: 东城支公司保费部, role: department-head }
  # 东城个续组 (东城个续组)
  - { id: "110411", name: 蒋涛, unit: 东城个续组, role: team-lead }
  - { id: "110412", name: 蔡琳, unit: 东城个续组, role: renewal-specialist }
  - { id: "110413", name: 贾宁, unit: 东城个续组, role: renewal-specialist }
  - { id: "110414", name: 韩梅, unit: 东城个续组, role: renewal-specialist }
  - { id: "110415", name: 李雷, unit: 东城个续组, role: renewal-specialist }
`;

/** The roles of an imported org's people, by id. */
function rolesOf(files: ReadonlyMap<string, string>): Record<string, string> {
  const loaded = parseOrg(files.get("org.yaml") ?? "", { filename: "org.yaml" });
  const org = loaded.org as Org;
  return Object.fromEntries([...org.people()].map((p) => [p.id, p.role]));
}

const where = (d: Diagnostic) => [d.code, d.severity, d.line, d.column];

describe("blueprint aliases", () => {
  it("renewal-channel maps HRIS titles (总经理, 副总经理, 经理, 督导员, 续期专员 …) by its aliases", () => {
    const csv = [
      "工号,姓名,直属上级工号,部门,职位",
      "1,甲,,总公司保费部,总经理",
      "2,乙,1,北京分公司保费部,分公司保费部总经理",
      "3,丙,2,北京分公司保费部,副总经理",
      "4,丁,2,北京分公司个续督导室,督导室主任",
      "5,戊,4,北京分公司个续督导室,督导员",
      "6,己,2,北京分公司培训室,培训室主任",
      "7,庚,6,北京分公司培训室,讲师",
      "8,辛,2,朝阳中心支公司保费部,保费室主任",
      "9,壬,8,朝阳中心支公司保费部,银续督训专员",
      "10,癸,8,朝阳中心支公司保费部,内勤",
      "11,子,8,望京支公司保费部,经理",
      "12,丑,11,望京个续组,Team leader",
      "13,寅,12,望京个续组,续期专员",
      "14,卯,12,望京个续组,RENEWAL COLLECTOR",
    ].join("\n");
    const result = importCsv(csv, { blueprint: blueprint(), source: "hris.csv" });
    expect(result.diagnostics, summary(result.diagnostics)).toEqual([]);
    expect(rolesOf(result.files)).toEqual({
      "1": "department-head",
      "2": "department-head",
      "3": "deputy-head",
      "4": "office-head",
      "5": "supervisor",
      "6": "office-head",
      "7": "trainer",
      "8": "department-head",
      "9": "bank-supervisor-trainer",
      "10": "general-admin",
      "11": "department-head",
      "12": "team-lead",
      "13": "renewal-specialist",
      "14": "renewal-specialist",
    });
    const loaded = parseOrg(result.files.get("org.yaml") ?? "");
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("an alias another role already answers to is a schema error at the alias (alias_conflict)", () => {
    const bp = [
      "orgspec-blueprint: 1",
      "id: tiny",
      "roles:",
      "  head: { title: 主管, aliases: [经理, 组员] }",
      '  member: { title: 组员, aliases: [" 经理 "] }',
      "unitTypes:",
      "  team: { title: 组, level: 1, headRole: head, roles: [head, member] }",
      "",
    ].join("\n");
    const org = "orgspec: 1\nblueprint: ./bp.yaml\nunits: [{ id: t, type: team, name: 一组 }]\n";
    const r = parseOrg({ root: "org.yaml", files: { "org.yaml": org, "bp.yaml": bp } });
    const found = r.diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.path, d.data, d.message]);
    expect(found).toEqual([
      [
        "schema",
        "bp.yaml",
        4,
        36,
        ["roles", "head", "aliases", 1],
        { issue: "alias_conflict", field: "aliases" },
        'alias "组员" of role "head" is already the title of role "member"; a job title can mean one role only',
      ],
      [
        "schema",
        "bp.yaml",
        5,
        34,
        ["roles", "member", "aliases", 0],
        { issue: "alias_conflict", field: "aliases" },
        'alias "经理" of role "member" is already the alias of role "head"; a job title can mean one role only',
      ],
    ]);
  });

  it("orgspec schema --blueprint describes aliases: a list of job titles", () => {
    requireCli();
    const run = runCli(["schema", "--blueprint"]);
    expect(run.status, run.stderr).toBe(0);
    const schema = JSON.parse(run.stdout);
    const aliases = schema.properties.roles.additionalProperties.properties.aliases;
    expect(aliases.type).toBe("array");
    expect(aliases.description).toBe(
      "Other job titles that mean this role (for orgspec import csv); case and surrounding spaces ignored.",
    );
    expect(schema.properties.roles.additionalProperties.required).toEqual(["title"]);
  });
});

describe("importCsv: role maps", () => {
  const CSV = [
    "id,name,manager,unit,unitType,title",
    "1,甲,,hq,hq-premium-dept,经理",
    "2,乙,1,br,branch-premium-dept,经理",
    "3,丙,2,sub,sub-branch-premium-dept,经理",
    "4,丁,3,sub,sub-branch-premium-dept,内勤",
    "5,戊,3,sub,sub-branch-premium-dept,续收专员",
  ].join("\n");
  const roles = (roleMaps?: RoleMap[]) => rolesOf(importCsv(CSV, { blueprint: blueprint(), roleMaps }).files);

  it("without maps: the blueprint's ids, titles and aliases", () => {
    expect(roles()).toEqual({
      "1": "department-head",
      "2": "department-head",
      "3": "department-head",
      "4": "general-admin",
      "5": "renewal-specialist",
    });
  });

  it("within a map, the entry for the unit's type before the general one, both before the blueprint", () => {
    const map: RoleMap = {
      titles: { 续收专员: "general-admin", 经理: "deputy-head" },
      unitTypes: { "sub-branch-premium-dept": { 经理: "general-admin" } },
    };
    expect(roles([map])).toEqual({
      "1": "deputy-head",
      "2": "deputy-head",
      "3": "general-admin",
      "4": "general-admin",
      "5": "general-admin",
    });
  });

  it("maps in order: an earlier map's general entry wins over a later map's entry for the type", () => {
    const first: RoleMap = { titles: { 经理: "department-head" } };
    const second: RoleMap = {
      unitTypes: { "sub-branch-premium-dept": { 经理: "general-admin", 内勤: "renewal-specialist" } },
    };
    expect(roles([first, second])).toEqual({
      "1": "department-head",
      "2": "department-head",
      "3": "department-head",
      "4": "renewal-specialist",
      "5": "renewal-specialist",
    });
  });

  it("titles compare without case and surrounding spaces, in maps as in cells", () => {
    const csv = "id,name,unit,unitType,title,manager\n1,甲,hq,hq-premium-dept,  chief DREAMER ,\n";
    const result = importCsv(csv, {
      blueprint: blueprint(),
      roleMaps: [{ titles: { " Chief Dreamer": "department-head" } }],
    });
    expect(result.diagnostics).toEqual([]);
    expect(rolesOf(result.files)).toEqual({ "1": "department-head" });
  });

  it("an entry for a unit type takes part in choosing the unit's type", () => {
    const csv = [
      "id,name,manager,unit,title",
      "1,甲,,总公司保费部,总经理",
      "2,乙,1,北京分公司保费部,总经理",
      "3,丙,2,督导一室,主任",
      "4,丁,3,督导一室,督导",
    ].join("\n");
    // 主任 is a department-head, except in an individual-supervision-office: so 督导一室
    // (no type title in its name) can only be that office — department-head is allowed in
    // no supervision office.
    const map: RoleMap = {
      titles: { 主任: "department-head" },
      unitTypes: { "individual-supervision-office": { 主任: "office-head" } },
    };
    const result = importCsv(csv, { blueprint: blueprint(), roleMaps: [map] });
    expect(result.diagnostics).toEqual([]);
    const org = parseOrg(result.files.get("org.yaml") ?? "").org as Org;
    expect(org.unit("督导一室").type).toBe("individual-supervision-office");
    expect(org.person("3").role).toBe("office-head");
    expect(org.person("4").manager?.id).toBe("3");
  });
});

describe("importCsv: unmapped titles", () => {
  it("are noted once each, at the first row, with the row count and a did-you-mean", () => {
    const result = importCsv(HRIS, { blueprint: blueprint(), source: "hris.csv" });
    expect(result.error).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.line, d.code, d.message, d.hint, d.data])).toEqual([
      [
        5,
        "import-guessed",
        'job title "主任" (1 row, "110101") maps to no role of blueprint "renewal-channel"; written as is',
        'did you mean "室主任" (office-head)?',
        { reason: "role-as-is", id: "110101", chosen: "主任", candidates: ["office-head"] },
      ],
      [
        9,
        "import-guessed",
        'job title "续收专员员" (2 rows, the first "110412") maps to no role of blueprint "renewal-channel"; written as is',
        'did you mean "续收专员" (renewal-specialist)?',
        { reason: "role-as-is", id: "110412", chosen: "续收专员员", candidates: ["renewal-specialist"] },
      ],
      [
        11,
        "import-guessed",
        'job title "Team Leadr" (1 row, "110414") maps to no role of blueprint "renewal-channel"; written as is',
        'did you mean "Team lead" (team-lead) or "Team leader" (team-lead)?',
        { reason: "role-as-is", id: "110414", chosen: "Team Leadr", candidates: ["team-lead"] },
      ],
    ]);
    // Each note spans its whole line of the export.
    const lines = HRIS.split("\n");
    for (const d of result.diagnostics) expect(HRIS.slice(d.offset, d.endOffset)).toBe(lines[d.line - 1]);
  });

  it("say where a role map gives the title a role in other unit types only", () => {
    const csv = "id,name,unit,unitType,title,manager\n1,甲,hq,hq-premium-dept,主任,\n";
    const map: RoleMap = { unitTypes: { "sub-branch-premium-dept": { 主任: "department-head" } } };
    const [d] = importCsv(csv, { blueprint: blueprint(), roleMaps: [map] }).diagnostics;
    expect(d?.hint).toBe(
      'did you mean "室主任" (office-head)?; the role map gives it a role in sub-branch-premium-dept only',
    );
  });

  it("an export whose titles all map gives an org with no errors", () => {
    const { roleMap, diagnostics } = parseRoleMap(TITLES_YAML, { blueprint: blueprint(), source: "titles.yaml" });
    expect(diagnostics).toEqual([]);
    const result = importCsv(HRIS, {
      blueprint: blueprint(),
      source: "hris.csv",
      roleMaps: [{ titles: { "Team Leadr": "renewal-specialist" } }, roleMap as RoleMap],
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.get("org.yaml")).toBe(IMPORTED);
    const loaded = parseOrg(IMPORTED, { filename: "org.yaml" });
    expect(loaded.diagnostics, summary(loaded.diagnostics)).toEqual([]);
  });
});

describe("importCsv: padded cells and CSV syntax", () => {
  it("padding in the header and cells changes nothing", () => {
    const plain = HRIS.split("\n")
      .map((line) =>
        line
          .split(",")
          .map((c) => c.trim())
          .join(","),
      )
      .join("\n");
    expect(plain).not.toBe(HRIS);
    const options = { blueprint: blueprint(), source: "hris.csv", roleMaps: [{ titles: { 主任: "office-head" } }] };
    const padded = importCsv(HRIS, options);
    const trimmed = importCsv(plain, options);
    expect(padded.files.get("org.yaml")).toBe(trimmed.files.get("org.yaml"));
    expect(padded.columns).toEqual({ id: "工号", name: "姓名", manager: "直属上级工号", unit: "部门", role: "职位" });
    expect(padded.diagnostics.map((d) => [d.line, d.message])).toEqual(
      trimmed.diagnostics.map((d) => [d.line, d.message]),
    );
  });

  it("an export that does not parse is one csv-syntax error, at the cell where it starts", () => {
    const csv = 'id,name,unit,role,manager\n1,甲,hq,部门负责人,\n2,"乙,hq,副经理,1\n3,丙,hq,副经理,1\n';
    const result = importCsv(csv, { blueprint: blueprint(), source: "hris.csv" });
    expect(result.files.size).toBe(0);
    expect(result.error).toBe("CSV: this quoted cell is never closed (the file ends inside its quotes)");
    expect(result.diagnostics.map((d) => [...where(d), d.file, d.data])).toEqual([
      ["csv-syntax", "error", 3, 3, "hris.csv", { problem: "syntax" }],
    ]);
    expect(csv.slice(result.diagnostics[0]?.offset, result.diagnostics[0]?.endOffset)).toBe('"');
  });
});

describe("parseRoleMap", () => {
  const CSV_MAP = [
    "title,role,unitType",
    "续收专员员,renewal-specialist,",
    " 主任 , office-head ,银续督导室",
    "主任,department-head,sub-branch-premium-dept",
    "",
  ].join("\n");

  it("YAML and CSV give the same map; unit types by id or title", () => {
    const bp = blueprint();
    const yaml = parseRoleMap(TITLES_YAML, { blueprint: bp, source: "titles.yaml" });
    const csv = parseRoleMap(CSV_MAP, { blueprint: bp, source: "titles.csv" });
    expect(yaml.diagnostics).toEqual([]);
    expect(csv.diagnostics).toEqual([]);
    expect(yaml.roleMap).toEqual({
      titles: { 续收专员员: "renewal-specialist" },
      unitTypes: {
        "bank-supervision-office": { 主任: "office-head" },
        "sub-branch-premium-dept": { 主任: "department-head" },
      },
    });
    expect(csv.roleMap).toEqual(yaml.roleMap);
    expect(parseRoleMap(CSV_MAP, { blueprint: bp, format: "csv" }).roleMap).toEqual(yaml.roleMap);
  });

  it("YAML: every problem at its line and column, and no map", () => {
    const text = [
      "titles:",
      "  经理: department-head",
      "  Team Leadr: team-lead",
      "  team leadr: renewal-specialist",
      "  总监: 部门负责人",
      "unitTypes:",
      "  bank-supervision-office:",
      "    主任: office-head",
      "    督导: team-lead",
      "  银续督导室: { 副主任: supervisor }",
      "  nope: { x: team-lead }",
      "",
    ].join("\n");
    const r = parseRoleMap(text, { blueprint: blueprint(), source: "titles.yaml" });
    expect(r.roleMap).toBeUndefined();
    expect(r.diagnostics.map((d) => [...where(d), d.file, d.message, d.hint, d.data])).toEqual([
      [
        "schema",
        "error",
        4,
        3,
        "titles.yaml",
        'job title "team leadr" is mapped to "team-lead" before; one title means one role',
        undefined,
        { issue: "role_map_conflict", field: null },
      ],
      [
        "unknown-role",
        "error",
        5,
        7,
        "titles.yaml",
        'role "部门负责人" is not a role of blueprint "renewal-channel"',
        '"部门负责人" is a title of role "department-head": give the role id, "department-head"',
        { role: "部门负责人", blueprint: "renewal-channel", person: null, unit: null, suggestion: "department-head" },
      ],
      [
        "role-not-allowed",
        "error",
        9,
        9,
        "titles.yaml",
        'role "team-lead" is not allowed in unit type "bank-supervision-office"',
        "allowed: office-head, supervisor",
        {
          role: "team-lead",
          unitType: "bank-supervision-office",
          unit: null,
          person: null,
          allowed: ["office-head", "supervisor"],
        },
      ],
      [
        "unknown-unit-type",
        "error",
        11,
        3,
        "titles.yaml",
        'unit type "nope" is not defined in blueprint "renewal-channel"',
        undefined,
        { type: "nope", blueprint: "renewal-channel", unit: null, suggestion: null },
      ],
    ]);
    const conflict = r.diagnostics[0];
    expect(conflict?.related?.map((x) => [x.line, x.column, x.message])).toEqual([
      [3, 3, '"Team Leadr" is mapped to "team-lead" here'],
    ]);
  });

  it("YAML: an unknown key is a schema error with a did-you-mean; bad YAML is yaml-syntax", () => {
    const bp = blueprint();
    const typo = parseRoleMap("title:\n  经理: department-head\n", { blueprint: bp });
    expect(typo.diagnostics.map((d) => [...where(d), d.file, d.hint])).toEqual([
      ["schema", "error", 1, 1, "<role map>", 'did you mean "titles"?'],
    ]);
    const broken = parseRoleMap("titles: { 经理: department-head\n", { blueprint: bp, source: "m.yaml" });
    expect(broken.roleMap).toBeUndefined();
    expect(broken.diagnostics.map((d) => d.code)).toEqual(["yaml-syntax"]);
  });

  it("CSV: a conflict, a missing role and an unknown column, each at its cell", () => {
    const text = [
      "title,role,unitType,note",
      "经理,department-head,,x",
      " 主任 , office-head ,银续督导室,",
      "主任,supervisor,bank-supervision-office,",
      "督导,,,",
      "",
    ].join("\n");
    const r = parseRoleMap(text, { blueprint: blueprint(), source: "titles.csv" });
    expect(r.roleMap).toBeUndefined();
    expect(r.diagnostics.map((d) => [...where(d), d.message, d.data])).toEqual([
      [
        "schema",
        "error",
        1,
        21,
        'column "note" is not one of a role map\'s: title, role and (optionally) unitType',
        { issue: "roster_column", field: null },
      ],
      [
        "schema",
        "error",
        4,
        1,
        'job title "主任" in unit type "bank-supervision-office" is mapped to "office-head" before; one title means one role',
        { issue: "role_map_conflict", field: null },
      ],
      ["schema", "error", 5, 4, "missing role", { issue: "missing_field", field: "role" }],
    ]);
    expect(r.diagnostics[1]?.related?.map((x) => [x.line, x.column])).toEqual([[3, 2]]);
  });

  it("the role maps shown in docs/interchange.md are clean on renewal-channel", () => {
    const page = readFileSync(join(REPO, "docs", "interchange.md"), "utf8");
    const yaml = /```yaml\n(# titles\.yaml[\s\S]*?)```/.exec(page)?.[1] ?? "";
    const csv = /```csv\n(title,role,unitType\n[\s\S]*?)```/.exec(page)?.[1] ?? "";
    expect(yaml).toContain("unitTypes:");
    expect(csv).toContain("主任,office-head,bank-supervision-office");
    const bp = blueprint();
    const fromYaml = parseRoleMap(yaml, { blueprint: bp, source: "titles.yaml" });
    const fromCsv = parseRoleMap(csv, { blueprint: bp, source: "titles.csv" });
    expect([...fromYaml.diagnostics, ...fromCsv.diagnostics]).toEqual([]);
    expect(fromYaml.roleMap?.unitTypes?.["back-office-support"]).toEqual({
      主任: "office-head",
      内勤: "support-staff",
    });
    expect(fromCsv.roleMap?.titles).toEqual({ 分公司经理: "department-head" });
  });

  it("CSV: a missing column, and text that does not parse (csv-syntax)", () => {
    const bp = blueprint();
    const missing = parseRoleMap("title,unitType\n经理,\n", { blueprint: bp, source: "m.csv" });
    expect(missing.diagnostics.map((d) => [...where(d), d.message])).toEqual([
      [
        "schema",
        "error",
        1,
        1,
        'missing column "role"; a role map\'s header names title, role and (optionally) unitType',
      ],
    ]);
    const broken = parseRoleMap('title,role\n"经理,department-head\n', { blueprint: bp, source: "m.csv" });
    expect(broken.diagnostics.map((d) => [...where(d), d.data])).toEqual([
      ["csv-syntax", "error", 2, 1, { problem: "syntax" }],
    ]);
  });
});

describe("orgspec import csv: job titles", () => {
  beforeAll(requireCli);

  it("unmapped titles: listed once each on stderr, the org written, exit 1", () => {
    const dir = tempTree({ "hris.csv": HRIS });
    const run = runCli(["import", "csv", "hris.csv", "-o", "out"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        'orgspec import: hris.csv:5: job title "主任" (1 row, "110101") maps to no role of blueprint "renewal-channel"; written as is; did you mean "室主任" (office-head)? (import-guessed)',
        'orgspec import: hris.csv:9: job title "续收专员员" (2 rows, the first "110412") maps to no role of blueprint "renewal-channel"; written as is; did you mean "续收专员" (renewal-specialist)? (import-guessed)',
        'orgspec import: hris.csv:11: job title "Team Leadr" (1 row, "110414") maps to no role of blueprint "renewal-channel"; written as is; did you mean "Team lead" (team-lead) or "Team leader" (team-lead)? (import-guessed)',
        'orgspec import: 3 job titles map to no role of blueprint "renewal-channel": map them with --map-role "<title>=<role>" or --role-map <file>',
        "orgspec import: wrote out/org.yaml: 5 units, 11 people (1 explicit reportsTo); 4 errors, 0 warnings, 0 infos in 1 file",
        "orgspec import: 4 unknown-role errors of the unmapped job titles above not shown (orgspec validate lists them)",
        "",
      ].join("\n"),
    );
    const written = readFileSync(join(dir, "out", "org.yaml"), "utf8");
    expect(written).toContain('  - { id: "110101", name: 周敏, unit: 北京分公司银续督导室, role: 主任 }');
    expect(written).toContain(
      '  - { id: "110102", name: 吴磊, unit: 北京分公司银续督导室, role: supervisor, reportsTo: "110101" }',
    );
    const validate = runCli(["validate", "out/org.yaml", "--format", "compact"], { cwd: dir });
    expect(validate.status).toBe(1);
    expect(validate.stdout.split("\n").filter((l) => l.includes("[unknown-role]"))).toHaveLength(4);
  });

  it("--role-map (YAML) and --map-role: every title maps, the org validates, exit 0", () => {
    const dir = tempTree({ "hris.csv": HRIS, "titles.yaml": TITLES_YAML });
    const args = ["import", "csv", "hris.csv", "-o", "out", "--role-map", "titles.yaml"];
    const run = runCli([...args, "--map-role", "Team Leadr = renewal-specialist"], { cwd: dir });
    expect(run.stderr).toBe(
      "orgspec import: wrote out/org.yaml: 5 units, 11 people (0 explicit reportsTo); 0 errors, 0 warnings, 0 infos in 1 file\n",
    );
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, "out", "org.yaml"), "utf8")).toBe(IMPORTED);
    expect(runCli(["validate", "out/org.yaml"], { cwd: dir }).status).toBe(0);
  });

  it("--map-role comes before --role-map, which comes before the blueprint's aliases", () => {
    const map = "title,role,unitType\n续收专员员,renewal-specialist,\n主任,office-head,\n续期专员,team-lead,\n";
    const dir = tempTree({ "hris.csv": HRIS, "titles.csv": map });
    const run = runCli(
      [
        "import",
        "csv",
        "hris.csv",
        "-o",
        "out",
        "--role-map",
        "titles.csv",
        "--map-role",
        "续期专员=renewal-specialist",
        "--map-role",
        "team leadr=renewal-specialist",
      ],
      { cwd: dir },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "out", "org.yaml"), "utf8")).toBe(IMPORTED);
  });

  it("a role map with problems: printed with code frames, nothing written, exit 2", () => {
    const dir = tempTree({ "hris.csv": HRIS, "titles.yaml": "titles:\n  主任: supervisr\n" });
    const run = runCli(["import", "csv", "hris.csv", "-o", "out", "--role-map", "titles.yaml"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      [
        'titles.yaml:2:7  error  role "supervisr" is not a role of blueprint "renewal-channel"  unknown-role',
        '  hint: did you mean "supervisor"?',
        "  2 |   主任: supervisr",
        "    |         ^^^^^^^^^",
        "",
        "1 error, 0 warnings, 0 infos in 1 file",
        "orgspec import: role map titles.yaml has 1 error; nothing was imported",
        "",
      ].join("\n"),
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("--map-role that is not <title>=<role id>, or names no role: exit 2 before anything is read", () => {
    const dir = tempTree({ "hris.csv": HRIS });
    const base = ["import", "csv", "hris.csv", "-o", "out"];
    const malformed = runCli([...base, "--map-role", "主任"], { cwd: dir });
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toBe(
      'orgspec import: --map-role expects "<job title>=<role id>", got "主任"\nRun "orgspec import --help" for usage.\n',
    );
    const title = runCli([...base, "--map-role", "主任=室主任"], { cwd: dir });
    expect(title.status).toBe(2);
    expect(title.stderr).toBe(
      'orgspec import: --map-role "主任=室主任": "室主任" is not a role of blueprint "renewal-channel"; "室主任" is a title of role "office-head": give the role id, "office-head"\nRun "orgspec import --help" for usage.\n',
    );
    const twice = runCli([...base, "--map-role", "主任=office-head", "--map-role", "主任=supervisor"], { cwd: dir });
    expect(twice.status).toBe(2);
    expect(twice.stderr).toBe(
      'orgspec import: --map-role maps "主任" to "office-head" and to "supervisor"; give one role\nRun "orgspec import --help" for usage.\n',
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("an export that does not parse: csv-syntax at its line and column, nothing written, exit 2", () => {
    const dir = tempTree({ "hris.csv": 'id,name,unit,role,manager\n1,甲,hq,部门负责人,\n2,"乙,hq,副经理,1\n' });
    const run = runCli(["import", "csv", "hris.csv", "-o", "out"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "orgspec import: hris.csv:3:3: CSV: this quoted cell is never closed (the file ends inside its quotes) (csv-syntax)\n",
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("an export that is not UTF-8: csv-syntax at the first bad byte, exit 2", () => {
    const head = new TextEncoder().encode("id,name,unit,role,manager\n1,");
    const dir = tempTree({ "hris.csv": new Uint8Array([...head, 0xc4, 0xe3, 0x2c, 0x0a]) });
    const run = runCli(["import", "csv", "hris.csv", "-o", "out"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'orgspec import: hris.csv:2:3: file is not valid UTF-8 text; save it as UTF-8 ("CSV UTF-8") (csv-syntax)\n',
    );
  });
});

describe("orgspec validate: CSV rosters", () => {
  beforeAll(requireCli);

  it("a padded roster reads as trimmed; a problem is reported at the value after the padding", () => {
    const dir = tempTree({
      "org.yaml": skeleton({ top: "include: [staff.csv]\n" }),
      "staff.csv":
        ' id , name , unit , role \n 201 , 甲 , team , renewal-specialist \n202,乙,team,"  renewal-specialst "\n',
    });
    const run = runCli(["validate", "org.yaml", "--format", "compact"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      'staff.csv:3:15: error role "renewal-specialst" is not in blueprint "renewal-channel" [unknown-role]\n',
    );
  });

  it("a roster that does not parse is csv-syntax, not yaml-syntax", () => {
    const dir = tempTree({
      "org.yaml": skeleton({ top: "include: [staff.csv]\n" }),
      "staff.csv": 'id,name,unit,role\n201,甲,team,renewal-specialist\n202,"乙,team,renewal-specialist\n',
    });
    const run = runCli(["validate", "org.yaml", "--format", "compact"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      "staff.csv:3:5: error CSV: this quoted cell is never closed (the file ends inside its quotes) [csv-syntax]\n",
    );
  });
});

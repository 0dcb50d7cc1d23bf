/**
 * `orgspec find` as a real process (dist/cli.js; `npm test` builds first): the four questions
 * at the top of docs/find.md answered on examples/renewal-channel/, the formats (text aligned
 * and CJK-aware, json, csv, ids), --count, --sort, --limit, --lines, and the exit codes with
 * the selector error's column and caret lines.
 *
 * Every expected output is worked out by hand from the example's YAML (see the comments;
 * tests/find/selector.test.ts has the longer derivations). Text alignment by hand: columns
 * are padded to the widest cell in display width (a CJK character is 2 columns) and
 * separated by two spaces, the last column unpadded — as `orgspec query` prints its tables.
 */
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, type CliRun, requireCli, runCli } from "../helpers/cli.js";
import { REPO, removeTempTrees, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);
beforeAll(requireCli);

const ORG = "examples/renewal-channel/org.yaml";

const run = (args: readonly string[]): CliRun => runCli(args, { env: { NO_COLOR: "1" } });
const find = (...args: string[]): CliRun => run(["find", ORG, ...args]);
const lines = (text: string) => text.replace(/\n$/, "").split("\n");
const stderrLines = (r: CliRun) => r.stderr.split(/\r?\n/);

/** Beijing's 44 people in file order (branches/beijing.yaml). */
const BJ_PEOPLE = [
  ...["110001", "110002", "110011", "110012", "110013", "110021", "110022", "110023"],
  ...["110031", "110032", "110033", "110041", "110042", "110043"],
  ...["110101", "0071", "110103", "110104", "110105", "110106", "110107", "110201"],
  ...["110211", "110212", "110213", "110214", "110215", "110216"],
  ...["110221", "110222", "110223", "110224", "110225", "110301"],
  ...["110311", "110312", "110313", "110314", "110401", "110402"],
  ...["110411", "110412", "110413", "110414"],
];

/** A minimal RFC 4180 reader: rows of cells, quotes doubled inside quoted cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe("the four questions of docs/find.md, on the example", () => {
  it("all bank-renewal specialists under 北京: 望京银续组's four, as an aligned table", () => {
    // bj's only bank-renewal-team is bj-cy-wj-bank; its specialists 110222–110225 (110221 leads it).
    // Widths: id 6, name 4 (two CJK characters), unit 13.
    const r = find("people", "role:renewal-specialist", "type:bank-renewal-team", "under:bj");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        "110222  曹颖  bj-cy-wj-bank  renewal-specialist",
        "110223  袁斌  bj-cy-wj-bank  renewal-specialist",
        "110224  邓辉  bj-cy-wj-bank  renewal-specialist",
        "110225  许诺  bj-cy-wj-bank  renewal-specialist",
        "",
      ].join("\n"),
    );
    expect(stderrLines(r)).toContain("4 people");
    // one argument or three: the selector is the arguments joined by spaces.
    const joined = find("people", "role:renewal-specialist type:bank-renewal-team under:bj");
    expect(joined.stdout).toBe(r.stdout);
  });

  it("which teams have no team lead: none (exit 0, no rows); the vacant unit is 双井", () => {
    // every one of the seven teams has its lead (README unit tree).
    const r = find("units", "type:individual-renewal-team,bank-renewal-team", "vacant");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(stderrLines(r)).toContain("0 units");
    const json = find("units", "type:individual-renewal-team,bank-renewal-team", "vacant", "--format", "json");
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ kind: "units", count: 0, results: [] });
    const vacant = find("units", "vacant", "--format", "ids");
    expect(vacant.stdout).toBe("bj-cy-sj\n");
  });

  it("who among the 督训 of 朝阳 has a concurrent post: nobody", () => {
    // bj-cy's 督训 are 110103–110106; the only `also` post is 110107's (a general-admin).
    const sel = ["role:bank-supervisor-trainer,individual-supervisor-trainer", "under:朝阳中心支公司保费部"];
    const r = find("people", ...sel, "has:also");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(stderrLines(r)).toContain("0 people");
    expect(find("people", ...sel, "--format", "ids").stdout).toBe("110103\n110104\n110105\n110106\n");
  });

  it("everyone under bj as ids, piped into `query … manager`", () => {
    const ids = find("people", "under:bj", "--format", "ids");
    expect(ids.status).toBe(0);
    expect(ids.stdout).toBe(`${BJ_PEOPLE.join("\n")}\n`);
    // The pipe of docs/find.md: one `query manager` per id. By hand (README, solid lines):
    // 110001 → 100001 王建国; 110225 → 0071 高秀英 (reportsTo); 110301 → 110101 何强 (vacant 双井).
    const node = JSON.stringify(process.execPath);
    const cli = JSON.stringify(CLI);
    const piped = spawnSync(
      "sh",
      ["-c", `${node} ${cli} find ${ORG} people under:bj --format ids | xargs -n1 ${node} ${cli} query ${ORG} manager`],
      { cwd: REPO, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(piped.status).toBe(0);
    const answers = lines(piped.stdout);
    expect(answers).toHaveLength(44);
    expect(answers[0]?.split(/\s+/).slice(0, 2)).toEqual(["100001", "王建国"]);
    expect(answers[BJ_PEOPLE.indexOf("110225")]?.split(/\s+/).slice(0, 2)).toEqual(["0071", "高秀英"]);
    expect(answers[BJ_PEOPLE.indexOf("110301")]?.split(/\s+/).slice(0, 2)).toEqual(["110101", "何强"]);
  });
});

describe("--format text", () => {
  it("pads CJK names by display width and short ids (0071) to the widest", () => {
    // bj-cy's seven people: ids 6 wide (0071 is 4), names up to 6 (高秀英), unit 5.
    const r = find("people", "unit:bj-cy");
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      "110101  何强    bj-cy  department-head",
      "0071    高秀英  bj-cy  deputy-head",
      "110103  林峰    bj-cy  bank-supervisor-trainer",
      "110104  罗欣    bj-cy  bank-supervisor-trainer",
      "110105  梁宇    bj-cy  individual-supervisor-trainer",
      "110106  宋佳    bj-cy  individual-supervisor-trainer",
      "110107  郑雪    bj-cy  general-admin",
    ]);
    expect(stderrLines(r)).toContain("7 people");
  });

  it("pads the unit column", () => {
    // bj-cy-sj (8) is padded to bj-cy-sj-ind (12).
    expect(lines(find("people", "under:bj-cy-sj").stdout)).toEqual([
      "110301  傅玲  bj-cy-sj      renewal-specialist",
      "110311  沈杰  bj-cy-sj-ind  team-lead",
      "110312  曾敏  bj-cy-sj-ind  renewal-specialist",
      "110313  彭飞  bj-cy-sj-ind  renewal-specialist",
      "110314  吕芳  bj-cy-sj-ind  renewal-specialist",
    ]);
  });

  it("units as id, name, type, level, parent", () => {
    // 双井支公司保费部 is 16 columns wide, 双井个续组 10; both types are 23 characters.
    const r = find("units", "under:bj-cy-sj");
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      "bj-cy-sj      双井支公司保费部  sub-branch-premium-dept  4  bj-cy",
      "bj-cy-sj-ind  双井个续组        individual-renewal-team  4  bj-cy-sj",
    ]);
    expect(stderrLines(r)).toContain("2 units");
  });

  it("prints no colour codes and keeps the count line off stdout", () => {
    const r = find("people", "role:team-lead");
    expect(r.stdout).not.toContain("\u001b[");
    expect(r.stdout).not.toMatch(/people/);
    expect(lines(r.stdout)).toHaveLength(7);
    expect(stderrLines(r)).toContain("7 people");
  });
});

describe("--format json", () => {
  it("people: { kind, count, results } with { id, name, unit, role }", () => {
    const r = find("people", "unit:bj-cy-wj-bank", "--format", "json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["kind", "count", "results"]);
    expect(out).toEqual({
      kind: "people",
      count: 5,
      results: [
        { id: "110221", name: "程亮", unit: "bj-cy-wj-bank", role: "team-lead" },
        { id: "110222", name: "曹颖", unit: "bj-cy-wj-bank", role: "renewal-specialist" },
        { id: "110223", name: "袁斌", unit: "bj-cy-wj-bank", role: "renewal-specialist" },
        { id: "110224", name: "邓辉", unit: "bj-cy-wj-bank", role: "renewal-specialist" },
        { id: "110225", name: "许诺", unit: "bj-cy-wj-bank", role: "renewal-specialist" },
      ],
    });
    for (const p of out.results) expect(Object.keys(p)).toEqual(["id", "name", "unit", "role"]);
  });

  it("units: { id, name, type, level, parent }, parent null at the root", () => {
    const out = JSON.parse(find("units", "unit:hq,bj-cy-sj", "--format", "json").stdout);
    expect(out).toEqual({
      kind: "units",
      count: 2,
      results: [
        { id: "hq", name: "总公司保费部", type: "hq-premium-dept", level: 1, parent: null },
        { id: "bj-cy-sj", name: "双井支公司保费部", type: "sub-branch-premium-dept", level: 4, parent: "bj-cy" },
      ],
    });
    for (const u of out.results) expect(Object.keys(u)).toEqual(["id", "name", "type", "level", "parent"]);
  });

  it("count is the number of matches before --limit", () => {
    // the seven team leads, in file order; --limit 2 keeps 韩梅 and 程亮.
    const out = JSON.parse(find("people", "role:team-lead", "--format", "json", "--limit", "2").stdout);
    expect(out.count).toBe(7);
    expect(out.results.map((p: { id: string }) => p.id)).toEqual(["110211", "110221"]);
  });
});

describe("--format csv", () => {
  it("a header and one row per result", () => {
    const r = find("people", "unit:bj-cy-wj-bank", "--format", "csv");
    expect(r.status).toBe(0);
    expect(lines(r.stdout.replace(/\r\n/g, "\n"))).toEqual([
      "id,name,unit,role",
      "110221,程亮,bj-cy-wj-bank,team-lead",
      "110222,曹颖,bj-cy-wj-bank,renewal-specialist",
      "110223,袁斌,bj-cy-wj-bank,renewal-specialist",
      "110224,邓辉,bj-cy-wj-bank,renewal-specialist",
      "110225,许诺,bj-cy-wj-bank,renewal-specialist",
    ]);
  });

  it("units: the root's parent is an empty cell", () => {
    const r = find("units", "unit:hq,bj", "--format", "csv");
    expect(lines(r.stdout.replace(/\r\n/g, "\n"))).toEqual([
      "id,name,type,level,parent",
      "hq,总公司保费部,hq-premium-dept,1,",
      "bj,北京分公司保费部,branch-premium-dept,2,hq",
    ]);
  });

  it("a header only when nothing matches", () => {
    expect(lines(find("units", "over-plan", "vacant", "--format", "csv").stdout.replace(/\r\n/g, "\n"))).toEqual([
      "id,name,type,level,parent",
    ]);
  });
});

describe("--format ids", () => {
  it("one id per line, nothing else", () => {
    const r = find("people", "role:team-lead", "--format", "ids");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("110211\n110221\n110311\n110411\n440211\n440221\n440411\n");
    expect(find("units", "under-plan", "--format", "ids").stdout).toBe("bj-cy-wj-ind\nbj-cy-sj\ngd-training\n");
    expect(find("people", "has:also", "--format", "ids").stdout).toBe("110107\n");
  });
});

describe("--count, --limit, --sort", () => {
  it("--count prints the number before --limit, in every format", () => {
    for (const format of ["text", "json", "csv", "ids"]) {
      const r = find("people", "under:bj", "--count", "--format", format);
      expect(r.status, format).toBe(0);
      expect(r.stdout, format).toBe("44\n");
    }
    expect(find("people", "under:bj", "--count", "--limit", "3").stdout).toBe("44\n");
    expect(find("units", "vacant", "--count").stdout).toBe("1\n");
    expect(find("units", "level:3", "--count").stdout).toBe("3\n");
    expect(find("people", "role:team-lead", "has:also", "--count").stdout).toBe("0\n");
    // names for ids: the branch by its name.
    expect(find("people", "under:北京分公司保费部", "--count").stdout).toBe("44\n");
  });

  it("--limit keeps the first n", () => {
    expect(find("people", "under:bj", "--limit", "3", "--format", "ids").stdout).toBe("110001\n110002\n110011\n");
    expect(find("people", "under:bj", "--limit", "100", "--format", "ids").stdout).toBe(`${BJ_PEOPLE.join("\n")}\n`);
  });

  it("--sort name: by name in code-unit order", () => {
    // 双井: 傅 U+5085, 吕 U+5415, 彭 U+5F6D, 曾 U+66FE, 沈 U+6C88.
    expect(find("people", "under:bj-cy-sj", "--sort", "name", "--format", "ids").stdout).toBe(
      "110301\n110314\n110313\n110312\n110311\n",
    );
    // team leads: 古 U+53E4 440221, 孔 U+5B54 440411, 欧 U+6B27 440211, 沈 U+6C88 110311,
    // 程 U+7A0B 110221, 蒋 U+848B 110411, 韩 U+97E9 110211; --limit after the sort.
    expect(find("people", "role:team-lead", "--sort", "name", "--limit", "3", "--format", "ids").stdout).toBe(
      "440221\n440411\n440211\n",
    );
  });

  it("--sort id: by id in code-unit order (0071 first)", () => {
    expect(find("people", "unit:bj-cy", "--sort", "id", "--format", "ids").stdout).toBe(
      "0071\n110101\n110103\n110104\n110105\n110106\n110107\n",
    );
    // unit ids: "bj-cy" < "bj-cy-sj" < "bj-cy-sj-ind" < "bj-cy-wj" < "bj-cy-wj-bank" < "bj-cy-wj-ind".
    expect(find("units", "under:bj-cy", "--sort", "id", "--format", "ids").stdout).toBe(
      "bj-cy\nbj-cy-sj\nbj-cy-sj-ind\nbj-cy-wj\nbj-cy-wj-bank\nbj-cy-wj-ind\n",
    );
  });

  it("--sort unit: the unit tree's depth-first order, then source order; name ties by id", () => {
    // Units in the file: hq, a, b, a1 (a1 under a): depth-first hq, a, a1, b.
    // People in the file: 5 (b), 20 (a1), 3 (hq), 4 (a), 10 (a1) → by unit: 3, 4, 20, 10, 5.
    // Names: 5 张伟, 20 张伟, 10 张伟, 3 王建国 (王 U+738B > 张 U+5F20), 4 李娜 (李 U+674E):
    // by name then id ("10" < "20" < "5"): 10, 20, 5, 4, 3.
    const root = tempTree({
      "org.yaml": `orgspec: 1
blueprint: renewal-channel
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: a, type: branch-premium-dept, name: 甲分公司, parent: hq }
  - { id: b, type: branch-premium-dept, name: 乙分公司, parent: hq }
  - { id: a1, type: central-premium-dept, name: 甲中支, parent: a }
people:
  - { id: "5", name: 张伟, unit: b, role: deputy-head }
  - { id: "20", name: 张伟, unit: a1, role: general-admin }
  - { id: "3", name: 王建国, unit: hq, role: department-head }
  - { id: "4", name: 李娜, unit: a, role: department-head }
  - { id: "10", name: 张伟, unit: a1, role: bank-supervisor-trainer }
`,
    });
    const org = `${root}/org.yaml`;
    const ids = (...args: string[]) => run(["find", org, ...args, "--format", "ids"]).stdout;
    expect(ids("people")).toBe("5\n20\n3\n4\n10\n"); // source order
    expect(ids("people", "--sort", "unit")).toBe("3\n4\n20\n10\n5\n");
    expect(ids("people", "--sort", "name")).toBe("10\n20\n5\n4\n3\n");
    expect(ids("people", "--sort", "id")).toBe("10\n20\n3\n4\n5\n");
    expect(ids("units")).toBe("hq\na\nb\na1\n");
    expect(ids("units", "--sort", "unit")).toBe("hq\na\na1\nb\n");
    expect(ids("units", "--sort", "id")).toBe("a\na1\nb\nhq\n");
    // the ambiguous name is an error (exit 2) listing the candidates: id, unit, role.
    const amb = run(["find", org, "people", "reports-to:张伟"]);
    expect(amb.status).toBe(2);
    expect(amb.stdout).toBe("");
    const err = amb.stderr.split("\n");
    for (const [id, unit, role] of [
      ["5", "b", "deputy-head"],
      ["20", "a1", "general-admin"],
      ["10", "a1", "bank-supervisor-trainer"],
    ] as const) {
      expect(
        err.some((l) => new RegExp(`(^|\\W)${id}(\\W|$)`).test(l) && l.includes(unit) && l.includes(role)),
        `candidate ${id} listed in:\n${amb.stderr}`,
      ).toBe(true);
    }
  });
});

describe("--lines", () => {
  it("picks the lines reports-to: follows", () => {
    // README: `reports 110105 --lines dotted` is 110211, 110311; with all, their teams too.
    expect(find("people", "reports-to:110105", "--format", "ids").stdout).toBe("");
    expect(find("people", "reports-to:110105", "--lines", "dotted", "--format", "ids").stdout).toBe("110211\n110311\n");
    expect(find("people", "reports-to:110105", "--lines", "all", "--format", "ids").stdout).toBe(
      "110211\n110212\n110213\n110214\n110215\n110216\n110311\n110312\n110313\n110314\n",
    );
    expect(find("people", "reports-to:梁宇", "--lines", "all", "--count").stdout).toBe("10\n");
  });
});

describe("hostile names", () => {
  const BLUEPRINT = `blueprint:
  orgspec-blueprint: 1
  id: mini
  roles:
    head: { title: Head }
    spec: { title: Specialist }
  unitTypes:
    top: { title: Top, level: 1, headRole: head, roles: [head, spec] }
    pool: { title: Pool, level: 2, parents: [top], roles: [spec] }
`;
  let org: string;
  beforeAll(() => {
    const root = tempTree({
      "org.yaml": `orgspec: 1
${BLUEPRINT}units:
  - { id: top, type: top, name: Top }
  - { id: pool, type: pool, name: "a, b", parent: top }
people:
  - { id: "1", name: "Li Ming", unit: top, role: head }
  - { id: "2", name: "Li, Ming", unit: pool, role: spec }
  - { id: "3", name: "a\\"b", unit: pool, role: spec }
  - { id: "10", name: "=SUM(A1)", unit: pool, role: spec }
  - { id: "11", name: "+1", unit: pool, role: spec }
  - { id: "12", name: "-2", unit: pool, role: spec }
  - { id: "13", name: "@x", unit: pool, role: spec }
  - { id: "14", name: "\\tx", unit: pool, role: spec }
  - { id: "15", name: "\\rx", unit: pool, role: spec }
  - { id: "16", name: "evil\\u202Eman", unit: pool, role: spec }
  - { id: "17", name: "=HYPERLINK(\\"x\\")", unit: pool, role: spec }
`,
    });
    org = `${root}/org.yaml`;
  });
  const findIn = (...args: string[]) => run(["find", org, ...args]);

  it("csv: RFC 4180 quoting, and formula cells neutralised with a leading '", () => {
    const r = findIn("people", "--format", "csv");
    expect(r.status).toBe(0);
    const raw = r.stdout.replace(/\r\n/g, "\n");
    // plain cells and quoting, exactly:
    expect(raw).toContain('\n2,"Li, Ming",pool,spec\n');
    expect(raw).toContain('\n3,"a""b",pool,spec\n');
    expect(raw).toContain("\n10,'=SUM(A1),pool,spec\n");
    expect(raw).toContain("\n11,'+1,pool,spec\n");
    expect(raw).toContain("\n12,'-2,pool,spec\n");
    expect(raw).toContain("\n13,'@x,pool,spec\n");
    expect(raw).toContain('\n17,"\'=HYPERLINK(""x"")",pool,spec\n');
    // and as read back by an RFC 4180 reader, every cell:
    expect(readCsv(r.stdout)).toEqual([
      ["id", "name", "unit", "role"],
      ["1", "Li Ming", "top", "head"],
      ["2", "Li, Ming", "pool", "spec"],
      ["3", 'a"b', "pool", "spec"],
      ["10", "'=SUM(A1)", "pool", "spec"],
      ["11", "'+1", "pool", "spec"],
      ["12", "'-2", "pool", "spec"],
      ["13", "'@x", "pool", "spec"],
      ["14", "'\tx", "pool", "spec"],
      ["15", "'\rx", "pool", "spec"],
      ["16", "evil\u202eman", "pool", "spec"],
      ["17", '\'=HYPERLINK("x")', "pool", "spec"],
    ]);
    const units = findIn("units", "--format", "csv");
    expect(readCsv(units.stdout)).toEqual([
      ["id", "name", "type", "level", "parent"],
      ["top", "Top", "top", "1", ""],
      ["pool", "a, b", "pool", "2", "top"],
    ]);
    expect(units.stdout.replace(/\r\n/g, "\n")).toContain('\npool,"a, b",pool,2,top\n');
  });

  it("text: control and bidi characters are shown escaped", () => {
    const r = findIn("people", "id:14,15,16");
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("\u202e");
    expect(r.stdout).not.toContain("\r");
    expect(r.stdout).not.toContain("\t");
    expect(r.stdout).toContain("evil\\u{202e}man");
    expect(lines(r.stdout)).toHaveLength(3);
  });

  it("json keeps the names as they are; ids are bare", () => {
    const out = JSON.parse(findIn("people", "id:16,17", "--format", "json").stdout);
    expect(out.results.map((p: { name: string }) => p.name)).toEqual(["evil\u202eman", '=HYPERLINK("x")']);
    expect(findIn("people", 'name:"Li, Ming"', "--format", "ids").stdout).toBe("2\n");
    expect(findIn("people", "name:Li*", "--format", "ids").stdout).toBe("1\n2\n");
  });
});

describe("exit codes", () => {
  it("1 when the org has errors, printed to stderr", () => {
    const r = run(["find", "examples/broken/unknown-reference.yaml", "people"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('reportsTo "10001" is not a person');
  });

  it("2 for a bad selector, with the column and caret lines of docs/find.md", () => {
    // the message of docs/find.md: "role:" is 5 code units, the value starts at column 6.
    const alone = find("people", "role:team-leed");
    expect(alone.status).toBe(2);
    expect(alone.stdout).toBe("");
    expect(stderrLines(alone).slice(0, 3)).toEqual([
      'orgspec find: selector, column 6: unknown role "team-leed"; did you mean "team-lead"?',
      "  role:team-leed",
      `  ${" ".repeat(5)}${"^".repeat(9)}`,
    ]);
    // the selector of docs/find.md: after "under:bj " (9), the value starts at column 15.
    for (const args of [["under:bj", "role:team-leed"], ["under:bj role:team-leed"]]) {
      const r = find("people", ...args);
      expect(r.status).toBe(2);
      expect(stderrLines(r).slice(0, 3)).toEqual([
        'orgspec find: selector, column 15: unknown role "team-leed"; did you mean "team-lead"?',
        "  under:bj role:team-leed",
        `  ${" ".repeat(14)}${"^".repeat(9)}`,
      ]);
    }
  });

  it("2 for the other selector errors, each naming its column", () => {
    const first = (r: CliRun) => stderrLines(r)[0] ?? "";
    const unit = find("people", "under:bjj");
    expect(unit.status).toBe(2);
    expect(first(unit)).toMatch(/^orgspec find: selector, column 7: /);
    expect(unit.stderr).toContain('"bj"');
    const term = find("people", "under:bj", "rol:team-lead");
    expect(term.status).toBe(2);
    expect(first(term)).toMatch(/^orgspec find: selector, column 10: /);
    expect(term.stderr).toContain('"role"');
    const kind = find("units", "role:team-lead");
    expect(kind.status).toBe(2);
    expect(first(kind)).toMatch(/^orgspec find: selector, column 1: /);
    const level = find("units", "level:0");
    expect(level.status).toBe(2);
    expect(first(level)).toMatch(/^orgspec find: selector, column 7: /);
    const quote = find("people", 'name:"张伟');
    expect(quote.status).toBe(2);
    expect(first(quote)).toMatch(/^orgspec find: selector, column 6: /);
    const acting = find("people", "acting");
    expect(acting.status).toBe(2);
    expect(first(acting)).toMatch(/^orgspec find: selector, column 1: /);
    // CJK in the selector: "under:北京分公司保费部 " is 15 code units; the value at 21.
    const cjk = find("people", "under:北京分公司保费部", "role:team-leed");
    expect(first(cjk)).toMatch(/^orgspec find: selector, column 21: /);
    expect(stderrLines(cjk)[1]).toBe("  under:北京分公司保费部 role:team-leed");
    expect((stderrLines(cjk)[2] ?? "").replace(/ /g, "")).toBe("^".repeat(9));
  });

  it("2 for a bad option, kind or file", () => {
    for (const args of [
      ["find", ORG, "people", "--colour"],
      ["find", ORG, "people", "--sort", "age"],
      ["find", ORG, "people", "--format", "xml"],
      ["find", ORG, "people", "reports-to:110105", "--lines", "sideways"],
      ["find", ORG, "people", "--limit", "x"],
      ["find", ORG, "persons", "role:team-lead"],
      ["find", ORG],
      ["find", "examples/renewal-channel/nope.yaml", "people"],
    ]) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr, args.join(" ")).not.toBe("");
    }
  });

  it("0 for --help", () => {
    const r = run(["find", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/people/);
    expect(r.stdout).toMatch(/units/);
  });
});

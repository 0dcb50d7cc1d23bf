/** Every query against the hand-checked answers of examples/renewal-channel and examples/custom-blueprint. */
import { fileURLToPath } from "node:url";
import { loadOrgSync, type Org, type PersonRef, UnknownIdError } from "orgspec";
import { beforeAll, describe, expect, it } from "vitest";

const example = (name: string) => fileURLToPath(new URL(`../../examples/${name}/org.yaml`, import.meta.url));
const ids = (people: Iterable<PersonRef>) => [...people].map((p) => p.id);

function load(name: string): Org {
  const { org, ok } = loadOrgSync(example(name));
  expect(ok).toBe(true);
  if (!org) throw new Error(`${name}: no org`);
  return org;
}

describe("renewal-channel: solid lines", () => {
  let org: Org;
  beforeAll(() => {
    org = load("renewal-channel");
  });

  it("managerOf follows the four steps", () => {
    const cases: Array<[string, string | null]> = [
      ["110212", "110211"],
      ["110211", "110201"],
      ["110201", "110101"],
      ["110101", "110001"],
      ["110001", "100001"],
      ["100001", null],
      ["110301", "110101"],
      ["110311", "110101"],
      ["110225", "0071"],
      ["110222", "110221"],
      ["110107", "110101"],
      ["110402", "110401"],
      ["110411", "110401"],
      ["440221", "440201"],
    ];
    for (const [person, manager] of cases) expect(org.managerOf(person)?.id ?? null, person).toBe(manager);
  });

  it("managerOf returns the JSON person", () => {
    expect(org.managerOf("110212")).toEqual({ id: "110211", name: "韩梅", unit: "bj-cy-wj-ind", role: "team-lead" });
    expect(org.managerOf("110225")).toEqual({ id: "0071", name: "高秀英", unit: "bj-cy", role: "deputy-head" });
  });

  it("chainOfCommand goes from the direct manager to the top", () => {
    expect(ids(org.chainOfCommand("110312"))).toEqual(["110311", "110101", "110001", "100001"]);
    expect(ids(org.chainOfCommand("110225"))).toEqual(["0071", "110101", "110001", "100001"]);
    expect(ids(org.chainOfCommand("110216"))).toEqual(["110211", "110201", "110101", "110001", "100001"]);
    expect(org.chainOfCommand("100001")).toEqual([]);
  });

  it("directReports lists solid reports in source order", () => {
    expect(ids(org.directReports("110101"))).toEqual([
      "0071",
      "110103",
      "110104",
      "110105",
      "110106",
      "110107",
      "110201",
      "110301",
      "110311",
    ]);
    expect(ids(org.directReports("0071"))).toEqual(["110225"]);
    expect(ids(org.directReports("110221"))).toEqual(["110222", "110223", "110224"]);
    expect(ids(org.directReports("110201"))).toEqual(["110211", "110221"]);
    expect(ids(org.directReports("110001"))).toEqual([
      "110002",
      "110011",
      "110021",
      "110031",
      "110041",
      "110101",
      "110401",
    ]);
    expect(org.directReports("110212")).toEqual([]);
  });

  it("allReports covers the subtree, each once, lazily", () => {
    const all = ids(org.allReports("110101"));
    expect(all).toHaveLength(23);
    expect(new Set(all).size).toBe(23);
    expect(all).not.toContain("110101");
    expect(all).toContain("110225");
    expect(all).toContain("110314");
    expect(ids(org.allReports("100001"))).toHaveLength(86);
    const it = org.allReports("110101");
    expect(it.next().value?.id).toBe("0071");
    expect(it.next().value?.id).toBe("110225"); // depth-first: 0071's own team follows her
  });

  it("isUnder is strict and follows explicit lines", () => {
    expect(org.isUnder("110225", "110221")).toBe(false);
    expect(org.isUnder("110225", "110201")).toBe(false);
    expect(org.isUnder("110225", "110101")).toBe(true);
    expect(org.isUnder("110314", "110101")).toBe(true);
    expect(org.isUnder("110101", "110314")).toBe(false);
    expect(org.isUnder("110101", "110101")).toBe(false);
    expect(org.isUnder("110212", "440001")).toBe(false);
  });

  it("commonManager: nobody reports to themself", () => {
    expect(org.commonManager("110225", "110222")?.id).toBe("110101");
    expect(org.commonManager("110212", "110222")?.id).toBe("110201");
    expect(org.commonManager("110212", "440212")?.id).toBe("100001");
    expect(org.commonManager("110212", "110211")?.id).toBe("110201");
    expect(org.commonManager("110211", "110212")?.id).toBe("110201");
    expect(org.commonManager("110301", "110312")?.id).toBe("110101");
    expect(org.commonManager("110212", "110212")?.id).toBe("110211");
    expect(org.commonManager("100001", "110212")).toBeNull();
    expect(org.commonManager("100001", "100001")).toBeNull();
  });

  it("reportingPath goes up to the common manager and down", () => {
    expect(ids(org.reportingPath("110225", "110222"))).toEqual([
      "110225",
      "0071",
      "110101",
      "110201",
      "110221",
      "110222",
    ]);
    expect(ids(org.reportingPath("110212", "110001"))).toEqual(["110212", "110211", "110201", "110101", "110001"]);
    expect(ids(org.reportingPath("110001", "110212"))).toEqual(["110001", "110101", "110201", "110211", "110212"]);
    expect(ids(org.reportingPath("110413", "110042"))).toEqual([
      "110413",
      "110411",
      "110401",
      "110001",
      "110041",
      "110042",
    ]);
    expect(ids(org.reportingPath("110212", "110212"))).toEqual(["110212"]);
  });
});

describe("renewal-channel: dotted lines", () => {
  let org: Org;
  beforeAll(() => {
    org = load("renewal-channel");
  });

  it("dottedManagers names each line's source", () => {
    const dotted = (id: string) => org.dottedManagers(id).map((d) => `${d.id}:${d.source}`);
    expect(dotted("110041")).toEqual(["100002:dottedLines"]);
    expect(dotted("110107")).toEqual(["110201:also", "110031:blueprint"]);
    expect(dotted("110103")).toEqual(["110011:blueprint"]);
    expect(dotted("110104")).toEqual(["110011:blueprint"]);
    expect(dotted("110105")).toEqual(["110021:blueprint"]);
    expect(dotted("110402")).toEqual(["110031:blueprint"]);
    expect(dotted("440304")).toEqual(["440031:blueprint"]);
    expect(dotted("110221")).toEqual(["110103:blueprint", "110104:blueprint"]);
    expect(dotted("110211")).toEqual(["110105:blueprint", "110106:blueprint"]);
    expect(dotted("110311")).toEqual(["110105:blueprint", "110106:blueprint"]);
    expect(dotted("440221")).toEqual(["440103:blueprint", "440104:blueprint"]);
    expect(dotted("440211")).toEqual(["440105:blueprint"]);
    expect(dotted("440411")).toEqual(["440302:blueprint"]);
    expect(dotted("110411")).toEqual([]);
    expect(dotted("110212")).toEqual([]);
    expect(org.dottedManagers("110041")[0]).toEqual({
      id: "100002",
      name: "李明",
      unit: "hq",
      role: "deputy-head",
      source: "dottedLines",
    });
  });

  it("directReports and allReports over dotted and all lines", () => {
    expect(ids(org.directReports("110105", { lines: "dotted" }))).toEqual(["110211", "110311"]);
    expect(ids(org.directReports("110105", { lines: "all" }))).toEqual(["110211", "110311"]);
    expect(ids(org.directReports("110201", { lines: "all" }))).toEqual(["110107", "110211", "110221"]);
    expect(ids(org.directReports("110031", { lines: "dotted" }))).toEqual(["110107", "110402"]);
    expect(ids(org.allReports("110105", { lines: "dotted" }))).toEqual(["110211", "110311"]);
    const all = ids(org.allReports("110105", { lines: "all" }));
    expect(all.slice(0, 2)).toEqual(["110211", "110311"]); // breadth-first: nearest first
    expect(new Set(all)).toEqual(
      new Set(["110211", "110311", "110212", "110213", "110214", "110215", "110216", "110312", "110313", "110314"]),
    );
    // 100002 ← 110041 (dotted) ← 110042, 110043 (solid)
    expect(ids(org.allReports("100002", { lines: "dotted" }))).toEqual(["110041"]);
    expect(new Set(ids(org.allReports("100002", { lines: "all" })))).toEqual(new Set(["110041", "110042", "110043"]));
  });

  it("isUnder over dotted and all lines", () => {
    expect(org.isUnder("110211", "110105", { lines: "dotted" })).toBe(true);
    expect(org.isUnder("110212", "110105", { lines: "all" })).toBe(true);
    expect(org.isUnder("110212", "110105", { lines: "dotted" })).toBe(false);
    expect(org.isUnder("110212", "110105")).toBe(false);
    expect(org.isUnder("110211", "110021", { lines: "dotted" })).toBe(true); // 110211 → 110105 → 110021
    expect(org.isUnder("110211", "110001", { lines: "dotted" })).toBe(false);
    expect(org.isUnder("110211", "110001", { lines: "all" })).toBe(true);
    expect(org.isUnder("110211", "110211", { lines: "all" })).toBe(false);
  });
});

describe("renewal-channel: units", () => {
  let org: Org;
  beforeAll(() => {
    org = load("renewal-channel");
  });

  it("unitPath, headOf, membersOf", () => {
    expect(org.unitPath("bj-cy-sj")).toEqual(["hq", "bj", "bj-cy", "bj-cy-sj"]);
    expect(org.unitPath("hq")).toEqual(["hq"]);
    expect(org.headOf("bj-cy-sj")).toBeNull();
    expect(org.headOf("hq")?.id).toBe("100001");
    expect(org.headOf("bj-cy-wj")).toEqual({ id: "110201", name: "谢文", unit: "bj-cy-wj", role: "department-head" });
    expect(ids(org.membersOf("bj-cy-wj"))).toEqual(["110201", "110107"]);
    expect(ids(org.membersOf("bj-cy-sj"))).toEqual(["110301"]);
    expect(ids(org.membersOf("bj-cy-sj", { subtree: true }))).toEqual([
      "110301",
      "110311",
      "110312",
      "110313",
      "110314",
    ]);
    const subtree = ids(org.membersOf("bj-cy", { subtree: true }));
    expect(subtree).toHaveLength(24);
    expect(subtree.filter((id) => id === "110107")).toHaveLength(1); // primary in bj-cy, also in bj-cy-wj: once
    expect(ids(org.membersOf("hq", { subtree: true }))).toHaveLength(87);
  });

  it("unitInfo: path, head, members, staffing", () => {
    expect(org.unitInfo("bj-cy-sj")).toEqual({
      id: "bj-cy-sj",
      name: "双井支公司保费部",
      type: "sub-branch-premium-dept",
      path: ["hq", "bj", "bj-cy", "bj-cy-sj"],
      head: null,
      members: [{ id: "110301", name: "傅玲", unit: "bj-cy-sj", role: "renewal-specialist" }],
      staffing: [{ role: "department-head", planned: 1, filled: 0, vacant: 1, over: 0 }],
      unplanned: [{ role: "renewal-specialist", posts: 1 }],
    });
    const wj = org.unitInfo("bj-cy-wj");
    expect(wj.head?.id).toBe("110201");
    expect(ids(wj.members)).toEqual(["110201", "110107"]);
    expect(wj.staffing).toEqual([{ role: "department-head", planned: 1, filled: 1, vacant: 0, over: 0 }]);
    expect(wj.unplanned).toEqual([{ role: "general-admin", posts: 1 }]);
    expect(org.unitInfo("gd-fs-nh-bank").staffing).toEqual([
      { role: "team-lead", planned: 1, filled: 1, vacant: 0, over: 0 },
      { role: "renewal-specialist", planned: 3, filled: 3, vacant: 0, over: 1 },
    ]);
    expect(org.unitInfo("bj-cy-wj-ind").staffing).toEqual([
      { role: "team-lead", planned: 1, filled: 1, vacant: 0, over: 0 },
      { role: "renewal-specialist", planned: 6, filled: 5, vacant: 1, over: 0 },
    ]);
    expect(org.unitInfo("bj-cy").staffing).toEqual(
      [
        "department-head",
        "deputy-head",
        "bank-supervisor-trainer",
        "individual-supervisor-trainer",
        "general-admin",
      ].map((role) => {
        const planned = role.includes("trainer") ? 2 : 1;
        return { role, planned, filled: planned, vacant: 0, over: 0 };
      }),
    );
  });
});

describe("custom-blueprint", () => {
  let org: Org;
  beforeAll(() => {
    org = load("custom-blueprint");
  });

  it("answers the README's questions", () => {
    expect(org.managerOf("E101")?.id).toBe("E100");
    expect(org.managerOf("E100")?.id).toBe("E010");
    expect(org.managerOf("E300")?.id).toBe("E001");
    expect(org.managerOf("E001")).toBeNull();
    expect(org.managerOf("E203")?.id).toBe("E010");
    expect(ids(org.chainOfCommand("E204"))).toEqual(["E200", "E010", "E001"]);
    expect(ids(org.directReports("E010"))).toEqual(["E011", "E100", "E200", "E203"]);
    expect(ids(org.directReports("E200"))).toEqual(["E201", "E202", "E204"]);
    expect(org.isUnder("E203", "E200")).toBe(false);
    expect(org.commonManager("E101", "E201")?.id).toBe("E010");
    expect(org.commonManager("E104", "E301")?.id).toBe("E001");
    expect(ids(org.reportingPath("E104", "E301"))).toEqual(["E104", "E100", "E010", "E001", "E300", "E301"]);
    expect(org.dottedManagers("E104").map((d) => [d.id, d.source])).toEqual([["E300", "blueprint"]]);
    expect(org.dottedManagers("E204").map((d) => [d.id, d.source])).toEqual([["E300", "blueprint"]]);
    expect(org.dottedManagers("E301").map((d) => [d.id, d.source])).toEqual([["E200", "also"]]);
    expect(org.dottedManagers("E101")).toEqual([]);
    const mobile = org.unitInfo("mobile");
    expect(mobile.head?.id).toBe("E200");
    expect(ids(mobile.members)).toEqual(["E200", "E201", "E202", "E203", "E204", "E301"]);
    expect(mobile.staffing).toEqual([
      { role: "engineering-manager", planned: 1, filled: 1, vacant: 0, over: 0 },
      { role: "engineer", planned: 4, filled: 3, vacant: 1, over: 0 },
    ]);
    expect(mobile.unplanned).toEqual([{ role: "designer", posts: 2 }]);
  });
});

describe("misuse", () => {
  let org: Org;
  beforeAll(() => {
    org = load("renewal-channel");
  });

  it("unknown ids throw UnknownIdError naming the method, with the closest ids", () => {
    const call = () => org.managerOf("11021");
    expect(call).toThrow(UnknownIdError);
    try {
      call();
    } catch (error) {
      const e = error as UnknownIdError;
      expect(e.method).toBe("Org.managerOf");
      expect(e.kind).toBe("person");
      expect(e.message.startsWith("Org.managerOf: ")).toBe(true);
      expect(e.suggestions).toContain("110211");
    }
    expect(() => org.isUnder("110212", "nobody")).toThrow(/^Org\.isUnder: /);
    expect(() => org.commonManager("x", "110212")).toThrow(UnknownIdError);
    expect(() => org.reportingPath("110212", "y")).toThrow(UnknownIdError);
    expect(() => org.chainOfCommand("")).toThrow(UnknownIdError);
    expect(() => org.directReports("z")).toThrow(UnknownIdError);
    expect(() => org.dottedManagers("z")).toThrow(UnknownIdError);
    expect(() => org.unitPath("bj-cy-s")).toThrow(/^Org\.unitPath: no unit with id "bj-cy-s"; did you mean "bj-cy-sj"/);
    expect(() => org.headOf("nope")).toThrow(UnknownIdError);
    expect(() => org.membersOf("nope")).toThrow(UnknownIdError);
    expect(() => org.unitInfo("nope")).toThrow(UnknownIdError);
    expect(() => org.managerOf("bj")).toThrow(UnknownIdError); // units and people are separate namespaces
  });

  it("allReports checks its arguments when called, not when first iterated", () => {
    expect(() => org.allReports("nobody")).toThrow(/^Org\.allReports: /);
    expect(() => org.allReports("110101", { lines: "sideways" as "all" })).toThrow(TypeError);
  });

  it("a bad lines option is a TypeError naming the method", () => {
    expect(() => org.isUnder("110212", "110101", { lines: "both" as "all" })).toThrow(/^Org\.isUnder: options\.lines/);
    expect(() => org.directReports("110101", "all" as never)).toThrow(/^Org\.directReports: /);
  });
});

/**
 * The selector engine through the library (docs/find.md): `org.findPeople(selector)` and
 * `org.findUnits(selector)`, string and object forms, every term of the table, OR / AND /
 * negation, quotes, globs, names for ids, source order, and `SelectorError`s.
 *
 * Every expected answer below was worked out by hand from the YAML of
 * examples/renewal-channel/ (org.yaml, branches/beijing.yaml, branches/guangdong.yaml), its
 * README's hand-checked reporting answers, and the `renewal-channel` blueprint table of
 * docs/format.md; the comment beside each says how. Nothing here calls the engine to get an
 * expected value.
 */
import { join } from "node:path";
import { loadOrg, type Org, parseOrg, SelectorError } from "orgspec";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/org.js";

let org: Org;

beforeAll(async () => {
  const result = await loadOrg(join(REPO, "examples/renewal-channel/org.yaml"));
  if (!result.ok) throw new Error("the example org must load without errors");
  org = result.org;
});

type FindPeopleArg = Parameters<Org["findPeople"]>[0];
type FindUnitsArg = Parameters<Org["findUnits"]>[0];
type FindOptionsArg = Parameters<Org["findPeople"]>[1];

const people = (selector: FindPeopleArg, options?: FindOptionsArg, o: Org = org): string[] =>
  [...o.findPeople(selector, options)].map((p) => p.id);
const units = (selector: FindUnitsArg, options?: FindOptionsArg, o: Org = org): string[] =>
  [...o.findUnits(selector, options)].map((u) => u.id);

/** A selector the types would refuse, for the tests of bad objects. */
const bad = (x: unknown) => x as FindPeopleArg;

/** Runs `fn` and returns the SelectorError it throws (fails when it throws nothing or something else). */
function selectorError(fn: () => unknown): SelectorError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, "expected a SelectorError").toBeInstanceOf(SelectorError);
  return thrown as SelectorError;
}
const peopleError = (selector: FindPeopleArg, options?: FindOptionsArg, o: Org = org) =>
  selectorError(() => [...o.findPeople(selector, options)]);
const unitsError = (selector: FindUnitsArg, options?: FindOptionsArg, o: Org = org) =>
  selectorError(() => [...o.findUnits(selector, options)]);
/** The message and the hint together: a did-you-mean may be in either. */
const advice = (e: SelectorError) => `${e.message} ${e.hint ?? ""}`;

function load(text: string): Org {
  const result = parseOrg(text, { filename: "t.yaml" });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  if (!result.ok) throw new Error("inline org did not load");
  return result.org;
}

// --- The example org, read by hand ---------------------------------------------------------
// Source order is org.yaml (100001, 100002), then branches/beijing.yaml, then
// branches/guangdong.yaml (the include glob's order). Beijing's 44 people and Guangdong's 41,
// copied from the files in order:
const HQ_PEOPLE = ["100001", "100002"];
const BJ_PEOPLE = [
  ...["110001", "110002"], // bj
  ...["110011", "110012", "110013"], // bj-bank-sup
  ...["110021", "110022", "110023"], // bj-indiv-sup
  ...["110031", "110032", "110033"], // bj-backoffice
  ...["110041", "110042", "110043"], // bj-training
  ...["110101", "0071", "110103", "110104", "110105", "110106", "110107"], // bj-cy
  "110201", // bj-cy-wj
  ...["110211", "110212", "110213", "110214", "110215", "110216"], // bj-cy-wj-ind
  ...["110221", "110222", "110223", "110224", "110225"], // bj-cy-wj-bank
  "110301", // bj-cy-sj
  ...["110311", "110312", "110313", "110314"], // bj-cy-sj-ind
  ...["110401", "110402"], // bj-dc
  ...["110411", "110412", "110413", "110414"], // bj-dc-ind
];
const GD_PEOPLE = [
  ...["440001", "440002"],
  ...["440011", "440012", "440013"],
  ...["440021", "440022", "440023"],
  ...["440031", "440032", "440033"],
  ...["440041", "440042", "440043"],
  ...["440101", "440102", "440103", "440104", "440105", "440106"], // gd-fs
  "440201", // gd-fs-nh
  ...["440211", "440212", "440213", "440214", "440215"], // gd-fs-nh-ind
  ...["440221", "440222", "440223", "440224", "440225"], // gd-fs-nh-bank
  ...["440301", "440302", "440303", "440304"], // gd-dg
  ...["440401", "440402"], // gd-dg-ca
  ...["440411", "440412", "440413", "440414"], // gd-dg-ca-bank
];
const ALL_PEOPLE = [...HQ_PEOPLE, ...BJ_PEOPLE, ...GD_PEOPLE];
const BJ_UNITS = [
  "bj",
  "bj-bank-sup",
  "bj-indiv-sup",
  "bj-backoffice",
  "bj-training",
  "bj-cy",
  "bj-cy-wj",
  "bj-cy-wj-ind",
  "bj-cy-wj-bank",
  "bj-cy-sj",
  "bj-cy-sj-ind",
  "bj-dc",
  "bj-dc-ind",
];
const GD_UNITS = [
  "gd",
  "gd-bank-sup",
  "gd-indiv-sup",
  "gd-backoffice",
  "gd-training",
  "gd-fs",
  "gd-fs-nh",
  "gd-fs-nh-ind",
  "gd-fs-nh-bank",
  "gd-dg",
  "gd-dg-ca",
  "gd-dg-ca-bank",
];
const ALL_UNITS = ["hq", ...BJ_UNITS, ...GD_UNITS];
/** `under:bj-cy` for people: the 24 people whose primary unit is bj-cy or below (README, `stats --unit bj-cy`). */
const BJ_CY_PEOPLE = BJ_PEOPLE.slice(BJ_PEOPLE.indexOf("110101"), BJ_PEOPLE.indexOf("110401"));
const without = (all: readonly string[], drop: readonly string[]) => all.filter((id) => !drop.includes(id));

describe("the hand-read lists", () => {
  it("match the README's counts (87 people, 26 units, 24 people and 6 units under bj-cy)", () => {
    expect(ALL_PEOPLE).toHaveLength(87);
    expect(BJ_PEOPLE).toHaveLength(44);
    expect(GD_PEOPLE).toHaveLength(41);
    expect(ALL_UNITS).toHaveLength(26);
    expect(BJ_CY_PEOPLE).toHaveLength(24);
  });
});

describe("the examples of docs/find.md", () => {
  it("the library example at the top prints `2 3` and `张敏`", () => {
    const small = load(`orgspec: 1
blueprint: renewal-channel
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq, meta: { city: 北京 } }
people:
  - { id: "1", name: 王建国, unit: hq, role: department-head }
  - { id: "2", name: 张伟, unit: bj, role: department-head }
  - { id: "3", name: 张敏, unit: bj, role: deputy-head }
`);
    // 张伟 (2) and 张敏 (3) start with 张 and are in bj; 王建国 is in hq.
    expect(people("name:张* under:bj", undefined, small).join(" ")).toBe("2 3");
    // the deputy-head under the unit named 北京分公司保费部 (= bj) is 张敏.
    const names = [...small.findPeople({ role: ["deputy-head"], under: "北京分公司保费部" })].map((p) => p.name);
    expect(names.join(" ")).toBe("张敏");
  });

  it('"all bank-renewal specialists under 北京": the four specialists of 望京银续组', () => {
    // The only bank-renewal-team under bj is bj-cy-wj-bank (双井 and 东城 have individual teams
    // only); its renewal-specialists are 110222 曹颖, 110223 袁斌, 110224 邓辉, 110225 许诺
    // (110221 程亮 is its team-lead).
    expect(people("role:renewal-specialist type:bank-renewal-team under:bj")).toEqual([
      "110222",
      "110223",
      "110224",
      "110225",
    ]);
  });

  it('"which teams have no team lead": none in the example; the vacant unit is 双井 (a sub-branch)', () => {
    // All seven teams have their lead (README's unit tree: 韩梅, 程亮, 沈杰, 蒋涛, 欧阳明, 古志峰, 孔德明).
    expect(units("type:individual-renewal-team,bank-renewal-team vacant")).toEqual([]);
    // The one unit with a vacant head is bj-cy-sj (README: "HEAD VACANT").
    expect(units("vacant")).toEqual(["bj-cy-sj"]);
    expect(units("type:sub-branch-premium-dept vacant")).toEqual(["bj-cy-sj"]);
  });

  it('"who among the 督训 of 朝阳 has a concurrent post": nobody; the 督训 themselves are four', () => {
    // bj-cy's 督训 are 110103, 110104 (bank) and 110105, 110106 (individual); the only `also`
    // post in the org is 110107 郑雪's, and she is a general-admin.
    const sel = "role:bank-supervisor-trainer,individual-supervisor-trainer under:朝阳中心支公司保费部";
    expect(people(`${sel} has:also`)).toEqual([]);
    expect(people(sel)).toEqual(["110103", "110104", "110105", "110106"]);
  });

  it("`under:bj` is Beijing's 44 people in file order", () => {
    expect(people("under:bj")).toEqual(BJ_PEOPLE);
  });

  it("the object examples of 'From the library' run", () => {
    // team leads under bj at level 4: every team is level 4; bj's leads are 韩梅, 程亮, 沈杰, 蒋涛.
    expect(people({ role: ["team-lead"], under: "bj", level: 4 })).toEqual(["110211", "110221", "110311", "110411"]);
    expect(units({ type: ["individual-renewal-team"], vacant: true })).toEqual([]);
    // people with meta city 北京: no person has a city (only 100002 has meta: portfolio).
    expect(people({ not: { has: ["also"] }, meta: { city: ["北京"] } })).toEqual([]);
    // everyone is below 100001 on solid lines, except 100001 himself.
    expect(people("reports-to:100001", { lines: "all" })).toEqual(without(ALL_PEOPLE, ["100001"]));
  });
});

describe("people terms on the example", () => {
  it("role:R, with alternatives and negation", () => {
    // team-leads, in file order: 望京个续 韩梅, 望京银续 程亮, 双井 沈杰, 东城 蒋涛, 南海个续 欧阳明,
    // 南海银续 古志峰, 长安银续 孔德明.
    const leads = ["110211", "110221", "110311", "110411", "440211", "440221", "440411"];
    expect(people("role:team-lead")).toEqual(leads);
    // renewal specialists: bj 5+4+1+3+3 = 16, gd 4+4+1+3 = 12.
    const specialists = [
      ...["110212", "110213", "110214", "110215", "110216", "110222", "110223", "110224", "110225", "110301"],
      ...["110312", "110313", "110314", "110412", "110413", "110414"],
      ...["440212", "440213", "440214", "440215", "440222", "440223", "440224", "440225", "440402"],
      ...["440412", "440413", "440414"],
    ];
    expect(people("role:renewal-specialist")).toEqual(specialists);
    expect(specialists).toHaveLength(28);
    const either = ALL_PEOPLE.filter((id) => leads.includes(id) || specialists.includes(id));
    expect(people("role:team-lead,renewal-specialist")).toEqual(either);
    expect(either).toHaveLength(35);
    expect(people("-role:team-lead,renewal-specialist")).toEqual(without(ALL_PEOPLE, either));
    expect(people("-role:renewal-specialist")).toHaveLength(59);
    // two roles at once, ANDed: nobody holds both.
    expect(people("role:team-lead role:renewal-specialist")).toEqual([]);
    // general-admins: 郑雪 (bj-cy), 卢静 (bj-dc), 关锦华 (gd-fs), 邹凤 (gd-dg).
    expect(people("role:general-admin")).toEqual(["110107", "110402", "440106", "440304"]);
  });

  it("type:T is the type of their primary unit", () => {
    // bank-renewal-team members: 望京银续 5, 南海银续 5, 长安银续 4.
    expect(people("type:bank-renewal-team")).toEqual([
      ...["110221", "110222", "110223", "110224", "110225"],
      ...["440221", "440222", "440223", "440224", "440225"],
      ...["440411", "440412", "440413", "440414"],
    ]);
    // sub-branch-premium-dept members: 望京 110201 (郑雪's `also` post there does not count),
    // 双井 110301, 东城 110401 110402, 南海 440201, 长安 440401 440402.
    expect(people("type:sub-branch-premium-dept")).toEqual([
      "110201",
      "110301",
      "110401",
      "110402",
      "440201",
      "440401",
      "440402",
    ]);
    expect(people("type:hq-premium-dept")).toEqual(HQ_PEOPLE);
  });

  it("level:N is the blueprint level of their unit's type", () => {
    // level 1: hq's two people. level 3 (central depts): bj-cy 7, gd-fs 6, gd-dg 4 = 17.
    expect(people("level:1")).toEqual(HQ_PEOPLE);
    const level3 = [
      ...["110101", "0071", "110103", "110104", "110105", "110106", "110107"],
      ...["440101", "440102", "440103", "440104", "440105", "440106"],
      ...["440301", "440302", "440303", "440304"],
    ];
    expect(people("level:3")).toEqual(level3);
    // level 2: bj and gd (2 each) and their four offices (3 each): 28. level 4: the rest, 40.
    expect(people("level:2")).toHaveLength(28);
    expect(people("level:4")).toHaveLength(40);
    expect(people("level:2").slice(0, 3)).toEqual(["110001", "110002", "110011"]);
    expect(people("level:1,3")).toEqual([...HQ_PEOPLE, ...level3]);
    expect(people("-level:2,4")).toEqual([...HQ_PEOPLE, ...level3]);
    // A level no type has is no match, not an error.
    expect(people("level:5")).toEqual([]);
  });

  it("under:U is their unit or below, by id or by name", () => {
    expect(people("under:bj-cy")).toEqual(BJ_CY_PEOPLE);
    expect(people("under:朝阳中心支公司保费部")).toEqual(BJ_CY_PEOPLE);
    expect(people("under:北京分公司保费部")).toEqual(BJ_PEOPLE);
    expect(people("under:hq")).toEqual(ALL_PEOPLE);
    // 双井 and its team: 傅玲 in bj-cy-sj, 沈杰 曾敏 彭飞 吕芳 in bj-cy-sj-ind.
    expect(people("under:bj-cy-sj")).toEqual(["110301", "110311", "110312", "110313", "110314"]);
    // alternatives: under bj or gd is everyone but hq's two people.
    expect(people("under:bj,gd")).toEqual([...BJ_PEOPLE, ...GD_PEOPLE]);
    expect(people("-under:bj")).toEqual([...HQ_PEOPLE, ...GD_PEOPLE]);
    // a leaf unit: under is the unit itself.
    expect(people("under:gd-dg-ca-bank")).toEqual(["440411", "440412", "440413", "440414"]);
  });

  it("unit:U is their primary unit only (not an `also` post, not below)", () => {
    // bj-cy-wj's members are 110201 and 郑雪 110107 through `also`; unit: is the primary unit.
    expect(people("unit:bj-cy-wj")).toEqual(["110201"]);
    expect(people("unit:望京个续组")).toEqual(["110211", "110212", "110213", "110214", "110215", "110216"]);
    expect(people("unit:bj-cy-sj")).toEqual(["110301"]);
    expect(people("unit:hq,bj")).toEqual(["100001", "100002", "110001", "110002"]);
  });

  it("reports-to:P on solid lines (README, 'Hand-checked reporting answers')", () => {
    // `reports 110101 --all`: the 24 people of bj-cy's subtree but 110101 himself (许诺 110225
    // included: her chain is 0071 > 110101 > …).
    expect(people("reports-to:110101")).toEqual(without(BJ_CY_PEOPLE, ["110101"]));
    expect(people("reports-to:何强")).toEqual(without(BJ_CY_PEOPLE, ["110101"]));
    // `reports 0071`: only 许诺, by her explicit reportsTo.
    expect(people("reports-to:0071")).toEqual(["110225"]);
    expect(people("reports-to:高秀英")).toEqual(["110225"]);
    // 程亮 110221: his team but 许诺, whose line bypasses him (is-under 110225 110221 is false).
    expect(people("reports-to:110221")).toEqual(["110222", "110223", "110224"]);
    // 谢文 110201: both 望京 teams, without 许诺 (bypasses) and without 郑雪 (solid line is bj-cy's head).
    expect(people("reports-to:110201")).toEqual([
      ...["110211", "110212", "110213", "110214", "110215", "110216"],
      ...["110221", "110222", "110223", "110224"],
    ]);
    // a specialist has nobody below; 100002 (HQ deputy) has no solid reports either.
    expect(people("reports-to:110212")).toEqual([]);
    expect(people("reports-to:100002")).toEqual([]);
    expect(people("reports-to:100001")).toEqual(without(ALL_PEOPLE, ["100001"]));
    // alternatives: below 0071 or below 110221.
    expect(people("reports-to:0071,110221")).toEqual(["110222", "110223", "110224", "110225"]);
    // negated: within bj-cy-wj-bank, the one not below 程亮 is 许诺 (and 程亮 himself).
    expect(people("unit:bj-cy-wj-bank -reports-to:110221")).toEqual(["110221", "110225"]);
  });

  it("reports-to:P with lines dotted and all", () => {
    // `reports 110105 --lines dotted` is 110211, 110311 (README); on solid lines nobody.
    expect(people("reports-to:110105")).toEqual([]);
    expect(people("reports-to:110105", { lines: "solid" })).toEqual([]);
    expect(people("reports-to:110105", { lines: "dotted" })).toEqual(["110211", "110311"]);
    // all: 韩梅 and 沈杰 by their dotted lines, then their teams by solid lines (README:
    // `reports 110105 --all --lines all` has 10; `is-under 110212 110105 --lines all` is true).
    expect(people("reports-to:110105", { lines: "all" })).toEqual([
      ...["110211", "110212", "110213", "110214", "110215", "110216"],
      ...["110311", "110312", "110313", "110314"],
    ]);
    // 100002 李明: only 朱红 110041's explicit dotted line; with all, 朱红's trainers too.
    expect(people("reports-to:100002", { lines: "dotted" })).toEqual(["110041"]);
    expect(people("reports-to:100002", { lines: "all" })).toEqual(["110041", "110042", "110043"]);
    // 徐娟 110031 (bj back office): solid 110032 110033; dotted (blueprint general-admin line)
    // 郑雪 110107 and 卢静 110402.
    expect(people("reports-to:110031", { lines: "dotted" })).toEqual(["110107", "110402"]);
    expect(people("reports-to:110031", { lines: "all" })).toEqual(["110032", "110033", "110107", "110402"]);
    // 谢文 110201: 郑雪's `also` post gives her a dotted line to him.
    expect(people("reports-to:110201", { lines: "dotted" })).toEqual(["110107"]);
    expect(people("reports-to:110201", { lines: "all" })).toEqual([
      "110107",
      ...["110211", "110212", "110213", "110214", "110215", "110216"],
      ...["110221", "110222", "110223", "110224"],
    ]);
    // the option changes nothing for a selector without reports-to.
    expect(people("role:general-admin", { lines: "all" })).toEqual(["110107", "110402", "440106", "440304"]);
  });

  it("name:G globs over the whole name", () => {
    expect(people("name:张*")).toEqual(["110001"]); // 张伟 is the only 张
    expect(people("name:张伟")).toEqual(["110001"]);
    expect(people("name:张")).toEqual([]); // the whole name must match
    // names ending in 丽: 黄丽, 唐丽, 庞丽 (马丽娜 and 郑丽君 hold 丽 inside).
    expect(people("name:*丽")).toEqual(["110021", "110212", "440414"]);
    expect(people("name:*丽*")).toEqual(["110021", "110033", "110212", "440023", "440414"]);
    // 欧阳明 is the only name starting 欧阳; `?` is exactly one character.
    expect(people("name:欧阳?")).toEqual(["440211"]);
    expect(people("name:欧?")).toEqual([]);
    expect(people("name:欧??")).toEqual(["440211"]);
    expect(people("name:*")).toEqual(ALL_PEOPLE);
    expect(people("name:张伟,李明")).toEqual(["100002", "110001"]);
    // width matters: 張偉 (traditional) is not 张伟.
    expect(people("name:張偉")).toEqual([]);
  });

  it("id:G globs over the id, which keeps its text (0071 is not 71)", () => {
    expect(people("id:0071")).toEqual(["0071"]);
    expect(people("id:71")).toEqual([]);
    expect(people("id:00*")).toEqual(["0071"]);
    // 1100?? : the six-digit ids starting 1100 — bj's department and its four offices.
    expect(people("id:1100??")).toEqual(BJ_PEOPLE.slice(0, 14));
    expect(people("id:*25")).toEqual(["110225", "440225"]);
    expect(people("id:4404*")).toEqual(["440401", "440402", "440411", "440412", "440413", "440414"]);
    expect(people("id:100001,0071")).toEqual(["100001", "0071"]);
    // full-width digits are other characters.
    expect(people("id:１００００１")).toEqual([]);
  });

  it("meta.K=V and meta.K on a person's own meta", () => {
    // Only 100002 李明 has meta (portfolio: 培训与督训).
    expect(people("meta.portfolio=培训与督训")).toEqual(["100002"]);
    expect(people('meta.portfolio="培训与督训"')).toEqual(["100002"]);
    expect(people("meta.portfolio")).toEqual(["100002"]);
    expect(people("meta.portfolio=培训")).toEqual([]); // values compare exactly
    expect(people("meta.portfolio=培训*")).toEqual([]); // and take no globs
    expect(people("meta.Portfolio")).toEqual([]); // keys are case-sensitive
    // a unit's meta is not its people's: nobody has a city.
    expect(people("meta.city=北京")).toEqual([]);
    expect(people("-meta.portfolio")).toEqual(without(ALL_PEOPLE, ["100002"]));
  });

  it("has:also, has:reports-to, has:dotted, has:meta", () => {
    expect(people("has:also")).toEqual(["110107"]); // 郑雪's `also` post in bj-cy-wj
    expect(people("-has:also")).toEqual(without(ALL_PEOPLE, ["110107"]));
    expect(people("has:reports-to")).toEqual(["110225"]); // 许诺: reportsTo 0071
    expect(people("has:meta")).toEqual(["100002"]);
    // dotted lines from any source (README "Dotted lines" and the blueprint's lines):
    // dottedLines 110041; also + blueprint 110107; blueprint: the 督训 (→ the branch's
    // supervision office heads: 110103-6, 440103-5, 440302, 440303), general-admins (→ back
    // office: 110402, 440106, 440304), team leads of teams whose central dept has 督训 of
    // their kind (110211, 110221, 110311, 440211, 440221, 440411; not 110411: bj-dc has none).
    const dotted = [
      ...["110041", "110103", "110104", "110105", "110106", "110107", "110211", "110221", "110311", "110402"],
      ...["440103", "440104", "440105", "440106", "440211", "440221", "440302", "440303", "440304", "440411"],
    ];
    expect(people("has:dotted")).toEqual(dotted);
    expect(people("-has:dotted role:team-lead")).toEqual(["110411"]);
    // alternatives: has also or has reports-to.
    expect(people("has:also,reports-to")).toEqual(["110107", "110225"]);
  });

  it("head: they head their primary unit (the resolved head)", () => {
    // One head per unit but vacant bj-cy-sj: 25, in file order (100001 by hq's explicit head:).
    const heads = [
      ...["100001", "110001", "110011", "110021", "110031", "110041", "110101", "110201", "110211", "110221"],
      ...["110311", "110401", "110411", "440001", "440011", "440021", "440031", "440041", "440101", "440201"],
      ...["440211", "440221", "440301", "440401", "440411"],
    ];
    expect(people("head")).toEqual(heads);
    expect(people("-head")).toEqual(without(ALL_PEOPLE, heads));
    expect(people("head under:bj-cy")).toEqual(["110101", "110201", "110211", "110221", "110311"]);
    // a deputy is not a head.
    expect(people("head role:deputy-head")).toEqual([]);
  });

  it("an empty selector (or only spaces) matches everyone; extra spaces separate terms too", () => {
    expect(people("")).toEqual(ALL_PEOPLE);
    expect(people("   ")).toEqual(ALL_PEOPLE);
    expect(people({})).toEqual(ALL_PEOPLE);
    expect(people("  role:team-lead    under:gd  ")).toEqual(["440211", "440221", "440411"]);
  });
});

describe("unit terms on the example", () => {
  it("type:T and level:N", () => {
    expect(units("type:central-premium-dept")).toEqual(["bj-cy", "gd-fs", "gd-dg"]);
    expect(units("type:bank-renewal-team")).toEqual(["bj-cy-wj-bank", "gd-fs-nh-bank", "gd-dg-ca-bank"]);
    expect(units("level:1")).toEqual(["hq"]);
    expect(units("level:3")).toEqual(["bj-cy", "gd-fs", "gd-dg"]);
    // level 2: the branches and their offices (bank, individual supervision, back office and
    // training are level 2 in the blueprint table).
    expect(units("level:2")).toEqual([...BJ_UNITS.slice(0, 5), ...GD_UNITS.slice(0, 5)]);
    expect(units("level:4")).toEqual([...BJ_UNITS.slice(6), ...GD_UNITS.slice(6).filter((u) => u !== "gd-dg")]);
    expect(units("level:4")).toHaveLength(12);
    expect(units("level:2,3")).toHaveLength(13);
  });

  it("under:U, unit:U, by id or name", () => {
    expect(units("under:bj-cy")).toEqual([
      "bj-cy",
      "bj-cy-wj",
      "bj-cy-wj-ind",
      "bj-cy-wj-bank",
      "bj-cy-sj",
      "bj-cy-sj-ind",
    ]);
    expect(units("under:朝阳中心支公司保费部")).toEqual(units("under:bj-cy"));
    expect(units("under:gd")).toEqual(GD_UNITS);
    expect(units("under:hq")).toEqual(ALL_UNITS);
    expect(units("unit:bj-cy")).toEqual(["bj-cy"]);
    expect(units("unit:双井支公司保费部")).toEqual(["bj-cy-sj"]);
    expect(units("-under:bj -unit:hq")).toEqual(GD_UNITS);
  });

  it("name:G and id:G globs", () => {
    // names ending 个续组: 望京, 双井, 东城, 南海 (the 督导室 are 个续督导室, not …个续组).
    expect(units("name:*个续组")).toEqual(["bj-cy-wj-ind", "bj-cy-sj-ind", "bj-dc-ind", "gd-fs-nh-ind"]);
    // 银续 anywhere: both 银续督导室 and the three 银续组.
    expect(units("name:*银续*")).toEqual([
      "bj-bank-sup",
      "bj-cy-wj-bank",
      "gd-bank-sup",
      "gd-fs-nh-bank",
      "gd-dg-ca-bank",
    ]);
    expect(units("-name:*个续组")).toHaveLength(22);
    expect(units("id:bj-cy-*")).toEqual(["bj-cy-wj", "bj-cy-wj-ind", "bj-cy-wj-bank", "bj-cy-sj", "bj-cy-sj-ind"]);
    expect(units("id:bj-??")).toEqual(["bj-cy", "bj-dc"]);
    expect(units("id:*-ind")).toEqual(["bj-cy-wj-ind", "bj-cy-sj-ind", "bj-dc-ind", "gd-fs-nh-ind"]);
    expect(units("id:BJ*")).toEqual([]); // case matters
  });

  it("meta.K=V, meta.K and has:meta", () => {
    // city 北京: hq, bj, bj-cy, bj-dc; 佛山: gd-fs and gd-fs-nh.
    expect(units("meta.city=北京")).toEqual(["hq", "bj", "bj-cy", "bj-dc"]);
    expect(units("meta.city=北京,佛山")).toEqual(["hq", "bj", "bj-cy", "bj-dc", "gd-fs", "gd-fs-nh"]);
    expect(units("meta.district=南海区")).toEqual(["gd-fs-nh"]);
    expect(units("meta.district")).toEqual(["gd-fs-nh"]);
    const withMeta = ["hq", "bj", "bj-cy", "bj-dc", "gd", "gd-fs", "gd-fs-nh", "gd-dg"];
    expect(units("meta.city")).toEqual(withMeta); // every unit with meta has a city
    expect(units("has:meta")).toEqual(withMeta);
    expect(units("meta.costCenter=BJ-1105")).toEqual(["bj-cy"]);
    expect(units("meta.costCenter=BJ-*")).toEqual([]); // no globs in meta values
    expect(units("-meta.city=北京")).toHaveLength(22);
    expect(units("meta.city=北京 level:4")).toEqual(["bj-dc"]);
  });

  it("vacant, over-plan, under-plan (the README's expected diagnostics)", () => {
    expect(units("vacant")).toEqual(["bj-cy-sj"]);
    expect(units("-vacant")).toEqual(without(ALL_UNITS, ["bj-cy-sj"]));
    // over-plan: gd-fs-nh-bank, renewal-specialist planned 3, 4 posts.
    expect(units("over-plan")).toEqual(["gd-fs-nh-bank"]);
    // vacancies: bj-cy-wj-ind (specialists 5 of 6), bj-cy-sj (head), gd-training (trainers 2 of 3).
    expect(units("under-plan")).toEqual(["bj-cy-wj-ind", "bj-cy-sj", "gd-training"]);
    expect(units("under-plan -vacant")).toEqual(["bj-cy-wj-ind", "gd-training"]);
    expect(units("over-plan under-plan")).toEqual([]);
  });

  it("lacks:R — a type that allows R, and no post (primary or also) holding it", () => {
    // Every team has its lead.
    expect(units("lacks:team-lead")).toEqual([]);
    // renewal-specialist is allowed in sub-branches and teams: 望京 (110201 and 郑雪's
    // general-admin post only), 东城 (head and general-admin), 南海 (head only). 双井 has 傅玲,
    // 长安 has 杜慧芬; every team has specialists.
    expect(units("lacks:renewal-specialist")).toEqual(["bj-cy-wj", "bj-dc", "gd-fs-nh"]);
    // general-admin is allowed in central depts and sub-branches: bj-cy (郑雪), bj-dc (卢静),
    // gd-fs (关锦华), gd-dg (邹凤) have one; 望京 has 郑雪's `also` post, which counts.
    expect(units("lacks:general-admin")).toEqual(["bj-cy-sj", "gd-fs-nh", "gd-dg-ca"]);
    // deputy-head (hq, branches, central depts): only 东莞 gd-dg has none.
    expect(units("lacks:deputy-head")).toEqual(["gd-dg"]);
    expect(units("lacks:general-admin,deputy-head")).toEqual(["bj-cy-sj", "gd-fs-nh", "gd-dg", "gd-dg-ca"]);
    // department-head: the vacant 双井 only.
    expect(units("lacks:department-head")).toEqual(["bj-cy-sj"]);
    // a type that does not allow the role is never "lacking" it: negation keeps it.
    expect(units("-lacks:renewal-specialist")).toEqual(without(ALL_UNITS, ["bj-cy-wj", "bj-dc", "gd-fs-nh"]));
  });

  it("has:plan and has:drivers", () => {
    // every type of renewal-channel has a default plan (one head).
    expect(units("has:plan")).toEqual(ALL_UNITS);
    expect(units("-has:plan")).toEqual([]);
    // the example carries no drivers.
    expect(units("has:drivers")).toEqual([]);
    expect(units("-has:drivers")).toEqual(ALL_UNITS);
  });

  it("an empty selector matches every unit", () => {
    expect(units("")).toEqual(ALL_UNITS);
    expect(units({})).toEqual(ALL_UNITS);
  });
});

describe("results", () => {
  it("people are PersonRefs { id, name, unit, role }, frozen; units are the Unit views", () => {
    const [first, ...rest] = [...org.findPeople("unit:bj-cy-wj-bank")];
    expect(first).toEqual({ id: "110221", name: "程亮", unit: "bj-cy-wj-bank", role: "team-lead" });
    expect(Object.keys(first ?? {}).sort()).toEqual(["id", "name", "role", "unit"]);
    expect(Object.isFrozen(first)).toBe(true);
    expect(rest.map((p) => p.name)).toEqual(["曹颖", "袁斌", "邓辉", "许诺"]);
    const [sj] = [...org.findUnits("unit:bj-cy-sj")];
    expect(sj).toEqual(org.unit("bj-cy-sj"));
    expect(sj?.head).toBeNull();
    expect(sj?.level).toBe(4);
    expect(sj?.parent).toBe("bj-cy");
  });

  it("are iterators, in source order whatever the order of the terms", () => {
    const iterator = org.findPeople("role:team-lead");
    expect(typeof iterator[Symbol.iterator]).toBe("function");
    expect(typeof iterator.next).toBe("function");
    expect(iterator.next().value?.id).toBe("110211");
    expect(people("under:gd role:team-lead")).toEqual(people("role:team-lead under:gd"));
    // hq's people come first (org.yaml is the root), then Beijing, then Guangdong.
    expect(people("level:1,3 head")).toEqual(["100001", "110101", "440101", "440301"]);
  });

  it("ask again and get the same answer (indexes built once)", () => {
    const a = people("under:bj-cy -head");
    const b = people("under:bj-cy -head");
    expect(a).toEqual(b);
    expect(a).toEqual(
      without(BJ_CY_PEOPLE, ["110101", "110201", "110211", "110221", "110311"]), // bj-cy's heads below
    );
  });
});

describe("the object form is the string form", () => {
  const PEOPLE_PAIRS: [string, FindPeopleArg, FindOptionsArg?][] = [
    ["role:team-lead,renewal-specialist", { role: ["team-lead", "renewal-specialist"] }],
    ["role:team-lead", { role: "team-lead" }],
    [
      "role:renewal-specialist type:bank-renewal-team under:bj",
      { role: "renewal-specialist", type: "bank-renewal-team", under: "bj" },
    ],
    ["level:4 role:team-lead under:bj", { role: ["team-lead"], under: "bj", level: 4 }],
    ["level:1,3", { level: [1, 3] }],
    ["unit:望京个续组", { unit: "望京个续组" }],
    ["under:bj,gd -under:bj-cy", { under: ["bj", "gd"], not: { under: "bj-cy" } }],
    ["-has:also meta.portfolio=培训与督训", { not: { has: ["also"] }, meta: { portfolio: ["培训与督训"] } }],
    ["meta.portfolio", { meta: { portfolio: true } }],
    ["meta.portfolio=培训与督训", { meta: { portfolio: "培训与督训" } }],
    ["has:dotted,also", { has: ["dotted", "also"] }],
    ["head under:bj-cy", { head: true, under: "bj-cy" }],
    ["-head role:team-lead,department-head", { role: ["team-lead", "department-head"], not: { head: true } }],
    ["name:*丽*", { name: "*丽*" }],
    ["id:1100??,0071", { id: ["1100??", "0071"] }],
    ["reports-to:110105", { reportsTo: "110105" }, { lines: "all" }],
    ["reports-to:0071,110221", { reportsTo: ["0071", "110221"] }],
    ["-reports-to:110101 under:bj-cy", { under: "bj-cy", not: { reportsTo: "110101" } }],
  ];
  it.each(PEOPLE_PAIRS)("people: %s", (text, object, options) => {
    const fromText = people(text, options);
    expect(people(object, options)).toEqual(fromText);
  });

  it("with the hand answers", () => {
    expect(people({ role: ["team-lead", "renewal-specialist"] })).toHaveLength(35);
    expect(people({ not: { has: ["also"] }, meta: { portfolio: ["培训与督训"] } })).toEqual(["100002"]);
    expect(people({ reportsTo: "110105" }, { lines: "dotted" })).toEqual(["110211", "110311"]);
    expect(people({ under: ["bj", "gd"], not: { under: "bj-cy" } })).toEqual([
      ...without(BJ_PEOPLE, BJ_CY_PEOPLE),
      ...GD_PEOPLE,
    ]);
    expect(people({ head: true, not: { level: [2, 4] } })).toEqual(["100001", "110101", "440101", "440301"]);
  });

  const UNIT_PAIRS: [string, FindUnitsArg][] = [
    ["type:individual-renewal-team vacant", { type: ["individual-renewal-team"], vacant: true }],
    ["vacant", { vacant: true }],
    ["over-plan", { overPlan: true }],
    ["under-plan", { underPlan: true }],
    ["lacks:general-admin,deputy-head", { lacks: ["general-admin", "deputy-head"] }],
    ["level:4 -vacant -lacks:renewal-specialist", { level: 4, not: { vacant: true, lacks: "renewal-specialist" } }],
    ["name:*银续*", { name: "*银续*" }],
    ["id:bj-cy-*", { id: ["bj-cy-*"] }],
    ["level:2,3", { level: [2, 3] }],
    ["has:meta", { has: "meta" }],
    ["has:plan,drivers", { has: ["plan", "drivers"] }],
    ["meta.city=北京,佛山", { meta: { city: ["北京", "佛山"] } }],
    ["meta.city -meta.city=北京", { meta: { city: true }, not: { meta: { city: "北京" } } }],
    ["under:朝阳中心支公司保费部 -unit:bj-cy", { under: "朝阳中心支公司保费部", not: { unit: "bj-cy" } }],
  ];
  it.each(UNIT_PAIRS)("units: %s", (text, object) => {
    expect(units(object)).toEqual(units(text));
  });

  it("units with the hand answers", () => {
    // level-4 units (12) without vacant 双井 and without the three lacking specialists.
    expect(units({ level: 4, not: { vacant: true, lacks: "renewal-specialist" } })).toEqual([
      "bj-cy-wj-ind",
      "bj-cy-wj-bank",
      "bj-cy-sj-ind",
      "bj-dc-ind",
      "gd-fs-nh-ind",
      "gd-fs-nh-bank",
      "gd-dg-ca",
      "gd-dg-ca-bank",
    ]);
    expect(units({ overPlan: true })).toEqual(["gd-fs-nh-bank"]);
    expect(units({ meta: { city: true }, not: { meta: { city: "北京" } } })).toEqual([
      "gd",
      "gd-fs",
      "gd-fs-nh",
      "gd-dg",
    ]);
  });
});

// --- Small inline orgs for what the example lacks -------------------------------------------

const MINI_BLUEPRINT = `blueprint:
  orgspec-blueprint: 1
  id: mini
  roles:
    head: { title: Head }
    lead: { title: Lead }
    spec: { title: Specialist }
  unitTypes:
    top: { title: Top, level: 1, headRole: head, roles: [head, spec], plan: { head: 1 } }
    team: { title: Team, level: 2, parents: [top], headRole: lead, roles: [lead, spec] }
    pool: { title: Pool, level: 2, parents: [top], roles: [spec] }
`;

/**
 * Staffing corner cases, on a blueprint where `team` has no default plan and `pool` no head
 * role. By hand (posts count primary and `also` posts; format.md "Staffing arithmetic"):
 *
 * | unit | plan            | posts                         | head   | vacant | over | under | has:plan | lacks   |
 * |------|-----------------|-------------------------------|--------|--------|------|-------|----------|---------|
 * | top  | head 1 (type)   | head 1                        | 1      | no     | no   | no    | yes      | spec    |
 * | t1   | spec 2, lead 1  | lead 2; spec 3, 4             | 2      | no     | no   | no    | yes      |         |
 * | t2   | spec 1          | spec 5 + 4 (also)             | none   | yes    | yes  | no    | yes      | lead    |
 * | t3   | spec 2          | spec 6; lead 7                | 7      | no     | no   | yes   | yes      |         |
 * | t4   | spec 1, lead 1  | spec 8, 9                     | none   | yes    | yes  | yes   | yes      | lead    |
 * | t5   | —               | spec 10, 11, 12; lead 3 (also)| 3      | no     | no   | no    | no       |         |
 * | p1   | —               | spec 13                       | (none) | no     | no   | no    | no       |         |
 * | p2   | —               | —                             | (none) | no     | no   | no    | no       | spec    |
 *
 * Solid lines: 2, 5, 7, 8, 9, 13 → 1 (no head in their unit, or they head it); 3, 4 → 2;
 * 6 → 7; 10, 11, 12 → 3 (t5's head through his `also` post). Dotted: 13 → 7 (dottedLines);
 * 3's `also` line would go to himself and 4's to vacant t2's head: none.
 */
const MINI = `orgspec: 1
${MINI_BLUEPRINT}units:
  - { id: top, type: top, name: Top }
  - { id: t1, type: team, name: T1, parent: top, plan: { spec: 2, lead: 1 } }
  - { id: t2, type: team, name: T2, parent: top, plan: { spec: 1 } }
  - { id: t3, type: team, name: T3, parent: top, plan: { spec: 2 } }
  - { id: t4, type: team, name: T4, parent: top, plan: { spec: 1, lead: 1 } }
  - { id: t5, type: team, name: T5, parent: top }
  - { id: p1, type: pool, name: P1, parent: top }
  - { id: p2, type: pool, name: P2, parent: top }
people:
  - { id: "1", name: A, unit: top, role: head }
  - { id: "2", name: B, unit: t1, role: lead }
  - { id: "3", name: C, unit: t1, role: spec, also: [{ unit: t5, role: lead }] }
  - { id: "4", name: D, unit: t1, role: spec, also: [{ unit: t2, role: spec }] }
  - { id: "5", name: E, unit: t2, role: spec }
  - { id: "6", name: F, unit: t3, role: spec }
  - { id: "7", name: G, unit: t3, role: lead }
  - { id: "8", name: H, unit: t4, role: spec }
  - { id: "9", name: I, unit: t4, role: spec }
  - { id: "10", name: J, unit: t5, role: spec }
  - { id: "11", name: K, unit: t5, role: spec }
  - { id: "12", name: L, unit: t5, role: spec }
  - { id: "13", name: M, unit: p1, role: spec, dottedLines: ["7"] }
`;

describe("staffing terms on a small org", () => {
  let mini: Org;
  beforeAll(() => {
    mini = load(MINI);
  });

  it("vacant needs a head role: pools have none, t5 is headed through an `also` post", () => {
    expect(units("vacant", undefined, mini)).toEqual(["t2", "t4"]);
    expect(units("-vacant", undefined, mini)).toEqual(["top", "t1", "t3", "t5", "p1", "p2"]);
  });

  it("over-plan and under-plan count `also` posts; unplanned roles are not checked", () => {
    expect(units("over-plan", undefined, mini)).toEqual(["t2", "t4"]);
    expect(units("under-plan", undefined, mini)).toEqual(["t3", "t4"]);
    expect(units("over-plan under-plan", undefined, mini)).toEqual(["t4"]);
    expect(units("-over-plan -under-plan", undefined, mini)).toEqual(["top", "t1", "t5", "p1", "p2"]);
  });

  it("has:plan is an own plan or the type's default", () => {
    expect(units("has:plan", undefined, mini)).toEqual(["top", "t1", "t2", "t3", "t4"]);
    expect(units("-has:plan", undefined, mini)).toEqual(["t5", "p1", "p2"]);
  });

  it("lacks:R counts `also` posts and only types allowing R", () => {
    // lead is allowed in teams only; t5's lead is 3's also post.
    expect(units("lacks:lead", undefined, mini)).toEqual(["t2", "t4"]);
    // spec is allowed in top, team and pool; top and the empty pool p2 hold none.
    expect(units("lacks:spec", undefined, mini)).toEqual(["top", "p2"]);
    expect(units("lacks:spec,lead", undefined, mini)).toEqual(["top", "t2", "t4", "p2"]);
    expect(units("lacks:head", undefined, mini)).toEqual([]);
  });

  it("head is the resolved head of any unit (t5's through an also post); has:also; has:dotted", () => {
    // 3's unit is t1 (headed by 2), but 3 heads t5 through his also post: a head all the same.
    expect(people("head", undefined, mini)).toEqual(["1", "2", "3", "7"]);
    expect(people("head unit:t1", undefined, mini)).toEqual(["2", "3"]);
    expect(people("has:also", undefined, mini)).toEqual(["3", "4"]);
    expect(people("has:dotted", undefined, mini)).toEqual(["13"]);
    expect(people("type:pool", undefined, mini)).toEqual(["13"]);
    expect(people("level:1", undefined, mini)).toEqual(["1"]);
  });

  it("reports-to through a head by an `also` post, and the lines", () => {
    expect(people("reports-to:3", undefined, mini)).toEqual(["10", "11", "12"]);
    expect(people("reports-to:2", undefined, mini)).toEqual(["3", "4", "10", "11", "12"]);
    expect(people("reports-to:7", undefined, mini)).toEqual(["6"]);
    expect(people("reports-to:7", { lines: "dotted" }, mini)).toEqual(["13"]);
    expect(people("reports-to:7", { lines: "all" }, mini)).toEqual(["6", "13"]);
    expect(people("reports-to:1", undefined, mini)).toEqual([
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
    ]);
  });
});

describe("has:drivers", () => {
  it("is the units that carry `drivers:`, whatever the period", () => {
    const withDrivers = load(`orgspec: 1
blueprint: renewal-channel
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq }
  - { id: cy, type: central-premium-dept, name: 朝阳, parent: bj }
  - { id: wj, type: sub-branch-premium-dept, name: 望京, parent: cy }
  - { id: t1, type: individual-renewal-team, name: 望京个续组, parent: wj, drivers: { premium-due: 800, orphan-policies: 100 } }
  - { id: t2, type: bank-renewal-team, name: 望京银续组, parent: wj, drivers: { premium-due: { "2013": 500 } } }
  - { id: t3, type: bank-renewal-team, name: 空组, parent: wj }
people:
  - { id: "1", name: 王建国, unit: hq, role: department-head }
`);
    expect(units("has:drivers", undefined, withDrivers)).toEqual(["t1", "t2"]);
    expect(units("-has:drivers", undefined, withDrivers)).toEqual(["hq", "bj", "cy", "wj", "t3"]);
    expect(units({ has: "drivers" }, undefined, withDrivers)).toEqual(["t1", "t2"]);
  });
});

/**
 * Hostile names: spaces, commas, quotes, backslashes and glob characters in names and meta.
 * By hand, the names starting a and ending b are 3 a"b, 4 a*b, 5 a?b, 6 axb, 7 a\b, 8 ab,
 * 9 aXYb; of three characters 3–7.
 */
const NAMES = `orgspec: 1
${MINI_BLUEPRINT}units:
  - { id: top, type: top, name: "Head Office" }
  - { id: pool, type: pool, name: "a, b", parent: top, meta: { city: "New York" } }
people:
  - { id: "1", name: "Li Ming", unit: top, role: head, meta: { city: "New York" } }
  - { id: "2", name: "Li, Ming", unit: pool, role: spec, meta: { city: York } }
  - { id: "3", name: "a\\"b", unit: pool, role: spec }
  - { id: "4", name: "a*b", unit: pool, role: spec }
  - { id: "5", name: "a?b", unit: pool, role: spec }
  - { id: "6", name: "axb", unit: pool, role: spec }
  - { id: "7", name: "a\\\\b", unit: pool, role: spec }
  - { id: "8", name: "ab", unit: pool, role: spec }
  - { id: "9", name: "aXYb", unit: pool, role: spec }
`;

describe("quoted values and globs", () => {
  let names: Org;
  beforeAll(() => {
    names = load(NAMES);
  });
  const find = (s: string) => people(s, undefined, names);

  it("the inline org reads as intended", () => {
    expect([...names.people()].map((p) => p.name)).toEqual([
      "Li Ming",
      "Li, Ming",
      'a"b',
      "a*b",
      "a?b",
      "axb",
      "a\\b",
      "ab",
      "aXYb",
    ]);
  });

  it("quotes hold spaces, commas and escaped quotes", () => {
    expect(find('name:"Li Ming"')).toEqual(["1"]);
    expect(find('name:"Li, Ming"')).toEqual(["2"]); // the comma is not an OR inside quotes
    expect(find('name:"a\\"b"')).toEqual(["3"]); // \" is a quote
    expect(find('name:"a\\\\b"')).toEqual(["7"]); // \\ is a backslash: the glob a\b, whose \b is literal
    expect(find('meta.city="New York"')).toEqual(["1"]);
    expect(find("meta.city=York")).toEqual(["2"]);
    expect(find("meta.city")).toEqual(["1", "2"]);
    expect(find('-meta.city="New York"')).toEqual(["2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(units('name:"a, b"', undefined, names)).toEqual(["pool"]);
    expect(units('meta.city="New York"', undefined, names)).toEqual(["pool"]);
    expect(units('name:"Head Office"', undefined, names)).toEqual(["top"]);
    // a quoted name with a space AND another term.
    expect(find('name:"Li Ming" role:head')).toEqual(["1"]);
    expect(find('role:spec name:"Li Ming"')).toEqual([]);
  });

  it("* is any run (also none), ? one character, the whole name must match", () => {
    expect(find("name:a*b")).toEqual(["3", "4", "5", "6", "7", "8", "9"]);
    expect(find("name:a?b")).toEqual(["3", "4", "5", "6", "7"]);
    expect(find("name:Li*")).toEqual(["1", "2"]);
    expect(find("name:Li")).toEqual([]);
    expect(find("name:li*")).toEqual([]); // case matters
    expect(find("name:*Ming")).toEqual(["1", "2"]);
    expect(find("name:ab,axb")).toEqual(["6", "8"]); // unquoted comma: OR
  });

  it("\\*, \\? and \\\\ are the characters themselves", () => {
    expect(find("name:a\\*b")).toEqual(["4"]);
    expect(find("name:a\\?b")).toEqual(["5"]);
    expect(find("name:a\\\\b")).toEqual(["7"]);
    expect(find("name:a\\**")).toEqual(["4"]);
  });

  it("id globs", () => {
    expect(find("id:?")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(find("id:[1]")).toEqual([]); // brackets are literal
  });

  it("the object form takes the value unquoted", () => {
    expect(people({ name: "Li, Ming" }, undefined, names)).toEqual(["2"]);
    expect(people({ name: ["Li Ming", "ab"] }, undefined, names)).toEqual(["1", "8"]);
    expect(people({ name: 'a"b' }, undefined, names)).toEqual(["3"]);
    expect(people({ meta: { city: "New York" } }, undefined, names)).toEqual(["1"]);
    expect(people({ name: "a\\*b" }, undefined, names)).toEqual(["4"]);
  });
});

/**
 * Names for ids (docs/find.md, "Names for ids"): an id first, else one exact name; two people
 * named 张伟 and two units named 分公司保费部 are ambiguous. By hand: 2 张伟 heads bj, 3 张伟
 * heads sh, 4 李娜 is sh's deputy (→ 3), 6 (named "3") heads gz, whose name is "bj".
 */
const DUP = `orgspec: 1
blueprint: renewal-channel
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
  - { id: bj, type: branch-premium-dept, name: 分公司保费部, parent: hq }
  - { id: sh, type: branch-premium-dept, name: 分公司保费部, parent: hq }
  - { id: gz, type: branch-premium-dept, name: bj, parent: hq }
people:
  - { id: "1", name: 王建国, unit: hq, role: department-head }
  - { id: "2", name: 张伟, unit: bj, role: department-head }
  - { id: "3", name: 张伟, unit: sh, role: department-head }
  - { id: "4", name: 李娜, unit: sh, role: deputy-head }
  - { id: "6", name: "3", unit: gz, role: department-head }
`;

describe("names for ids", () => {
  let dup: Org;
  beforeAll(() => {
    dup = load(DUP);
  });

  it("an id wins over a name", () => {
    expect(people("under:bj", undefined, dup)).toEqual(["2"]); // unit bj, not gz (named "bj")
    expect(people("reports-to:3", undefined, dup)).toEqual(["4"]); // person 3, not 6 (named "3")
  });

  it("a unique name stands for its holder", () => {
    expect(people("reports-to:王建国", undefined, dup)).toEqual(["2", "3", "4", "6"]);
    expect(people("under:总公司保费部", undefined, dup)).toEqual(["1", "2", "3", "4", "6"]);
    expect(people("reports-to:李娜", undefined, dup)).toEqual([]);
  });

  it("a person's name held twice throws with the candidates (id, unit, role)", () => {
    const e = peopleError("reports-to:张伟", undefined, dup);
    expect(e.column).toBe(12); // after "reports-to:" (11 code units)
    expect(e.length).toBe(2);
    expect(e.message).toContain("张伟");
    const candidates = (e.candidates ?? []) as readonly { id: string }[];
    expect(candidates.map((c) => c.id).sort()).toEqual(["2", "3"]);
    expect(candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "2", unit: "bj", role: "department-head" }),
        expect.objectContaining({ id: "3", unit: "sh", role: "department-head" }),
      ]),
    );
  });

  it("a unit's name held twice throws with the candidates (id, parent, type)", () => {
    const e = peopleError("role:deputy-head under:分公司保费部", undefined, dup);
    expect(e.column).toBe(24); // "role:deputy-head " is 17, "under:" 6 more
    expect(e.length).toBe(6);
    const candidates = (e.candidates ?? []) as readonly { id: string }[];
    expect(candidates.map((c) => c.id).sort()).toEqual(["bj", "sh"]);
    expect(candidates).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: "sh", parent: "hq", type: "branch-premium-dept" })]),
    );
    // the object form too, at column 0.
    const o = selectorError(() => [...dup.findUnits({ unit: "分公司保费部" })]);
    expect(o.column).toBe(0);
    expect(((o.candidates ?? []) as readonly { id: string }[]).map((c) => c.id).sort()).toEqual(["bj", "sh"]);
  });
});

describe("SelectorError", () => {
  it("the example of docs/find.md: unknown role, did you mean, at the value's column", () => {
    // "role:" is 5 code units: the value starts at column 6 (the message of docs/find.md).
    const alone = peopleError("role:team-leed");
    expect(alone.column).toBe(6);
    expect(alone.length).toBe(9);
    expect(alone.message).toContain('unknown role "team-leed"');
    expect(advice(alone)).toContain('"team-lead"');
    expect(alone.message).not.toMatch(/^orgspec find/); // the CLI's message without its prefix
    // after "under:bj " (9 code units), the value starts at 9 + 6 = 15.
    const e = peopleError("under:bj role:team-leed");
    expect(e.column).toBe(15);
    expect(e.length).toBe(9);
    expect(e).toBeInstanceOf(Error);
  });

  it("columns count UTF-16 code units (a CJK character is 1, an emoji 2)", () => {
    // "under:北京分公司保费部 " is 6 + 8 + 1 = 15; "role:" 5 more: column 21.
    expect(peopleError("under:北京分公司保费部 role:team-leed").column).toBe(21);
    // "name:😀* " is 5 + 2 + 1 + 1 = 9; "role:" 5 more: column 15.
    expect(peopleError("name:😀* role:team-leed").column).toBe(15);
  });

  it("an unknown alternative is pointed at itself", () => {
    // "role:team-lead," is 15 code units: the bad alternative starts at 16.
    const e = peopleError("role:team-lead,renewal-specalist");
    expect(e.column).toBe(16);
    expect(e.length).toBe(17);
    expect(advice(e)).toContain('"renewal-specialist"');
  });

  it("role and type names compare exactly (case matters)", () => {
    expect(advice(peopleError("role:Team-Lead"))).toContain('"team-lead"');
    const t = peopleError("type:bank-renewal-tem");
    expect(t.column).toBe(6);
    expect(t.length).toBe(16);
    expect(t.message).toMatch(/unknown (unit )?type "bank-renewal-tem"/);
    expect(advice(t)).toContain('"bank-renewal-team"');
    expect(advice(unitsError("type:centrl-premium-dept"))).toContain('"central-premium-dept"');
    expect(advice(unitsError("lacks:team-leed"))).toContain('"team-lead"');
  });

  it("an unknown term, with a did-you-mean over the terms", () => {
    const e = peopleError("under:bj rol:team-lead");
    expect(e.column).toBe(10);
    // the term's key or the whole term: either is the position of the term.
    expect([3, "rol:team-lead".length]).toContain(e.length);
    expect(advice(e)).toContain('"role"');
    expect(advice(peopleError("undr:bj"))).toContain('"under"');
    expect(advice(unitsError("vacnt"))).toContain('"vacant"');
    expect(advice(unitsError("over-plans"))).toContain('"over-plan"');
    expect(advice(peopleError("reportsto:110101"))).toContain('"reports-to"');
    expect([1, 5]).toContain(peopleError("has:alsoo").column); // the term, or its value after "has:"
    expect(advice(peopleError("has:alsoo"))).toContain("also");
  });

  it("a term without its value", () => {
    // [selector, column of the term, column of the (empty) value just after its colon]:
    // either is the position of the missing value.
    for (const [selector, term, value] of [
      ["role:", 1, 6],
      ["under:bj type:", 10, 15],
      ["under:", 1, 7],
      ["name:", 1, 6],
    ] as const) {
      expect([term, value], selector).toContain(peopleError(selector).column);
    }
    expect(unitsError("meta.city=")).toBeInstanceOf(SelectorError);
    expect(peopleError("role:team-lead,")).toBeInstanceOf(SelectorError);
  });

  it("an unknown unit or person, with the closest ids and names", () => {
    const u = peopleError("under:bjj");
    expect(u.column).toBe(7);
    expect(u.length).toBe(3);
    expect(u.message).toContain('"bjj"');
    expect(advice(u)).toContain('"bj"');
    const n = unitsError("under:望京支公司");
    expect(n.column).toBe(7);
    expect(advice(n)).toMatch(/望京支公司保费部|bj-cy-wj/);
    const p = peopleError("role:team-lead reports-to:11O101"); // a letter O for a zero
    expect(p.column).toBe(27); // "role:team-lead " 15 + "reports-to:" 11 = 26
    expect(p.length).toBe(6);
    expect(advice(p)).toContain('"110101"');
    expect(advice(peopleError("unit:bj-cy-s"))).toContain('"bj-cy-sj"');
    // ids and names of the other kind do not count: 110101 is a person, not a unit.
    expect(peopleError("under:110101")).toBeInstanceOf(SelectorError);
    expect(peopleError("reports-to:bj")).toBeInstanceOf(SelectorError);
  });

  it("a level that is not a whole number ≥ 1", () => {
    // "level:" is 6 code units: the value starts at column 7.
    for (const value of ["0", "1.5", "x", "-1", "04x", "二"]) {
      const e = peopleError(`level:${value}`);
      expect(e.column, value).toBe(7);
      expect(e.length, value).toBe(value.length);
    }
    expect(unitsError("level:2,zero").column).toBe(9);
    expect(selectorError(() => [...org.findUnits({ level: 0 })]).column).toBe(0);
    expect(selectorError(() => [...org.findUnits({ level: 2.5 })]).column).toBe(0);
  });

  it("an unterminated quote, at the quote", () => {
    expect(peopleError('name:"张伟').column).toBe(6);
    expect(peopleError('under:bj name:"abc').column).toBe(15);
    expect(unitsError('meta.city="北京').column).toBe(11);
  });

  it("a term of the other kind", () => {
    for (const [selector, column, length] of [
      ["role:team-lead", 1, 14],
      ["reports-to:110101", 1, 17],
      // has: of the other kind points at the value, as every wrong value does.
      ["has:also", 5, 4],
      ["has:reports-to", 5, 10],
      ["has:dotted", 5, 6],
      ["under:bj head", 10, 4],
    ] as const) {
      const e = unitsError(selector);
      expect(e.column, selector).toBe(column);
      expect(e.length, selector).toBe(length);
    }
    // for units, role: is answered by lacks: (the table's "— (use lacks:R)").
    expect(advice(unitsError("role:team-lead"))).toContain("lacks");
    for (const [selector, column, length] of [
      ["vacant", 1, 6],
      ["lacks:team-lead", 1, 15],
      ["over-plan", 1, 9],
      ["under-plan", 1, 10],
      ["has:plan", 5, 4],
      ["under:bj has:drivers", 14, 7],
    ] as const) {
      const e = peopleError(selector);
      expect(e.column, selector).toBe(column);
      expect(e.length, selector).toBe(length);
    }
    // negated, too: "-vacant" is still a unit term.
    expect(peopleError("-vacant")).toBeInstanceOf(SelectorError);
    expect(unitsError("-head")).toBeInstanceOf(SelectorError);
  });

  it("acting is reserved: an error until dated posts exist", () => {
    const e = peopleError("acting");
    expect(e.column).toBe(1);
    expect(e.length).toBe(6);
    expect(peopleError("under:bj acting").column).toBe(10);
    expect(peopleError("-acting")).toBeInstanceOf(SelectorError);
    expect(unitsError("acting")).toBeInstanceOf(SelectorError);
  });

  it("lines other than solid, dotted or all", () => {
    expect(peopleError("reports-to:110101", { lines: "sideways" } as unknown as FindOptionsArg)).toBeInstanceOf(
      SelectorError,
    );
  });

  it("a bad object throws with column 0", () => {
    const role = selectorError(() => [...org.findPeople({ role: ["team-leed"] })]);
    expect(role.column).toBe(0);
    expect(role.message).toContain('unknown role "team-leed"');
    expect(advice(role)).toContain('"team-lead"');
    expect(selectorError(() => [...org.findPeople({ under: "nowhere" })]).column).toBe(0);
    expect(selectorError(() => [...org.findPeople(bad({ vacant: true }))]).column).toBe(0);
    expect(selectorError(() => [...org.findUnits(bad({ head: true }) as FindUnitsArg)]).column).toBe(0);
    const unknown = selectorError(() => [...org.findPeople(bad({ rol: ["team-lead"] }))]);
    expect(unknown.column).toBe(0);
    expect(advice(unknown)).toContain("role");
    expect(selectorError(() => [...org.findPeople(bad({ not: { rol: "x" } }))]).column).toBe(0);
    expect(selectorError(() => [...org.findPeople(bad({ acting: true }))]).column).toBe(0);
    expect(selectorError(() => [...org.findPeople({ reportsTo: "张三丰" })]).column).toBe(0);
  });

  it("is thrown by the call itself, before anything is iterated", () => {
    expect(() => org.findPeople("role:team-leed")).toThrow(SelectorError);
    expect(() => org.findUnits("vacant role:x")).toThrow(SelectorError);
  });
});

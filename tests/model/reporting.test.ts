/**
 * The resolved model against the hand-checked answers of examples/renewal-channel/README.md
 * and examples/custom-blueprint/README.md, and format.md's edge cases on small inline orgs.
 */
import { readFileSync } from "node:fs";
import { type LoadResult, loadOrg, type Org, parseOrg } from "orgspec";
import { beforeAll, describe, expect, it } from "vitest";
import { codes, example, only, parse, RC, summary } from "../helpers/org.js";

let result: LoadResult;
let org: Org;

beforeAll(async () => {
  result = await loadOrg(example("renewal-channel", "org.yaml"));
  if (!result.org) throw new Error(`the example did not load: ${summary(result.diagnostics)}`);
  org = result.org;
});

const manager = (o: Org, id: string) => o.person(id).manager?.id ?? null;

/** The chain of command from the direct manager up to the top, following `manager`. */
function chain(o: Org, id: string): string[] {
  const out: string[] = [];
  for (let m = o.person(id).manager; m; m = o.person(m.id).manager) {
    if (out.includes(m.id)) throw new Error(`cycle at ${m.id}`);
    out.push(m.id);
  }
  return out;
}

const dotted = (o: Org, id: string) => o.person(id).dotted.map((d) => `${d.manager.id} [${d.source}]`);

/** Direct solid-line reports of a person, by scanning everyone's manager. */
const reports = (o: Org, id: string) => [...o.people()].filter((p) => p.manager?.id === id).map((p) => p.id);

describe("the renewal-channel example", () => {
  it("loads with no error: one warning and three infos", () => {
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["info", "vacancy"],
      ["info", "vacancy"],
      ["info", "vacancy"],
      ["warning", "over-plan"],
    ]);
    expect(org.counts).toEqual({ units: 26, people: 87 });
    expect(org.root).toBe("hq");
  });

  describe("solid lines (README, hand-checked)", () => {
    it.each([
      ["110212", "110211", "step 2: a specialist reports to her team's head"],
      ["110211", "110201", "a team lead heads her own unit: step 3 to the sub-branch head"],
      ["110201", "110101", "sub-branch head → central head"],
      ["110101", "110001", "central head → branch head"],
      ["110001", "100001", "branch head → hq head (explicit head:)"],
      ["110301", "110101", "specialist directly in the vacant 双井: rolls up to 朝阳"],
      ["110311", "110101", "lead of 双井个续组: step 3 skips the vacant 双井"],
      ["110225", "0071", "step 1: reportsTo: 0071"],
      ["0071", "110101", "a deputy reports to her unit's head"],
      ["110222", "110221", "step 2"],
      ["110107", "110101", "the solid line comes from the primary post only"],
      ["110402", "110401", "step 2 in 东城"],
      ["110411", "110401", "step 3: bj-dc"],
      ["440221", "440201", "step 3 in 南海"],
      ["110041", "110001", "an office head reports to the branch head, not along her dotted line"],
    ])("manager %s is %s (%s)", (id, expected) => {
      expect(manager(org, id)).toBe(expected);
    });

    it("the top of the org has no manager, and is the only one", () => {
      expect(manager(org, "100001")).toBeNull();
      expect([...org.people()].filter((p) => p.manager === null).map((p) => p.id)).toEqual(["100001"]);
    });

    it("chains: the vacant level drops out; the explicit line bypasses the team lead", () => {
      expect(chain(org, "110312")).toEqual(["110311", "110101", "110001", "100001"]);
      expect(chain(org, "110225")).toEqual(["0071", "110101", "110001", "100001"]);
      expect(chain(org, "110212")).toEqual(["110211", "110201", "110101", "110001", "100001"]);
    });

    it("direct reports: 110101 has 9 (with the roll-ups), 110221 has 3, 0071 has 110225", () => {
      expect(reports(org, "110101").sort()).toEqual(
        ["0071", "110103", "110104", "110105", "110106", "110107", "110201", "110301", "110311"].sort(),
      );
      expect(reports(org, "110221").sort()).toEqual(["110222", "110223", "110224"]);
      expect(reports(org, "0071")).toEqual(["110225"]);
    });

    it("the largest span is 9 and the longest chain has 6 people", () => {
      const spans = new Map<string, number>();
      for (const p of org.people()) if (p.manager) spans.set(p.manager.id, (spans.get(p.manager.id) ?? 0) + 1);
      expect(Math.max(...spans.values())).toBe(9);
      expect(spans.size).toBe(26);
      expect(Math.max(...[...org.people()].map((p) => chain(org, p.id).length + 1))).toBe(6);
    });

    it("nobody reports to themself", () => {
      for (const p of org.people()) expect(p.manager?.id, p.id).not.toBe(p.id);
    });

    it("the explicit reportsTo is kept on the person, with the id's source text", () => {
      expect(org.person("110225").reportsTo).toBe("0071");
      expect(org.person("0071")).toMatchObject({ id: "0071", name: "高秀英", unit: "bj-cy", role: "deputy-head" });
      expect(org.hasPerson("71")).toBe(false);
    });

    it("a manager is the person's public reference", () => {
      expect(org.person("110212").manager).toEqual({
        id: "110211",
        name: "韩梅",
        unit: "bj-cy-wj-ind",
        role: "team-lead",
      });
    });
  });

  describe("dotted lines (README, hand-checked)", () => {
    it.each([
      ["110041", ["100002 [dottedLines]"]],
      ["110107", ["110201 [also]", "110031 [blueprint]"]],
      ["110103", ["110011 [blueprint]"]],
      ["110104", ["110011 [blueprint]"]],
      ["110105", ["110021 [blueprint]"]],
      ["110106", ["110021 [blueprint]"]],
      ["110402", ["110031 [blueprint]"]],
      ["440304", ["440031 [blueprint]"]],
      ["110221", ["110103 [blueprint]", "110104 [blueprint]"]],
      ["110211", ["110105 [blueprint]", "110106 [blueprint]"]],
      ["110311", ["110105 [blueprint]", "110106 [blueprint]"]],
      ["440221", ["440103 [blueprint]", "440104 [blueprint]"]],
      ["440211", ["440105 [blueprint]"]],
      ["440411", ["440302 [blueprint]"]],
      ["110411", []],
      ["110212", []],
      ["100001", []],
    ])("dotted %s", (id, expected) => {
      expect(dotted(org, id)).toEqual(expected);
    });

    it("the five derived lines of the blueprint, each on both branches", () => {
      // bank-supervisor-trainer → bank-supervision-office head
      expect(dotted(org, "440103")).toEqual(["440011 [blueprint]"]);
      expect(dotted(org, "440302")).toEqual(["440011 [blueprint]"]);
      // individual-supervisor-trainer → individual-supervision-office head
      expect(dotted(org, "440105")).toEqual(["440021 [blueprint]"]);
      expect(dotted(org, "440303")).toEqual(["440021 [blueprint]"]);
      // general-admin → back-office-support head
      expect(dotted(org, "440106")).toEqual(["440031 [blueprint]"]);
    });

    it("every dotted line in the org: 25, by source", () => {
      const lines = [...org.people()].flatMap((p) => p.dotted.map((d) => ({ from: p.id, ...d })));
      expect(lines).toHaveLength(25);
      const bySource = (s: string) => lines.filter((l) => l.source === s).length;
      expect([bySource("dottedLines"), bySource("also"), bySource("blueprint")]).toEqual([1, 1, 23]);
    });

    it("never to oneself or to one's own solid-line manager, at most one per manager", () => {
      for (const p of org.people()) {
        const ids = p.dotted.map((d) => d.manager.id);
        expect(ids, p.id).not.toContain(p.id);
        if (p.manager) expect(ids, p.id).not.toContain(p.manager.id);
        expect(new Set(ids).size, p.id).toBe(ids.length);
      }
    });

    it("a dotted manager is a public person reference", () => {
      expect(org.person("110041").dotted[0]?.manager).toEqual({
        id: "100002",
        name: "李明",
        unit: "hq",
        role: "deputy-head",
      });
    });
  });

  describe("posts", () => {
    it("the concurrent post: primary fte 0.8 and an also post with fte 0.2", () => {
      expect(org.person("110107").posts).toEqual([
        { unit: "bj-cy", role: "general-admin", fte: 0.8, primary: true },
        { unit: "bj-cy-wj", role: "general-admin", fte: 0.2, primary: false },
      ]);
      expect(org.person("110107").fte).toBe(0.8);
    });

    it("a part-time primary post and the default fte", () => {
      expect(org.person("110216").fte).toBe(0.5);
      expect(org.person("110212").fte).toBe(1);
    });
  });

  describe("units", () => {
    it.each([
      ["hq", null, 1, "100001"],
      ["bj", "hq", 2, "110001"],
      ["bj-bank-sup", "bj", 2, "110011"],
      ["bj-indiv-sup", "bj", 2, "110021"],
      ["bj-backoffice", "bj", 2, "110031"],
      ["bj-training", "bj", 2, "110041"],
      ["bj-cy", "bj", 3, "110101"],
      ["bj-cy-wj", "bj-cy", 4, "110201"],
      ["bj-cy-wj-ind", "bj-cy-wj", 4, "110211"],
      ["bj-cy-wj-bank", "bj-cy-wj", 4, "110221"],
      ["bj-cy-sj", "bj-cy", 4, null],
      ["bj-cy-sj-ind", "bj-cy-sj", 4, "110311"],
      ["bj-dc", "bj", 4, "110401"],
      ["bj-dc-ind", "bj-dc", 4, "110411"],
      ["gd", "hq", 2, "440001"],
      ["gd-training", "gd", 2, "440041"],
      ["gd-fs", "gd", 3, "440101"],
      ["gd-fs-nh-bank", "gd-fs-nh", 4, "440221"],
      ["gd-dg-ca-bank", "gd-dg-ca", 4, "440411"],
    ])("%s: parent %s, level %s, head %s", (id, parent, level, head) => {
      expect(org.unit(id)).toMatchObject({ parent, level, head });
    });

    it("children in source order", () => {
      expect(org.unit("hq").children).toEqual(["bj", "gd"]);
      expect(org.unit("bj").children).toEqual([
        "bj-bank-sup",
        "bj-indiv-sup",
        "bj-backoffice",
        "bj-training",
        "bj-cy",
        "bj-dc",
      ]);
      expect(org.unit("bj-cy").children).toEqual(["bj-cy-wj", "bj-cy-sj"]);
      expect(org.unit("gd").children).toEqual([
        "gd-bank-sup",
        "gd-indiv-sup",
        "gd-backoffice",
        "gd-training",
        "gd-fs",
        "gd-dg",
      ]);
      expect(org.unit("bj-cy-sj-ind").children).toEqual([]);
    });

    it("type, name and meta", () => {
      expect(org.unit("bj-cy")).toMatchObject({
        type: "central-premium-dept",
        name: "朝阳中心支公司保费部",
        meta: { city: "北京", costCenter: "BJ-1105" },
      });
    });

    it("plans merged role by role over the blueprint's default", () => {
      expect(org.unit("bj-cy").plan).toEqual({
        "department-head": 1,
        "deputy-head": 1,
        "bank-supervisor-trainer": 2,
        "individual-supervisor-trainer": 2,
        "general-admin": 1,
      });
      expect(org.unit("bj-cy-wj-ind").plan).toEqual({ "team-lead": 1, "renewal-specialist": 6 });
      expect(org.unit("bj-cy-sj").plan).toEqual({ "department-head": 1 });
    });

    it("26 units, every one reached from the root", () => {
      const seen: string[] = [];
      const walk = (id: string) => {
        seen.push(id);
        for (const c of org.unit(id).children) walk(c);
      };
      walk("hq");
      expect(seen.sort()).toEqual([...org.units()].map((u) => u.id).sort());
      expect(seen).toHaveLength(26);
    });
  });

  describe("the graphology graph", () => {
    it("one node per unit and per person", () => {
      const g = org.graph;
      expect(g.order).toBe(26 + 87);
      const kinds = { unit: 0, person: 0 } as Record<string, number>;
      g.forEachNode((_node, attrs) => {
        kinds[attrs.kind as string] = (kinds[attrs.kind as string] ?? 0) + 1;
      });
      expect(kinds).toEqual({ unit: 26, person: 87 });
    });

    it("edges of kinds parent, member, solid and dotted, in the expected numbers", () => {
      const counts: Record<string, number> = {};
      org.graph.forEachEdge((_edge, attrs) => {
        counts[attrs.kind as string] = (counts[attrs.kind as string] ?? 0) + 1;
      });
      // 25 non-root units; 87 primary + 1 also post; 86 people with a manager; 25 dotted lines.
      expect(counts).toEqual({ parent: 25, member: 88, solid: 86, dotted: 25 });
    });

    it("edges point the documented way", () => {
      const g = org.graph;
      const edges = (from: string, to: string) =>
        g.edges(from, to).map((e) => g.getEdgeAttributes(e) as Record<string, unknown>);
      expect(edges("unit:bj-cy-sj", "unit:bj-cy")).toEqual([expect.objectContaining({ kind: "parent" })]);
      expect(edges("person:110212", "person:110211")).toEqual([expect.objectContaining({ kind: "solid" })]);
      expect(edges("person:110225", "person:0071")).toEqual([expect.objectContaining({ kind: "solid" })]);
      expect(edges("person:110107", "unit:bj-cy-wj")).toEqual([
        expect.objectContaining({ kind: "member", primary: false }),
      ]);
      expect(edges("person:110107", "unit:bj-cy")).toEqual([
        expect.objectContaining({ kind: "member", primary: true }),
      ]);
      expect(edges("person:110107", "person:110031")).toEqual([
        expect.objectContaining({ kind: "dotted", source: "blueprint" }),
      ]);
      expect(edges("person:110041", "person:100002")).toEqual([
        expect.objectContaining({ kind: "dotted", source: "dottedLines" }),
      ]);
      expect(g.outDegree("unit:hq")).toBe(0);
    });
  });
});

describe("the custom-blueprint example", () => {
  it("validates with no diagnostics, and its answers hold", async () => {
    const r = await loadOrg(example("custom-blueprint", "org.yaml"));
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    const o = r.org!;
    expect(o.counts).toEqual({ units: 5, people: 15 });
    expect(o.blueprint?.id).toBe("software-company");
    expect([manager(o, "E101"), manager(o, "E100"), manager(o, "E010"), manager(o, "E300")]).toEqual([
      "E100",
      "E010",
      "E001",
      "E001",
    ]);
    expect(manager(o, "E001")).toBeNull();
    expect(manager(o, "E203")).toBe("E010");
    expect(chain(o, "E204")).toEqual(["E200", "E010", "E001"]);
    expect(reports(o, "E010").sort()).toEqual(["E011", "E100", "E200", "E203"]);
    expect(reports(o, "E200").sort()).toEqual(["E201", "E202", "E204"]);
    expect(dotted(o, "E104")).toEqual(["E300 [blueprint]"]);
    expect(dotted(o, "E204")).toEqual(["E300 [blueprint]"]);
    // The blueprint line of E301's also post finds E300, her own solid manager: not kept.
    expect(dotted(o, "E301")).toEqual(["E200 [also]"]);
    expect(dotted(o, "E101")).toEqual([]);
    expect(o.unit("mobile")).toMatchObject({ head: "E200", plan: { "engineering-manager": 1, engineer: 4 }, level: 3 });
  });

  it("without the org's rules override, the open position is a vacancy at the plan entry", () => {
    const path = example("custom-blueprint", "org.yaml");
    const text = readFileSync(path, "utf8").replace(/^rules:.*$/m, "# no rules");
    const r = parseOrg(text, { filename: path });
    const d = only(r, "vacancy");
    expect(d).toMatchObject({ line: 24, column: 23, path: ["units", 3, "plan", "engineer"] });
  });
});

describe("format.md's edge cases", () => {
  it("a person heading two nested units reports to the next filled head above both", () => {
    const r = parse(`${RC}rules: { vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司 }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq, head: P }
  - { id: cy, type: central-premium-dept, name: 朝阳, parent: bj }
people:
  - { id: H, name: H, unit: hq, role: department-head }
  - { id: P, name: P, unit: cy, role: department-head }
  - { id: S, name: S, unit: cy, role: general-admin }
  - { id: D, name: D, unit: bj, role: deputy-head }
`);
    expect(r.diagnostics).toEqual([]);
    const o = r.org!;
    expect(o.unit("bj").head).toBe("P");
    expect(o.unit("cy").head).toBe("P");
    expect(manager(o, "P")).toBe("H");
    expect(manager(o, "S")).toBe("P");
    expect(manager(o, "D")).toBe("P");
  });

  it("a head with nobody above is a top, not their own manager", () => {
    const r = parse(`${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司, head: H }
people:
  - { id: H, name: H, unit: hq, role: department-head }
`);
    expect(manager(r.org!, "H")).toBeNull();
  });

  it("a vacant head's reports roll up to the next filled head, over several vacant levels", () => {
    const r = parse(`${RC}rules: { vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司 }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq }
  - { id: cy, type: central-premium-dept, name: 朝阳, parent: bj }
  - { id: sb, type: sub-branch-premium-dept, name: 双井, parent: cy }
  - { id: t, type: individual-renewal-team, name: 个续组, parent: sb }
people:
  - { id: H, name: H, unit: hq, role: department-head }
  - { id: D, name: D, unit: bj, role: deputy-head }
  - { id: A, name: A, unit: sb, role: general-admin }
  - { id: S, name: S, unit: t, role: renewal-specialist }
`);
    expect(r.diagnostics).toEqual([]);
    const o = r.org!;
    expect(["D", "A", "S"].map((id) => manager(o, id))).toEqual(["H", "H", "H"]);
    expect(["bj", "cy", "sb", "t"].map((id) => o.unit(id).head)).toEqual([null, null, null, null]);
  });

  it("a person with no manager anywhere is a top (step 4)", () => {
    const r = parse(`${RC}rules: { vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司 }
people:
  - { id: D, name: D, unit: hq, role: deputy-head }
`);
    expect(manager(r.org!, "D")).toBeNull();
  });

  it("also: fte defaults to 0, the post counts among the unit's members and fills its plan", () => {
    const r = parse(`${RC}
units:
  - { id: hq, type: hq-premium-dept, name: 总公司 }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq }
people:
  - { id: H, name: H, unit: hq, role: department-head, also: [{ unit: bj, role: department-head }] }
  - { id: D, name: D, unit: bj, role: deputy-head }
`);
    expect(r.diagnostics).toEqual([]);
    const o = r.org!;
    expect(o.person("H").posts).toEqual([
      { unit: "hq", role: "department-head", fte: 1, primary: true },
      { unit: "bj", role: "department-head", fte: 0, primary: false },
    ]);
    expect(o.unit("bj").head).toBe("H");
    expect(manager(o, "D")).toBe("H");
    // H heads bj through the also post, and hq: still a top, never their own manager.
    expect(manager(o, "H")).toBeNull();
    expect(o.person("H").dotted).toEqual([]);
  });

  it("an also post gives a dotted line to that unit's head", () => {
    const r = parse(`${RC}
units:
  - { id: hq, type: hq-premium-dept, name: 总公司 }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq }
  - { id: gd, type: branch-premium-dept, name: 广东, parent: hq }
people:
  - { id: H, name: H, unit: hq, role: department-head }
  - { id: B, name: B, unit: bj, role: department-head }
  - { id: G, name: G, unit: gd, role: department-head }
  - { id: X, name: X, unit: bj, role: deputy-head, fte: 0.5, also: [{ unit: gd, role: deputy-head, fte: 0.5 }] }
`);
    expect(r.diagnostics).toEqual([]);
    expect(manager(r.org!, "X")).toBe("B");
    expect(dotted(r.org!, "X")).toEqual(["G [also]"]);
  });

  it("dottedLines: never to oneself or one's solid manager; the first source wins", () => {
    const r = parse(`${RC}
units:
  - { id: hq, type: hq-premium-dept, name: 总公司 }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq }
  - { id: gd, type: branch-premium-dept, name: 广东, parent: hq }
people:
  - { id: H, name: H, unit: hq, role: department-head }
  - { id: B, name: B, unit: bj, role: department-head }
  - { id: G, name: G, unit: gd, role: department-head }
  - { id: X, name: X, unit: bj, role: deputy-head, dottedLines: [X, B, G, H, G], also: [{ unit: gd, role: deputy-head }] }
`);
    expect(dotted(r.org!, "X")).toEqual(["G [dottedLines]", "H [dottedLines]"]);
  });

  it("concurrent heads making a cycle: reporting-cycle, and those people get no manager", () => {
    const text = `${RC}
units:
  - { id: hq, type: hq-premium-dept, name: 总公司 }
  - { id: a, type: branch-premium-dept, name: 甲, parent: hq }
  - { id: b, type: branch-premium-dept, name: 乙, parent: hq }
people:
  - { id: H, name: H, unit: hq, role: department-head }
  - { id: P, name: P, unit: a, role: deputy-head, also: [{ unit: b, role: department-head }] }
  - { id: Q, name: Q, unit: b, role: deputy-head, also: [{ unit: a, role: department-head }] }
  - { id: R, name: R, unit: a, role: deputy-head }
`;
    const r = parse(text);
    expect(codes(r)).toEqual(["reporting-cycle"]);
    const d = only(r, "reporting-cycle");
    expect(d.message).toContain("P");
    expect(d.message).toContain("Q");
    expect(d.related).toHaveLength(1);
    const o = r.org!;
    expect(o.unit("a").head).toBe("Q");
    expect(o.unit("b").head).toBe("P");
    expect(manager(o, "P")).toBeNull();
    expect(manager(o, "Q")).toBeNull();
    // Someone below the cycle keeps their line into it.
    expect(manager(o, "R")).toBe("Q");
    expect(manager(o, "H")).toBeNull();
  });

  describe("blueprint lines", () => {
    const BLUEPRINT = `blueprint:
  orgspec-blueprint: 1
  id: tiny
  roles: { boss: { title: Boss }, lead: { title: Lead }, member: { title: Member }, coach: { title: Coach } }
  unitTypes:
    root: { title: Root, level: 1, headRole: boss, roles: [boss, coach] }
    dept: { title: Dept, level: 2, parents: [root], headRole: boss, roles: [boss, coach] }
    office: { title: Office, level: 2, parents: [root, dept], headRole: boss, roles: [boss, member] }
    team: { title: Team, level: 3, parents: [dept], headRole: lead, roles: [lead, member, coach] }
  lines:
    - from: { role: member, unitType: team }
      to: { unitType: office }
    - from: { role: lead }
      to: { role: coach }
`;
    const tiny = (units: string, people: string) => `orgspec: 1\n${BLUEPRINT}units:\n${units}people:\n${people}`;
    const TREE = `  - { id: r, type: root, name: R }
  - { id: o1, type: office, name: O1, parent: r }
  - { id: d, type: dept, name: D, parent: r }
  - { id: t, type: team, name: T, parent: d }
`;
    const BASE = `  - { id: B, name: B, unit: r, role: boss }
  - { id: RC, name: RC, unit: r, role: coach }
  - { id: B1, name: B1, unit: o1, role: boss }
  - { id: DB, name: DB, unit: d, role: boss }
  - { id: L, name: L, unit: t, role: lead }
  - { id: M, name: M, unit: t, role: member }
`;

    it("to: { unitType }: the nearest one, found among an ancestor's children", () => {
      const r = parse(tiny(TREE, BASE));
      expect(r.diagnostics).toEqual([]);
      expect(dotted(r.org!, "M")).toEqual(["B1 [blueprint]"]);
    });

    it("to: { unitType }: two equally near units give a line to each head", () => {
      const units = `${TREE}  - { id: o2, type: office, name: O2, parent: d }\n  - { id: o3, type: office, name: O3, parent: d }\n`;
      const people = `${BASE}  - { id: B2, name: B2, unit: o2, role: boss }\n  - { id: B3, name: B3, unit: o3, role: boss }\n`;
      const r = parse(tiny(units, people));
      expect(r.diagnostics).toEqual([]);
      expect(dotted(r.org!, "M")).toEqual(["B2 [blueprint]", "B3 [blueprint]"]);
    });

    it("to: { unitType }: the nearest unit with a vacant head gives no line, and the search stops", () => {
      const units = `${TREE}  - { id: o2, type: office, name: O2, parent: d }\n`;
      const people = `${BASE}  - { id: O2M, name: O2M, unit: o2, role: member }\n`;
      const r = parse(tiny(units, people));
      expect(r.diagnostics).toEqual([]);
      expect(r.org!.unit("o2").head).toBeNull();
      expect(dotted(r.org!, "M")).toEqual([]);
    });

    it("from.unitType restricts a line to posts in units of that type", () => {
      const units = `  - { id: r, type: root, name: R }\n  - { id: o1, type: office, name: O1, parent: r }\n`;
      const people = `  - { id: B, name: B, unit: r, role: boss }\n  - { id: B1, name: B1, unit: o1, role: boss }\n  - { id: X, name: X, unit: r, role: coach, also: [{ unit: o1, role: member }] }\n`;
      // The line's from.unitType is team, so a member in an office gets none.
      const r = parse(tiny(units, people));
      expect(dotted(r.org!, "X")).toEqual(["B1 [also]"]);
    });

    it("to: { role }: every holder in the nearest unit that has one", () => {
      const people = `${BASE}  - { id: C1, name: C1, unit: d, role: coach }\n  - { id: C2, name: C2, unit: d, role: coach }\n`;
      const r = parse(tiny(TREE, people));
      expect(r.diagnostics).toEqual([]);
      // d has two coaches; r's coach RC is further away.
      expect(dotted(r.org!, "L")).toEqual(["C1 [blueprint]", "C2 [blueprint]"]);
    });

    it("to: { role }: the person's own unit first", () => {
      const people = `${BASE}  - { id: C1, name: C1, unit: d, role: coach }\n  - { id: TC, name: TC, unit: t, role: coach }\n`;
      const r = parse(tiny(TREE, people));
      expect(dotted(r.org!, "L")).toEqual(["TC [blueprint]"]);
    });

    it("to: { role }: up to the root when nothing nearer has one", () => {
      const r = parse(tiny(TREE, BASE));
      expect(dotted(r.org!, "L")).toEqual(["RC [blueprint]"]);
    });

    it("no target is no line, not an error", () => {
      const people = BASE.replace("  - { id: RC, name: RC, unit: r, role: coach }\n", "").replace(
        "  - { id: B1, name: B1, unit: o1, role: boss }\n",
        "",
      );
      const r = parse(tiny(TREE.replace("  - { id: o1, type: office, name: O1, parent: r }\n", ""), people));
      expect(r.diagnostics).toEqual([]);
      expect(dotted(r.org!, "L")).toEqual([]);
      expect(dotted(r.org!, "M")).toEqual([]);
    });

    it("a line to oneself or to one's solid manager is not kept", () => {
      // The lead L of t is also a coach (an also post in t): the role line finds L herself.
      // The coaches of d are DB (an also post) and DBC; DB is L2's solid manager, so only DBC.
      const units = `${TREE}  - { id: t2, type: team, name: T2, parent: d }\n`;
      const people = `${BASE.replace("role: lead }", "role: lead, also: [{ unit: t, role: coach }] }").replace(
        "unit: d, role: boss }",
        "unit: d, role: boss, also: [{ unit: d, role: coach }] }",
      )}  - { id: L2, name: L2, unit: t2, role: lead }\n  - { id: DBC, name: DBC, unit: d, role: coach }\n`;
      const r = parse(tiny(units, people));
      expect(dotted(r.org!, "L")).toEqual([]);
      expect(dotted(r.org!, "L2")).toEqual(["DBC [blueprint]"]);
    });

    it("lines apply to also posts, searching from the post's unit", () => {
      const units = `${TREE}  - { id: d2, type: dept, name: D2, parent: r }\n  - { id: t2, type: team, name: T2, parent: d2 }\n  - { id: o2, type: office, name: O2, parent: d2 }\n`;
      const people = `${BASE}  - { id: DB2, name: DB2, unit: d2, role: boss }\n  - { id: B2, name: B2, unit: o2, role: boss }\n  - { id: Y, name: Y, unit: d, role: coach, also: [{ unit: t2, role: member }] }\n`;
      const r = parse(tiny(units, people));
      expect(r.diagnostics).toEqual([]);
      expect(dotted(r.org!, "Y")).toEqual(["B2 [blueprint]"]);
    });
  });
});

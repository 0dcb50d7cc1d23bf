/** `generateOrg`: deterministic, realistic, and valid (no errors) at several sizes and seeds. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type LoadResult, loadOrg, type Org, parseOrg } from "orgspec";
import { generateOrg } from "orgspec/generate";
import { afterAll, describe, expect, it } from "vitest";

const TMP = mkdtempSync(join(tmpdir(), "orgspec-generate-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const UNIT_TYPES = [
  "hq-premium-dept",
  "branch-premium-dept",
  "bank-supervision-office",
  "individual-supervision-office",
  "back-office-support",
  "training-office",
  "central-premium-dept",
  "sub-branch-premium-dept",
  "individual-renewal-team",
  "bank-renewal-team",
];

/** What a generated org is meant to show: vacancies, over-plan units, and (for 2013) plans below the norm. */
const EXPECTED_FINDINGS = new Set(["vacancy", "over-plan", "plan-below-norm"]);

function writeFiles(files: Map<string, string>, name: string): string {
  const dir = join(TMP, name);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return join(dir, "org.yaml");
}

function codes(result: LoadResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of result.diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
}

function errors(result: LoadResult): string[] {
  return result.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
}

function bytes(files: Map<string, string>): number {
  let total = 0;
  for (const text of files.values()) total += Buffer.byteLength(text);
  return total;
}

describe("generateOrg: determinism", () => {
  it("gives the same bytes for the same seed and size", () => {
    for (const split of [false, true]) {
      const a = generateOrg({ people: 2000, seed: 42, split });
      const b = generateOrg({ people: 2000, seed: 42, split });
      expect([...a.keys()]).toEqual([...b.keys()]);
      for (const [path, text] of a) expect(text, path).toBe(b.get(path));
    }
  });

  it("gives different orgs for different seeds, and seed 1 by default", () => {
    const a = generateOrg({ people: 2000, seed: 1 }).get("org.yaml");
    const b = generateOrg({ people: 2000, seed: 2 }).get("org.yaml");
    expect(a).not.toBe(b);
    expect(generateOrg({ people: 2000 }).get("org.yaml")).toBe(a);
  });

  it("holds the same people in one file and split", () => {
    const one = parseOrg(generateOrg({ people: 2000, seed: 5 }).get("org.yaml") as string).org as Org;
    const split = generateOrg({ people: 2000, seed: 5, split: true });
    const all = [...split.values()].join("\n");
    for (const p of one.people()) expect(all).toContain(`id: "${p.id}", name: ${p.name}, unit: ${p.unit},`);
  });

  it("rejects sizes out of range", () => {
    expect(() => generateOrg({ people: 10 })).toThrow(RangeError);
    expect(() => generateOrg({ people: 2.5 })).toThrow(RangeError);
    expect(() => generateOrg({ people: 100, seed: -1 })).toThrow(RangeError);
  });
});

describe("generateOrg: valid and realistic", () => {
  const cases = [
    { people: 50, seed: 1 },
    { people: 50, seed: 9 },
    { people: 2000, seed: 1 },
    { people: 2000, seed: 77 },
    { people: 7500, seed: 3 },
  ];

  for (const { people, seed } of cases) {
    it(`${people} people, seed ${seed}: one file has no errors and only vacancy, over-plan and plan-below-norm findings`, () => {
      const files = generateOrg({ people, seed });
      expect([...files.keys()]).toEqual(["org.yaml"]);
      const result = parseOrg(files.get("org.yaml") as string, { filename: "org.yaml" });
      expect(errors(result)).toEqual([]);
      expect(result.ok).toBe(true);
      expect([...codes(result).keys()].filter((c) => !EXPECTED_FINDINGS.has(c))).toEqual([]);
      expect(result.org?.counts.people).toBe(people);
      const perPerson = bytes(files) / people;
      expect(perPerson).toBeGreaterThan(90);
      expect(perPerson).toBeLessThan(200);
    });

    it(`${people} people, seed ${seed}: split into branch files, loaded from disk, has no errors`, async () => {
      const files = generateOrg({ people, seed, split: true });
      expect(files.get("org.yaml")).toContain("include: [branches/*.yaml]");
      const branchFiles = [...files.keys()].filter((k) => k.startsWith("branches/"));
      expect(branchFiles.length).toBe(files.size - 1);
      expect(branchFiles.length).toBeGreaterThanOrEqual(2);
      const result = await loadOrg(writeFiles(files, `split-${people}-${seed}`));
      expect(errors(result)).toEqual([]);
      expect([...codes(result).keys()].filter((c) => !EXPECTED_FINDINGS.has(c))).toEqual([]);
      expect(result.org?.counts.people).toBe(people);
      expect(result.files.length).toBe(files.size);
    });
  }

  it("starts with the schema comment and is block style with one person a line", () => {
    const text = generateOrg({ people: 200, seed: 1 }).get("org.yaml") as string;
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=\S+org\.schema\.json$/);
    expect(text).toMatch(/^orgspec: 1$/m);
    expect(text).toMatch(/^blueprint: renewal-channel$/m);
    expect(text).toMatch(/^ {2}- id: hq$/m);
    expect(text).toMatch(/^ {2}- \{ id: "\d{7}", name: \p{Script=Han}{2,4}, unit: [a-z0-9-]+, role: [a-z-]+ /mu);
  });

  describe("2000 people: the features of the channel", () => {
    const result = parseOrg(generateOrg({ people: 2000, seed: 1 }).get("org.yaml") as string);
    const org = result.org as Org;
    const units = [...org.units()];
    const people = [...org.people()];

    it("has every unit type of the blueprint, both team kinds, and every branch's four offices", () => {
      const types = new Set(units.map((u) => u.type));
      for (const t of UNIT_TYPES) expect(types, t).toContain(t);
      for (const branch of units.filter((u) => u.type === "branch-premium-dept")) {
        const offices = branch.children.map((c) => org.unit(c).type);
        for (const t of UNIT_TYPES.slice(2, 6)) expect(offices, `${branch.id} ${t}`).toContain(t);
      }
      expect(new Set(org.blueprint?.unitTypes.keys())).toEqual(new Set(UNIT_TYPES));
    });

    it("has sub-branches both under central sub-branches and directly under a branch", () => {
      const parents = new Set(
        units.filter((u) => u.type === "sub-branch-premium-dept").map((u) => org.unit(u.parent as string).type),
      );
      expect(parents).toEqual(new Set(["central-premium-dept", "branch-premium-dept"]));
    });

    it("has Chinese names, 7-digit employee numbers and about 1400 people a branch", () => {
      for (const p of people) {
        expect(p.id).toMatch(/^\d{7}$/);
        expect(p.name).toMatch(/^\p{Script=Han}{2,4}$/u);
      }
      expect(units.find((u) => u.type === "central-premium-dept")?.name).toMatch(/中心支公司保费部$/);
      expect(units.find((u) => u.type === "branch-premium-dept")?.name).toMatch(/分公司保费部$/);
      expect(units.filter((u) => u.type === "branch-premium-dept").length).toBe(2);
    });

    it("keeps teams at 5–14 specialists (15 with a vacant lead's own post) and every span within 15", () => {
      for (const team of units.filter((u) => u.type.endsWith("renewal-team"))) {
        const specialists = org.membersOf(team.id).filter((m) => m.role === "renewal-specialist").length;
        expect(specialists, team.id).toBeGreaterThanOrEqual(5);
        expect(specialists, team.id).toBeLessThanOrEqual(15);
      }
      expect(codes(result).get("span-of-control")).toBeUndefined();
      expect(codes(result).get("limits")).toBeUndefined();
      expect(codes(result).get("reports-outside-chain")).toBeUndefined();
      expect(codes(result).get("fte-overallocated")).toBeUndefined();
    });

    it("has concurrent posts with fte adding up to at most 1", () => {
      const concurrent = people.filter((p) => p.posts.some((post) => !post.primary));
      expect(concurrent.length).toBeGreaterThan(0);
      for (const p of concurrent) expect(p.posts.reduce((a, post) => a + post.fte, 0)).toBeLessThanOrEqual(1);
      expect(concurrent.some((p) => p.dotted.some((d) => d.source === "also"))).toBe(true);
    });

    it("has explicit reportsTo inside the chain, and explicit dotted lines", () => {
      const explicit = people.filter((p) => p.reportsTo !== null);
      expect(explicit.length).toBeGreaterThan(0);
      for (const p of explicit) {
        expect(p.manager?.id).toBe(p.reportsTo);
        expect(org.unitPath(p.unit)).toContain((p.manager as { unit: string }).unit);
      }
      // to a deputy of an ancestor unit, and to the head of the parent unit
      expect(explicit.some((p) => org.person(p.reportsTo as string).role === "deputy-head")).toBe(true);
      expect(explicit.some((p) => org.headOf(org.unit(p.unit).parent as string)?.id === p.reportsTo)).toBe(true);
      expect(people.some((p) => p.dotted.some((d) => d.source === "dottedLines"))).toBe(true);
      expect(people.some((p) => p.dotted.some((d) => d.source === "blueprint"))).toBe(true);
    });

    it("has vacancies (a vacant head whose people roll up) and over-plan units", () => {
      expect(codes(result).get("vacancy")).toBeGreaterThan(0);
      expect(codes(result).get("over-plan")).toBeGreaterThan(0);
      const vacant = units.filter((u) => u.head === null);
      expect(vacant.some((u) => u.type === "sub-branch-premium-dept")).toBe(true);
      for (const u of vacant) {
        const rollup = org
          .unitPath(u.id)
          .slice(0, -1)
          .reverse()
          .map((id) => org.headOf(id))
          .find((h) => h !== null);
        const below = people.filter(
          (p) => p.reportsTo === null && (p.unit === u.id || org.unit(p.unit).parent === u.id),
        );
        const rolled = below.filter((p) => p.unit === u.id || org.headOf(p.unit)?.id === p.id);
        expect(rolled.length, u.id).toBeGreaterThan(0);
        for (const p of rolled) expect(org.managerOf(p.id)?.id, `${p.id} in ${u.id}`).toBe(rollup?.id);
      }
    });
  });

  it("50 people: still every unit type, both team kinds and each feature", () => {
    for (const seed of [1, 2, 3]) {
      const result = parseOrg(generateOrg({ people: 50, seed }).get("org.yaml") as string);
      const org = result.org as Org;
      const types = new Set([...org.units()].map((u) => u.type));
      for (const t of UNIT_TYPES) expect(types, `seed ${seed} ${t}`).toContain(t);
      const people = [...org.people()];
      expect(people.some((p) => p.posts.length > 1)).toBe(true);
      expect(people.some((p) => p.reportsTo !== null)).toBe(true);
      expect(people.some((p) => p.dotted.some((d) => d.source === "dottedLines"))).toBe(true);
      expect(codes(result).get("vacancy")).toBeGreaterThan(0);
      expect(codes(result).get("over-plan")).toBeGreaterThan(0);
    }
  });

  it("scales the structure like the source document (50,000 people ≈ 35 branches, 240 centrals, 1,500 sub-branches, 4,800 teams)", () => {
    const text = generateOrg({ people: 50_000, seed: 1 }).get("org.yaml") as string;
    const count = (type: string) => text.split(`    type: ${type}\n`).length - 1;
    expect(count("branch-premium-dept")).toBeGreaterThanOrEqual(33);
    expect(count("branch-premium-dept")).toBeLessThanOrEqual(38);
    expect(count("central-premium-dept")).toBeGreaterThan(180);
    expect(count("central-premium-dept")).toBeLessThan(290);
    expect(count("sub-branch-premium-dept")).toBeGreaterThan(1300);
    expect(count("sub-branch-premium-dept")).toBeLessThan(1800);
    expect(count("individual-renewal-team") + count("bank-renewal-team")).toBeGreaterThan(4200);
    expect(count("individual-renewal-team") + count("bank-renewal-team")).toBeLessThan(5400);
    expect(text.split('\n  - { id: "').length - 1).toBe(50_000);
  });
});

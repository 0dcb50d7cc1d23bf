/**
 * Property tests: on random orgs, every indexed query equals a naive reference written here,
 * which uses nothing but `org.person(id).manager`, `.dotted` and `.posts`.
 */
import fc from "fast-check";
import { type Org, type PersonRef, parseOrg, type ReportingLines } from "orgspec";
import { describe, expect, it } from "vitest";
import { orgSeed, orgText } from "./generate.js";

const LINES: readonly ReportingLines[] = ["solid", "dotted", "all"];
const ids = (people: Iterable<PersonRef>) => [...people].map((p) => p.id);
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** The naive answers, from the public person view only. */
class Reference {
  readonly people: string[];
  readonly #manager = new Map<string, string | null>();
  readonly #dotted = new Map<string, string[]>();

  constructor(readonly org: Org) {
    this.people = [...org.people()].map((p) => p.id);
    for (const id of this.people) {
      const p = org.person(id);
      this.#manager.set(id, p.manager?.id ?? null);
      this.#dotted.set(
        id,
        p.dotted.map((d) => d.manager.id),
      );
    }
  }

  manager(id: string): string | null {
    return this.#manager.get(id) ?? null;
  }

  managers(id: string, lines: ReportingLines): string[] {
    const solid = this.manager(id);
    const dotted = this.#dotted.get(id) ?? [];
    if (lines === "solid") return solid === null ? [] : [solid];
    if (lines === "dotted") return dotted;
    return [...new Set([...(solid === null ? [] : [solid]), ...dotted])];
  }

  chain(id: string): string[] {
    const chain: string[] = [];
    for (let m = this.manager(id); m !== null; m = this.manager(m)) {
      if (chain.length > this.people.length) throw new Error("reference: the solid lines have a cycle");
      chain.push(m);
    }
    return chain;
  }

  directReports(id: string, lines: ReportingLines): string[] {
    return this.people.filter((p) => this.managers(p, lines).includes(id));
  }

  allReports(id: string, lines: ReportingLines): Set<string> {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      for (const r of this.directReports(stack.pop() as string, lines)) {
        if (!seen.has(r)) {
          seen.add(r);
          stack.push(r);
        }
      }
    }
    seen.delete(id);
    return seen;
  }

  isUnder(id: string, manager: string, lines: ReportingLines): boolean {
    if (id === manager) return false;
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      for (const m of this.managers(stack.pop() as string, lines)) {
        if (m === manager) return true;
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
      }
    }
    return false;
  }

  /** The first manager of a that is also a manager of b: nobody reports to themself. */
  commonManager(a: string, b: string): string | null {
    const above = new Set(this.chain(b));
    return this.chain(a).find((m) => above.has(m)) ?? null;
  }

  path(a: string, b: string): string[] {
    if (a === b) return [a];
    const chainA = [a, ...this.chain(a)];
    const chainB = [b, ...this.chain(b)];
    const meet = chainA.find((m) => chainB.includes(m));
    if (meet === undefined) return [];
    const up = chainA.slice(0, chainA.indexOf(meet) + 1);
    const down = chainB.slice(0, chainB.indexOf(meet)).reverse();
    return [...up, ...down];
  }
}

function check(org: Org, pairs: Array<[string, string]> | "all"): void {
  const ref = new Reference(org);
  for (const id of ref.people) {
    expect(org.managerOf(id)?.id ?? null, `managerOf ${id}`).toBe(ref.manager(id));
    expect(ids(org.chainOfCommand(id)), `chainOfCommand ${id}`).toEqual(ref.chain(id));
    expect(org.dottedManagers(id).map((d) => `${d.id}:${d.source}`)).toEqual(
      org.person(id).dotted.map((d) => `${d.manager.id}:${d.source}`),
    );
    for (const lines of LINES) {
      expect(ids(org.directReports(id, { lines })), `directReports ${id} ${lines}`).toEqual(
        ref.directReports(id, lines),
      );
      const all = ids(org.allReports(id, { lines }));
      expect(all.length, `allReports ${id} ${lines}: each once`).toBe(new Set(all).size);
      expect(sorted(all), `allReports ${id} ${lines}`).toEqual(sorted(ref.allReports(id, lines)));
    }
  }
  const list = pairs === "all" ? ref.people.flatMap((a) => ref.people.map((b): [string, string] => [a, b])) : pairs;
  for (const [a, b] of list) {
    for (const lines of LINES) {
      expect(org.isUnder(a, b, { lines }), `isUnder ${a} ${b} ${lines}`).toBe(ref.isUnder(a, b, lines));
    }
    expect(org.commonManager(a, b)?.id ?? null, `commonManager ${a} ${b}`).toBe(ref.commonManager(a, b));
    expect(ids(org.reportingPath(a, b)), `reportingPath ${a} ${b}`).toEqual(ref.path(a, b));
  }
}

describe("indexed queries equal the naive reference", () => {
  it("on random orgs (unit trees, vacant heads, reportsTo, dotted lines, also posts)", () => {
    fc.assert(
      fc.property(orgSeed(), (seed) => {
        const { org } = parseOrg(orgText(seed));
        expect(org).toBeDefined();
        check(org as Org, "all");
      }),
      { numRuns: 150 },
    );
  });

  it("on deep reporting trees (long chains for the jump pointers)", () => {
    const deepOrg = fc.record({
      links: fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 400 }),
      tops: fc.array(fc.nat(), { maxLength: 3 }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 200 }),
    });
    fc.assert(
      fc.property(deepOrg, ({ links, tops, pairs }) => {
        const n = links.length;
        const topSet = new Set(tops.map((t) => t % n));
        // Mostly the previous person (a long chain), sometimes a short jump back: deep, bushy trees.
        const people = links.map((l, i) => ({
          id: `p${i}`,
          name: `P${i}`,
          unit: "u0",
          role: i === 0 ? "boss" : "worker",
          ...(i > 0 && !topSet.has(i) ? { reportsTo: `p${i - 1 - (l < 30 ? 0 : l % Math.min(i, 11))}` } : {}),
        }));
        const text = JSON.stringify({
          orgspec: 1,
          blueprint: {
            "orgspec-blueprint": 1,
            id: "deep",
            roles: { boss: { title: "Boss" }, worker: { title: "Worker" } },
            unitTypes: { top: { title: "Top", level: 1, headRole: "boss", roles: ["boss", "worker"] } },
          },
          rules: { "span-of-control": "off" },
          units: [{ id: "u0", type: "top", name: "Top" }],
          people,
        });
        const { org } = parseOrg(text);
        expect(org).toBeDefined();
        const picked = pairs.map(([a, b]): [string, string] => [`p${a % n}`, `p${b % n}`]);
        const ref = new Reference(org as Org);
        for (const [a, b] of picked) {
          expect(org?.commonManager(a, b)?.id ?? null, `commonManager ${a} ${b}`).toBe(ref.commonManager(a, b));
          expect(ids(org?.reportingPath(a, b) ?? []), `reportingPath ${a} ${b}`).toEqual(ref.path(a, b));
          expect(org?.isUnder(a, b), `isUnder ${a} ${b}`).toBe(ref.isUnder(a, b, "solid"));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("unit queries: path, head, members (each once, subtree too)", () => {
    fc.assert(
      fc.property(orgSeed(), (seed) => {
        const org = parseOrg(orgText(seed)).org as Org;
        const people = [...org.people()];
        const units = [...org.units()];
        const parentOf = new Map(units.map((u) => [u.id, u.parent]));
        const inSubtree = (unit: string, root: string) => {
          for (let u: string | null | undefined = unit; u; u = parentOf.get(u)) if (u === root) return true;
          return false;
        };
        for (const u of units) {
          const path: string[] = [];
          for (let x: string | null | undefined = u.id; x; x = parentOf.get(x)) path.unshift(x);
          expect(org.unitPath(u.id)).toEqual(path);
          expect(org.headOf(u.id)?.id ?? null).toBe(u.head);
          for (const subtree of [false, true]) {
            const within = (unit: string) => (subtree ? inSubtree(unit, u.id) : unit === u.id);
            const primary = people.filter((p) => within(p.unit)).map((p) => p.id);
            const also = people
              .filter((p) => !within(p.unit) && p.posts.some((post) => !post.primary && within(post.unit)))
              .map((p) => p.id);
            expect(ids(org.membersOf(u.id, { subtree })), `membersOf ${u.id} ${subtree}`).toEqual([
              ...primary,
              ...also,
            ]);
          }
          const info = org.unitInfo(u.id);
          for (const row of info.staffing) {
            expect(row.planned).toBe(row.filled + row.vacant);
            const posts = people.flatMap((p) => p.posts).filter((post) => post.unit === u.id && post.role === row.role);
            expect(row.filled + row.over).toBe(posts.length);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

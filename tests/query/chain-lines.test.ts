/**
 * `org.chainOfCommand(id, { lines })` through the public API: solid as before (people), dotted
 * and all as a DAG of `ChainLink`s — by hand on examples/renewal-channel, and on random orgs
 * against a naive reference built from `org.person(id).manager` and `.dotted` only.
 */
import fc from "fast-check";
import { type ChainLink, loadOrgSync, type Org, type PersonRef, parseOrg } from "orgspec";
import { describe, expect, it } from "vitest";
import { orgSeed, orgText } from "./generate.js";

function example(): Org {
  const result = loadOrgSync("examples/renewal-channel/org.yaml");
  if (!result.ok) throw new Error("the example did not load");
  return result.org;
}

const brief = (links: readonly ChainLink[]) =>
  links.map((l) => `${l.id} ${l.line} ${l.depth} ← ${l.from.map((f) => `${f.id} ${f.line}`).join(", ")}`);

describe("renewal-channel", () => {
  const org = example();

  it("solid lines: the chain of people as before, with or without { lines: 'solid' }", () => {
    const chain: PersonRef[] = org.chainOfCommand("110312");
    expect(chain.map((p) => p.id)).toEqual(["110311", "110101", "110001", "100001"]);
    expect(org.chainOfCommand("110312", { lines: "solid" })).toEqual(chain);
    expect(org.chainOfCommand("110312", {})).toEqual(chain);
    expect(chain[0]).toBe(org.managerOf("110312")); // the shared, frozen PersonRef
  });

  it("all lines from 沈杰 110311 (a team lead with the blueprint's dotted lines to 朝阳's 个续督训)", () => {
    const links: ChainLink[] = org.chainOfCommand("110311", { lines: "all" });
    expect(brief(links)).toEqual([
      "110101 solid 1 ← 110311 solid, 110105 solid, 110106 solid",
      "110105 dotted 1 ← 110311 dotted",
      "110106 dotted 1 ← 110311 dotted",
      "110001 solid 2 ← 110101 solid, 110021 solid",
      "110021 dotted 2 ← 110105 dotted, 110106 dotted",
      "100001 solid 3 ← 110001 solid",
    ]);
    expect(links[1]).toEqual({
      id: "110105",
      name: "梁宇",
      unit: "bj-cy",
      role: "individual-supervisor-trainer",
      line: "dotted",
      depth: 1,
      from: [{ id: "110311", line: "dotted" }],
    });
  });

  it("dotted lines only: 朱红 110041 answers to HQ's deputy 李明 100002, who has no dotted line", () => {
    expect(brief(org.chainOfCommand("110041", { lines: "dotted" }))).toEqual(["100002 dotted 1 ← 110041 dotted"]);
    // With solid lines too: 张伟 110001 (solid) and 李明 (dotted), then 王建国 over both.
    expect(brief(org.chainOfCommand("110041", { lines: "all" }))).toEqual([
      "110001 solid 1 ← 110041 solid",
      "100002 dotted 1 ← 110041 dotted",
      "100001 solid 2 ← 110001 solid, 100002 solid",
    ]);
  });

  it("misuse throws: an unknown id (UnknownIdError), a bad lines option (TypeError)", () => {
    expect(() => org.chainOfCommand("11031", { lines: "all" })).toThrow(/Org\.chainOfCommand: no person with id/);
    expect(() => org.chainOfCommand("110312", { lines: "up" as "all" })).toThrow(TypeError);
  });
});

/** Who `id` reports to directly over the lines: the solid manager (all) and the dotted ones. */
function lineMap(org: Org, id: string, lines: "dotted" | "all"): Map<string, "solid" | "dotted"> {
  const p = org.person(id);
  const out = new Map<string, "solid" | "dotted">();
  if (lines === "all" && p.manager) out.set(p.manager.id, "solid");
  for (const d of p.dotted) out.set(d.manager.id, "dotted");
  return out;
}

describe("random orgs", () => {
  it("each manager reachable once, at its breadth-first depth, over real lines that form a DAG", () => {
    fc.assert(
      fc.property(orgSeed(), fc.nat(), fc.constantFrom("dotted" as const, "all" as const), (seed, pick, lines) => {
        const { org } = parseOrg(orgText(seed));
        if (!org || org.counts.people === 0) return;
        const people = [...org.people()].map((p) => p.id);
        const person = people[pick % people.length] as string;
        // Naive breadth-first distances up from the person.
        const distance = new Map<string, number>([[person, 0]]);
        const queue = [person];
        for (let i = 0; i < queue.length; i++) {
          const at = queue[i] as string;
          for (const m of lineMap(org, at, lines).keys()) {
            if (distance.has(m)) continue;
            distance.set(m, (distance.get(at) as number) + 1);
            queue.push(m);
          }
        }
        const chain = org.chainOfCommand(person, { lines });
        // Each manager once, the person never, exactly the people reachable; depths non-decreasing.
        expect(chain.map((l) => l.id)).toEqual(queue.slice(1));
        for (const l of chain) expect(l.depth).toBe(distance.get(l.id));
        expect(chain.map((l) => l.depth)).toEqual([...chain.map((l) => l.depth)].sort((a, b) => a - b));
        // Every `from` is a real line of that kind; `line` sums their kinds; there is one at the right depth.
        const position = new Map(queue.map((id, i) => [id, i]));
        for (const l of chain) {
          expect(l.from.length).toBeGreaterThan(0);
          for (const f of l.from) expect(lineMap(org, f.id, lines).get(l.id), `${f.id} → ${l.id}`).toBe(f.line);
          const kinds = new Set(l.from.map((f) => f.line));
          expect(l.line).toBe(kinds.size === 2 ? "both" : [...kinds][0]);
          expect(l.from.some((f) => distance.get(f.id) === l.depth - 1)).toBe(true);
          const sources = l.from.map((f) => position.get(f.id) as number);
          expect(sources).toEqual([...sources].sort((a, b) => a - b));
        }
        // The kept lines form a DAG; a line left out lies on a cycle of lines and leads back,
        // to someone earlier in the chain (the person, or a manager before).
        const kept = new Map<string, string[]>(queue.map((id) => [id, []]));
        for (const l of chain) for (const f of l.from) kept.get(f.id)?.push(l.id);
        const all = new Map<string, string[]>(queue.map((id) => [id, [...lineMap(org, id, lines).keys()]]));
        const reaches = (graph: Map<string, string[]>, from: string, to: string) => {
          const seen = new Set([from]);
          const stack = [from];
          while (stack.length > 0) {
            for (const next of graph.get(stack.pop() as string) ?? []) {
              if (next === to) return true;
              if (seen.has(next)) continue;
              seen.add(next);
              stack.push(next);
            }
          }
          return false;
        };
        for (const id of queue) expect(reaches(kept, id, id), `cycle through ${id}`).toBe(false);
        for (const id of queue) {
          for (const m of all.get(id) ?? []) {
            if ((kept.get(id) ?? []).includes(m)) continue;
            expect(reaches(all, m, id), `${id} → ${m} left out, on no cycle`).toBe(true);
            expect(position.get(m) as number, `${id} → ${m} left out, leading away`).toBeLessThan(
              position.get(id) as number,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

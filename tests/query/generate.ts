/**
 * Random orgs for property tests, written as root-file text (JSON is YAML) with a small
 * blueprint inline, so any unit tree is allowed: unit trees of any shape, people with roles,
 * some vacant heads, explicit `head`, `reportsTo` up the chain (and now and then anywhere,
 * which may make a reporting cycle), `dottedLines`, `also` posts and derived blueprint lines.
 */
import fc from "fast-check";

const ROLES = ["boss", "lead", "trainer", "worker", "worker", "worker"] as const;

const BLUEPRINT = {
  "orgspec-blueprint": 1,
  id: "generated",
  roles: {
    boss: { title: "Boss" },
    lead: { title: "Lead" },
    trainer: { title: "Trainer" },
    worker: { title: "Worker" },
  },
  unitTypes: {
    top: { title: "Top", level: 1, headRole: "boss", roles: ["boss", "lead", "trainer", "worker"] },
    node: {
      title: "Node",
      level: 2,
      parents: ["top", "node"],
      headRole: "boss",
      roles: ["boss", "lead", "trainer", "worker"],
    },
  },
  lines: [
    { from: { role: "lead" }, to: { role: "trainer" } },
    { from: { role: "worker", unitType: "node" }, to: { unitType: "top" } },
  ],
};

interface PersonSeed {
  unit: number;
  role: (typeof ROLES)[number];
  reportsTo: { kind: "up" | "unit" | "any"; pick: number } | null;
  dotted: number[];
  also: { unit: number; role: "lead" | "trainer" | "worker" } | null;
}

interface OrgSeed {
  parents: number[];
  people: PersonSeed[];
  heads: ({ anyone: boolean; pick: number } | null)[];
  deep: boolean;
}

const personSeed = fc.record({
  unit: fc.nat(),
  role: fc.constantFrom(...ROLES),
  reportsTo: fc.option(
    fc.record({
      kind: fc.oneof(
        { weight: 12, arbitrary: fc.constant("up" as const) },
        { weight: 1, arbitrary: fc.constant("unit" as const) },
        { weight: 1, arbitrary: fc.constant("any" as const) },
      ),
      pick: fc.nat(),
    }),
    { freq: 4 },
  ),
  dotted: fc.oneof(
    { weight: 4, arbitrary: fc.constant([] as number[]) },
    { weight: 1, arbitrary: fc.array(fc.nat(), { maxLength: 3 }) },
  ),
  also: fc.option(fc.record({ unit: fc.nat(), role: fc.constantFrom("lead", "trainer", "worker") }), { freq: 6 }),
});

/** A random org seed: up to `maxUnits` units and `maxPeople` people. */
export function orgSeed(maxUnits = 10, maxPeople = 40): fc.Arbitrary<OrgSeed> {
  return fc.record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: maxUnits, size: "max" }),
    people: fc.array(personSeed, { minLength: 1, maxLength: maxPeople, size: "max" }),
    heads: fc.array(
      fc.option(fc.record({ anyone: fc.nat({ max: 5 }).map((k) => k === 0), pick: fc.nat() }), { freq: 8 }),
      {
        maxLength: maxUnits,
      },
    ),
    deep: fc.boolean(),
  }) as fc.Arbitrary<OrgSeed>;
}

/** The root file's text for a seed. */
export function orgText(seed: OrgSeed): string {
  const nUnits = seed.parents.length;
  const parent = seed.parents.map((p, i) => (i === 0 ? -1 : seed.deep ? i - 1 - (p % Math.min(2, i)) : p % i));
  const unitOf = seed.people.map((s) => s.unit % nUnits);
  const units = parent.map((p, i) => {
    // An explicit head: mostly one of the unit's own people, now and then anyone.
    const head = seed.heads[i];
    const pool = seed.people.map((_, k) => k).filter((k) => head?.anyone || unitOf[k] === i);
    return {
      id: `u${i}`,
      type: i === 0 ? "top" : "node",
      name: `Unit ${i} 单位`,
      ...(p >= 0 ? { parent: `u${p}` } : {}),
      ...(head && pool.length > 0 ? { head: `p${pool[head.pick % pool.length]}` } : {}),
    };
  });
  const hasBoss = new Set<number>();
  const ancestors = (u: number) => {
    const out: number[] = [];
    for (let a = u; a >= 0; a = parent[a] as number) out.push(a);
    return out;
  };
  const people = seed.people.map((s, i) => {
    const unit = unitOf[i] as number;
    let role: string = s.role;
    if (role === "boss") {
      if (hasBoss.has(unit)) role = "worker";
      else hasBoss.add(unit);
    }
    const person: Record<string, unknown> = { id: `p${i}`, name: `Person ${i} 人员`, unit: `u${unit}`, role };
    if (s.reportsTo) {
      const scope =
        s.reportsTo.kind === "any" ? null : new Set(s.reportsTo.kind === "unit" ? [unit] : ancestors(unit).slice(1));
      const candidates = seed.people.map((_, k) => k).filter((k) => !scope || scope.has(unitOf[k] as number));
      if (candidates.length > 0) person.reportsTo = `p${candidates[s.reportsTo.pick % candidates.length]}`;
    }
    if (s.dotted.length > 0) person.dottedLines = s.dotted.map((d) => `p${d % seed.people.length}`);
    if (s.also) person.also = [{ unit: `u${s.also.unit % nUnits}`, role: s.also.role }];
    return person;
  });
  return JSON.stringify(
    { orgspec: 1, blueprint: BLUEPRINT, rules: { "span-of-control": "off" }, units, people },
    null,
    1,
  );
}

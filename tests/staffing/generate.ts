/**
 * Random orgs for property tests, written as YAML text (JSON is YAML) with a small inline
 * blueprint: three unit types, three roles, default plans, `plan` overrides (0 removes a
 * role), explicit heads, `also` posts with fte, and the odd `reportsTo`. Some are invalid
 * (two bosses in a unit, a mid unit under a leaf, a reporting cycle…): staffing figures must hold up anyway.
 */
import fc from "fast-check";

const ROLES = ["boss", "worker", "aide"] as const;

export const BLUEPRINT = {
  "orgspec-blueprint": 1,
  id: "prop",
  roles: { boss: { title: "Boss" }, worker: { title: "Worker" }, aide: { title: { zh: "助理", en: "Aide" } } },
  unitTypes: {
    top: { title: "Top", level: 1, headRole: "boss", roles: ["boss", "worker", "aide"], plan: { boss: 1 } },
    mid: {
      title: "Mid",
      level: 2,
      parents: ["top", "mid"],
      headRole: "boss",
      roles: ["boss", "worker", "aide"],
      plan: { boss: 1, worker: 2 },
    },
    leaf: {
      title: "叶",
      level: 3,
      parents: ["top", "mid", "leaf"],
      headRole: "boss",
      roles: ["boss", "worker", "aide"],
    },
  },
};

const role = fc.constantFrom(...ROLES);
const planOverride = fc.dictionary(role, fc.integer({ min: 0, max: 4 }), { maxKeys: 3 });

const unitArb = fc.record({
  parentPick: fc.nat(),
  type: fc.constantFrom("mid", "leaf"),
  plan: fc.option(planOverride, { nil: undefined }),
  headPick: fc.option(fc.nat(), { freq: 8, nil: undefined }),
});

const personArb = fc.record({
  unitPick: fc.nat(),
  role: fc.oneof({ weight: 1, arbitrary: fc.constant("boss" as const) }, { weight: 4, arbitrary: role }),
  fte: fc.option(fc.constantFrom(0.25, 0.5, 0.8, 1), { nil: undefined }),
  also: fc.array(
    fc.record({ unitPick: fc.nat(), role, fte: fc.option(fc.constantFrom(0, 0.2, 0.5), { nil: undefined }) }),
    { maxLength: 2 },
  ),
  reportsToPick: fc.option(fc.nat(), { freq: 10, nil: undefined }),
});

/** The YAML text of a random org with 1–12 units and 0–30 people. */
export const orgText = fc
  .record({
    top: fc.record({ plan: fc.option(planOverride, { nil: undefined }) }),
    units: fc.array(unitArb, { maxLength: 11 }),
    people: fc.array(personArb, { maxLength: 30 }),
  })
  .map(({ top, units, people }) => {
    const n = units.length + 1;
    const pIds = people.map((_, k) => `p${k}`);
    const unitList = [
      { id: "u0", type: "top", name: "总部", ...(top.plan ? { plan: top.plan } : {}) },
      ...units.map((u, k) => ({
        id: `u${k + 1}`,
        type: u.type,
        name: `单位 ${k + 1}`,
        parent: `u${u.parentPick % (k + 1)}`,
        ...(u.plan ? { plan: u.plan } : {}),
        ...(u.headPick !== undefined && pIds.length > 0 ? { head: pIds[u.headPick % pIds.length] } : {}),
      })),
    ];
    const personList = people.map((p, k) => ({
      id: pIds[k],
      name: `P${k}`,
      unit: `u${p.unitPick % n}`,
      role: p.role,
      ...(p.fte !== undefined ? { fte: p.fte } : {}),
      ...(p.also.length > 0
        ? {
            also: p.also.map((a) => ({
              unit: `u${a.unitPick % n}`,
              role: a.role,
              ...(a.fte !== undefined ? { fte: a.fte } : {}),
            })),
          }
        : {}),
      // an explicit manager among the people before: cycles stay possible (through heads), but rare
      ...(p.reportsToPick !== undefined && k > 0 ? { reportsTo: pIds[p.reportsToPick % k] } : {}),
    }));
    return JSON.stringify({ orgspec: 1, blueprint: BLUEPRINT, units: unitList, people: personList }, null, 1);
  });

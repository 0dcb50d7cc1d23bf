/** A small org for the demand tests: every norm kind, two periods, plain amounts, gaps in the drivers. */
export const DEMAND_BLUEPRINT = `  orgspec-blueprint: 1
  id: mini
  roles:
    head: { title: Head }
    lead: { title: Team lead }
    spec: { title: Specialist }
    trainer: { title: Trainer }
    admin: { title: Admin }
  unitTypes:
    top: { title: Top, level: 1, headRole: head, roles: [head, trainer, admin] }
    branch: { title: Branch, level: 2, parents: [top], headRole: head, roles: [head, trainer, admin] }
    team: { title: Team, level: 3, parents: [branch], headRole: lead, roles: [lead, spec] }
  drivers:
    premium: { title: Premium due, unit: 万元 }
    orphans: { title: Orphan policies, unit: 件 }
    customers: { title: Customers }
  norms:
    - { role: spec, in: [team], per: [{ driver: premium, rate: 1000 }, { driver: orphans, rate: 4000 }], min: 1, max: 6 }
    - { role: lead, in: [team], fixed: 1 }
    - { role: trainer, in: [branch], per: [{ role: lead, rate: 2 }], round: round }
    - { role: trainer, in: [top], per: [{ units: team, rate: 4 }] }
    - { role: admin, in: [branch, top], per: [{ driver: customers, rate: 10000 }], round: floor }
    - { role: head, in: [top, branch], fixed: 1 }
`;

export const DEMAND_UNITS = `units:
  - { id: hq, type: top, name: HQ, plan: { head: 1, trainer: 1 }, drivers: { customers: 5000 } }
  - { id: bj, type: branch, name: BJ, parent: hq, plan: { head: 1, trainer: 1, admin: 1 }, drivers: { customers: { "2013": 30000, "2014": 42000 } } }
  - { id: t1, type: team, name: T1, parent: bj, plan: { spec: 3, lead: 1 }, drivers: { premium: { "2013": 2500, "2014": 5200 }, orphans: 6000 } }
  - { id: t2, type: team, name: T2, parent: bj, plan: { spec: 1, lead: 1 }, drivers: { premium: { "2013": 800 } } }
  - { id: t3, type: team, name: T3, parent: bj, plan: { lead: 1 } }
  - { id: gd, type: branch, name: GD, parent: hq, plan: { head: 1 } }
  - { id: t4, type: team, name: T4, parent: gd, plan: { spec: 5, lead: 1 }, drivers: { premium: 12000 } }
  - { id: t5, type: team, name: T5, parent: gd, plan: { lead: 1 }, drivers: { premium: { "2014": 950 } } }
people:
  - { id: p1, name: A, unit: hq, role: head }
  - { id: p2, name: B, unit: hq, role: trainer }
  - { id: p3, name: C, unit: bj, role: head }
  - { id: p4, name: D, unit: bj, role: trainer }
  - { id: p5, name: E, unit: bj, role: trainer }
  - { id: p6, name: F, unit: bj, role: admin }
  - { id: p7, name: G, unit: t1, role: lead }
  - { id: p8, name: H, unit: t1, role: spec }
  - { id: p9, name: I, unit: t1, role: spec }
  - { id: p10, name: J, unit: t1, role: spec }
  - { id: p11, name: K, unit: t1, role: spec }
  - { id: p12, name: L, unit: t2, role: lead }
  - { id: p13, name: M, unit: t2, role: spec }
  - { id: p14, name: N, unit: t2, role: spec }
  - { id: p15, name: O, unit: gd, role: head }
  - { id: p16, name: P, unit: t4, role: spec, also: [{ unit: gd, role: admin, fte: 0.5 }] }
  - { id: p17, name: Q, unit: t4, role: lead }
  - { id: p18, name: R, unit: t4, role: spec }
  - { id: p19, name: S, unit: t4, role: spec }
  - { id: p20, name: T, unit: t5, role: spec }
`;

/** The org, with extra root-file lines (rules:, norms:) inserted before units. */
export function demandOrg(extra = ""): string {
  return `orgspec: 1\nblueprint:\n${DEMAND_BLUEPRINT}${extra}${DEMAND_UNITS}`;
}

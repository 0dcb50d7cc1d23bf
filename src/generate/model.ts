/**
 * The in-memory shape of a generated org, before it is written as YAML, and the names of
 * the renewal-channel blueprint's unit types and roles that the generator builds with.
 */

// NOTE: the generator is the one place outside tests and examples that names the
// renewal-channel blueprint's types and roles: it builds a demo org for that blueprint.
export const TYPE = {
  hq: "hq-premium-dept",
  branch: "branch-premium-dept",
  bankOffice: "bank-supervision-office",
  individualOffice: "individual-supervision-office",
  backOffice: "back-office-support",
  training: "training-office",
  central: "central-premium-dept",
  sub: "sub-branch-premium-dept",
  individualTeam: "individual-renewal-team",
  bankTeam: "bank-renewal-team",
} as const;

export const ROLE = {
  departmentHead: "department-head",
  deputy: "deputy-head",
  officeHead: "office-head",
  supervisor: "supervisor",
  support: "support-staff",
  trainer: "trainer",
  bankTrainer: "bank-supervisor-trainer",
  individualTrainer: "individual-supervisor-trainer",
  admin: "general-admin",
  lead: "team-lead",
  specialist: "renewal-specialist",
} as const;

/** The blueprint's span-of-control maximum, which the generator keeps every manager within (the top excepted). */
export const SPAN_MAX = 15;

export interface GenUnit {
  id: string;
  type: string;
  name: string;
  parent: GenUnit | null;
  /** A comment line written above the unit. */
  comment?: string;
  meta?: Array<[string, string]>;
  /** The plan written in the file (merged over the blueprint's default head plan). */
  plan: Array<[string, number]>;
  /** Driver amounts by driver, each by period (`drivers:` in the file), for the units that carry them. */
  drivers?: Array<[driver: string, values: Array<[period: string, amount: number]>]>;
  /** Posts by role, primary and `also`: what the plan is set against. */
  posts: Map<string, number>;
  /** The person holding the head role, or null when the head post is vacant. */
  head: GenPerson | null;
  children: GenUnit[];
}

export interface GenAlso {
  unit: GenUnit;
  role: string;
  fte?: number;
}

export interface GenPerson {
  id: string;
  name: string;
  unit: GenUnit;
  role: string;
  reportsTo?: GenPerson;
  dottedLines?: GenPerson[];
  fte?: number;
  also?: GenAlso[];
}

/** One branch (one file with --split): its units and people in file order. */
export interface GenBranch {
  unit: GenUnit;
  units: GenUnit[];
  people: GenPerson[];
}

export interface GenOrg {
  hq: GenUnit;
  hqPeople: GenPerson[];
  branches: GenBranch[];
  counts: { people: number; units: number; centrals: number; subs: number; teams: number };
}

/** Solid-line manager by format.md's four steps (reportsTo, own head, nearest head above, none). */
export function managerOf(p: GenPerson): GenPerson | null {
  if (p.reportsTo) return p.reportsTo;
  if (p.unit.head && p.unit.head !== p) return p.unit.head;
  for (let u = p.unit.parent; u; u = u.parent) if (u.head && u.head !== p) return u.head;
  return null;
}

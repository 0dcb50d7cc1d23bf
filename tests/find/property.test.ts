/**
 * Property test of the selector engine (issue 14, item 7): for random selectors on generated
 * orgs, `org.findPeople` / `org.findUnits` answer exactly what a naive filter over every
 * person or unit answers — the same ids in the same (source) order — in the string form and
 * in the object form.
 *
 * The naive side is written here from docs/find.md's table and uses only the org's existing
 * public API (`people()`, `units()`, `unit(id)`, `managerOf`, `dottedManagers`,
 * `unitPath`) and the org's YAML data (for `drivers:`); it never calls the engine. The
 * blueprint facts it needs (roles allowed per type, head roles) are copied from the table of
 * docs/format.md, "The renewal-channel blueprint".
 *
 * The generated orgs (3,000 people, seeds 1 and 2) are dressed up first, deterministically:
 * person and unit `meta` (one value with a space, to exercise quoting) and a few extra `also`
 * posts, since a generated org has almost none of either.
 */
import { type Org, type Person, parseOrg, type Unit } from "orgspec";
import { generateOrg } from "orgspec/generate";
import { describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";

// --- a tiny seeded PRNG ----------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from an empty list");
    return xs[this.int(xs.length)] as T;
  }
  /** `n` distinct elements (all of them when there are fewer). */
  distinct<T>(xs: readonly T[], n: number): T[] {
    const out: T[] = [];
    while (out.length < Math.min(n, xs.length)) {
      const x = this.pick(xs);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  }
  /** 1 to `max` distinct elements. */
  some<T>(xs: readonly T[], max = 2): T[] {
    const n = 1 + this.int(Math.min(max, xs.length));
    const out: T[] = [];
    while (out.length < n) {
      const x = this.pick(xs);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  }
}

// --- the renewal-channel blueprint, from docs/format.md ---------------------------------------

const ALLOWED: Record<string, readonly string[]> = {
  "hq-premium-dept": ["department-head", "deputy-head"],
  "branch-premium-dept": ["department-head", "deputy-head"],
  "bank-supervision-office": ["office-head", "supervisor"],
  "individual-supervision-office": ["office-head", "supervisor"],
  "back-office-support": ["office-head", "support-staff"],
  "training-office": ["office-head", "trainer"],
  "central-premium-dept": [
    "department-head",
    "deputy-head",
    "bank-supervisor-trainer",
    "individual-supervisor-trainer",
    "general-admin",
  ],
  "sub-branch-premium-dept": ["department-head", "general-admin", "renewal-specialist"],
  "individual-renewal-team": ["team-lead", "renewal-specialist"],
  "bank-renewal-team": ["team-lead", "renewal-specialist"],
};
const HEAD_ROLE: Record<string, string> = {
  "hq-premium-dept": "department-head",
  "branch-premium-dept": "department-head",
  "bank-supervision-office": "office-head",
  "individual-supervision-office": "office-head",
  "back-office-support": "office-head",
  "training-office": "office-head",
  "central-premium-dept": "department-head",
  "sub-branch-premium-dept": "department-head",
  "individual-renewal-team": "team-lead",
  "bank-renewal-team": "team-lead",
};
const TYPES = Object.keys(ALLOWED);
const ROLES = [...new Set(Object.values(ALLOWED).flat())];
const TEAM_TYPES = ["individual-renewal-team", "bank-renewal-team"];

// --- the generated org, dressed up ------------------------------------------------------------

interface RawUnit {
  id: string;
  type: string;
  name: string;
  meta?: Record<string, string>;
  drivers?: Record<string, unknown>;
}
interface RawPerson {
  id: string;
  role: string;
  unit: string;
  also?: { unit: string; role: string }[];
  meta?: Record<string, string>;
}

const CITIES = ["北京", "上海", "New York"];
const GRADES = ["A", "B", "C"];

interface Fixture {
  org: Org;
  /** Units that carry `drivers:` (from the YAML data). */
  withDrivers: Set<string>;
}

function dressedOrg(seed: number): Fixture {
  const files = generateOrg({ people: 3000, seed });
  const rnd = new Random(7000 + seed);
  const out: Record<string, string> = {};
  const withDrivers = new Set<string>();
  for (const [path, text] of files) {
    const data = parseYaml(text) as { units?: RawUnit[]; people?: RawPerson[] };
    const teams = (data.units ?? []).filter((u) => TEAM_TYPES.includes(u.type)).map((u) => u.id);
    for (const u of data.units ?? []) {
      if (u.drivers && Object.keys(u.drivers).length > 0) withDrivers.add(u.id);
      if (rnd.chance(0.15)) u.meta = { ...(u.meta ?? {}), city: rnd.pick(CITIES) };
    }
    for (const p of data.people ?? []) {
      if (rnd.chance(0.2)) p.meta = { ...(p.meta ?? {}), grade: rnd.pick(GRADES) };
      if (rnd.chance(0.08)) p.meta = { ...(p.meta ?? {}), city: rnd.pick(CITIES) };
      if (p.role === "renewal-specialist" && !p.also && teams.length > 0 && rnd.chance(0.05)) {
        const unit = rnd.pick(teams);
        if (unit !== p.unit) p.also = [{ unit, role: "renewal-specialist" }];
      }
    }
    out[path] = stringifyYaml(data);
  }
  const root = files.has("org.yaml") ? "org.yaml" : ([...files.keys()][0] as string);
  const result = parseOrg({ root, files: out });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => `${d.file}:${d.line}: ${d.code} ${d.message}`)).toEqual([]);
  if (!result.ok) throw new Error("the dressed-up generated org did not load");
  expect(result.org.counts.people).toBe(3000);
  return { org: result.org, withDrivers };
}

// --- the naive filter -----------------------------------------------------------------------

type Lines = "solid" | "dotted" | "all";

interface ListTerm {
  kind: "role" | "type" | "under" | "unit" | "name" | "id" | "lacks" | "has" | "reports-to";
  values: string[];
}
interface LevelTerm {
  kind: "level";
  values: number[];
}
interface MetaTerm {
  kind: "meta";
  key: string;
  values: string[] | true;
}
interface FlagTerm {
  kind: "head" | "vacant" | "over-plan" | "under-plan";
}
type Term = (ListTerm | LevelTerm | MetaTerm | FlagTerm) & { not: boolean };

/** `*` any run, `?` one character, `\*` `\?` `\\` themselves, everything else literal; whole string. */
function globToRegExp(glob: string): RegExp {
  let source = "";
  const chars = [...glob];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const next = chars[i + 1];
    if (c === "\\" && (next === "*" || next === "?" || next === "\\")) {
      source += `\\${next}`;
      i++;
    } else if (c === "*") source += ".*";
    else if (c === "?") source += ".";
    else source += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "su");
}

class Naive {
  readonly people: Person[];
  readonly units: Unit[];
  readonly unitById = new Map<string, Unit>();
  readonly #ancestors = new Map<string, Set<string>>();
  /** unit → role → posts (primary and also). */
  readonly #posts = new Map<string, Map<string, number>>();
  readonly #solid = new Map<string, string | null>();
  readonly #dotted = new Map<string, string[]>();
  readonly #up = new Map<string, Set<string>>();
  readonly personIdByName = new Map<string, string[]>();
  readonly unitIdByName = new Map<string, string[]>();

  constructor(
    readonly org: Org,
    readonly withDrivers: Set<string>,
  ) {
    this.people = [...org.people()];
    this.units = [...org.units()];
    for (const u of this.units) {
      this.unitById.set(u.id, u);
      this.#ancestors.set(u.id, new Set(org.unitPath(u.id)));
      this.unitIdByName.set(u.name, [...(this.unitIdByName.get(u.name) ?? []), u.id]);
    }
    for (const p of this.people) {
      for (const post of p.posts) {
        const roles = this.#posts.get(post.unit) ?? new Map<string, number>();
        roles.set(post.role, (roles.get(post.role) ?? 0) + 1);
        this.#posts.set(post.unit, roles);
      }
      this.#solid.set(p.id, org.managerOf(p.id)?.id ?? null);
      this.#dotted.set(
        p.id,
        org.dottedManagers(p.id).map((m) => m.id),
      );
      this.personIdByName.set(p.name, [...(this.personIdByName.get(p.name) ?? []), p.id]);
    }
  }

  posts(unit: string, role: string): number {
    return this.#posts.get(unit)?.get(role) ?? 0;
  }

  /** Everyone above `id` along the given lines (breadth-first; each step solid, dotted or either). */
  above(id: string, lines: Lines): Set<string> {
    const key = `${lines}\u0000${id}`;
    const cached = this.#up.get(key);
    if (cached) return cached;
    const seen = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const at = queue.shift() as string;
      const next: string[] = [];
      const solid = this.#solid.get(at) ?? null;
      if (lines !== "dotted" && solid !== null) next.push(solid);
      if (lines !== "solid") next.push(...(this.#dotted.get(at) ?? []));
      for (const m of next) {
        if (!seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
    this.#up.set(key, seen);
    return seen;
  }

  /** An id or a unique name, as the selector takes them. */
  personRef(ref: string): string {
    if (this.#solid.has(ref)) return ref;
    const ids = this.personIdByName.get(ref) ?? [];
    if (ids.length !== 1) throw new Error(`test bug: ${ref} is not a person id or unique name`);
    return ids[0] as string;
  }
  unitRef(ref: string): string {
    if (this.unitById.has(ref)) return ref;
    const ids = this.unitIdByName.get(ref) ?? [];
    if (ids.length !== 1) throw new Error(`test bug: ${ref} is not a unit id or unique name`);
    return ids[0] as string;
  }

  personMatches(p: Person, term: Term, lines: Lines): boolean {
    const unit = this.unitById.get(p.unit) as Unit;
    let yes: boolean;
    switch (term.kind) {
      case "role":
        yes = term.values.includes(p.role);
        break;
      case "type":
        yes = term.values.includes(unit.type);
        break;
      case "level":
        yes = unit.level !== null && term.values.includes(unit.level);
        break;
      case "under":
        yes = term.values.some((u) => this.#ancestors.get(p.unit)?.has(this.unitRef(u)) ?? false);
        break;
      case "unit":
        yes = term.values.some((u) => this.unitRef(u) === p.unit);
        break;
      case "name":
        yes = term.values.some((g) => globToRegExp(g).test(p.name));
        break;
      case "id":
        yes = term.values.some((g) => globToRegExp(g).test(p.id));
        break;
      case "meta":
        yes = metaMatches(p.meta, term);
        break;
      case "has":
        yes = term.values.some((h) => {
          if (h === "also") return p.posts.some((post) => !post.primary);
          if (h === "reports-to") return p.reportsTo !== null;
          if (h === "dotted") return (this.#dotted.get(p.id) ?? []).length > 0;
          if (h === "meta") return Object.keys(p.meta).length > 0;
          throw new Error(`test bug: has:${h}`);
        });
        break;
      case "head":
        yes = unit.head === p.id;
        break;
      case "reports-to":
        yes = term.values.some((ref) => {
          const manager = this.personRef(ref);
          return manager !== p.id && this.above(p.id, lines).has(manager);
        });
        break;
      default:
        throw new Error(`test bug: ${term.kind} for people`);
    }
    return term.not ? !yes : yes;
  }

  unitMatches(u: Unit, term: Term): boolean {
    let yes: boolean;
    switch (term.kind) {
      case "type":
        yes = term.values.includes(u.type);
        break;
      case "level":
        yes = u.level !== null && term.values.includes(u.level);
        break;
      case "under":
        yes = term.values.some((ref) => this.#ancestors.get(u.id)?.has(this.unitRef(ref)) ?? false);
        break;
      case "unit":
        yes = term.values.some((ref) => this.unitRef(ref) === u.id);
        break;
      case "name":
        yes = term.values.some((g) => globToRegExp(g).test(u.name));
        break;
      case "id":
        yes = term.values.some((g) => globToRegExp(g).test(u.id));
        break;
      case "meta":
        yes = metaMatches(u.meta, term);
        break;
      case "has":
        yes = term.values.some((h) => {
          if (h === "meta") return Object.keys(u.meta).length > 0;
          if (h === "plan") return Object.keys(u.plan).length > 0;
          if (h === "drivers") return this.withDrivers.has(u.id);
          throw new Error(`test bug: has:${h}`);
        });
        break;
      case "vacant":
        yes = HEAD_ROLE[u.type] !== undefined && u.head === null;
        break;
      case "lacks":
        yes = term.values.some((r) => (ALLOWED[u.type] ?? []).includes(r) && this.posts(u.id, r) === 0);
        break;
      case "over-plan":
        yes = Object.entries(u.plan).some(([role, planned]) => this.posts(u.id, role) > planned);
        break;
      case "under-plan":
        yes = Object.entries(u.plan).some(([role, planned]) => this.posts(u.id, role) < planned);
        break;
      default:
        throw new Error(`test bug: ${term.kind} for units`);
    }
    return term.not ? !yes : yes;
  }
}

function metaMatches(meta: Readonly<Record<string, string>>, term: MetaTerm): boolean {
  if (!Object.hasOwn(meta, term.key)) return false;
  return term.values === true || term.values.includes(meta[term.key] as string);
}

// --- selectors: random terms, as text and as an object -----------------------------------------

function quote(value: string): string {
  return /[\s,"\\]/.test(value) ? `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : value;
}

function termText(term: Term): string {
  const sign = term.not ? "-" : "";
  switch (term.kind) {
    case "head":
    case "vacant":
    case "over-plan":
    case "under-plan":
      return `${sign}${term.kind}`;
    case "meta":
      return term.values === true
        ? `${sign}meta.${term.key}`
        : `${sign}meta.${term.key}=${term.values.map(quote).join(",")}`;
    case "level":
      return `${sign}level:${term.values.join(",")}`;
    default:
      return `${sign}${term.kind}:${term.values.map(quote).join(",")}`;
  }
}

const FIELD: Record<Term["kind"], string> = {
  role: "role",
  type: "type",
  level: "level",
  under: "under",
  unit: "unit",
  "reports-to": "reportsTo",
  name: "name",
  id: "id",
  lacks: "lacks",
  has: "has",
  meta: "meta",
  head: "head",
  vacant: "vacant",
  "over-plan": "overPlan",
  "under-plan": "underPlan",
};

/** The object form: a field per term (a single value unwrapped now and then), negated ones under `not`. */
function selectorObject(terms: readonly Term[], rnd: Random): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const not: Record<string, unknown> = {};
  for (const term of terms) {
    const target = term.not ? not : object;
    const field = FIELD[term.kind];
    if (term.kind === "head" || term.kind === "vacant" || term.kind === "over-plan" || term.kind === "under-plan") {
      target[field] = true;
    } else if (term.kind === "meta") {
      const values = term.values;
      target.meta = {
        [term.key]: values === true ? true : values.length === 1 && rnd.chance(0.5) ? values[0] : values,
      };
    } else {
      const values = (term as ListTerm | LevelTerm).values as readonly (string | number)[];
      target[field] = values.length === 1 && rnd.chance(0.5) ? values[0] : [...values];
    }
  }
  if (Object.keys(not).length > 0) object.not = not;
  return object;
}

/** Glob variants of a real name or id, so that most match something. */
function globOf(text: string, rnd: Random): string {
  const chars = [...text];
  switch (rnd.int(6)) {
    case 0:
      return text;
    case 1:
      return `${chars[0]}*`;
    case 2:
      return `*${chars[chars.length - 1]}`;
    case 3:
      return `?${chars.slice(1).join("")}`;
    case 4: {
      const at = rnd.int(chars.length);
      return chars.map((c, i) => (i === at ? "?" : c)).join("");
    }
    default:
      return `*${chars.slice(1, 3).join("")}*`;
  }
}

const PEOPLE_KINDS = [
  "role",
  "type",
  "level",
  "under",
  "unit",
  "name",
  "id",
  "meta",
  "has",
  "head",
  "reports-to",
] as const;
const UNIT_KINDS = [
  "type",
  "level",
  "under",
  "unit",
  "name",
  "id",
  "meta",
  "has",
  "vacant",
  "lacks",
  "over-plan",
  "under-plan",
] as const;

class Selectors {
  readonly #uniqueUnitNames: string[];
  readonly #uniquePeopleNames = new Set<string>();

  constructor(
    readonly naive: Naive,
    readonly rnd: Random,
  ) {
    this.#uniqueUnitNames = [...naive.unitIdByName]
      .filter(([name, ids]) => ids.length === 1 && !naive.unitById.has(name))
      .map(([name]) => name);
    for (const [name, ids] of naive.personIdByName) if (ids.length === 1) this.#uniquePeopleNames.add(name);
  }

  unitRef(): string {
    const u = this.rnd.pick(this.naive.units);
    return this.rnd.chance(0.25) && this.#uniqueUnitNames.includes(u.name) ? u.name : u.id;
  }

  /** A manager of someone (solid or dotted), so that reports-to: mostly matches. */
  managerRef(): string {
    const p = this.rnd.pick(this.naive.people);
    const above = [...this.naive.above(p.id, "all")];
    const id = above.length > 0 && this.rnd.chance(0.9) ? this.rnd.pick(above) : p.id;
    const person = this.naive.org.person(id);
    return this.rnd.chance(0.2) && this.#uniquePeopleNames.has(person.name) && !this.naive.org.hasPerson(person.name)
      ? person.name
      : id;
  }

  meta(subject: "people" | "units"): { key: string; values: string[] | true } {
    const keys = subject === "people" ? ["grade", "city", "nothing"] : ["city", "costCenter", "nothing"];
    const key = this.rnd.pick(keys);
    if (this.rnd.chance(0.3)) return { key, values: true };
    const pool =
      key === "grade"
        ? GRADES
        : key === "city"
          ? CITIES
          : key === "costCenter"
            ? this.naive.units.map((u) => u.meta.costCenter).filter((v): v is string => v !== undefined)
            : ["x"];
    return { key, values: this.rnd.some(pool.length > 0 ? pool : ["x"]) };
  }

  term(kind: (typeof PEOPLE_KINDS)[number] | (typeof UNIT_KINDS)[number], subject: "people" | "units"): Term {
    const rnd = this.rnd;
    const not = rnd.chance(0.3);
    switch (kind) {
      case "role":
        return { kind, values: rnd.some(ROLES), not };
      case "lacks":
        return { kind, values: rnd.some(ROLES), not };
      case "type":
        return { kind, values: rnd.some(TYPES), not };
      case "level":
        return { kind, values: rnd.some([1, 2, 3, 4, 5]), not };
      case "under":
        return { kind, values: [this.unitRef(), ...(rnd.chance(0.3) ? [this.unitRef()] : [])], not };
      case "unit": {
        const ref = () => (subject === "people" ? rnd.pick(this.naive.people).unit : this.unitRef());
        return { kind, values: [ref(), ...(rnd.chance(0.3) ? [ref()] : [])], not };
      }
      case "name": {
        const name = () => (subject === "people" ? rnd.pick(this.naive.people).name : rnd.pick(this.naive.units).name);
        return { kind, values: [globOf(name(), rnd), ...(rnd.chance(0.3) ? [globOf(name(), rnd)] : [])], not };
      }
      case "id": {
        const id = () => (subject === "people" ? rnd.pick(this.naive.people).id : rnd.pick(this.naive.units).id);
        const glob = () => {
          const text = id();
          return rnd.chance(0.5) ? `${text.slice(0, 3 + rnd.int(3))}*` : globOf(text, rnd);
        };
        return { kind, values: [glob(), ...(rnd.chance(0.3) ? [glob()] : [])], not };
      }
      case "meta":
        return { kind, ...this.meta(subject), not };
      case "has":
        return {
          kind,
          values: rnd.some(
            subject === "people" ? ["also", "reports-to", "dotted", "meta"] : ["meta", "plan", "drivers"],
          ),
          not,
        };
      case "reports-to":
        return { kind, values: [this.managerRef(), ...(rnd.chance(0.2) ? [this.managerRef()] : [])], not };
      case "head":
      case "vacant":
      case "over-plan":
      case "under-plan":
        return { kind, not };
    }
  }

  selector(subject: "people" | "units"): Term[] {
    const kinds = subject === "people" ? PEOPLE_KINDS : UNIT_KINDS;
    const n = 1 + this.rnd.int(3);
    const chosen = this.rnd.distinct(kinds, n);
    return chosen.map((k) => this.term(k, subject));
  }
}

// --- the property ---------------------------------------------------------------------------

interface Mismatch {
  selector: string;
  form: "string" | "object";
  lines: Lines;
  expected: number;
  got: number | string;
  firstDifference?: string;
}

function compare(expected: string[], got: string[]): string | undefined {
  for (let i = 0; i < Math.max(expected.length, got.length); i++) {
    if (expected[i] !== got[i]) return `at ${i}: expected ${expected[i]}, got ${got[i]}`;
  }
  return undefined;
}

function check(seed: number, count: { people: number; units: number }) {
  const { org, withDrivers } = dressedOrg(seed);
  const naive = new Naive(org, withDrivers);
  const rnd = new Random(1000 + seed);
  const selectors = new Selectors(naive, rnd);
  const mismatches: Mismatch[] = [];
  const kindsSeen = new Map<string, number>();
  let nonEmpty = 0;
  let total = 0;

  const run = (
    subject: "people" | "units",
    terms: Term[],
    lines: Lines,
    expected: string[],
    form: "string" | "object",
    selector: string | Record<string, unknown>,
  ) => {
    const text = terms.map(termText).join(" ");
    let got: string[];
    try {
      got =
        subject === "people"
          ? [...org.findPeople(selector as Parameters<Org["findPeople"]>[0], { lines })].map((p) => p.id)
          : [...org.findUnits(selector as Parameters<Org["findUnits"]>[0])].map((u) => u.id);
    } catch (e) {
      mismatches.push({ selector: text, form, lines, expected: expected.length, got: `threw ${String(e)}` });
      return;
    }
    const difference = compare(expected, got);
    if (difference !== undefined) {
      mismatches.push({
        selector: text,
        form,
        lines,
        expected: expected.length,
        got: got.length,
        firstDifference: difference,
      });
    }
  };

  for (const subject of ["people", "units"] as const) {
    for (let i = 0; i < count[subject]; i++) {
      const terms = selectors.selector(subject);
      for (const t of terms) {
        for (const key of [`${subject}:${t.kind}`, ...(t.not ? [`${subject}:${t.kind} (negated)`] : [])])
          kindsSeen.set(key, (kindsSeen.get(key) ?? 0) + 1);
      }
      const lines: Lines = subject === "people" ? rnd.pick(["solid", "dotted", "all"] as const) : "solid";
      const expected =
        subject === "people"
          ? naive.people.filter((p) => terms.every((t) => naive.personMatches(p, t, lines))).map((p) => p.id)
          : naive.units.filter((u) => terms.every((t) => naive.unitMatches(u, t))).map((u) => u.id);
      total++;
      if (expected.length > 0) nonEmpty++;
      run(subject, terms, lines, expected, "string", terms.map(termText).join(" "));
      run(subject, terms, lines, expected, "object", selectorObject(terms, rnd));
    }
  }

  expect(mismatches.slice(0, 15)).toEqual([]);
  expect(mismatches).toHaveLength(0);
  // The selectors are not trivial: a good share matches something, and every kind of term
  // (plain and negated) was drawn.
  expect(nonEmpty / total).toBeGreaterThan(0.3);
  for (const kind of PEOPLE_KINDS) expect(kindsSeen.get(`people:${kind}`) ?? 0, `people:${kind}`).toBeGreaterThan(0);
  for (const kind of UNIT_KINDS) expect(kindsSeen.get(`units:${kind}`) ?? 0, `units:${kind}`).toBeGreaterThan(0);
  for (const kind of ["people:has", "people:reports-to", "units:lacks"])
    expect(kindsSeen.get(`${kind} (negated)`) ?? 0, `${kind} negated`).toBeGreaterThan(0);
}

describe("findPeople / findUnits equal a naive filter on generated orgs", { timeout: 300_000 }, () => {
  it.each([1, 2])("seed %i: 3,000 people, 120 people selectors and 80 unit selectors", (seed) => {
    check(seed, { people: 120, units: 80 });
  });
});

describe("the naive filter's glob (a check of the test itself)", () => {
  it("follows docs/find.md", () => {
    expect(globToRegExp("张*").test("张伟")).toBe(true);
    expect(globToRegExp("张*").test("王张")).toBe(false);
    expect(globToRegExp("a?b").test("axb")).toBe(true);
    expect(globToRegExp("a?b").test("ab")).toBe(false);
    expect(globToRegExp("a\\*b").test("a*b")).toBe(true);
    expect(globToRegExp("a\\*b").test("axb")).toBe(false);
    expect(globToRegExp("a\\\\b").test("a\\b")).toBe(true);
    expect(globToRegExp("a.b").test("axb")).toBe(false);
    expect(globToRegExp("*").test("")).toBe(true);
  });
});

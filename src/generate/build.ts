/**
 * Builds a synthetic renewal-collection channel of exactly N people, after the source deck:
 * HQ → branches (≈ N/1400) with their four offices → central sub-branches (≈ 7 a branch) →
 * sub-branches (≈ 6 a central, about 1 in 10 directly under the branch) → 个续组 and 银续组.
 * Sizes are decided top-down from a people budget, so every manager stays within the
 * blueprint's span of control by construction (the HQ head of a very large org excepted);
 * the finishing touches (vacant heads, explicit reportsTo) are applied only where the span
 * they move stays within it, checked against format.md's reporting rules (`managerOf`).
 */

import type { Blueprint } from "../blueprint/blueprint.js";
import { builtinBlueprint } from "../load/blueprint.js";
import { assignDrivers } from "./drivers.js";
import { type GenBranch, type GenOrg, type GenPerson, type GenUnit, managerOf, ROLE, SPAN_MAX, TYPE } from "./model.js";
import { AREAS, numeral, PROVINCES, type Province, personName } from "./names.js";
import { apportion, Random } from "./random.js";

/** The built-in blueprint a generated org is written for (its norms set the driver amounts). */
export const BLUEPRINT = "renewal-channel";
export const MIN_PEOPLE = 50;
export const MAX_PEOPLE = 2_000_000;
/** People per branch, as in the source document (about 50,000 people in 35 branches). */
const PEOPLE_PER_BRANCH = 1400;
/** Below this many branches' worth of people, the org is the 35-branch national one (see branchCount). */
const NATIONAL_UNTIL = 50;
const OFFICES = [
  { suffix: "bank-sup", type: TYPE.bankOffice, name: "银续督导室", staff: ROLE.supervisor },
  { suffix: "indiv-sup", type: TYPE.individualOffice, name: "个续督导室", staff: ROLE.supervisor },
  { suffix: "backoffice", type: TYPE.backOffice, name: "后援支持室", staff: ROLE.support },
  { suffix: "training", type: TYPE.training, name: "培训室", staff: ROLE.trainer },
] as const;

interface CentralSize {
  deputy: number;
  bank: number;
  individual: number;
  admin: number;
  subs: number;
}

/** What each branch needs to place at least once in the org when chance has not (small orgs). */
interface Wanted {
  directSub: boolean;
  vacantHead: boolean;
  reportsTo: boolean;
  also: boolean;
  dotted: boolean;
  overPlan: boolean;
  vacancy: boolean;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The org's structure for `people` people; the same seed and size give the same org. */
export function buildOrg(people: number, seed: number, onBranch?: (people: number) => void): GenOrg {
  if (!Number.isInteger(people) || people < MIN_PEOPLE || people > MAX_PEOPLE) {
    throw new RangeError(`generate: people must be a whole number from ${MIN_PEOPLE} to ${MAX_PEOPLE}, got ${people}`);
  }
  const blueprint = builtinBlueprint(BLUEPRINT);
  if (!blueprint) throw new Error(`generate: the built-in ${BLUEPRINT} blueprint did not load`);
  return new Builder(people, seed, blueprint, onBranch).build();
}

class Builder {
  readonly rng: Random;
  #lastId = 1_000_000;
  #teamToggle = 0;
  #bankTeams = 0;
  #units: GenUnit[] = [];
  #people: GenPerson[] = [];
  readonly counts = { people: 0, units: 0, centrals: 0, subs: 0, teams: 0 };
  readonly wanted: Wanted = {
    directSub: true,
    vacantHead: true,
    reportsTo: true,
    also: true,
    dotted: true,
    overPlan: true,
    vacancy: true,
  };

  constructor(
    readonly n: number,
    seed: number,
    readonly blueprint: Blueprint,
    /** Told the people built so far, after each branch (GenerateOptions.onProgress). */
    readonly onBranch?: (people: number) => void,
  ) {
    this.rng = new Random(seed, n);
  }

  build(): GenOrg {
    const rng = this.rng;
    const hqUnits: GenUnit[] = [];
    const hqPeople: GenPerson[] = [];
    this.#units = hqUnits;
    this.#people = hqPeople;
    const hq = this.unit("hq", TYPE.hq, "总公司保费部", null);
    hq.meta = [["costCenter", "HQ-0100"]];
    const hqHead = this.head(hq, ROLE.departmentHead);
    const deputies = Array.from({ length: this.n >= 500 ? 2 : this.n >= 100 ? 1 : 0 }, () =>
      this.person(hq, ROLE.deputy),
    );
    if (deputies.length > 0) hq.plan.push([ROLE.deputy, deputies.length]);

    const provinces = pickProvinces(branchCount(this.n));
    const count = provinces.length;
    // Branch sizes follow the size of their market, not chance (a repeat shares its province's).
    const copies = new Map<Province, number>();
    for (const [p] of provinces) copies.set(p, (copies.get(p) ?? 0) + 1);
    const budgets = apportion(
      this.n - hqPeople.length,
      provinces.map(([p]) => p.weight / (copies.get(p) as number)),
      16,
    );
    // Branch heads report to the HQ head, or (past its span) to an HQ deputy: regional oversight.
    const bosses = [hqHead, ...deputies];
    const room = bosses.map((b) => (b === hqHead ? SPAN_MAX - deputies.length : SPAN_MAX));
    const spread = count + deputies.length > SPAN_MAX;
    let done = hqPeople.length;
    const branches: GenBranch[] = provinces.map(([province, repeat], i) => {
      let boss = hqHead;
      if (spread) {
        for (let k = 0; k < bosses.length; k++) {
          const j = (i + k) % bosses.length;
          if ((room[j] as number) > 0) {
            boss = bosses[j] as GenPerson;
            room[j]! -= 1;
            break;
          }
        }
      }
      const built = this.branch(hq, province, repeat, i, budgets[i] as number, boss, deputies[0] ?? hqHead);
      done += built.people.length;
      this.onBranch?.(done);
      return built;
    });
    this.counts.people = hqPeople.length + sum(branches.map((b) => b.people.length));
    if (this.counts.people !== this.n) throw new Error(`generate: built ${this.counts.people} people, not ${this.n}`);
    const org: GenOrg = { hq, hqPeople, branches, counts: this.counts };
    assignDrivers(org, this.blueprint, rng);
    return org;
  }

  unit(id: string, type: string, name: string, parent: GenUnit | null): GenUnit {
    const u: GenUnit = { id, type, name, parent, plan: [], posts: new Map(), head: null, children: [] };
    parent?.children.push(u);
    this.#units.push(u);
    this.counts.units++;
    return u;
  }

  person(unit: GenUnit, role: string): GenPerson {
    this.#lastId += this.rng.int(1, 4);
    const p: GenPerson = { id: String(this.#lastId), name: personName(this.rng), unit, role };
    unit.posts.set(role, (unit.posts.get(role) ?? 0) + 1);
    this.#people.push(p);
    return p;
  }

  head(unit: GenUnit, role: string): GenPerson {
    const p = this.person(unit, role);
    unit.head = p;
    return p;
  }

  branch(
    hq: GenUnit,
    province: Province,
    repeat: number,
    index: number,
    n: number,
    boss: GenPerson,
    hqDeputy: GenPerson,
  ): GenBranch {
    const rng = this.rng;
    const units: GenUnit[] = [];
    const people: GenPerson[] = [];
    this.#units = units;
    this.#people = people;
    const id = repeat === 0 ? province.abbr : `${province.abbr}${repeat + 1}`;
    const short = repeat === 0 ? province.name : `${province.name}第${numeral(repeat + 1)}`;
    const code = `${id.toUpperCase()}-${String((index % 99) + 1).padStart(2, "0")}`;

    // Sizes, top-down from the budget n.
    const deputyCount = n >= 800 ? 2 : n >= 150 ? 1 : 0;
    const base = Math.round(n / 450);
    const officeStaff = OFFICES.map(() => clamp(base + rng.int(-1, 1), n >= 100 ? 1 : 0, 6));
    const small = n < 100;
    const centrals: CentralSize[] = Array.from(
      { length: n < 120 ? 1 : clamp(Math.round(n / 200) + rng.int(-1, 1), 1, 9) },
      () =>
        small
          ? { deputy: 0, bank: 1, individual: 1, admin: rng.chance(0.5) ? 1 : 0, subs: 0 }
          : {
              deputy: n >= 400 && rng.chance(0.45) ? 1 : 0,
              // 督训 follow the team mix (about three 个续组 to one 银续组).
              bank: rng.int(1, 2),
              individual: rng.int(2, 4),
              admin: rng.int(1, 2),
              subs: 0,
            },
    );
    if (this.wanted.also) (centrals[0] as CentralSize).admin ||= 1;
    const staffOf = (c: CentralSize) => c.deputy + c.bank + c.individual + c.admin;
    const overhead = () =>
      1 + deputyCount + sum(officeStaff.map((s) => 1 + s)) + sum(centrals.map((c) => 1 + staffOf(c)));
    let rest = n - overhead();
    while (rest < 8 * centrals.length) {
      const most = officeStaff.indexOf(Math.max(...officeStaff));
      if (centrals.length > 1) centrals.pop();
      else if ((officeStaff[most] as number) > 0) officeStaff[most]! -= 1;
      else break;
      rest = n - overhead();
    }

    // Sub-branches: about 31 people each, ≤ 15 teams' worth, ≥ 8 people; ~1 in 10 under the branch.
    let subCount = Math.round(rest / (26 + rng.next() * 10));
    subCount = clamp(subCount, Math.max(centrals.length, Math.ceil(rest / 80)), Math.max(1, Math.floor(rest / 8)));
    let direct = subCount >= 3 ? Math.max(0, Math.round(subCount * 0.1 + rng.next() - 0.5)) : 0;
    if (this.wanted.directSub && subCount >= 2 && direct === 0) direct = 1;
    // The branch head's span: deputies, four office heads, central heads (+ direct sub-branch
    // heads when there is no deputy to take them).
    direct = Math.min(direct, deputyCount > 0 ? SPAN_MAX * deputyCount : SPAN_MAX - 4 - centrals.length);
    direct = Math.min(direct, subCount - centrals.length);
    const caps = centrals.map((c) => SPAN_MAX - 1 - staffOf(c));
    const underCentrals = Math.min(subCount - direct, sum(caps));
    subCount = underCentrals + direct;
    const perCentral = apportion(
      underCentrals,
      centrals.map(() => 0.6 + rng.next() * 0.8),
      1,
    );
    for (let i = 0, spill = 0; i < perCentral.length * 2; i++) {
      const k = i % perCentral.length;
      perCentral[k]! += spill;
      spill = Math.max(0, (perCentral[k] as number) - (caps[k] as number));
      perCentral[k]! -= spill;
    }
    centrals.forEach((c, i) => {
      c.subs = perCentral[i] as number;
    });
    const subSizes = apportion(
      rest,
      Array.from({ length: subCount }, () => {
        const x = rng.next();
        return x < 0.3 ? 0.55 : x < 0.8 ? 1 : 1.7;
      }),
      8,
    );

    // Units and people.
    this.counts.centrals += centrals.length;
    const branch = this.unit(id, TYPE.branch, `${short}分公司保费部`, hq);
    branch.comment = `${short}分公司`;
    branch.meta = [["costCenter", `${code}00`]];
    const branchHead = this.head(branch, ROLE.departmentHead);
    if (boss !== managerOf(branchHead)) branchHead.reportsTo = boss;
    const branchDeputies = Array.from({ length: deputyCount }, () => this.person(branch, ROLE.deputy));
    const offices = OFFICES.map((o, i) => {
      const office = this.unit(`${id}-${o.suffix}`, o.type, `${short}分公司${o.name}`, branch);
      this.head(office, ROLE.officeHead);
      for (let k = 0; k < (officeStaff[i] as number); k++) this.person(office, o.staff);
      return office;
    });
    const usedNames = new Set<string>();
    const subs: GenUnit[] = [];
    let nextSize = 0;
    const centralUnits = centrals.map((size, i) => {
      const cities = province.cities;
      const [abbr, city] = cities[i % cities.length] as readonly [string, string];
      const again = Math.floor(i / cities.length);
      const central = this.unit(
        `${id}-${abbr}${again ? again + 1 : ""}`,
        TYPE.central,
        `${city}${again ? `第${numeral(again + 1)}` : ""}中心支公司保费部`,
        branch,
      );
      central.comment = `${city}${again ? `第${numeral(again + 1)}` : ""}中心支公司`;
      central.meta = [["costCenter", `${code}${String(i + 1).padStart(2, "0")}`]];
      this.head(central, ROLE.departmentHead);
      const deputy = size.deputy ? this.person(central, ROLE.deputy) : undefined;
      for (let k = 0; k < size.bank; k++) this.person(central, ROLE.bankTrainer);
      for (let k = 0; k < size.individual; k++) this.person(central, ROLE.individualTrainer);
      for (let k = 0; k < size.admin; k++) this.person(central, ROLE.admin);
      const own = Array.from({ length: size.subs }, (_, k) =>
        this.sub(central, `${central.id}-${String(k + 1).padStart(2, "0")}`, city, usedNames, subSizes[nextSize++]!),
      );
      subs.push(...own);
      // A deputy takes one or two of the sub-branches (explicit reportsTo inside the chain).
      if (deputy) {
        const take = own.length >= 3 ? (rng.chance(0.5) ? 2 : 1) : own.length >= 2 ? 1 : 0;
        for (const s of own.slice(own.length - take)) (s.head as GenPerson).reportsTo = deputy;
      }
      return central;
    });
    const capital = (province.cities[0] as readonly [string, string])[1];
    for (let k = 0; k < direct; k++) {
      const s = this.sub(branch, `${id}-${String(k + 1).padStart(2, "0")}`, capital, usedNames, subSizes[nextSize++]!);
      // Sub-branches directly under the branch are overseen by its deputies.
      if (branchDeputies.length > 0) (s.head as GenPerson).reportsTo = branchDeputies[k % branchDeputies.length];
      subs.push(s);
    }
    if (direct > 0) this.wanted.directSub = false;

    this.finish(people, subs, centralUnits, offices, hqDeputy);
    this.plans(units, deputyCount);
    return { unit: branch, units, people };
  }

  /** A sub-branch of r people: head, maybe general-admin and specialists, and its teams. */
  sub(parent: GenUnit, id: string, city: string, used: Set<string>, r: number): GenUnit {
    const rng = this.rng;
    let area = rng.pick(AREAS);
    for (let i = 0; used.has(city + area); i++)
      area = `${AREAS[i % AREAS.length]}${numeral(2 + Math.floor(i / AREAS.length))}`;
    used.add(city + area);
    const short = city + area;
    const sub = this.unit(id, TYPE.sub, `${short}支公司保费部`, parent);
    this.counts.subs++;
    this.head(sub, ROLE.departmentHead);
    const admin = r >= 30 ? (rng.chance(0.7) ? 1 : 0) : r >= 14 && rng.chance(0.3) ? 1 : 0;
    const specialists = r >= 12 && rng.chance(0.12) ? rng.int(1, 2) : 0;
    for (let k = 0; k < admin; k++) this.person(sub, ROLE.admin);
    for (let k = 0; k < specialists; k++) this.person(sub, ROLE.specialist);
    const rest = r - 1 - admin - specialists;
    const fewest = Math.ceil(rest / 15);
    const teamCount = clamp(Math.round(rest / (8.5 + rng.next() * 2)), fewest, Math.max(fewest, Math.floor(rest / 6)));
    const sizes = this.spread(rest, teamCount, 6, 15);
    // About three teams in four are 个续组: individual renewal, with the orphan policies, is
    // most of the work; 银续组 serve the bank-channel policies. The first bank team is placed
    // early so that even a small org has both kinds.
    const kinds = sizes.map((_, k) => {
      const individual =
        teamCount === 1
          ? this.#teamToggle++ % 4 !== 1
          : k === 0 || (k === 1 && this.#bankTeams === 0 ? false : rng.chance(0.7));
      if (!individual) this.#bankTeams++;
      return individual;
    });
    const individualTotal = kinds.filter(Boolean).length;
    let individualSeen = 0;
    sizes.forEach((size, k) => {
      const individual = kinds[k] as boolean;
      const nth = individual ? ++individualSeen : k + 1 - individualSeen;
      const total = individual ? individualTotal : teamCount - individualTotal;
      const team = this.unit(
        `${id}-t${k + 1}`,
        individual ? TYPE.individualTeam : TYPE.bankTeam,
        `${short}${individual ? "个续" : "银续"}${total > 1 ? numeral(nth) : ""}组`,
        sub,
      );
      this.counts.teams++;
      this.head(team, ROLE.lead);
      for (let i = 1; i < size; i++) this.person(team, ROLE.specialist);
    });
    return sub;
  }

  /** `total` split into `count` parts within [lo, hi], unevenly. */
  spread(total: number, count: number, lo: number, hi: number): number[] {
    const sizes = apportion(total, new Array<number>(count).fill(1));
    for (let k = 0; k < count * 2; k++) {
      const i = this.rng.int(0, count - 1);
      const j = this.rng.int(0, count - 1);
      const a = this.rng.int(1, 3);
      if (i !== j && (sizes[i] as number) - a >= lo && (sizes[j] as number) + a <= hi) {
        sizes[i]! -= a;
        sizes[j]! += a;
      }
    }
    return sizes;
  }

  /**
   * Vacant heads, a senior specialist reporting to the sub-branch head, concurrent posts,
   * dotted lines and part-timers; each applied only where every span stays within SPAN_MAX.
   */
  finish(people: GenPerson[], subs: GenUnit[], centrals: GenUnit[], offices: GenUnit[], hqDeputy: GenPerson): void {
    const rng = this.rng;
    const wanted = this.wanted;
    const span = new Map<GenPerson, number>();
    const bump = (p: GenPerson | null, by: number) => {
      if (p) span.set(p, (span.get(p) ?? 0) + by);
    };
    for (const p of people) bump(managerOf(p), 1);
    const spanOf = (p: GenPerson | null) => (p ? (span.get(p) ?? 0) : 0);
    const above = (u: GenUnit): GenPerson | null => {
      for (let a = u.parent; a; a = a.parent) if (a.head) return a.head;
      return null;
    };
    const teamsOf = (s: GenUnit) => s.children;
    const move = (p: GenPerson, unit: GenUnit, role: string) => {
      p.unit.posts.set(p.role, (p.unit.posts.get(p.role) as number) - 1);
      p.unit = unit;
      p.role = role;
      unit.posts.set(role, (unit.posts.get(role) ?? 0) + 1);
    };

    // A vacant sub-branch head: the team leads roll up to the head above; the person becomes a
    // specialist in the smallest team (so the head count stays N).
    subs.forEach((s) => {
      if (!(wanted.vacantHead || rng.chance(0.03))) return;
      const h = s.head as GenPerson;
      const target = above(s);
      const team = teamsOf(s).reduce((a, b) =>
        (a.posts.get(ROLE.specialist) ?? 0) <= (b.posts.get(ROLE.specialist) ?? 0) ? a : b,
      );
      const m = managerOf(h);
      if (!target || (team.posts.get(ROLE.specialist) ?? 0) >= 14) return;
      if (spanOf(target) + spanOf(h) - (m === target ? 1 : 0) > SPAN_MAX) return;
      bump(m, -1);
      bump(target, spanOf(h));
      span.delete(h);
      h.reportsTo = undefined;
      s.head = null;
      move(h, team, ROLE.specialist);
      bump(team.head, 1);
      s.comment = "支公司负责人空缺: 各组组长直接向上级负责人汇报 (head vacant: team leads roll up)";
      wanted.vacantHead = false;
    });
    // A vacant team lead: the team rolls up to the sub-branch head; the person stays as a specialist.
    for (const s of subs) {
      if (!s.head) continue;
      for (const team of teamsOf(s)) {
        if (!rng.chance(0.012)) continue;
        const h = team.head as GenPerson;
        if (spanOf(s.head) + spanOf(h) > SPAN_MAX) continue;
        bump(s.head, spanOf(h));
        span.delete(h);
        team.head = null;
        move(h, team, ROLE.specialist);
        team.comment = "组长空缺 (team lead vacant)";
      }
    }
    // A senior specialist reports straight to the sub-branch head (the head of the parent unit).
    for (const s of subs) {
      if (!s.head) continue;
      for (const team of teamsOf(s)) {
        if (!team.head || !(rng.chance(0.015) || wanted.reportsTo) || spanOf(s.head) >= SPAN_MAX) continue;
        const senior = people.find((p) => p.unit === team && p.role === ROLE.specialist && !p.reportsTo);
        if (!senior) continue;
        senior.reportsTo = s.head;
        bump(team.head, -1);
        bump(s.head, 1);
        wanted.reportsTo = false;
      }
    }
    // Concurrent posts (兼职): a central's general-admin also serves one of its sub-branches;
    // a supervisor also teaches in the training office.
    for (const c of centrals) {
      if (!(wanted.also || rng.chance(0.12))) continue;
      const admin = people.find((p) => p.unit === c && p.role === ROLE.admin);
      const sub = c.children.find((u) => u.type === TYPE.sub);
      if (!admin || !sub) continue;
      admin.fte = 0.8;
      admin.also = [{ unit: sub, role: ROLE.admin, fte: 0.2 }];
      sub.posts.set(ROLE.admin, (sub.posts.get(ROLE.admin) ?? 0) + 1);
      wanted.also = false;
    }
    const [, individualOffice, , training] = offices as [GenUnit, GenUnit, GenUnit, GenUnit];
    const supervisor = people.find((p) => p.unit === individualOffice && p.role === ROLE.supervisor);
    if (supervisor && rng.chance(0.2)) {
      supervisor.also = [{ unit: training, role: ROLE.trainer }];
      training.posts.set(ROLE.trainer, (training.posts.get(ROLE.trainer) ?? 0) + 1);
    }
    // Dotted lines: the training office head to HQ (training is run nationally), and now and
    // then a sub-branch head to the branch's training office.
    if (wanted.dotted || rng.chance(0.5)) {
      (training.head as GenPerson).dottedLines = [hqDeputy];
      wanted.dotted = false;
    }
    for (const s of subs) {
      if (s.head && rng.chance(0.02)) s.head.dottedLines = [training.head as GenPerson];
    }
    for (const p of people) if (p.role === ROLE.specialist && !p.reportsTo && rng.chance(0.004)) p.fte = 0.5;
  }

  /** Plans (编制) set against the posts: most match, some have vacancies, a few are over. */
  plans(units: GenUnit[], branchDeputies: number): void {
    const rng = this.rng;
    const wanted = this.wanted;
    const roles: Record<string, readonly string[]> = {
      [TYPE.branch]: branchDeputies > 0 ? [ROLE.deputy] : [],
      [TYPE.bankOffice]: [ROLE.supervisor],
      [TYPE.individualOffice]: [ROLE.supervisor],
      [TYPE.backOffice]: [ROLE.support],
      [TYPE.training]: [ROLE.trainer],
      [TYPE.central]: [ROLE.deputy, ROLE.bankTrainer, ROLE.individualTrainer, ROLE.admin],
      [TYPE.sub]: [ROLE.admin],
      [TYPE.individualTeam]: [ROLE.specialist],
      [TYPE.bankTeam]: [ROLE.specialist],
    };
    for (const u of units) {
      for (const role of roles[u.type] ?? []) {
        const posts = u.posts.get(role) ?? 0;
        const cap = role === ROLE.deputy ? 2 : Number.POSITIVE_INFINITY;
        if (posts === 0) {
          if (role === ROLE.deputy && rng.chance(0.25)) u.plan.push([role, 1]);
          continue;
        }
        const x = rng.next();
        let planned = x < 0.07 ? posts + 1 : x < 0.09 ? posts + 2 : x < 0.12 && posts >= 2 ? posts - 1 : posts;
        if (wanted.overPlan && role === ROLE.specialist && posts >= 2) planned = posts - 1;
        else if (wanted.vacancy && role === ROLE.specialist) planned = posts + 1;
        planned = Math.min(planned, cap);
        if (planned > posts) wanted.vacancy = false;
        if (planned < posts) wanted.overPlan = false;
        u.plan.push([role, planned]);
      }
    }
  }
}

/**
 * How many branches: one per 1,400 people, except that the national range (from 35 up to 49
 * branches' worth, about 49,000 to 70,000 people) is always the insurer's 35 provincial-level
 * branches, as in the source document.
 */
function branchCount(people: number): number {
  const count = Math.max(2, Math.round(people / PEOPLE_PER_BRANCH));
  return count > PROVINCES.length && count < NATIONAL_UNTIL ? PROVINCES.length : count;
}

/**
 * The branches' provinces, in table order, each with its repeat number (0, then 1 for 第二 …):
 * the `count` largest markets when there are fewer branches than provinces; all 35 and, for
 * very large orgs, second and third branches in the largest markets first (each extra branch
 * goes to the province with the most weight per branch, as seats are apportioned).
 */
function pickProvinces(count: number): Array<[Province, number]> {
  const copies = new Map<Province, number>();
  if (count <= PROVINCES.length) {
    const largest = [...PROVINCES].sort((a, b) => b.weight - a.weight).slice(0, count);
    for (const p of largest) copies.set(p, 1);
  } else {
    for (const p of PROVINCES) copies.set(p, 1);
    for (let extra = count - PROVINCES.length; extra > 0; extra--) {
      let best = PROVINCES[0] as Province;
      for (const p of PROVINCES) {
        if (p.weight / ((copies.get(p) as number) + 1) > best.weight / ((copies.get(best) as number) + 1)) best = p;
      }
      copies.set(best, (copies.get(best) as number) + 1);
    }
  }
  const out: Array<[Province, number]> = [];
  for (const p of PROVINCES) for (let r = 0; r < (copies.get(p) ?? 0); r++) out.push([p, r]);
  return out;
}

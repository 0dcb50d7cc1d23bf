/**
 * Driver values (编制测算 inputs) for a generated org, for the seed's three years. Each team's
 * 2013 amounts are worked back from the blueprint's own norms so that the norm asks for about
 * the specialists the team holds; 2011 and 2012 follow the seed's national growth, each
 * branch at its own pace, and the national totals are then set to the growth exactly. The
 * rates come from the blueprint (data), never from here: recalibrate the blueprint and the
 * generated amounts follow.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { NormDefInput } from "../schema/demand.js";
import { type GenOrg, type GenUnit, ROLE, TYPE } from "./model.js";
import type { Random } from "./random.js";

/** The periods a generated unit carries, oldest first. */
export const PERIODS = ["2011", "2012", "2013"] as const;

/**
 * Each driver's national amount in 2011 and 2012 as a share of 2013's. Premium due follows
 * the seed (510亿 → 700亿 → 1000亿). Orphan policies (专职单) grew much faster: the channel
 * took them over from the agency force as it was built up, which is what grew the renewal
 * force from 24,000 to 50,000 people while premium doubled. Customers (近2000万 in 2013)
 * are assumed to have grown more slowly than premium (larger policies per customer).
 */
const GROWTH: Readonly<Record<string, readonly [number, number]>> = {
  "premium-due": [0.51, 0.7],
  "orphan-policies": [0.1, 0.44],
  customers: [0.62, 0.8],
};

/** Where a norm sums several driver terms: the share of the posts each driver carries (a range). */
const SHARE: Readonly<Record<string, readonly [number, number]>> = { "orphan-policies": [0.5, 0.7] };

/** Customers per team member in 2013: about 20 million customers over 50,000 people. */
const CUSTOMERS_PER_PERSON = 440;

/** How far a branch's growth since 2011 or 2012 strays from the national growth, either way. */
const BRANCH_SPREAD = [0.12, 0.06] as const;

type Amounts = Map<string, number[]>;

/** Gives every team of `org` driver amounts for PERIODS (sets `unit.drivers`). */
export function assignDrivers(org: GenOrg, blueprint: Blueprint, rng: Random): void {
  const teams: Array<{ unit: GenUnit; branch: number; amounts: Amounts }> = [];
  org.branches.forEach((b, branch) => {
    for (const u of b.units) {
      if (u.type !== TYPE.individualTeam && u.type !== TYPE.bankTeam) continue;
      teams.push({ unit: u, branch, amounts: amounts2013(u, specialistNorm(blueprint, u.type), rng) });
    }
  });
  // Each branch's pace: its 2011 and 2012 amounts as shares of 2013's, around the national one.
  const pace = org.branches.map(() => BRANCH_SPREAD.map((s) => 1 + (rng.next() * 2 - 1) * s));
  const drivers = [...new Set(teams.flatMap((t) => [...t.amounts.keys()]))];
  for (const driver of drivers) {
    const growth = GROWTH[driver] ?? [1, 1];
    for (let year = 0; year < 2; year++) {
      const raw = teams.map((t) => {
        const v = t.amounts.get(driver)?.[2];
        if (v === undefined) return 0;
        return v * (growth[year] as number) * (pace[t.branch]?.[year] as number) * (0.97 + rng.next() * 0.06);
      });
      // National totals follow the growth exactly (up to rounding each team's amount).
      const want = (growth[year] as number) * teams.reduce((a, t) => a + (t.amounts.get(driver)?.[2] ?? 0), 0);
      const got = raw.reduce((a, b) => a + b, 0);
      const scale = got > 0 ? want / got : 0;
      teams.forEach((t, i) => {
        const values = t.amounts.get(driver);
        if (values) values[year] = Math.round((raw[i] as number) * scale);
      });
    }
  }
  for (const t of teams) {
    t.unit.drivers = [...t.amounts].map(([d, values]) => [d, PERIODS.map((p, i) => [p, values[i] as number])]);
  }
}

/** The norm for the team's specialists, or undefined when the blueprint has none. */
function specialistNorm(blueprint: Blueprint, type: string): NormDefInput | undefined {
  let found: NormDefInput | undefined;
  for (const norm of blueprint.norms) if (norm.role === ROLE.specialist && norm.in.includes(type)) found = norm;
  return found;
}

/**
 * 2013 amounts that make the norm ask for the specialists the team holds — now and then one
 * more or one fewer, so that a plan shows hires and surpluses. Each driver term carries a
 * whole number of posts; every amount stays a little under its posts' worth, so that with
 * the default `ceil` the norm gives exactly the posts intended.
 */
function amounts2013(team: GenUnit, norm: NormDefInput | undefined, rng: Random): Amounts {
  const out: Amounts = new Map();
  const posts = team.posts.get(ROLE.specialist) ?? 0;
  const x = rng.next();
  const target = Math.max(1, x < 0.06 ? posts + 1 : x < 0.09 && posts >= 2 ? posts - 1 : posts);
  const terms = (norm?.per ?? []).flatMap((t) => ("driver" in t ? [t] : []));
  if (terms.length > 0) {
    // Posts per term: the shared drivers take their share, the first other term the rest.
    const parts = terms.map((t) => {
      const share = SHARE[t.driver];
      return share ? Math.floor(target * (share[0] + rng.next() * (share[1] - share[0]))) : 0;
    });
    const first = terms.findIndex((t) => SHARE[t.driver] === undefined);
    parts[Math.max(first, 0)]! += target - parts.reduce((a, b) => a + b, 0);
    terms.forEach((t, i) => {
      const slack = Math.floor((rng.next() * t.rate) / (terms.length + 1));
      const amount = Math.max(0, (parts[i] as number) * t.rate - ((parts[i] as number) > 0 ? slack : 0));
      out.set(t.driver, [0, 0, Math.floor(amount)]);
    });
  }
  const members = [...team.posts.values()].reduce((a, b) => a + b, 0);
  out.set("customers", [0, 0, Math.round(members * CUSTOMERS_PER_PERSON * (0.8 + rng.next() * 0.4))]);
  return out;
}

/**
 * The generated org as a staffing model (issue 12): 35 branches sized by their market, not
 * by chance; driver amounts for 2011–2013 that follow the seed's growth; and a plan for each
 * year that lands near the seed's 24,000 / 35,000 / 50,000 people.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_BLUEPRINTS, type Org, parseOrg } from "orgspec";
import { generateOrg } from "orgspec/generate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const CLI = join(import.meta.dirname, "../../dist/cli.js");
const TMP = mkdtempSync(join(tmpdir(), "orgspec-gen-drivers-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const PROVINCE_IDS =
  "bj tj he sx nm ln dl jl hl sh js zj nb ah fj xm jx sd qd ha hb hn gd sz gx hi cq sc gz yn sn gs qh nx xj".split(" ");

interface FileUnit {
  id: string;
  type: string;
  parent?: string;
  drivers?: Record<string, Record<string, number>>;
}

/** The org file's units, read with the yaml package (not orgspec), for independent sums. */
function unitsOf(text: string): FileUnit[] {
  return (parse(text) as { units: FileUnit[] }).units;
}

/** Sum of one driver's amounts for a period over the file's units. */
function total(units: readonly FileUnit[], driver: string, period: string): number {
  return units.reduce((a, u) => a + (u.drivers?.[driver]?.[period] ?? 0), 0);
}

describe("generate: the national org, 50,000 people", () => {
  let text: string;
  let org: Org;
  let units: FileUnit[];
  beforeAll(() => {
    text = generateOrg({ people: 50_000, seed: 1 }).get("org.yaml") as string;
    const result = parseOrg(text);
    expect(result.ok).toBe(true);
    org = result.org as Org;
    units = unitsOf(text);
  }, 120_000);

  it("has the 35 provincial-level branches, one each", () => {
    const branches = units.filter((u) => u.type === "branch-premium-dept").map((u) => u.id);
    expect(branches).toEqual(PROVINCE_IDS);
  });

  it("sizes branches by their market: 江苏 largest, 青海 smallest, the same for every seed", () => {
    const one = new Map(PROVINCE_IDS.map((id) => [id, org.staffing.summary(id).people]));
    const sorted = [...one].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(sorted.slice(0, 3)).toEqual(["js", "gd", "sd"]);
    expect(sorted.at(-1)).toBe("qh");
    // Weights 1050 and 30: the largest branch is about 35 times the smallest.
    const ratio = (one.get("js") as number) / (one.get("qh") as number);
    expect(ratio).toBeGreaterThan(28);
    expect(ratio).toBeLessThan(40);
    // Another seed: other people and units, the same branch sizes (counted from the text:
    // every unit id in a branch starts with the branch's id).
    const bySeed = (seed: number) => {
      const counts = new Map<string, number>();
      const file = generateOrg({ people: 50_000, seed }).get("org.yaml") as string;
      for (const m of file.matchAll(/^ {2}- \{ id: "\d+", name: [^,]+, unit: ([a-z]+)[-,]/gm)) {
        counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
      }
      return counts;
    };
    const two = bySeed(2);
    for (const id of PROVINCE_IDS) expect(two.get(id), id).toBe(one.get(id));
  }, 60_000);

  it("gives every team premium due and customers for 2011–2013, and every 个续组 orphan policies", () => {
    const teams = units.filter((u) => u.type.endsWith("-renewal-team"));
    expect(teams.length).toBeGreaterThan(4000);
    for (const t of teams) {
      expect(Object.keys(t.drivers?.["premium-due"] ?? {}), t.id).toEqual(["2011", "2012", "2013"]);
      expect(Object.keys(t.drivers?.customers ?? {}), t.id).toEqual(["2011", "2012", "2013"]);
      const orphans = t.drivers?.["orphan-policies"];
      if (t.type === "individual-renewal-team")
        expect(Object.keys(orphans ?? {}), t.id).toEqual(["2011", "2012", "2013"]);
      else expect(orphans, t.id).toBeUndefined();
    }
    expect(units.filter((u) => u.drivers && !u.type.endsWith("-renewal-team"))).toEqual([]);
  });

  it("follows the seed's premium: 510亿 → 700亿 → about 1000亿, and near 2000万 customers", () => {
    const premium = ["2011", "2012", "2013"].map((p) => total(units, "premium-due", p));
    const [p2011, p2012, p2013] = premium as [number, number, number];
    // 万元: 1000亿 = 10,000,000万. Each year's national total is exact up to rounding a team's amount.
    expect(p2013).toBeGreaterThan(9_500_000);
    expect(p2013).toBeLessThan(10_500_000);
    expect(Math.abs(p2011 - 0.51 * p2013)).toBeLessThan(5000);
    expect(Math.abs(p2012 - 0.7 * p2013)).toBeLessThan(5000);
    const customers = total(units, "customers", "2013");
    expect(customers).toBeGreaterThan(18_000_000);
    expect(customers).toBeLessThan(22_000_000);
    // Orphan policies grew faster than premium (the channel took them over).
    expect(total(units, "orphan-policies", "2011") / total(units, "orphan-policies", "2013")).toBeLessThan(0.2);
  });

  it("plans near the seed's renewal force: 24,000 (2011), 35,000 (2012), 50,000 (2013)", () => {
    const required = (period: string) => org.demand({ period }).totals.required;
    const off = (got: number, want: number) => Math.abs(got - want) / want;
    expect(off(required("2011"), 24_000)).toBeLessThan(0.08);
    expect(off(required("2012"), 35_000)).toBeLessThan(0.05);
    expect(off(required("2013"), 50_000)).toBeLessThan(0.03);
    expect(required("2011")).toBeLessThan(required("2012"));
    // The latest period is the default, and 2013's demand is close to the posts the org holds.
    const latest = org.demand();
    expect(latest.period).toBe("2013");
    expect(Math.abs(latest.totals.required - latest.totals.posts) / latest.totals.posts).toBeLessThan(0.03);
  });

  it("`orgspec plan --period 2011` on the written file gives the same totals, grouped by the 35 branches and HQ", () => {
    const file = join(TMP, "national.yaml");
    writeFileSync(file, text);
    const out = execFileSync(process.execPath, [CLI, "plan", file, "--period", "2011", "--format", "json"], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    const json = JSON.parse(out) as { period: string; totals: { required: number }; groups: Array<{ key: string }> };
    expect(json.period).toBe("2011");
    expect(json.totals.required).toBe(org.demand({ period: "2011" }).totals.required);
    // One group per branch, and HQ (a level-1 unit is its own branch).
    expect(json.groups.map((g) => g.key).sort()).toEqual(["hq", ...PROVINCE_IDS].sort());
  });
});

describe("generate: driver amounts are worked back from the blueprint's norms", () => {
  it("each team's specialists required in 2013 are ceil(Σ amount ÷ rate) over the blueprint's terms, within one of the posts", () => {
    const text = generateOrg({ people: 3000, seed: 4 }).get("org.yaml") as string;
    const org = parseOrg(text).org as Org;
    const bp = parse(BUILTIN_BLUEPRINTS["renewal-channel"] as string) as {
      norms: Array<{ role: string; in: string[]; per?: Array<{ driver?: string; rate: number }>; min?: number }>;
    };
    const rows = org.demand({ period: "2013" }).rows;
    let checked = 0;
    for (const u of unitsOf(text)) {
      if (!u.type.endsWith("-renewal-team")) continue;
      const norm = bp.norms.filter((n) => n.role === "renewal-specialist" && n.in.includes(u.type)).at(-1);
      const terms = norm?.per ?? [];
      const exact = terms.reduce((a, t) => a + (u.drivers?.[t.driver as string]?.["2013"] ?? 0) / t.rate, 0);
      const want = Math.max(norm?.min ?? 0, Math.ceil(exact));
      const row = rows.find((r) => r.unit === u.id && r.role === "renewal-specialist");
      expect(row?.required, u.id).toBe(want);
      expect(Math.abs((row?.required ?? 0) - (row?.posts ?? 0)), u.id).toBeLessThanOrEqual(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });
});

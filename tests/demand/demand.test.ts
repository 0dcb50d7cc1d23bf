/**
 * org.demand() on a small org worked out by hand (tests/demand/fixture.ts): every norm kind
 * (fixed, driver, units, a span norm on another role's required posts), the three roundings,
 * min and max, subtree driver totals, missing drivers, periods and plain amounts, attrition,
 * an org's norms overriding the blueprint's, scopes and groups.
 */
import { type DemandFigures, type DemandReport, parseOrg, UnknownIdError } from "orgspec";
import { describe, expect, it } from "vitest";
import { demandOrg } from "./fixture.js";

function org(extra = "") {
  const result = parseOrg(demandOrg(extra), { filename: "org.yaml" });
  if (!result.org) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return { org: result.org, diagnostics: result.diagnostics };
}

type Figures = [
  required: number,
  planned: number,
  posts: number,
  filled: number,
  planGap: number,
  toHire: number,
  surplus: number,
];

const f = (d: DemandFigures): Figures => [d.required, d.planned, d.posts, d.filled, d.planGap, d.toHire, d.surplus];

function byRow(report: DemandReport): Record<string, Figures> {
  return Object.fromEntries(report.rows.map((r) => [`${r.unit} ${r.role}`, f(r)]));
}

/** 2014 (the default, the latest period), by hand: required, planned, posts, filled, planGap, toHire, surplus. */
const ROWS_2014: Record<string, Figures> = {
  "hq head": [1, 1, 1, 1, 0, 0, 0],
  "hq trainer": [2, 1, 1, 1, 1, 1, 0], // 5 teams below ÷ 4 = 1.25 → ceil 2
  "hq admin": [4, 0, 0, 0, 4, 4, 0], // customers 5000 + 42000 = 47000 ÷ 10000 → floor 4
  "bj head": [1, 1, 1, 1, 0, 0, 0],
  "bj trainer": [2, 1, 2, 1, 1, 0, 0], // 3 required leads below ÷ 2 = 1.5 → round 2
  "bj admin": [4, 1, 1, 1, 3, 3, 0], // 42000 ÷ 10000 → floor 4
  "t1 spec": [6, 3, 4, 3, 3, 2, 0], // 5200/1000 + 6000/4000 = 6.7 → ceil 7 → max 6
  "t1 lead": [1, 1, 1, 1, 0, 0, 0],
  "t2 spec": [1, 1, 2, 1, 0, 0, 1], // no premium for 2014, no orphans → 0 → min 1
  "t2 lead": [1, 1, 1, 1, 0, 0, 0],
  "t3 spec": [1, 0, 0, 0, 1, 1, 0],
  "t3 lead": [1, 1, 0, 0, 0, 1, 0],
  "gd head": [1, 1, 1, 1, 0, 0, 0],
  "gd trainer": [1, 0, 0, 0, 1, 1, 0], // 2 leads ÷ 2
  "gd admin": [0, 0, 1, 0, 0, 0, 1], // no customers below gd → 0; p16's also post
  "t4 spec": [6, 5, 3, 3, 1, 3, 0], // plain 12000 counts in 2014 → 12 → max 6
  "t4 lead": [1, 1, 1, 1, 0, 0, 0],
  "t5 spec": [1, 0, 1, 0, 1, 0, 0], // 950/1000 → ceil 1
  "t5 lead": [1, 1, 0, 0, 0, 1, 0],
};

describe("org.demand", () => {
  it("works out every row for the default period, 2014, as by hand", () => {
    const report = org().org.demand();
    expect(report.period).toBe("2014");
    expect(report.periods).toEqual(["2013", "2014"]);
    expect(report.unit).toBeNull();
    expect(byRow(report)).toEqual(ROWS_2014);
    // Units parents first, in tree order; roles in the blueprint's order.
    expect(report.rows.slice(0, 3).map((r) => r.role)).toEqual(["head", "trainer", "admin"]);
    expect([...new Set(report.rows.map((r) => r.unit))]).toEqual(["hq", "bj", "t1", "t2", "t3", "gd", "t4", "t5"]);
    expect(report.rows.every((r) => r.normed)).toBe(true);
  });

  it("totals and branch groups (the default) are sums of the rows", () => {
    const report = org().org.demand();
    expect(f(report.totals)).toEqual([36, 20, 21, 16, 16, 17, 2]);
    expect(report.by).toBe("branch");
    expect(report.groups.map((g) => [g.key, ...f(g)])).toEqual([
      ["hq", 7, 2, 2, 2, 5, 5, 0],
      ["bj", 18, 10, 12, 9, 8, 7, 1],
      ["gd", 11, 8, 7, 5, 3, 5, 1],
    ]);
  });

  it("groups by role, type, level and unit", () => {
    const o = org().org;
    const keys = (by: "role" | "type" | "level" | "unit") => o.demand({ by }).groups.map((g) => [g.key, g.required]);
    expect(keys("type")).toEqual([
      ["top", 7],
      ["branch", 9],
      ["team", 20],
    ]);
    expect(keys("level")).toEqual([
      ["1", 7],
      ["2", 9],
      ["3", 20],
    ]);
    expect(Object.fromEntries(keys("role"))).toEqual({ head: 3, trainer: 5, admin: 8, spec: 15, lead: 5 });
    expect(keys("unit")).toEqual([
      ["hq", 7],
      ["bj", 7],
      ["t1", 7],
      ["t2", 2],
      ["t3", 2],
      ["gd", 2],
      ["t4", 7],
      ["t5", 2],
    ]);
  });

  it("lists the norms that counted a missing driver as 0", () => {
    expect(org().org.demand().missingDrivers).toEqual([
      { unit: "t2", role: "spec", driver: "premium" },
      { unit: "t2", role: "spec", driver: "orphans" },
      { unit: "t3", role: "spec", driver: "premium" },
      { unit: "t3", role: "spec", driver: "orphans" },
      { unit: "t4", role: "spec", driver: "orphans" },
      { unit: "t5", role: "spec", driver: "orphans" },
      { unit: "gd", role: "admin", driver: "customers" },
    ]);
  });

  it("another period: 2013 amounts, plain amounts in every period, a unit without the period counts nothing", () => {
    const rows = byRow(org().org.demand({ period: "2013" }));
    expect(rows["t1 spec"]?.[0]).toBe(4); // 2500/1000 + 6000/4000 = 4.0 exactly → ceil 4 (no float creep to 5)
    expect(rows["t2 spec"]?.[0]).toBe(1); // 800/1000 → ceil 1
    expect(rows["t4 spec"]?.[0]).toBe(6); // the plain 12000
    expect(rows["t5 spec"]?.[0]).toBe(1); // nothing for 2013 → 0 → min 1
    expect(rows["bj admin"]?.[0]).toBe(3); // 30000 → floor 3
    expect(rows["hq admin"]?.[0]).toBe(3); // 35000 → floor 3
  });

  it("attrition adds ceil(share × kept posts) to toHire", () => {
    const rows = byRow(org().org.demand({ attrition: { spec: 0.25 } }));
    expect(rows["t1 spec"]?.[5]).toBe(3); // 2 short + ceil(0.25 × 4)
    expect(rows["t4 spec"]?.[5]).toBe(4); // 3 short + ceil(0.75)
    expect(rows["t2 spec"]?.[5]).toBe(1); // 0 short + ceil(0.25 × min(2, 1))
    expect(rows["t3 spec"]?.[5]).toBe(1); // 1 short + ceil(0)
    expect(rows["t1 lead"]?.[5]).toBe(0); // other roles: no attrition given
  });

  it("a unit's subtree only: its rows, totals and missing drivers", () => {
    const report = org().org.demand({ unit: "gd" });
    expect(report.unit).toBe("gd");
    expect(report.rows.map((r) => `${r.unit} ${r.role}`)).toEqual([
      "gd head",
      "gd trainer",
      "gd admin",
      "t4 lead",
      "t4 spec",
      "t5 lead",
      "t5 spec",
    ]);
    expect(f(report.totals)).toEqual([11, 8, 7, 5, 3, 5, 1]);
    expect(report.missingDrivers.map((m) => m.unit)).toEqual(["t4", "t5", "gd"]);
  });

  it("an org's norms replace the blueprint's for the pairs they name, and keep the others", () => {
    const rows = byRow(org("norms:\n  - { role: spec, in: [team], fixed: 2 }\n").org.demand());
    for (const team of ["t1", "t2", "t3", "t4", "t5"]) expect(rows[`${team} spec`]?.[0], team).toBe(2);
    expect(rows["bj trainer"]?.[0]).toBe(2); // the blueprint's span norm still counts the leads
  });

  it("a role with no norm requires its plan", () => {
    const rows = byRow(org("norms:\n  - { role: head, in: [branch], fixed: 1 }\n").org.demand());
    expect(rows["gd head"]).toEqual([1, 1, 1, 1, 0, 0, 0]);
    const blueprintOnly = org().org.demand({ period: "2014" });
    expect(blueprintOnly.rows.find((r) => r.unit === "t1" && r.role === "lead")?.normed).toBe(true);
  });

  it("misuse throws, naming the method", () => {
    const o = org().org;
    expect(() => o.demand({ period: "2099" })).toThrow(
      /Org.demand: no unit has driver amounts for period "2099"; periods: 2013, 2014/,
    );
    expect(() => o.demand({ unit: "bjj" })).toThrow(UnknownIdError);
    expect(() => o.demand({ unit: "bjj" })).toThrow(/did you mean "bj"/);
    expect(() => o.demand({ by: "city" as "unit" })).toThrow(/by must be one of unit, role, type, level, branch/);
    expect(() => o.demand({ attrition: { spec: 1.5 } })).toThrow(/attrition of "spec"/);
  });

  it("validate reports driver-missing for the default period and plan-below-norm, only because the org has drivers", () => {
    const codes = (extra: string) =>
      org(extra)
        .diagnostics.filter((d) => d.code === "driver-missing" || d.code === "plan-below-norm")
        .map((d) => `${d.code} ${(d.data as { unit: string }).unit} ${(d.data as { role: string }).role}`)
        .sort();
    expect(codes("")).toEqual(
      [
        "plan-below-norm hq trainer",
        "plan-below-norm hq admin",
        "plan-below-norm bj trainer",
        "plan-below-norm bj admin",
        "plan-below-norm t1 spec",
        "driver-missing t2 spec",
        "driver-missing t2 spec",
        "driver-missing t3 spec",
        "driver-missing t3 spec",
        "plan-below-norm t3 spec",
        "plan-below-norm gd trainer",
        "driver-missing t4 spec",
        "plan-below-norm t4 spec",
        "driver-missing t5 spec",
        "plan-below-norm t5 spec",
        "driver-missing gd admin",
      ].sort(),
    );
  });
});

describe("norm-cycle across the blueprint's norms and the org's", () => {
  it("is found, and pinned at the org's term that closes it", () => {
    // The blueprint's trainer norm counts leads; the org makes leads count trainers.
    const extra = "norms:\n  - { role: lead, in: [team], per: [{ role: trainer, rate: 1 }] }\n";
    const text = demandOrg(extra);
    const result = parseOrg(text, { filename: "org.yaml" });
    const cycles = result.diagnostics.filter((d) => d.code === "norm-cycle");
    expect(cycles.map((d) => [d.path, d.data])).toEqual([
      [["norms", 0, "per", 0, "role"], { roles: ["lead", "trainer"] }],
    ]);
    const at = cycles[0] as { offset: number; endOffset: number };
    expect(text.slice(at.offset, at.endOffset)).toBe("trainer");
  });

  it("a norm whose terms add up to 0 requires 0 posts, not -0", () => {
    const extra = "norms:\n  - { role: admin, in: [branch, top], per: [{ driver: customers, rate: 10000 }] }\n";
    const row = parseOrg(demandOrg(extra))
      .org?.demand()
      .rows.find((r) => r.unit === "gd" && r.role === "admin");
    expect(Object.is(row?.required, 0)).toBe(true);
  });
});

describe("review findings", () => {
  it("a replaced norm counts for nothing in the cycle check (no norm-cycle), as in the engine", () => {
    const extra =
      "norms:\n  - { role: lead, in: [team], per: [{ role: spec, rate: 8 }] }\n  - { role: lead, in: [team], fixed: 1 }\n  - { role: spec, in: [team], per: [{ role: lead, rate: 0.25 }] }\n";
    const result = parseOrg(demandOrg(extra), { filename: "org.yaml" });
    expect(result.diagnostics.filter((d) => d.code === "norm-cycle")).toEqual([]);
    const t1 = result.org
      ?.demand()
      .rows.filter((r) => r.unit === "t1")
      .map((r) => [r.role, r.required]);
    expect(t1).toEqual([
      ["lead", 1],
      ["spec", 4], // 1 required lead ÷ 0.25
    ]);
  });

  it("a norm naming a driver twice warns once per unit, role and driver", () => {
    const extra =
      "norms:\n  - { role: spec, in: [team], per: [{ driver: orphans, rate: 1000 }, { driver: orphans, rate: 500 }] }\n";
    const result = parseOrg(demandOrg(extra), { filename: "org.yaml" });
    const t2 = result.diagnostics.filter(
      (d) => d.code === "driver-missing" && (d.data as { unit: string }).unit === "t2",
    );
    expect(t2).toHaveLength(1);
    expect(result.org?.demand().missingDrivers.filter((m) => m.unit === "t2")).toEqual([
      { unit: "t2", role: "spec", driver: "orphans" },
    ]);
  });

  it("rates and amounts are bounded so every figure stays a safe whole number", () => {
    const extra = "norms:\n  - { role: spec, in: [team], per: [{ driver: premium, rate: 1e-310 }] }\n";
    const result = parseOrg(demandOrg(extra), { filename: "org.yaml" });
    expect(result.diagnostics.filter((d) => d.code === "schema").map((d) => d.path)).toEqual([
      ["norms", 0, "per", 0, "rate"],
    ]);
  });

  it("a period differing from the scenario's base, or any period of an org with plain amounts only, is refused", () => {
    const o = parseOrg(demandOrg(), { filename: "org.yaml" }).org;
    expect(() => o?.demand({ period: "2013", scenario: { "orgspec-scenario": 1, base: "2014" } })).toThrow(
      /period "2013" differs from the scenario's base "2014"/,
    );
    const plain = parseOrg(
      demandOrg()
        .replaceAll(/\{ "2013": (\d+)(, "2014": \d+)? \}/g, "$1")
        .replaceAll(/\{ "2014": (\d+) \}/g, "$1"),
    ).org;
    expect(plain?.demand().period).toBeNull();
    expect(() => plain?.demand({ period: "2013" })).toThrow(/only plain amounts/);
  });
});

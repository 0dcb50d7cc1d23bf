/**
 * Scenarios (orgspec-scenario: 1) through the public API: growth for the org and per unit
 * subtree, amounts set on a unit, norm overrides and attrition, worked out by hand on the
 * demand fixture; and every name a scenario uses checked against the org, at its place.
 */
import { parseOrg, parseScenario } from "orgspec";
import { describe, expect, it } from "vitest";
import { demandOrg } from "./fixture.js";

const org = () => {
  const o = parseOrg(demandOrg(), { filename: "org.yaml" }).org;
  if (!o) throw new Error("the fixture did not load");
  return o;
};

const SCENARIO = `orgspec-scenario: 1
title: 2015 growth
base: "2014"
period: "2015"
growth: { premium: 1.5 }
units:
  gd: { growth: { premium: 2 } }
  t2: { drivers: { premium: 3000 } }
attrition: { spec: 0.25 }
norms:
  - { role: lead, in: [team], fixed: 2 }
`;

describe("a scenario", () => {
  it("loads, checked against the org, with no diagnostic", () => {
    const s = parseScenario(SCENARIO, { org: org(), filename: "2015.yaml" });
    expect(s.diagnostics).toEqual([]);
    expect(s.ok).toBe(true);
    expect(s.files).toEqual(["2015.yaml"]);
  });

  it("grows the base period's amounts, nearest unit first, sets amounts, overrides norms, adds attrition", () => {
    const o = org();
    const s = parseScenario(SCENARIO, { org: o });
    if (!s.ok) throw new Error("scenario did not load");
    const report = o.demand({ scenario: s.scenario });
    expect(report.period).toBe("2015");
    const row = (unit: string, role: string) => report.rows.find((r) => r.unit === unit && r.role === role);
    expect(row("t1", "spec")?.required).toBe(6); // 5200 × 1.5 / 1000 + 6000 / 4000 = 9.3 → 10 → max 6
    expect(row("t2", "spec")?.required).toBe(3); // set 3000, no growth on a set amount
    expect(row("t3", "spec")?.required).toBe(1); // nothing → min 1
    expect(row("t4", "spec")?.required).toBe(6); // plain 12000 × 2 (gd's factor wins) → 24 → max 6
    expect(row("t5", "spec")?.required).toBe(2); // 950 × 2 = 1900 → ceil 2
    for (const team of ["t1", "t2", "t3", "t4", "t5"]) expect(row(team, "lead")?.required, team).toBe(2);
    expect(row("bj", "trainer")?.required).toBe(3); // 6 required leads ÷ 2
    expect(row("gd", "trainer")?.required).toBe(2);
    expect(row("bj", "admin")?.required).toBe(4); // customers not grown
    expect(row("t2", "spec")?.toHire).toBe(2); // 1 short + ceil(0.25 × 2)
    expect(row("t5", "spec")?.toHire).toBe(2); // 1 short + ceil(0.25 × 1)
    // Attrition given to demand() goes over the scenario's.
    const calmer = o.demand({ scenario: s.scenario, attrition: { spec: 0 } });
    expect(calmer.rows.find((r) => r.unit === "t2" && r.role === "spec")?.toHire).toBe(1);
  });

  it("without base, grows the period asked for (else the default)", () => {
    const o = org();
    const s = parseScenario("orgspec-scenario: 1\ngrowth: { premium: 2 }\n", { org: o });
    if (!s.ok) throw new Error("scenario did not load");
    const spec = (period?: string) =>
      o
        .demand({ scenario: s.scenario, ...(period ? { period } : {}) })
        .rows.find((r) => r.unit === "t2" && r.role === "spec")?.required;
    expect(spec("2013")).toBe(2); // 800 × 2 = 1600 → ceil 2
    expect(spec()).toBe(1); // 2014: t2 has nothing → min 1
    expect(o.demand({ scenario: s.scenario }).period).toBe("2014");
  });

  it("every name is checked against the org, at its place", () => {
    const text = `orgspec-scenario: 1
base: "2099"
growth: { premum: 1.1 }
units:
  bjj: { growth: { premium: 2 } }
  gd: { drivers: { custmers: 10 } }
attrition: { specialist: 0.1 }
`;
    const s = parseScenario(text, { org: org(), filename: "s.yaml" });
    expect(s.ok).toBe(false);
    const found = s.diagnostics.map((d) => [d.code, d.line, d.column, text.slice(d.offset, d.endOffset), d.data]);
    expect(found).toEqual([
      [
        "schema",
        2,
        7,
        '"2099"',
        { issue: "unknown_period", field: "base", expected: "2013 | 2014", received: '"2099"' },
      ],
      ["unknown-driver", 3, 11, "premum", { driver: "premum", blueprint: "mini", unit: null, suggestion: "premium" }],
      ["unknown-reference", 5, 3, "bjj", { kind: "unit", id: "bjj", field: "scenario.units", suggestion: "bj" }],
      [
        "unknown-driver",
        6,
        20,
        "custmers",
        { driver: "custmers", blueprint: "mini", unit: "gd", suggestion: "customers" },
      ],
      [
        "unknown-role",
        7,
        14,
        "specialist",
        { role: "specialist", blueprint: "mini", person: null, unit: null, suggestion: null },
      ],
    ]);
  });

  it("its shape is checked like an org file's: version, factors, shares, unknown fields", () => {
    const text = "orgspec-scenario: 2\ngrowth: { premium: -1 }\nattrition: { spec: 1.5 }\ngrowht: {}\n";
    const s = parseScenario(text, { filename: "s.yaml" });
    expect(s.diagnostics.map((d) => [d.code, d.line, d.path])).toEqual([
      ["schema", 1, ["orgspec-scenario"]],
      ["schema", 2, ["growth", "premium"]],
      ["schema", 3, ["attrition", "spec"]],
      ["schema", 4, ["growht"]],
    ]);
    expect(s.diagnostics[3]?.hint).toBe('did you mean "growth"?');
  });

  it("a file that is not YAML, or not a mapping, is a diagnostic too", () => {
    expect(parseScenario("a: [1,\n").diagnostics.map((d) => d.code)).toEqual(["yaml-syntax"]);
    expect(parseScenario("- 1\n").diagnostics.map((d) => [d.code, d.data])).toEqual([
      ["schema", { issue: "not_a_mapping", field: null, expected: expect.any(String) }],
    ]);
  });
});

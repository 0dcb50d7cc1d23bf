/**
 * The staffing-demand codes under `rules` (docs/codes/driver-missing.md, plan-below-norm.md,
 * unknown-driver.md, norm-cycle.md, over-plan-total.md): severity overrides from the org and
 * from the blueprint, and the demand checks' precondition — an org with no unit `drivers:`
 * is not judged by its blueprint's norms.
 */
import type { Diagnostic } from "orgspec";
import { describe, expect, it } from "vitest";
import { codes, only, parse } from "../helpers/org.js";

/** `[code, severity]` of every diagnostic, in report order. */
const severities = (r: { diagnostics: readonly Diagnostic[] }) => r.diagnostics.map((d) => [d.code, d.severity]);

/**
 * One desk type whose clerk norm counts premium-due (1 per 1000) and orphans (1 per 10),
 * and whose lead norm is fixed at 1; `blueprintRules` go into the blueprint.
 */
function org(parts: { top?: string; units: string; blueprintRules?: string }): string {
  return `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: demand
  roles: { boss: { title: Boss }, lead: { title: Lead }, clerk: { title: Clerk } }
  unitTypes:
    office: { title: Office, level: 1, headRole: boss, roles: [boss, lead, clerk], plan: { boss: 1 } }
    desk: { title: Desk, level: 2, parents: [office], headRole: lead, roles: [lead, clerk] }
  drivers:
    premium-due: { title: Premium due, unit: 万元 }
    orphans: { title: Orphan policies }
  norms:
    - { role: clerk, in: [desk], per: [{ driver: premium-due, rate: 1000 }, { driver: orphans, rate: 10 }] }
    - { role: lead, in: [desk], fixed: 1 }
${parts.blueprintRules ?? ""}${parts.top ?? ""}units:
  - { id: o, type: office, name: 办公室 }
${parts.units}people:
  - { id: "1", name: 甲, unit: o, role: boss }
`;
}

/**
 * d1 gives premium-due but no orphans: driver-missing (clerk, orphans) at d1; it plans no
 * clerk (requires ceil(2500/1000 + 0) = 3) and no lead (fixed 1): two plan-below-norm.
 */
const WITH_DRIVERS = "  - { id: d1, type: desk, name: 一号, parent: o, drivers: { premium-due: 2500 } }\n";

describe("the defaults", () => {
  it("driver-missing is a warning and plan-below-norm an info: the org stays ok", () => {
    const r = parse(org({ units: WITH_DRIVERS }));
    expect(severities(r)).toEqual([
      ["driver-missing", "warning"],
      ["plan-below-norm", "info"],
      ["plan-below-norm", "info"],
    ]);
    expect(r.ok).toBe(true);
  });
});

describe("severity overrides", () => {
  it("rules: { driver-missing: off } silences it (and leaves plan-below-norm alone)", () => {
    const r = parse(org({ top: "rules: { driver-missing: off }\n", units: WITH_DRIVERS }));
    expect(codes(r)).toEqual(["plan-below-norm"]);
    expect(severities(r)).toEqual([
      ["plan-below-norm", "info"],
      ["plan-below-norm", "info"],
    ]);
  });

  it("rules: { plan-below-norm: warning } raises it", () => {
    const r = parse(org({ top: "rules: { plan-below-norm: warning }\n", units: WITH_DRIVERS }));
    expect(severities(r)).toEqual([
      ["driver-missing", "warning"],
      ["plan-below-norm", "warning"],
      ["plan-below-norm", "warning"],
    ]);
    expect(r.ok).toBe(true);
  });

  it("the object form, and error: driver-missing becomes an error, the org not ok", () => {
    const r = parse(
      org({ top: "rules: { driver-missing: { severity: error }, plan-below-norm: off }\n", units: WITH_DRIVERS }),
    );
    expect(severities(r)).toEqual([["driver-missing", "error"]]);
    expect(r.ok).toBe(false);
  });

  it("a blueprint's rules set them, and the org's rules win", () => {
    const blueprintRules = "  rules: { driver-missing: off, plan-below-norm: warning }\n";
    expect(severities(parse(org({ blueprintRules, units: WITH_DRIVERS })))).toEqual([
      ["plan-below-norm", "warning"],
      ["plan-below-norm", "warning"],
    ]);
    const r = parse(org({ blueprintRules, top: "rules: { driver-missing: info }\n", units: WITH_DRIVERS }));
    expect(severities(r)).toEqual([
      ["driver-missing", "info"],
      ["plan-below-norm", "warning"],
      ["plan-below-norm", "warning"],
    ]);
  });

  it("unknown-driver, norm-cycle and over-plan-total follow rules too", () => {
    const units = `  - { id: d1, type: desk, name: 一号, parent: o, planTotal: 0, drivers: { premium-dew: 1 } }\n`;
    const top = "rules: { unknown-driver: warning, over-plan-total: error }\n";
    // d1 carries drivers (so the demand checks run): premium-due and orphans missing, lead unplanned.
    const r = parse(org({ top: `${top}`, units }));
    expect(only(r, "unknown-driver").severity).toBe("warning");
    expect(codes(r)).toEqual(["driver-missing", "plan-below-norm", "unknown-driver"]);
    const held = org({
      top,
      units: `  - { id: d1, type: desk, name: 一号, parent: o, planTotal: 0 }\n`,
    }).replace("unit: o, role: boss }", "unit: o, role: boss, also: [{ unit: d1, role: lead }] }");
    expect(severities(parse(held))).toEqual([["over-plan-total", "error"]]);

    const cycle = org({ top: "rules: { norm-cycle: warning }\n", units: "" }).replace(
      "fixed: 1 }",
      "per: [{ role: lead, rate: 2 }] }",
    );
    const c = parse(cycle);
    expect(severities(c)).toEqual([["norm-cycle", "warning"]]);
    expect(c.ok).toBe(true);
  });
});

describe("an org with no unit drivers", () => {
  it("gets neither driver-missing nor plan-below-norm, though its blueprint has norms it falls short of", () => {
    // The same desk without drivers: its fixed lead norm (1) is above its plan (0), and every
    // driver its clerk norm counts is missing, yet nothing is reported.
    const units = "  - { id: d1, type: desk, name: 一号, parent: o }\n";
    const r = parse(org({ units }));
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    // Raising the severities changes nothing: the checks do not run at all.
    expect(
      parse(org({ top: "rules: { driver-missing: error, plan-below-norm: error }\n", units })).diagnostics,
    ).toEqual([]);
    // The same org with one driver amount anywhere is judged.
    const judged = parse(org({ units: units.replace(" }\n", ", drivers: { orphans: 10 } }\n") }));
    expect(codes(judged)).toEqual(["driver-missing", "plan-below-norm"]);
  });

  it("with the org's own norms it is not judged either", () => {
    const r = parse(
      org({
        top: "norms:\n  - { role: clerk, in: [desk], fixed: 3 }\n",
        units: "  - { id: d1, type: desk, name: 一号, parent: o }\n",
      }),
    );
    expect(r.diagnostics).toEqual([]);
  });
});

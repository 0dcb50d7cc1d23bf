/**
 * Knock-on diagnostics (format.md, "Knock-on diagnostics"): a problem is reported once, at
 * its place, and not again as the shortfall or the missing root it leaves behind; a real
 * shortfall elsewhere in the same org is still reported.
 */
import { parseOrg } from "orgspec";
import { describe, expect, it } from "vitest";

/** code@line for every diagnostic, in report order. */
function codes(text: string): string[] {
  return parseOrg(text, { filename: "org.yaml" }).diagnostics.map((d) => `${d.code}@${d.line}`);
}

const HEAD = `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: mini
  roles: { boss: { title: Boss }, clerk: { title: Clerk } }
  unitTypes:
    top: { title: Top, level: 1, headRole: boss, roles: [boss, clerk], plan: { boss: 1 } }
    desk: { title: Desk, level: 2, parents: [top], headRole: clerk, roles: [clerk], plan: { clerk: 1 }, limits: { clerk: { min: 1 } } }
`;

describe("knock-on diagnostics are not reported", () => {
  it("a person dropped for a schema error leaves no vacancy and no limits minimum in their unit", () => {
    const text = `${HEAD}units:
  - { id: hq, type: top, name: HQ }
  - { id: d1, type: desk, name: D1, parent: hq }
  - { id: d2, type: desk, name: D2, parent: hq }
people:
  - { id: "1", name: A, unit: hq, role: boss, fte: 7 }
  - { id: "2", name: B, unit: d1, role: clerk, fte: 0 }
`;
    // Line 14 is A's fte, 15 B's (d2 is line 12). d2 is really empty: its vacancy and its limits minimum stay.
    expect(codes(text).sort()).toEqual(["limits@12", "schema@14", "schema@15", "vacancy@12"].sort());
  });

  it("a dropped person's also post counts too", () => {
    const text = `${HEAD}units:
  - { id: hq, type: top, name: HQ }
  - { id: d1, type: desk, name: D1, parent: hq }
people:
  - { id: "1", name: A, unit: hq, role: boss, also: [{ unit: d1, role: clerk, fte: 3 }] }
`;
    expect(codes(text)).toEqual(["schema@13"]);
  });

  it("an unknown role or a role not allowed in the unit: no vacancy beside it", () => {
    const unknown = `${HEAD}units:
  - { id: hq, type: top, name: HQ }
people:
  - { id: "1", name: A, unit: hq, role: bosss }
`;
    expect(codes(unknown)).toEqual(["unknown-role@12"]);
    const notAllowed = `${HEAD}units:
  - { id: hq, type: top, name: HQ }
  - { id: d1, type: desk, name: D1, parent: hq }
people:
  - { id: "1", name: A, unit: hq, role: boss }
  - { id: "2", name: B, unit: d1, role: boss }
`;
    expect(codes(notAllowed)).toEqual(["role-not-allowed@14"]);
  });

  it("a root dropped for a schema error: no 'no root unit' for its children, no reference errors to it", () => {
    const text = `${HEAD}units:
  - { id: hq, type: top, name: HQ, plan: { boss: x } }
  - { id: d1, type: desk, name: D1, parent: hq }
people:
  - { id: "1", name: A, unit: hq, role: boss }
  - { id: "2", name: B, unit: d1, role: clerk, reportsTo: "1" }
`;
    expect(codes(text)).toEqual(["schema@10"]);
  });

  it("a root without a readable id, dropped: still no 'no root unit'", () => {
    const text = `${HEAD}units:
  - { type: top, name: HQ }
  - { id: d1, type: desk, name: D1, parent: hq }
people:
  - { id: "2", name: B, unit: d1, role: clerk }
`;
    // The root's schema error, and d1's parent that names no unit (hq was never declared).
    expect(codes(text)).toEqual(["schema@10", "unknown-reference@11"]);
  });

  it("without a dropped record, the same shortfalls are reported", () => {
    const text = `${HEAD}units:
  - { id: hq, type: top, name: HQ }
  - { id: d1, type: desk, name: D1, parent: hq }
people:
  - { id: "1", name: A, unit: hq, role: boss }
`;
    expect(codes(text).sort()).toEqual(["limits@11", "vacancy@11"].sort());
    const noRoot = `${HEAD}units:
  - { id: d1, type: desk, name: D1, parent: d2 }
  - { id: d2, type: desk, name: D2, parent: d1 }
people: []
`;
    expect(codes(noRoot)).toContain("root-count@10");
  });
});

describe("a file whose people are lost", () => {
  it("an included file that does not parse: no vacancy anywhere, only its syntax error", () => {
    const result = parseOrg({
      root: "org.yaml",
      files: {
        "org.yaml": `${HEAD}include: [staff.yaml]\nunits:\n  - { id: hq, type: top, name: HQ }\n  - { id: d1, type: desk, name: D1, parent: hq }\n`,
        "staff.yaml": 'people:\n  - { id: "1", name: A, unit: hq, role: boss\n',
      },
    });
    expect(result.diagnostics.map((d) => `${d.code}@${d.file}`)).toEqual(["yaml-syntax@staff.yaml"]);
  });

  it("a roster that does not parse: no vacancy anywhere, only its csv-syntax error", () => {
    const result = parseOrg({
      root: "org.yaml",
      files: {
        "org.yaml": `${HEAD}include: [staff.csv]\nunits:\n  - { id: hq, type: top, name: HQ }\n`,
        "staff.csv": 'id,name,unit,role\n1,"A,hq,boss\n',
      },
    });
    expect(result.diagnostics.map((d) => `${d.code}@${d.file}`)).toEqual(["csv-syntax@staff.csv"]);
  });
});

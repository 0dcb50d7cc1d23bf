/**
 * `editPlans` (src/export/plan-edits.ts), the text edits of `orgspec plan --write`: every
 * expected text is written out by hand, so that anything beyond the plan entries changing
 * (comments, spacing, quoting, key order, line ends, a BOM) fails the comparison.
 */

import { beforeAll, describe, expect, it } from "vitest";
import * as yaml from "yaml";
import { editPlans, PlanEditError, type PlanTarget } from "../../src/export/plan-edits.js";
import { supplyYamlPackage } from "../../src/source/yaml-package.js";

beforeAll(() => supplyYamlPackage(yaml));

const target = (unit: string, required: Record<string, number>, defaults?: Record<string, number>): PlanTarget => ({
  unit,
  required,
  ...(defaults ? { defaults } : {}),
});

/** The new text of `editPlans(text, targets)`. */
const edited = (text: string, ...targets: PlanTarget[]) => editPlans(text, targets).text;

describe("editPlans: a flow plan map", () => {
  it("sets an entry in place and adds one before the closing brace", () => {
    const text = "units:\n  - { id: t1, type: team, plan: { spec: 2 }, drivers: { premium: 3100 } }\n";
    const result = editPlans(text, [target("t1", { spec: 3, lead: 1 })]);
    expect(result.text).toBe(
      "units:\n  - { id: t1, type: team, plan: { spec: 3, lead: 1 }, drivers: { premium: 3100 } }\n",
    );
    expect(result.edits).toEqual([
      { unit: "t1", role: "spec", from: 2, to: 3 },
      { unit: "t1", role: "lead", from: null, to: 1 },
    ]);
    expect(result.found).toEqual(["t1"]);
  });

  it("keeps a trailing comma, tight braces, and the spacing of everything else", () => {
    expect(edited("units:\n- {id: t1,plan: {spec: 2,}}\n", target("t1", { spec: 4, lead: 1 }))).toBe(
      "units:\n- {id: t1,plan: {spec: 4, lead: 1,}}\n",
    );
  });

  it("fills an empty flow map", () => {
    expect(edited("units:\n  - { id: t1, plan: {} }\n", target("t1", { spec: 4 }))).toBe(
      "units:\n  - { id: t1, plan: { spec: 4 } }\n",
    );
  });

  it("edits a flow map over several lines without touching its comments", () => {
    const text = "units:\n  - id: t1\n    plan: {\n      spec: 2, # two\n      lead: 1\n    }\n";
    expect(edited(text, target("t1", { spec: 5, trainer: 1 }))).toBe(
      "units:\n  - id: t1\n    plan: {\n      spec: 5, # two\n      lead: 1, trainer: 1\n    }\n",
    );
  });
});

describe("editPlans: a block plan map", () => {
  const text = [
    "units:",
    "  - id: t2",
    "    type: team   # 团队",
    "    plan:",
    "      # the 2013 plan",
    "      spec: 2   # two",
    "      lead: 1",
    "    # t3 next",
    "  - id: t3",
    "    type: team",
    "",
  ].join("\n");

  it("sets a number in place (its comment stays) and adds a line at the siblings' indentation", () => {
    expect(edited(text, target("t2", { spec: 4, lead: 1, trainer: 2 }))).toBe(
      [
        "units:",
        "  - id: t2",
        "    type: team   # 团队",
        "    plan:",
        "      # the 2013 plan",
        "      spec: 4   # two",
        "      lead: 1",
        "      trainer: 2",
        "    # t3 next",
        "  - id: t3",
        "    type: team",
        "",
      ].join("\n"),
    );
  });

  it("adds after a last entry with a comment, and at the end of a file with no final line end", () => {
    expect(edited("units:\n- id: t2\n  plan:\n    spec: 2 # x", target("t2", { spec: 2, lead: 1 }))).toBe(
      "units:\n- id: t2\n  plan:\n    spec: 2 # x\n    lead: 1",
    );
  });
});

describe("editPlans: a unit with no plan yet", () => {
  it("flow unit: `, plan: { … }` before its closing brace, padded as the unit is", () => {
    expect(edited("units:\n  - { id: t3, type: team, name: 团队三 }\n", target("t3", { lead: 1, spec: 1 }))).toBe(
      "units:\n  - { id: t3, type: team, name: 团队三, plan: { lead: 1, spec: 1 } }\n",
    );
    expect(edited("units:\n  - {id: t3, type: team}\n", target("t3", { spec: 1 }))).toBe(
      "units:\n  - {id: t3, type: team, plan: {spec: 1}}\n",
    );
  });

  it("block unit: a `plan:` line at the unit's key indentation, after its last entry (nested maps and block scalars too)", () => {
    const text = [
      "units:",
      "  - id: t1",
      "    type: team",
      "    drivers:",
      "      premium: 3100 # 万元",
      "  - id: t2",
      "    note: |",
      "      two lines",
      "      of text",
      "",
      "  - id: t3",
      "    type: team",
    ].join("\n");
    expect(edited(text, target("t1", { spec: 4 }), target("t2", { spec: 1 }), target("t3", { lead: 1 }))).toBe(
      [
        "units:",
        "  - id: t1",
        "    type: team",
        "    drivers:",
        "      premium: 3100 # 万元",
        "    plan: { spec: 4 }",
        "  - id: t2",
        "    note: |",
        "      two lines",
        "      of text",
        "    plan: { spec: 1 }",
        "",
        "  - id: t3",
        "    type: team",
        "    plan: { lead: 1 }",
      ].join("\n"),
    );
  });

  it("nothing to add when every figure equals the blueprint's default", () => {
    const text = "units:\n  - { id: t3, type: team }\n";
    const result = editPlans(text, [target("t3", { lead: 1, spec: 0 }, { lead: 1 })]);
    expect(result.text).toBe(text);
    expect(result.edits).toEqual([]);
    expect(result.found).toEqual(["t3"]);
  });
});

describe("editPlans: the blueprint's default plan", () => {
  it("an entry equal to the default is not added; one that differs is", () => {
    expect(edited("units:\n  - { id: t1, plan: { spec: 2 } }\n", target("t1", { lead: 1, spec: 3 }, { lead: 1 }))).toBe(
      "units:\n  - { id: t1, plan: { spec: 3 } }\n",
    );
  });

  it("a role the norm puts at 0 over a default gets an own 0 (which removes it)", () => {
    expect(edited("units:\n  - { id: t1, plan: { spec: 2 } }\n", target("t1", { spec: 2, lead: 0 }, { lead: 1 }))).toBe(
      "units:\n  - { id: t1, plan: { spec: 2, lead: 0 } }\n",
    );
  });

  it("an own entry already equal to the figure is left alone, even where it equals the default", () => {
    const text = "units:\n  - { id: t1, plan: { lead: 1, spec: 0x3 } }\n";
    const result = editPlans(text, [target("t1", { lead: 1, spec: 3 }, { lead: 1 })]);
    expect(result.text).toBe(text);
    expect(result.edits).toEqual([]);
  });

  it("roles without a figure keep what they have", () => {
    expect(edited("units:\n  - { id: t1, plan: { head: 2, spec: 1 } }\n", target("t1", { spec: 6 }))).toBe(
      "units:\n  - { id: t1, plan: { head: 2, spec: 6 } }\n",
    );
  });
});

describe("editPlans: quoting, comments, names", () => {
  it("a quoted number keeps its quotes; an unusual number is written plain", () => {
    const text = "units:\n  - { id: t1, plan: { spec: \"2\", lead: '2', trainer: 0x2 } }\n";
    expect(edited(text, target("t1", { spec: 4, lead: 1, trainer: 3 }))).toBe(
      "units:\n  - { id: t1, plan: { spec: \"4\", lead: '1', trainer: 3 } }\n",
    );
  });

  it("a new key is quoted as its siblings are, and quoted when it could not be plain", () => {
    expect(edited('units:\n  - { "id": t1, "plan": { "spec": 2 } }\n', target("t1", { spec: 2, lead: 1 }))).toBe(
      'units:\n  - { "id": t1, "plan": { "spec": 2, "lead": 1 } }\n',
    );
    expect(edited("units:\n  - { id: t1 }\n", target("t1", { "a: b": 1 }))).toBe(
      'units:\n  - { id: t1, plan: { "a: b": 1 } }\n',
    );
  });

  it("comments next to the plan stay where they are", () => {
    const text = [
      "units:",
      "  # 北京",
      "  - { id: bj, type: branch, plan: { trainer: 1 } }   # 编制 2013",
      "  - id: t1 # first team",
      "    # its plan:",
      "    plan: { spec: 2 } # set by hand",
      "    type: team",
      "",
    ].join("\n");
    expect(edited(text, target("bj", { trainer: 2, head: 1 }), target("t1", { spec: 4 }))).toBe(
      [
        "units:",
        "  # 北京",
        "  - { id: bj, type: branch, plan: { trainer: 2, head: 1 } }   # 编制 2013",
        "  - id: t1 # first team",
        "    # its plan:",
        "    plan: { spec: 4 } # set by hand",
        "    type: team",
        "",
      ].join("\n"),
    );
  });

  it("Chinese names before and after the edits (offsets are of the text, not bytes)", () => {
    const text =
      "units:\n  - { id: bj, name: 北京分公司保费部, plan: { spec: 1 }, meta: { 备注: 朝阳𠀋 } }\n  - { id: sh, name: 上海分公司 }\n";
    expect(edited(text, target("bj", { spec: 2 }), target("sh", { spec: 3 }))).toBe(
      "units:\n  - { id: bj, name: 北京分公司保费部, plan: { spec: 2 }, meta: { 备注: 朝阳𠀋 } }\n  - { id: sh, name: 上海分公司, plan: { spec: 3 } }\n",
    );
  });

  it("an id written as a bare number is matched by its text", () => {
    expect(edited("units:\n  - { id: 007, plan: { spec: 1 } }\n", target("007", { spec: 2 }))).toBe(
      "units:\n  - { id: 007, plan: { spec: 2 } }\n",
    );
    expect(editPlans("units:\n  - { id: 007 }\n", [target("7", { spec: 2 })]).found).toEqual([]);
  });
});

describe("editPlans: line ends and a BOM", () => {
  it("CRLF stays CRLF, new lines included; a BOM stays", () => {
    const text =
      "\uFEFForgspec: 1\r\nunits:\r\n  - id: t1\r\n    plan:\r\n      spec: 2\r\n  - id: t2\r\n    type: team\r\n";
    expect(edited(text, target("t1", { spec: 3, lead: 1 }), target("t2", { spec: 1 }))).toBe(
      "\uFEFForgspec: 1\r\nunits:\r\n  - id: t1\r\n    plan:\r\n      spec: 3\r\n      lead: 1\r\n  - id: t2\r\n    type: team\r\n    plan: { spec: 1 }\r\n",
    );
  });

  it("CRLF at the end of a file with no final line end", () => {
    expect(edited("units:\r\n  - id: t1\r\n    type: team", target("t1", { spec: 1 }))).toBe(
      "units:\r\n  - id: t1\r\n    type: team\r\n    plan: { spec: 1 }",
    );
  });
});

describe("editPlans: what it leaves alone or refuses", () => {
  it("units of other files, and texts with no units:", () => {
    const text = "units:\n  - { id: t1, plan: { spec: 2 } }\n";
    expect(editPlans(text, [target("t9", { spec: 3 })])).toEqual({ text, edits: [], found: [] });
    const blueprint = "orgspec-blueprint: 1\nunitTypes:\n  team: { plan: { spec: 1 } }\n";
    expect(editPlans(blueprint, [target("team", { spec: 3 })]).text).toBe(blueprint);
  });

  it("returns the same text when every plan already matches", () => {
    const text = "units:\n  - { id: t1, plan: { spec: 3, lead: 1 } }\n";
    expect(editPlans(text, [target("t1", { spec: 3, lead: 1 })])).toEqual({ text, edits: [], found: ["t1"] });
  });

  it("refuses a plan that is an alias or anchored, and text that does not parse", () => {
    const shared = "units:\n  - { id: t1, plan: &p { spec: 2 } }\n  - { id: t2, plan: *p }\n";
    expect(() => editPlans(shared, [target("t1", { spec: 3 })])).toThrow(PlanEditError);
    expect(() => editPlans(shared, [target("t2", { spec: 3 })])).toThrow(/t2.*not a map/);
    expect(() => editPlans("units: [ { id: t1 ]\n", [target("t1", { spec: 3 })])).toThrow(/does not parse/);
  });
});

describe("a JSON org", () => {
  it("gets its new plan keys quoted like the unit's own, so it stays JSON", () => {
    const text = '{ "units": [ { "id": "t1", "type": "team", "name": "T1" } ] }\n';
    const out = editPlans(text, [{ unit: "t1", required: { spec: 3, lead: 1 } }]).text;
    expect(out).toBe(
      '{ "units": [ { "id": "t1", "type": "team", "name": "T1", "plan": { "spec": 3, "lead": 1 } } ] }\n',
    );
    expect(JSON.parse(out).units[0].plan).toEqual({ spec: 3, lead: 1 });
  });
});

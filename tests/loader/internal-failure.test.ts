/**
 * A failure inside the yaml package that is not about the user's text propagates: it is not
 * reported as a `yaml-syntax` diagnostic at line 1 (which an earlier version did, hiding a
 * bundling bug as the user's error). A RangeError (the parser's stack exhausted by deep
 * nesting) is still the user's file being too deep.
 */
import { parseOrg } from "orgspec";
import { describe, expect, it, vi } from "vitest";

const failure = vi.hoisted(() => ({ error: new TypeError("planted failure in parseDocument") as Error }));

vi.mock("yaml", async (original) => {
  const yaml = await original<typeof import("yaml")>();
  return {
    ...yaml,
    parseDocument: () => {
      throw failure.error;
    },
  };
});

describe("a failure inside the yaml package", () => {
  it("propagates instead of becoming a yaml-syntax diagnostic", () => {
    failure.error = new TypeError("planted failure in parseDocument");
    expect(() => parseOrg("orgspec: 1\nunits: []\n", { parser: "yaml" })).toThrow("planted failure in parseDocument");
  });

  it("a RangeError is still reported as nesting too deep, in the file", () => {
    failure.error = new RangeError("Maximum call stack size exceeded");
    const result = parseOrg("orgspec: 1\nunits: []\n", { parser: "yaml", filename: "org.yaml" });
    expect(result.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ["yaml-syntax", "org.yaml", "nesting is too deep to parse"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { formatDiagnostics, sortDiagnostics, summarize } from "../../src/report/index.js";
import { diag, MIXED } from "./helpers.js";

describe("sortDiagnostics", () => {
  it("orders by file, line, column, then code, without touching its input", () => {
    const input = [
      diag({ file: "b.yaml", line: 1, column: 1, code: "schema" }),
      diag({ file: "a.yaml", line: 2, column: 1, code: "schema" }),
      diag({ file: "a.yaml", line: 1, column: 5, code: "schema" }),
      diag({ file: "a.yaml", line: 1, column: 5, code: "duplicate-id" }),
      diag({ file: "a.yaml", line: 10, column: 1, code: "schema" }),
    ];
    const copy = [...input];
    const sorted = sortDiagnostics(input);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column}:${d.code}`)).toEqual([
      "a.yaml:1:5:duplicate-id",
      "a.yaml:1:5:schema",
      "a.yaml:2:1:schema",
      "a.yaml:10:1:schema",
      "b.yaml:1:1:schema",
    ]);
    expect(input).toEqual(copy);
  });

  it("is stable for equal keys", () => {
    const first = diag({ message: "first" });
    const second = diag({ message: "second" });
    expect(sortDiagnostics([first, second])).toEqual([first, second]);
    expect(sortDiagnostics([second, first])).toEqual([second, first]);
  });

  it("compares files by code unit, not locale", () => {
    const files = sortDiagnostics([diag({ file: "a.yaml" }), diag({ file: "B.yaml" })]);
    expect(files.map((d) => d.file)).toEqual(["B.yaml", "a.yaml"]);
  });
});

describe("summarize", () => {
  it("counts each severity", () => {
    expect(summarize(MIXED)).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(summarize([])).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });
});

describe("formatDiagnostics", () => {
  it("dispatches on the format", () => {
    expect(formatDiagnostics(MIXED, "compact")).toContain("[unknown-reference]");
    expect(JSON.parse(formatDiagnostics(MIXED, "sarif")).version).toBe("2.1.0");
  });

  it("throws, naming itself, for an unknown format", () => {
    expect(() => formatDiagnostics(MIXED, "xml" as never)).toThrow(/^formatDiagnostics: /);
  });

  it("gives every format the same order whatever the input order", () => {
    for (const format of ["text", "compact", "json", "github", "sarif", "junit"] as const) {
      const reversed = [...MIXED].reverse();
      expect(formatDiagnostics(reversed, format)).toBe(formatDiagnostics(MIXED, format));
    }
  });
});

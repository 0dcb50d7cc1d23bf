import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/index.js";
import { diag, MIXED } from "./helpers.js";

const POSITION_KEYS = [
  "code",
  "severity",
  "message",
  "file",
  "line",
  "column",
  "endLine",
  "endColumn",
  "offset",
  "endOffset",
];

describe("formatJson", () => {
  it("prints the contract's object, keys in order, pretty with a trailing newline", () => {
    const related = [{ file: "org.yaml", line: 2, column: 9, offset: 17, endOffset: 21, message: "first used here" }];
    const d = diag({
      code: "duplicate-id",
      message: "again",
      line: 5,
      offset: 40,
      endOffset: 44,
      path: ["people", 1, "id"],
      data: { kind: "person", id: "2110" },
      related,
    });
    const out = formatJson([d], {
      files: ["org.yaml", "blueprint.yaml"],
      counts: { units: 3, people: 7 },
    });
    expect(out).toBe(`{
  "version": 1,
  "ok": false,
  "files": [
    "org.yaml",
    "blueprint.yaml"
  ],
  "summary": {
    "errors": 1,
    "warnings": 0,
    "infos": 0
  },
  "diagnostics": [
    {
      "code": "duplicate-id",
      "severity": "error",
      "message": "again",
      "file": "org.yaml",
      "line": 5,
      "column": 1,
      "endLine": 1,
      "endColumn": 2,
      "offset": 40,
      "endOffset": 44,
      "path": [
        "people",
        1,
        "id"
      ],
      "data": {
        "kind": "person",
        "id": "2110"
      },
      "related": [
        {
          "file": "org.yaml",
          "line": 2,
          "column": 9,
          "offset": 17,
          "endOffset": 21,
          "message": "first used here"
        }
      ]
    }
  ],
  "counts": {
    "units": 3,
    "people": 7
  }
}
`);
  });

  it("orders diagnostic keys as the contract does, omitting absent hint and related", () => {
    const report = JSON.parse(formatJson(MIXED));
    expect(report.diagnostics.map((d: object) => Object.keys(d))).toEqual([
      [...POSITION_KEYS, "path", "data"],
      [...POSITION_KEYS, "path", "data", "hint"],
      [...POSITION_KEYS, "path", "data"],
    ]);
    expect(Object.keys(report)).toEqual(["version", "ok", "files", "summary", "diagnostics", "counts"]);
    expect(report.files).toEqual(["org.yaml", "units/sales.yaml"]);
    expect(report.counts).toEqual({ units: 0, people: 0 });
  });

  it("is ok without errors, and quiet lists errors only but counts everything", () => {
    const clean = JSON.parse(formatJson(MIXED.filter((d) => d.severity !== "error")));
    expect(clean.ok).toBe(true);
    const quiet = JSON.parse(formatJson(MIXED, { quiet: true }));
    expect(quiet.ok).toBe(false);
    expect(quiet.summary).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(quiet.diagnostics.map((d: { code: string }) => d.code)).toEqual(["unknown-reference"]);
  });

  it("drops properties the contract does not have", () => {
    const extra = { ...diag({}), internal: 42 };
    expect(JSON.parse(formatJson([extra])).diagnostics[0]).not.toHaveProperty("internal");
  });
});

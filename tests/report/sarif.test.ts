import { describe, expect, it } from "vitest";
import { formatSarif } from "../../src/report/index.js";
import { diag, MIXED } from "./helpers.js";

describe("formatSarif", () => {
  it("prints a SARIF 2.1.0 log with one rule per code and one result per problem", () => {
    const log = JSON.parse(formatSarif(MIXED, { version: "0.1.0" }));
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.tool.driver).toMatchObject({
      name: "orgspec",
      version: "0.1.0",
    });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.rules).toEqual([
      {
        id: "span-of-control",
        shortDescription: { text: expect.any(String) },
        helpUri: "https://github.com/orgspec/orgspec/blob/main/docs/codes/span-of-control.md",
        defaultConfiguration: { level: "warning" },
      },
      expect.objectContaining({
        id: "unknown-reference",
        defaultConfiguration: { level: "error" },
      }),
      expect.objectContaining({
        id: "vacancy",
        defaultConfiguration: { level: "note" },
      }),
    ]);
    expect(run.artifacts).toEqual([{ location: { uri: "org.yaml" } }, { location: { uri: "units/sales.yaml" } }]);
    expect(run.results[1]).toEqual({
      ruleId: "unknown-reference",
      ruleIndex: 1,
      level: "error",
      message: {
        text: 'reportsTo "2l10" is not a person (did you mean "2110"?)',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "org.yaml", index: 0 },
            region: {
              startLine: 3,
              startColumn: 16,
              endLine: 3,
              endColumn: 20,
            },
          },
        },
      ],
    });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(["warning", "error", "note"]);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.message.text).toEqual(expect.any(String));
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
  });

  it("keeps the result's level apart from the rule's default", () => {
    const run = JSON.parse(formatSarif([diag({ code: "vacancy", severity: "error" })])).runs[0];
    expect(run.results[0].level).toBe("error");
    expect(run.tool.driver.rules[0].defaultConfiguration.level).toBe("note");
    expect(run.tool.driver).not.toHaveProperty("version");
  });

  it("lists related places and turns paths into URI references", () => {
    const d = diag({
      file: "teams\\east side\\org #1.yaml",
      related: [
        {
          file: "C:\\orgs\\base.yaml",
          line: 2,
          column: 3,
          offset: 12,
          endOffset: 13,
          message: "first here",
        },
      ],
    });
    const result = JSON.parse(formatSarif([d])).runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("teams/east%20side/org%20%231.yaml");
    expect(result.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: "first here" },
        physicalLocation: {
          artifactLocation: { uri: "file:///C:/orgs/base.yaml" },
          region: { startLine: 2, startColumn: 3 },
        },
      },
    ]);
  });

  it("lists errors only when quiet, with rules for their codes only", () => {
    const run = JSON.parse(formatSarif(MIXED, { quiet: true })).runs[0];
    expect(run.results).toHaveLength(1);
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["unknown-reference"]);
  });

  it("is a valid empty log when there is nothing to report", () => {
    const run = JSON.parse(formatSarif([], { files: ["org.yaml"] })).runs[0];
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toEqual([]);
    expect(run.artifacts).toEqual([{ location: { uri: "org.yaml" } }]);
  });
});

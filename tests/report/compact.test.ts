import { describe, expect, it } from "vitest";
import { formatCompact } from "../../src/report/index.js";
import { MIXED } from "./helpers.js";

describe("formatCompact", () => {
  it("prints one sorted line per problem and no summary", () => {
    expect(formatCompact(MIXED)).toBe(
      [
        "org.yaml:2:9: warning 2110 has 12 direct reports; the rule allows 10 [span-of-control]",
        'org.yaml:3:16: error reportsTo "2l10" is not a person [unknown-reference]',
        'units/sales.yaml:4:3: info unit "sales" has 1 vacant post for role "rep" [vacancy]',
        "",
      ].join("\n"),
    );
  });

  it("lists errors only when quiet", () => {
    expect(formatCompact(MIXED, { quiet: true })).toBe(
      'org.yaml:3:16: error reportsTo "2l10" is not a person [unknown-reference]\n',
    );
  });

  it("is empty when there is nothing to report", () => {
    expect(formatCompact([])).toBe("");
  });
});

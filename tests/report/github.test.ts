import { describe, expect, it } from "vitest";
import { formatGithub } from "../../src/report/index.js";
import { diag, MIXED } from "./helpers.js";

describe("formatGithub", () => {
  it("prints a workflow command per problem, then the summary", () => {
    expect(formatGithub(MIXED)).toBe(
      [
        "::warning file=org.yaml,line=2,col=9,endLine=2,endColumn=13,title=span-of-control::2110 has 12 direct reports; the rule allows 10",
        '::error file=org.yaml,line=3,col=16,endLine=3,endColumn=20,title=unknown-reference::reportsTo "2l10" is not a person (did you mean "2110"?)',
        '::notice file=units/sales.yaml,line=4,col=3,endLine=4,endColumn=8,title=vacancy::unit "sales" has 1 vacant post for role "rep"',
        "1 error, 1 warning, 1 info in 2 files",
        "",
      ].join("\n"),
    );
  });

  it("escapes data and properties as @actions/core does", () => {
    const d = diag({ file: "a,b:c%.yaml", message: "50% done: a, b\r\nnext" });
    expect(formatGithub([d]).split("\n")[0]).toBe(
      "::error file=a%2Cb%3Ac%25.yaml,line=1,col=1,endLine=1,endColumn=2,title=schema::50%25 done: a, b%0D%0Anext",
    );
  });

  it("lists errors only when quiet, but the summary counts everything", () => {
    const lines = formatGithub(MIXED, { quiet: true }).split("\n");
    expect(lines.filter((l) => l.startsWith("::"))).toHaveLength(1);
    expect(lines[1]).toBe("1 error, 1 warning, 1 info in 2 files");
  });

  it("gives a span over several lines as line and endLine only (GitHub reads columns on one line only)", () => {
    const d = diag({ line: 8, column: 5, endLine: 11, endColumn: 1, code: "include", message: "m" });
    expect(formatGithub([d]).split("\n")[0]).toBe("::error file=org.yaml,line=8,endLine=11,title=include::m");
  });
});

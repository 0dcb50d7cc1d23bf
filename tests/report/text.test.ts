import { describe, expect, it } from "vitest";
import { formatText } from "../../src/report/index.js";
import { diag, MIXED, ORG_SOURCE } from "./helpers.js";

const sources = new Map([["org.yaml", ORG_SOURCE]]);
const ESC = "\u001b[";

describe("formatText", () => {
  it("prints header, hint, frame and summary per problem, sorted", () => {
    expect(formatText(MIXED, { sources })).toBe(
      [
        "org.yaml:2:9  warning  2110 has 12 direct reports; the rule allows 10  span-of-control",
        "  2 |   - id: 2110",
        "    |         ^^^^",
        "",
        'org.yaml:3:16  error  reportsTo "2l10" is not a person  unknown-reference',
        '  hint: did you mean "2110"?',
        "  3 |     reportsTo: 2l10",
        "    |                ^^^^",
        "",
        'units/sales.yaml:4:3  info  unit "sales" has 1 vacant post for role "rep"  vacancy',
        "",
        "1 error, 1 warning, 1 info in 2 files",
        "",
      ].join("\n"),
    );
  });

  it("prints just the summary when there is nothing to report", () => {
    expect(formatText([], { files: ["org.yaml"] })).toBe("0 errors, 0 warnings, 0 infos in 1 file\n");
    expect(formatText([])).toBe("0 errors, 0 warnings, 0 infos in 0 files\n");
  });

  it("uses plurals for every count but one", () => {
    const two = [diag({ line: 1 }), diag({ line: 2, file: "b.yaml" })];
    const files = ["org.yaml", "b.yaml", "c.yaml"];
    expect(formatText(two, { files }).split("\n").at(-2)).toBe("2 errors, 0 warnings, 0 infos in 3 files");
  });

  it("lists only errors when quiet, but counts everything", () => {
    const out = formatText(MIXED, { quiet: true });
    expect(out).toBe(
      [
        'org.yaml:3:16  error  reportsTo "2l10" is not a person  unknown-reference',
        '  hint: did you mean "2110"?',
        "",
        "1 error, 1 warning, 1 info in 2 files",
        "",
      ].join("\n"),
    );
  });

  it("puts the caret under the right cell after CJK characters", () => {
    const source = "people:\n- { name: 张伟, reportsTo: 2l10 }\n";
    const d = diag({ line: 2, column: 26, endLine: 2, endColumn: 30 });
    const frame = formatText([d], {
      sources: new Map([["org.yaml", source]]),
    }).split("\n");
    expect(frame.slice(1, 3)).toEqual(["  2 | - { name: 张伟, reportsTo: 2l10 }", `    | ${" ".repeat(27)}^^^^`]);
  });

  it("expands tabs so the caret lines up with the text", () => {
    const d = diag({ line: 1, column: 11, endLine: 1, endColumn: 17 });
    const sourceMap = new Map([["org.yaml", "name:\tAda\t# lead\r\nnext: 1\r\n"]]);
    const frame = formatText([d], { sources: sourceMap }).split("\n");
    expect(frame.slice(1, 3)).toEqual(["  1 | name:   Ada # lead", "    |             ^^^^^^"]);
  });

  it("shows one caret for an empty range and runs to the line's end across lines", () => {
    const sourceMap = new Map([["org.yaml", "a: [1,\n  2]\n"]]);
    const empty = diag({ line: 1, column: 4, endLine: 1, endColumn: 4 });
    const multi = diag({
      line: 1,
      column: 4,
      endLine: 2,
      endColumn: 5,
      code: "yaml-syntax",
    });
    const past = diag({
      line: 2,
      column: 7,
      endLine: 2,
      endColumn: 7,
      code: "include",
    });
    const lines = formatText([empty, multi, past], {
      sources: sourceMap,
    }).split("\n");
    expect(lines[2]).toBe("    |    ^");
    expect(lines[6]).toBe("    |    ^^^");
    expect(lines[10]).toBe("    |       ^");
  });

  it("gives no frame when the line is not in the source", () => {
    const d = diag({ line: 9 });
    const out = formatText([d], { sources: new Map([["org.yaml", "a: 1\n"]]) });
    expect(out).toBe("org.yaml:9:1  error  something is wrong  schema\n\n1 error, 0 warnings, 0 infos in 1 file\n");
  });

  it("lists related places", () => {
    const d = diag({
      code: "duplicate-id",
      message: 'person id "2110" is used again',
      related: [{ file: "org.yaml", line: 2, column: 9, offset: 17, endOffset: 21, message: "first used here" }],
    });
    expect(formatText([d]).split("\n")[1]).toBe("  related: org.yaml:2:9  first used here");
  });

  it("replaces control characters of the source line in the frame", () => {
    const d = diag({ line: 1, column: 3, endLine: 1, endColumn: 4 });
    const out = formatText([d], {
      sources: new Map([["org.yaml", "a\u001b[31mb"]]),
    });
    expect(out.split("\n")[1]).toBe("  1 | a\ufffd[31mb");
    expect(out.split("\n")[2]).toBe("    |   ^");
  });

  it("colours only when asked", () => {
    expect(formatText(MIXED, { sources })).not.toContain(ESC);
    const out = formatText(MIXED, { sources, color: true });
    expect(out).toContain(`${ESC}31merror${ESC}39m`);
    expect(out).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(out).toContain(`${ESC}36minfo${ESC}39m`);
    expect(out).toContain(`${ESC}2munknown-reference${ESC}22m`);
    expect(out).toContain(`${ESC}2m  3 |${ESC}22m`);
    expect(out).toContain(`${ESC}31m^^^^${ESC}39m`);
  });
});

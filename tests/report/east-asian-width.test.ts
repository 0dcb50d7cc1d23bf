/**
 * Display widths from the maintained East Asian Width table (get-east-asian-width): the
 * ambiguous characters (█ ↑ –) are one cell unless the terminal says two
 * (setAmbiguousWidth, the CLI's ORGSPEC_AMBIGUOUS_WIDTH=2), and tables pad by it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { table } from "../../src/cli/table.js";
import { charWidth, charWidthWith, displayWidth, displayWidthWith, setAmbiguousWidth } from "../../src/report/width.js";

afterEach(() => setAmbiguousWidth(1));

describe("ambiguous width", () => {
  it("█ ↑ – … → × are one cell by default, two when the terminal says so", () => {
    for (const char of ["█", "↑", "–", "…", "→", "×", "─", "α", "Ж"]) {
      expect(charWidth(char), char).toBe(1);
      expect(charWidthWith(char, 2), char).toBe(2);
    }
    setAmbiguousWidth(2);
    expect(displayWidth("2–3")).toBe(4);
    expect(displayWidth("████")).toBe(8);
    expect(displayWidthWith("2–3", 1)).toBe(3);
  });

  it("wide, narrow and zero-width characters do not depend on it", () => {
    for (const width of [1, 2] as const) {
      expect(displayWidthWith("部门 A", width)).toBe(6);
      expect(displayWidthWith("ｱｲ", width)).toBe(2); // halfwidth Katakana
      expect(displayWidthWith("e\u0301", width)).toBe(1);
      expect(displayWidthWith("abc", width)).toBe(3);
    }
  });

  it("tables pad ambiguous cells for the terminal's setting", () => {
    const rows = [
      ["1", "█", "1"],
      ["2–3", "████", "4"],
    ];
    const columns = [{ header: "" }, { header: "" }, { header: "", align: "right" as const }];
    const narrow = table(rows, columns, { header: false });
    expect(narrow).toEqual(["1    █     1", "2–3  ████  4"]);
    expect(narrow.map((l) => displayWidthWith(l, 1))).toEqual([12, 12]);
    setAmbiguousWidth(2);
    const wide = table(rows, columns, { header: false });
    expect(wide).toEqual(["1     █        1", "2–3  ████  4"]);
    expect(wide.map((l) => displayWidthWith(l, 2))).toEqual([17, 17]);
  });
});

describe("the table is Unicode's, kept current", () => {
  it.each([
    ["\u4dc0", 2], // Yijing hexagram: wide since Unicode 16 (the hand-kept ranges said 1)
    ["\u2630", 2], // trigram for heaven, likewise
    ["\u{1f321}", 1], // thermometer: text presentation, narrow (the hand-kept ranges said 2)
    ["\u3000", 2], // ideographic space
    ["\u{20000}", 2], // CJK extension B
    ["😀", 2],
  ])("%j is %i cells", (char, width) => {
    expect(charWidth(char)).toBe(width);
  });
});

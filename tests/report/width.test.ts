import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/report/index.js";

describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["销售部", 6], // CJK ideographs
    ["部门 A", 6],
    ["カタカナ", 8], // Katakana
    ["한국어", 6], // Hangul syllables
    ["ＡＢ１", 6], // fullwidth forms
    ["ｱｲ", 2], // halfwidth Katakana stays narrow
    ["e\u0301", 1], // e + combining acute
    ["a\u200db", 2], // zero-width joiner
    ["𠀋", 2], // CJK extension B, a surrogate pair
    ["😀", 2],
    ["é", 1],
  ])("%j is %i cells", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

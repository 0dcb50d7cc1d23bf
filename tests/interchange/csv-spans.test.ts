/**
 * The two ways parse-csv finds cell spans — walking csv-parse's values, and csv-parse's own
 * byte counters — agree on every CSV fast-check can write (quotes, commas, line breaks,
 * CRLF, Chinese, astral characters), and each span holds exactly the cell's text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRowSpans } from "../../src/source/csv-cells.js";

const char = fc.constantFrom("a", "Z", "7", " ", ",", '"', "\n", "\r\n", "中", "文", "😀", ";", "-");
const cell = fc.array(char, { maxLength: 6 }).map((cs) => cs.join(""));
const eol = fc.constantFrom("\r\n", "\n", "\r");
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

/** A cell as CSV: quoted when it must be, or when `force` says so. */
function write(value: string, force: boolean): string {
  return force || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

describe("CSV cell spans", () => {
  it("walk and counted agree, and every span holds its cell", () => {
    fc.assert(
      fc.property(
        table,
        fc.boolean(),
        fc.array(eol, { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (rows, quoteAll, eols, last) => {
          // Line ends may differ from record to record (a hand-edited file); the last may be absent.
          const lines = rows.map((r) => r.map((v) => write(v, quoteAll)).join(","));
          const text = lines.map((l, i) => l + (i < lines.length - 1 || last ? eols[i] : "")).join("");
          const counted = csvRowSpans(text, "counted");
          const walked = csvRowSpans(text, "walk");
          if (!Array.isArray(counted)) throw new Error(`counted failed on ${JSON.stringify(text)}`);
          if (walked !== undefined) expect(walked).toEqual(counted);
          for (const row of counted) {
            row.values.forEach((value, k) => {
              const raw = text.slice(row.starts[k], row.ends[k]);
              expect(row.quoted[k] ? raw.slice(1, -1).replace(/""/g, '"') : raw).toBe(value);
            });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("the walk handles the plain cases itself", () => {
    expect(csvRowSpans('id,name\r\n1,"a,""b""\nc"\n2,中\r3,x', "walk")).toHaveLength(4);
  });
});

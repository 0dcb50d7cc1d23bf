/** The terminal table and bar helpers: alignment by display width, Chinese text included. */
import { describe, expect, test } from "vitest";
import { bars } from "../../src/cli/bars.js";
import { pad, table } from "../../src/cli/table.js";
import { displayWidth } from "../../src/report/width.js";

describe("table", () => {
  const rows = [
    ["hq", "总公司保费部", "1", "100.0%"],
    ["bj-cy-wj-ind", "望京个续组", "7", "85.7%"],
    ["gd-training", "广东分公司培训室", "4", "75.0%"],
    ["x", "Mixed 混合 text", "12", "—"],
  ];
  const columns = [
    { header: "unit" },
    { header: "name" },
    { header: "planned", align: "right" as const },
    { header: "fill rate", align: "right" as const },
  ];

  test("every line has the same display width, Chinese names included", () => {
    const lines = table(rows, columns, { indent: "  " });
    expect(lines).toHaveLength(rows.length + 1);
    const widths = new Set(lines.map(displayWidth));
    expect(widths.size).toBe(1);
  });

  test("columns start (left-aligned) and end (right-aligned) at the same display column on every line", () => {
    const lines = table(rows, columns);
    const cells = [columns.map((c) => c.header), ...rows];
    const nameStarts = new Set<number>();
    const plannedEnds = new Set<number>();
    lines.forEach((line, k) => {
      const [, name, planned] = cells[k] as string[];
      const start = line.indexOf(name as string);
      const end = line.indexOf(planned as string, start + (name as string).length) + (planned as string).length;
      nameStarts.add(displayWidth(line.slice(0, start)));
      plannedEnds.add(displayWidth(line.slice(0, end)));
    });
    expect([...nameStarts]).toEqual([14]); // "bj-cy-wj-ind" is 12 cells, then a gap of 2
    expect(plannedEnds.size).toBe(1);
    expect(lines[2]).toBe("bj-cy-wj-ind  望京个续组              7      85.7%");
  });

  test("without a header, with missing cells", () => {
    expect(table([["a"], ["bb", "c"]], [{ header: "h1" }, { header: "h2" }], { header: false, gap: 1 })).toEqual([
      "a   ",
      "bb c",
    ]);
  });

  test("pad uses display width", () => {
    expect(pad("部门", 6)).toBe("部门  ");
    expect(pad("42", 5, "right")).toBe("   42");
    expect(pad("toolong", 3)).toBe("toolong");
  });
});

describe("bars", () => {
  test("scaled to the largest value; a non-zero value gets at least one block", () => {
    expect(
      bars(
        [
          { label: "1", value: 1 },
          { label: "2–3", value: 17 },
          { label: "17+", value: 0 },
        ],
        { width: 10 },
      ),
    ).toEqual(["1    █            1", "2–3  ██████████  17", "17+               0"]);
  });

  test("all zero: no bars", () => {
    expect(bars([{ label: "a", value: 0 }])).toEqual(["a    0"]);
  });
});

/**
 * The chart's demand figures without a browser (docs/staffing.md, "Demand"): required posts
 * beside filled/planned on every box and each unit's demand rows in the payload, figures
 * worked out by hand on the small org of demand-org.ts; and an org without drivers drawn
 * byte for byte as before demand existed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadOrgSync, type Org, parseOrg } from "orgspec";
import { renderHtml, renderSvg } from "orgspec/render";
import { beforeAll, describe, expect, test } from "vitest";
import { bundleClientScript } from "../../build/bundle-client.js";
import { chartData } from "../../src/render/chart-data.js";
import type { ChartPayload, DemandUnitRow } from "../../src/render/payload.js";
import { REPO } from "../helpers/org.js";
import { demandOrg } from "./demand-org.js";
import { wellFormedXml } from "./xml.js";

const FIXTURES = join(REPO, "tests", "render", "fixtures");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

function orgOf(text: string): Org {
  const result = parseOrg(text, { filename: "t.yaml" });
  expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
  return result.org as Org;
}

const withDrivers = orgOf(demandOrg());
const withoutDrivers = orgOf(demandOrg({ drivers: false }));

let script = "";
beforeAll(async () => {
  script = await bundleClientScript();
});

/** The JSON payload embedded in a page, parsed back. */
function payloadOf(html: string): ChartPayload {
  const match = /<script type="application\/json" id="orgspec-data">([\s\S]*?)<\/script>/.exec(html);
  expect(match, "the page embeds the org as JSON").not.toBeNull();
  return JSON.parse(match?.[1] as string);
}

/** A unit's demand row, with role ids for role indexes. */
function demandOf(data: ChartPayload, unit: string) {
  const row = data.demand?.units[data.units.findIndex((u) => u[0] === unit)] as DemandUnitRow;
  if (row === null) return null;
  const [sub, own] = row;
  return { sub, rows: own.map(([role, ...rest]) => [data.roles[role]?.[0], ...rest]) };
}

/** The SVG box of a unit. */
function svgBox(svg: string, unit: string): string {
  const match = new RegExp(`<g transform="[^"]*" data-unit="${unit}">.*?</g>`).exec(svg);
  expect(match, unit).not.toBeNull();
  return match?.[0] as string;
}

describe("an org without drivers", () => {
  test("has none, though its blueprint has drivers and norms", () => {
    expect(withoutDrivers.hasDrivers()).toBe(false);
    expect(withDrivers.hasDrivers()).toBe(true);
    expect(withoutDrivers.blueprint?.norms.length).toBe(3);
  });

  test("its SVG and payload are byte for byte what the chart drew before demand", () => {
    // The fixtures were written by the renderer as it was before demand figures existed.
    expect(renderSvg(withoutDrivers, { depth: 1 })).toBe(fixture("no-drivers.svg"));
    expect(renderSvg(withoutDrivers, { lang: "en" })).toBe(fixture("no-drivers.en.svg"));
    const payload = JSON.stringify(chartData(withoutDrivers, { lang: "en" }));
    expect(payload).toBe(JSON.stringify(JSON.parse(fixture("no-drivers.json"))));
    const page = renderHtml(withoutDrivers, { script, lang: "en" });
    expect(JSON.stringify(payloadOf(page))).toBe(payload);
    expect(page).not.toContain('class="q"');
  });

  test("the example org (renewal-channel, no drivers): no demand in the payload or the SVG", () => {
    const result = loadOrgSync("examples/renewal-channel/org.yaml");
    const org = result.org as Org;
    expect(org.hasDrivers()).toBe(false);
    const data = payloadOf(renderHtml(org, { script }));
    expect(Object.keys(data)).not.toContain("demand");
    expect(JSON.stringify(data)).not.toMatch(/需|"req"|planGap|toHire/);
    expect(Object.keys(data.labels)).toEqual(Object.keys(JSON.parse(fixture("no-drivers.json")).labels));
    const svg = renderSvg(org);
    expect(svg).not.toContain("需");
    expect(svg).not.toContain("textLength");
  });
});

describe("an org with drivers", () => {
  test("the payload: each unit's subtree sums and own rows by role, for the latest period", () => {
    const data = chartData(withDrivers);
    expect(data.demand?.period).toBe("2014");
    expect(data.demand?.labels.req).toBe("需");
    // [required, planned, posts, planGap, toHire, surplus]; rows [role, normed, ...figures].
    expect(demandOf(data, "hq")).toEqual({
      sub: [10, 9, 8, 1, 4, 2],
      rows: [
        ["head", 1, 1, 1, 1, 0, 0, 0],
        ["spec", 0, 1, 1, 0, 0, 1, 0],
      ],
    });
    expect(demandOf(data, "t1")).toEqual({
      sub: [5, 3, 2, 2, 3, 0],
      rows: [
        ["lead", 1, 1, 1, 1, 0, 0, 0],
        ["spec", 1, 4, 2, 1, 2, 3, 0],
      ],
    });
    expect(demandOf(data, "t2")).toEqual({
      sub: [3, 4, 5, -1, 0, 2],
      rows: [
        ["lead", 1, 1, 1, 1, 0, 0, 0],
        ["spec", 1, 2, 3, 4, -1, 0, 2],
      ],
    });
    // Staffing is as before.
    expect(data.staff[0]?.[0]).toEqual([9, 7, 2, 1, 0, 8]);
  });

  test("--period 2013: the norms over 2013's premium", () => {
    const data = chartData(withDrivers, { period: "2013" });
    expect(data.demand?.period).toBe("2013");
    expect(demandOf(data, "t1")?.sub).toEqual([4, 3, 2, 1, 2, 0]);
    expect(demandOf(data, "t2")?.sub).toEqual([2, 4, 5, -2, 0, 3]);
    expect(demandOf(data, "hq")?.sub).toEqual([8, 9, 8, -1, 3, 3]);
  });

  test("a subtree chart: its units' figures, and none for the units outside it", () => {
    const data = chartData(withDrivers, { unit: "t1" });
    expect(data.units.map((u) => [u[0], u[5]])).toEqual([
      ["t1", 1],
      ["hq", 0],
    ]);
    expect(demandOf(data, "t1")?.sub).toEqual([5, 3, 2, 2, 3, 0]);
    expect(demandOf(data, "hq")).toBeNull();
  });

  test("the SVG: 需 N after filled/planned on every box, and the legend names the period", () => {
    const svg = renderSvg(withDrivers);
    expect(wellFormedXml(svg)).toEqual([]);
    expect(svgBox(svg, "hq")).toContain(
      '<text x="12" y="68"><tspan font-weight="600">7/9</tspan><tspan> 需 10</tspan><tspan fill="#c62828" font-weight="600"> 空缺 2</tspan><tspan fill="#e65100" font-weight="600"> 超编 1</tspan></text>',
    );
    expect(svgBox(svg, "t1")).toContain('<tspan font-weight="600">2/3</tspan><tspan> 需 5</tspan>');
    expect(svgBox(svg, "t2")).toContain('<tspan font-weight="600">4/4</tspan><tspan> 需 3</tspan>');
    expect(svg).toContain(">需 = 按定员标准测算的需求（2014）</text>");
    const en = renderSvg(withDrivers, { lang: "en", period: "2013" });
    expect(svgBox(en, "hq")).toContain('<tspan font-weight="600">7/9</tspan><tspan> req 8</tspan>');
    expect(en).toContain(">req = required by the norms (2013)</text>");
    // Apart from the figures and the legend, the chart is the one without drivers.
    const plain = renderSvg(withoutDrivers);
    const strip = (s: string) =>
      s.replace(/<tspan> 需 \d+<\/tspan>/g, "").replace(/<text x="316"[^>]*>需 =[^<]*<\/text>/, "");
    expect(strip(svg)).toBe(plain);
  });

  test("an over-long figures line is squeezed into its box", () => {
    // One specialist per 0.001 of premium, on 31,000,000 of it: an 11-digit requirement.
    const big = orgOf(demandOrg().replace("rate: 1000", "rate: 0.001").replace("3100 }", "31000000 }"));
    const required = big.demand().totals.required;
    expect(String(required)).toHaveLength(11);
    const svg = renderSvg(big);
    expect(svgBox(svg, "hq")).toContain('<text x="12" y="68" textLength="200" lengthAdjust="spacingAndGlyphs">');
    expect(svgBox(svg, "hq")).toContain(`<tspan> 需 ${required}</tspan>`);
    expect(svgBox(svg, "t2")).toContain(
      '<text x="12" y="68"><tspan font-weight="600">4/4</tspan><tspan> 需 1200001</tspan>',
    );
  });

  test("plain driver amounts only: no period, and none in the legend", () => {
    const org = orgOf(demandOrg().replace(/drivers: \{ premium: \{ "2013"[^}]*\} \}/g, "drivers: { premium: 3100 }"));
    const data = chartData(org);
    expect(data.demand?.period).toBeNull();
    expect(demandOf(data, "hq")?.sub[0]).toBe(1 + 1 + (1 + 4) + (1 + 4));
    expect(renderSvg(org)).toContain(">需 = 按定员标准测算的需求</text>");
    expect(renderHtml(org, { script })).toContain('<span class="q">需 = 按定员标准测算的需求</span>');
  });

  test("the figures are org.demand()'s: every unit of the renewal-plan example against org.demand({ unit })", () => {
    const result = loadOrgSync("examples/renewal-plan/org.yaml");
    const org = result.org as Org;
    expect(org.hasDrivers()).toBe(true);
    const data = payloadOf(renderHtml(org, { script }));
    const svg = renderSvg(org, { depth: 9 });
    for (const [u, [id]] of data.units.entries()) {
      const report = org.demand({ unit: id });
      const t = report.totals;
      const row = data.demand?.units[u] as DemandUnitRow;
      expect(row?.[0], id).toEqual([t.required, t.planned, t.posts, t.planGap, t.toHire, t.surplus]);
      expect(
        row?.[1].map(([r, ...rest]) => [data.roles[r]?.[0], ...rest]),
        id,
      ).toEqual(
        report.rows
          .filter((r) => r.unit === id)
          .map((r) => [r.role, r.normed ? 1 : 0, r.required, r.planned, r.posts, r.planGap, r.toHire, r.surplus]),
      );
      expect(svgBox(svg, id)).toContain(`<tspan> 需 ${t.required}</tspan>`);
    }
    expect(data.demand?.period).toBe(org.demand().period);
  });
});

describe("periods and misuse", () => {
  test("a period no unit gives: a RangeError naming the function and listing the periods", () => {
    for (const [name, render] of [
      ["renderHtml", (o: Org, p: string) => renderHtml(o, { script, period: p })],
      ["renderSvg", (o: Org, p: string) => renderSvg(o, { period: p })],
    ] as const) {
      expect(() => render(withDrivers, "2099")).toThrow(RangeError);
      expect(() => render(withDrivers, "2099")).toThrow(
        `${name}: no unit has driver amounts for period "2099"; periods: 2013, 2014`,
      );
      expect(() => render(withoutDrivers, "2013")).toThrow(RangeError);
      expect(() => render(withoutDrivers, "2013")).toThrow(new RegExp(`^${name}: no unit has driver amounts`));
    }
    expect(() => renderSvg(withDrivers, { period: 2013 as unknown as string })).toThrow(
      /^renderSvg: period must be a string/,
    );
  });

  test("hostile names and periods cannot end the data or script element, nor break the SVG", () => {
    const period = `</script><!--&"'$&`;
    const org = orgOf(
      demandOrg({ period, t2Name: `<img src=x onerror="alert(1)">二组`, specTitle: `<b>Spec</b> & "x" </script>` }),
    );
    const html = renderHtml(org, { script });
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain("<!--");
    expect(html).not.toContain("<img");
    expect(html).toContain(
      '<span class="q">需 = 按定员标准测算的需求（&lt;/script&gt;&lt;!--&amp;&quot;&#39;$&amp;）</span>',
    );
    const data = payloadOf(html);
    expect(data.demand?.period).toBe(period);
    expect(data.roles.find(([id]) => id === "spec")?.[1]).toBe(`<b>Spec</b> & "x" </script>`);
    expect(demandOf(data, "t2")?.sub).toEqual([3, 4, 5, -1, 0, 2]);
    const svg = renderSvg(org);
    expect(wellFormedXml(svg)).toEqual([]);
    expect(svg).not.toContain("<img");
    expect(svg).toContain(">需 = 按定员标准测算的需求（&lt;/script&gt;&lt;!--&amp;&quot;&#39;$&amp;）</text>");
  });
});

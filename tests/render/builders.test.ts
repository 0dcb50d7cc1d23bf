/**
 * The HTML and SVG builders without a browser: the payload against `org.staffing`, escaping
 * of hostile names and ids, no network URLs, and a well-formed SVG.
 */
import { loadOrgSync, type Org, parseOrg, UnknownIdError } from "orgspec";
import { renderHtml, renderSvg } from "orgspec/render";
import { beforeAll, describe, expect, test } from "vitest";
import { bundleClientScript } from "../../build/bundle-client.js";
import { chartData } from "../../src/render/chart-data.js";
import { escapeMarkup, jsonForScript } from "../../src/render/escape.js";
import { chartPage } from "../../src/render/html.js";
import type { ChartPayload, UnitRow } from "../../src/render/payload.js";
import { RC } from "../helpers/org.js";
import { wellFormedXml } from "./xml.js";

const org = (() => {
  const result = loadOrgSync("examples/renewal-channel/org.yaml");
  expect(result.ok).toBe(true);
  return result.org as Org;
})();

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

/** Every http(s) URL in a text, apart from the SVG namespace. */
function urls(text: string): string[] {
  return (text.match(/https?:\/\/[^\s"'<>)]*/g) ?? []).filter((u) => u !== "http://www.w3.org/2000/svg");
}

const HOSTILE = `${RC}units:
  - id: hq
    type: hq-premium-dept
    name: '</script><script>alert(1)</script><!-- "总部" & <b>'
  - { id: br, type: branch-premium-dept, parent: hq, name: "</SCRIPT >分公司 \\u2028 'x'" }
people:
  - { id: "1", name: '</script>王<!--', unit: hq, role: department-head }
  - { id: "2", name: 'a"b&c<d>', unit: br, role: department-head }
`;

describe("the page script", () => {
  test("is small, bundles d3-hierarchy's tree layout, and can be inlined", () => {
    expect(script.length).toBeLessThan(40_000);
    expect(script).toMatch(/^\/\* orgspec render\. Includes d3-hierarchy, ISC License/);
    expect(script).not.toMatch(/<\/script|<!--/i);
    expect(urls(script)).toEqual([]);
  });
});

describe("renderHtml", () => {
  test("one self-contained file: inline style and script, no URL to fetch, a CSP that forbids fetching", () => {
    const html = renderHtml(org, { script });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\b|@import|url\(/i);
    expect(urls(html)).toEqual([]);
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(html).toContain('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif');
    expect(html).toContain('<html lang="zh-CN">');
  });

  test("the payload: every unit and person, each unit's figures as org.staffing gives them", () => {
    const data = payloadOf(renderHtml(org, { script }));
    expect(data.units).toHaveLength(26);
    expect(data.people).toHaveLength(87);
    expect(data.units[data.root]?.[0]).toBe("hq");
    data.units.forEach(([id], i) => {
      const s = org.staffing.summary(id);
      expect(data.staff[i]?.[0], id).toEqual([s.planned, s.filled, s.vacant, s.over, s.unplanned, s.people]);
      expect(data.staff[i]?.[2], id).toEqual(org.staffing.spans(id).bands.map((b) => b.managers));
      const roles = data.staff[i]?.[1].map(([r, ...figures]) => [data.roles[r]?.[0], ...figures]);
      const expected = org.staffing.roles(id).map((r) => [r.role, r.planned, r.filled, r.vacant, r.over, r.unplanned]);
      expect(roles, id).toEqual(expected);
    });
    data.people.forEach(([id, , , , manager, dotted]) => {
      expect(manager < 0 ? null : data.people[manager]?.[0], id).toBe(org.managerOf(id)?.id ?? null);
      expect(
        (dotted ?? []).map((d) => data.people[d]?.[0]),
        id,
      ).toEqual(org.dottedManagers(id).map((d) => d.id));
    });
  });

  test("a subtree brings along the people it reports to, in units marked outside the chart", () => {
    const data = chartData(org, { unit: "bj-cy-wj" });
    const inChart = data.units.filter((u) => u[5] === 1).map((u) => u[0]);
    expect(inChart).toEqual(org.unitPath("bj-cy-wj").slice(-1).concat(org.unit("bj-cy-wj").children));
    expect(data.units[0]?.[3]).toBe(-1); // the chart's root has no parent in the chart
    const ids = new Set(data.people.map((p) => p[0]));
    for (const p of org.membersOf("bj-cy-wj", { subtree: true })) {
      for (const m of org.chainOfCommand(p.id)) expect(ids.has(m.id), `${m.id}, above ${p.id}`).toBe(true);
    }
    for (const u of data.units.filter((u) => u[5] === 0)) expect(data.staff[data.units.indexOf(u)]).toBeNull();
  });

  test("titles and labels follow lang", () => {
    const en = chartData(org, { lang: "en" });
    expect(en.types.find(([id]) => id === "hq-premium-dept")?.[1]).toBe("Head-office premium department");
    expect(en.roles.find(([id]) => id === "renewal-specialist")?.[1]).toBe("Renewal specialist");
    expect(en.labels.vacant).toBe("Vacant");
    const zh = chartData(org);
    expect(zh.types.find(([id]) => id === "hq-premium-dept")?.[1]).toBe("总公司保费部");
    expect(renderHtml(org, { script, lang: "en" })).toContain('<html lang="en">');
  });

  test("hostile names cannot end the data or script element; the JSON reads back unchanged", () => {
    const result = parseOrg(HOSTILE, { filename: "t.yaml" });
    expect(result.ok, JSON.stringify(result.diagnostics)).toBe(true);
    const html = renderHtml(result.org as Org, { script });
    // Exactly the two script elements of the page, and one comment-free document.
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain("<!--");
    expect(html).toContain(
      "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- &quot;总部&quot; &amp; &lt;b&gt;</title>",
    );
    const data = payloadOf(html);
    expect(data.units.map((u) => u[1])).toEqual([
      '</script><script>alert(1)</script><!-- "总部" & <b>',
      "</SCRIPT >分公司 \u2028 'x'",
    ]);
    expect(data.people.map((p) => p[1])).toEqual(["</script>王<!--", 'a"b&c<d>']);
  });

  test("ids with quotes and markup (not valid in org files, but the builder takes any payload)", () => {
    const data = chartData(org);
    const root = data.units[0] as UnitRow;
    root[0] = `"'></script><!--`;
    root[1] = "x";
    const html = chartPage(data, script);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(payloadOf(html).units[0]?.[0]).toBe(`"'></script><!--`);
    expect(jsonForScript({ a: "</script>\u2028<!--&" })).toBe('{"a":"\\u003c/script\\u003e\\u2028\\u003c!--\\u0026"}');
    expect(escapeMarkup(`a"b'c<d>&`)).toBe("a&quot;b&#39;c&lt;d&gt;&amp;");
  });

  test("misuse throws, naming the function; an unknown unit is an UnknownIdError with the closest ids", () => {
    expect(() => renderHtml(org, { script, depth: -1 })).toThrow(/^renderHtml: depth/);
    expect(() => renderHtml(org, { script, lang: "fr" as "en" })).toThrow(/^renderHtml: lang/);
    expect(() => renderHtml(org, { script, unit: "bj-cyy" })).toThrow(UnknownIdError);
    expect(() => renderHtml(org, { script, unit: "bj-cyy" })).toThrow(/did you mean "bj-cy"/);
    expect(() => renderHtml(org)).toThrow(/^renderHtml: the page script is not bundled/);
  });
});

describe("renderSvg", () => {
  test("well-formed, standalone, no URL but the namespace, one box per unit down to depth", () => {
    const svg = renderSvg(org);
    expect(wellFormedXml(svg)).toEqual([]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(urls(svg)).toEqual([]);
    const drawn = [...svg.matchAll(/<g transform="[^"]*" data-unit="([^"]*)">/g)].map((m) => m[1]);
    const depth = (id: string) => org.unitPath(id).length - 1;
    expect(drawn.sort()).toEqual(
      [...org.units()]
        .filter((u) => depth(u.id) <= 2)
        .map((u) => u.id)
        .sort(),
    );
    expect(svg).toContain("49/52");
    expect(svg).toContain("空缺 3");
  });

  test("a subtree, to a depth, in English; units with hidden children say how many", () => {
    const svg = renderSvg(org, { unit: "bj", depth: 1, lang: "en" });
    expect(wellFormedXml(svg)).toEqual([]);
    const drawn = [...svg.matchAll(/data-unit="([^"]*)"/g)].map((m) => m[1]);
    expect(drawn).toEqual(["bj", ...org.unit("bj").children]);
    expect(svg).toContain("Branch premium department");
    expect(svg).toContain(`+${org.unit("bj-cy").children.length}</text>`);
    const s = org.staffing.summary("bj");
    expect(svg).toContain(`${s.filled}/${s.planned}`);
  });

  test("the well-formedness check itself catches broken XML", () => {
    expect(wellFormedXml('<svg><g a="1"></g></svg>')).toEqual([]);
    for (const bad of ["<svg><g></svg>", '<svg a="<"/>', "<svg>a & b</svg>", "<svg a=1/>", "<svg/><svg/>", "<svg>"]) {
      expect(wellFormedXml(bad), bad).not.toEqual([]);
    }
  });

  test("hostile names are escaped", () => {
    const result = parseOrg(HOSTILE, { filename: "t.yaml" });
    const svg = renderSvg(result.org as Org);
    expect(wellFormedXml(svg)).toEqual([]);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;/script&gt;");
  });
});

/** Span of control and layers on random orgs, against naive references built from `person.manager`. */
import fc from "fast-check";
import { type Org, parseOrg } from "orgspec";
import { expect, test } from "vitest";
import { orgText } from "./generate.js";

function load(text: string): Org {
  const { org } = parseOrg(text, { filename: "random.yaml" });
  if (!org) throw new Error(`no org built from:\n${text}`);
  return org;
}

/** People whose primary unit is in scope (the whole org, or the subtree of `unit`). */
function inScope(org: Org, unit: string | undefined): Set<string> {
  const ids = new Set<string>();
  for (const p of org.people()) {
    let v: string | null = p.unit;
    while (v !== null && unit !== undefined && v !== unit) v = org.unit(v).parent;
    if (unit === undefined || v === unit) ids.add(p.id);
  }
  return ids;
}

/** The definition of the nearest-rank percentile: the least value with at least p% at or below it. */
function percentile(values: number[], p: number): number | null {
  const candidates = [...new Set(values)].sort((a, b) => a - b);
  return candidates.find((v) => values.filter((x) => x <= v).length * 100 >= p * values.length) ?? null;
}

function band(span: number): string {
  if (span === 1) return "1";
  if (span <= 3) return "2–3";
  if (span <= 7) return "4–7";
  if (span <= 12) return "8–12";
  if (span <= 16) return "13–16";
  return "17+";
}

const scopes = fc.tuple(orgText, fc.nat(), fc.boolean());

function pickScope(org: Org, pick: number, whole: boolean): string | undefined {
  const ids = [...org.units()].map((u) => u.id);
  return whole ? undefined : ids[pick % ids.length];
}

test("spans: min, median, p90, max and bands match a naive count of direct reports", () => {
  fc.assert(
    fc.property(scopes, ([text, pick, whole]) => {
      const org = load(text);
      const unit = pickScope(org, pick, whole);
      const scope = inScope(org, unit);
      const reports = new Map<string, number>();
      for (const p of org.people()) if (p.manager) reports.set(p.manager.id, (reports.get(p.manager.id) ?? 0) + 1);
      const spans = [...reports].filter(([id]) => scope.has(id)).map(([, n]) => n);
      const report = org.staffing.spans(unit);
      expect(report.managers).toBe(spans.length);
      expect(report.stats).toEqual({
        min: spans.length === 0 ? null : Math.min(...spans),
        median: percentile(spans, 50),
        p90: percentile(spans, 90),
        max: spans.length === 0 ? null : Math.max(...spans),
      });
      const bands = new Map<string, number>();
      for (const s of spans) bands.set(band(s), (bands.get(band(s)) ?? 0) + 1);
      expect(report.bands.map((b) => [b.label, b.managers])).toEqual(
        ["1", "2–3", "4–7", "8–12", "13–16", "17+"].map((label) => [label, bands.get(label) ?? 0]),
      );
      for (const m of report.spans) expect(m.span).toBe(reports.get(m.manager.id));
      for (let k = 1; k < report.spans.length; k++) {
        expect(report.spans[k - 1]?.span).toBeGreaterThanOrEqual(report.spans[k]?.span as number);
      }
    }),
    { numRuns: 200 },
  );
});

test("layers: the longest chain of command within scope, by walking up from everyone", () => {
  fc.assert(
    fc.property(scopes, ([text, pick, whole]) => {
      const org = load(text);
      const unit = pickScope(org, pick, whole);
      const scope = inScope(org, unit);
      const depth = (id: string) => {
        let d = 0;
        for (let p: string | undefined = id; p !== undefined && scope.has(p); p = org.person(p).manager?.id) {
          d++;
          if (d > scope.size) throw new Error("a cycle in person.manager");
        }
        return d;
      };
      const depths = [...scope].map(depth);
      const layers = depths.length === 0 ? 0 : Math.max(...depths);
      const hasReports = new Set([...org.people()].flatMap((p) => (p.manager ? [p.manager.id] : [])));
      const managers = [...scope].filter((id) => hasReports.has(id)).length;
      const report = org.staffing.layers(unit);
      expect(report.layers).toBe(layers);
      expect(report.people).toBe(scope.size);
      expect(report.managers).toBe(managers);
      expect(report.managerShare).toBe(scope.size === 0 ? null : managers / scope.size);
      // the deepest chain: `layers` people, each the manager of the next, the last as deep as it gets
      const chain = report.deepest.map((p) => p.id);
      expect(chain.length).toBe(layers);
      for (let k = 1; k < chain.length; k++) expect(org.person(chain[k] as string).manager?.id).toBe(chain[k - 1]);
      if (chain.length > 0) expect(depth(chain[chain.length - 1] as string)).toBe(layers);
    }),
    { numRuns: 200 },
  );
});

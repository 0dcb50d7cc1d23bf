/**
 * The terminal report of `orgspec stats`: headline numbers, a table by the chosen grouping,
 * the units furthest over and under plan, the vacancies, and the span bands as a bar chart.
 * Pure: data in, text out.
 */
import { palette } from "../report/ansi.js";
import type { GroupBy, StaffingGroup, StaffingReport } from "../staffing/types.js";
import { plural } from "../util/plural.js";
import { bars } from "./bars.js";
import { type Column, table } from "./table.js";

const INDENT = "  ";
const MAX_VACANCIES = 10;

/** What the report's title names: the scope's top unit, and per unit its depth below it. */
export interface ScopeInfo {
  /** The unit id given with --unit, or null for the whole org. */
  unit: string | null;
  /** Display name of the scope's top unit (the root for the whole org). */
  title: string;
  /** Depth of a unit below the scope's top unit (0 for the top), for indenting `--by unit`. */
  depth(id: string): number;
}

export interface StatsTextOptions {
  scope: ScopeInfo;
  color?: boolean;
}

/** A count as text; a ratio as a percentage with one decimal; "—" for none. */
const percent = (ratio: number | null) => (ratio === null ? "—" : `${(ratio * 100).toFixed(1)}%`);
/** FTE with at most two decimals: 86.5, 10, 0.25. */
const fte = (value: number) => String(Math.round(value * 100) / 100);

/**
 * @example renderStats(org.staffing.report(), "role", org.staffing.byRole(), { scope })
 * // "Staffing of 总公司保费部 (hq), the whole org\n\n  people  87  planned  52 …"
 */
export function renderStats(
  report: StaffingReport,
  by: GroupBy,
  groups: readonly StaffingGroup[],
  options: StatsTextOptions,
) {
  const { bold } = palette(options.color);
  const { summary, layers, spans } = report;
  const { scope } = options;
  const out: string[] = [];
  const section = (title: string, lines: string[]) => out.push("", bold(title), ...lines);

  out.push(
    bold(`Staffing of ${scope.title}${scope.unit === null ? ", the whole org" : " and the units below it"}`),
    "",
  );
  out.push(
    ...table(
      [
        ["people", String(summary.people), "planned", String(summary.planned), "fill rate", percent(summary.fillRate)],
        ["units", String(summary.units), "filled", String(summary.filled), "FTE", fte(summary.fte)],
        ["layers", String(layers.layers), "vacant", String(summary.vacant), "managers", String(layers.managers)],
        ["", "", "over plan", String(summary.over), "share of managers", percent(layers.managerShare)],
        ["", "", "unplanned", String(summary.unplanned), "", ""],
      ],
      [{ header: "" }, { header: "", align: "right" }, ...pairs(2)],
      { header: false, indent: INDENT, gap: 3 },
    ),
  );

  section(`By ${by}`, groupTable(by, groups, summary, scope));
  section("Most under plan (vacant posts)", offPlanTable(report.offPlan.under));
  section("Most over plan", offPlanTable(report.offPlan.over));
  section("Vacancies", vacancyLines(report));

  const { min, median, p90, max } = spans.stats;
  const statsLine = spans.managers === 0 ? "no managers" : `min ${min} · median ${median} · p90 ${p90} · max ${max}`;
  section(`Span of control (direct reports of ${plural(spans.managers, "manager")}): ${statsLine}`, [
    ...bars(
      spans.bands.map((b) => ({ label: b.label, value: b.managers })),
      { indent: INDENT },
    ),
  ]);
  if (layers.deepest.length > 0) {
    const chain = layers.deepest.map((p) => `${p.name} ${p.id}`).join(" > ");
    section(`Layers: ${layers.layers} (longest chain of command)`, [`${INDENT}${chain}`]);
  }
  return `${out.map((line) => line.trimEnd()).join("\n")}\n`;
}

function pairs(n: number): Column[] {
  return Array.from({ length: n }, () => [{ header: "" }, { header: "", align: "right" as const }]).flat();
}

const FIGURES: Column[] = ["planned", "filled", "vacant", "over", "unplanned", "people", "FTE", "fill rate"].map(
  (header) => ({ header, align: "right" }),
);

function figureCells(g: Omit<StaffingGroup, "key" | "label" | "units">): string[] {
  return [g.planned, g.filled, g.vacant, g.over, g.unplanned, g.people]
    .map(String)
    .concat(fte(g.fte), percent(g.fillRate));
}

function groupTable(by: GroupBy, groups: readonly StaffingGroup[], total: StaffingReport["summary"], scope: ScopeInfo) {
  const named = by !== "level"; // a level has no name of its own
  const key = (g: StaffingGroup) => (by === "unit" ? `${"  ".repeat(scope.depth(g.key))}${g.key}` : g.key);
  const rows = groups.map((g) => [key(g), ...(named ? [g.label] : []), ...figureCells(g)]);
  rows.push(["total", ...(named ? [""] : []), ...figureCells(total)]);
  const columns: Column[] = [{ header: by }, ...(named ? [{ header: "name" }] : []), ...FIGURES];
  return table(rows, columns, { indent: INDENT });
}

function offPlanTable(groups: readonly StaffingGroup[]): string[] {
  if (groups.length === 0) return [`${INDENT}none`];
  const rows = groups.map((g) => [
    g.key,
    g.label,
    ...[g.planned, g.filled, g.vacant, g.over].map(String),
    percent(g.fillRate),
  ]);
  const columns: Column[] = [
    { header: "unit" },
    { header: "name" },
    ...["planned", "filled", "vacant", "over", "fill rate"].map((header) => ({ header, align: "right" as const })),
  ];
  return table(rows, columns, { indent: INDENT });
}

function vacancyLines(report: StaffingReport): string[] {
  const list = report.vacancies;
  if (list.length === 0) return [`${INDENT}none`];
  const rows = list
    .slice(0, MAX_VACANCIES)
    .map((v) => [
      v.unit,
      v.unitName,
      v.head ? `${v.role} (head)` : v.role,
      String(v.vacant),
      v.rollsUpTo ? `${v.rollsUpTo.name} ${v.rollsUpTo.id}` : "—",
    ]);
  const columns: Column[] = [
    { header: "unit" },
    { header: "name" },
    { header: "role" },
    { header: "vacant", align: "right" },
    { header: "rolls up to" },
  ];
  const lines = table(rows, columns, { indent: INDENT });
  if (list.length > MAX_VACANCIES) lines.push(`${INDENT}… and ${list.length - MAX_VACANCIES} more (--json lists all)`);
  return lines;
}

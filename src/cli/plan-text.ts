/**
 * The outputs of `orgspec plan`: an aligned text table (CJK-aware, like `orgspec stats`),
 * JSON, CSV (one line per unit and role) and a Markdown table for a pull-request comment.
 * Pure: a demand report and what to call its groups in, text out.
 */

import type { DemandFigures, DemandGroup, DemandReport, MissingDriverValue } from "../demand/types.js";
import { csvRow } from "../export/csv.js";
import { palette } from "../report/ansi.js";
import { printable } from "../report/printable.js";
import { type Column, table } from "./table.js";

/** The output formats of `orgspec plan --format`. */
export const PLAN_FORMATS = ["text", "json", "csv", "markdown"] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** The columns of `--format csv`, in order (the keys of a row in `--format json`). */
export const PLAN_CSV_COLUMNS = [
  "unit",
  "role",
  "required",
  "planned",
  "posts",
  "filled",
  "planGap",
  "toHire",
  "surplus",
] as const;

const INDENT = "  ";

/** What the outputs name besides the report's figures. */
export interface PlanView {
  /** The scope's top unit as "Name (id)", or "(empty org)". */
  title: string;
  /** A group's name (a unit's name, a role's or unit type's title), or "" for none. */
  label(key: string): string;
  /** Depth of a unit below the scope's top unit (0 for the top), for indenting `--by unit`. */
  depth(unit: string): number;
  /** The attrition shares given, in the order given. */
  attrition: readonly (readonly [role: string, share: number])[];
}

/** The figures shown per group, in the text and Markdown tables, with their headers. */
const FIGURES: readonly [keyof DemandFigures, string][] = [
  ["required", "required"],
  ["planned", "planned"],
  ["posts", "posts"],
  ["planGap", "plan gap"],
  ["toHire", "to hire"],
  ["surplus", "surplus"],
];

const figureCells = (f: DemandFigures) => FIGURES.map(([key]) => String(f[key]));

/** Whether groups of this kind have names of their own (a level does not). */
const named = (report: DemandReport) => report.by !== "level";

/** "HQ (hq), the whole org" or "BJ (bj) and the units below it": what the report covers. */
const scopeText = (report: DemandReport, view: PlanView) =>
  report.unit === null ? `${view.title}, the whole org` : `${view.title} and the units below it`;

/** "period 2014 (of 2013, 2014)", or "no driver periods" when the drivers have none. */
function periodText(report: DemandReport): string {
  if (report.period === null) return "no driver periods";
  const others = report.periods.length > 1 ? ` (of ${report.periods.join(", ")})` : "";
  return `period ${report.period}${others}`;
}

/** "spec 0.5, lead 0.25", or undefined without --attrition. */
const attritionList = (view: PlanView) =>
  view.attrition.length === 0 ? undefined : view.attrition.map(([role, share]) => `${role} ${share}`).join(", ");

/**
 * The terminal table: a header line naming the scope and period, then one line per group
 * and a total line.
 *
 * @example planText(org.demand(), view) // "Headcount demand of HQ (hq), the whole org, period 2014 …"
 */
export function planText(report: DemandReport, view: PlanView, color = false): string {
  const { bold } = palette(color);
  const key = (g: DemandGroup) =>
    report.by === "unit" ? `${"  ".repeat(view.depth(g.key))}${g.key}` : printable(g.key);
  const rows = report.groups.map((g) => [key(g), ...(named(report) ? [view.label(g.key)] : []), ...figureCells(g)]);
  rows.push(["total", ...(named(report) ? [""] : []), ...figureCells(report.totals)]);
  const columns: Column[] = [
    { header: report.by },
    ...(named(report) ? [{ header: "name" }] : []),
    ...FIGURES.map(([, header]) => ({ header, align: "right" as const })),
  ];
  const attrition = attritionList(view);
  const out = [
    bold(`Headcount demand of ${scopeText(report, view)}, ${periodText(report)}`),
    ...(attrition ? [`${INDENT}to hire includes attrition: ${attrition}`] : []),
    "",
    ...table(rows, columns, { indent: INDENT }),
  ];
  return `${out.map((line) => line.trimEnd()).join("\n")}\n`;
}

/** `--format json`: `{ period, rows, totals, groups }`, pretty-printed. */
export function planJson(report: DemandReport): string {
  const figures = (f: DemandFigures) => ({
    required: f.required,
    planned: f.planned,
    posts: f.posts,
    filled: f.filled,
    planGap: f.planGap,
    toHire: f.toHire,
    surplus: f.surplus,
  });
  const json = {
    period: report.period,
    rows: report.rows.map((r) => ({ unit: r.unit, role: r.role, ...figures(r) })),
    totals: figures(report.totals),
    groups: report.groups.map((g) => ({ key: g.key, ...figures(g) })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** `--format csv`: a header, then one line per unit and role (RFC 4180 quoting, LF line ends). */
export function planCsv(report: DemandReport): string {
  const lines = [csvRow(PLAN_CSV_COLUMNS)];
  for (const r of report.rows) lines.push(csvRow(PLAN_CSV_COLUMNS.map((c) => String(r[c]))));
  return `${lines.join("\n")}\n`;
}

/** `--format markdown`: a heading with the period, the groups and a total row. */
export function planMarkdown(report: DemandReport, view: PlanView): string {
  const heading = report.period === null ? "Headcount demand" : `Headcount demand, period ${report.period}`;
  const header = [report.by, ...(named(report) ? ["name"] : []), ...FIGURES.map(([, h]) => h)];
  const align = [...(named(report) ? ["---", "---"] : ["---"]), ...FIGURES.map(() => "---:")];
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const out = [`## ${md(heading)}`, "", md(`${scopeText(report, view)}, by ${report.by}.`)];
  const attrition = attritionList(view);
  if (attrition) out.push("", md(`To hire includes attrition: ${attrition}.`));
  out.push("", line(header), `|${align.join("|")}|`);
  for (const g of report.groups)
    out.push(line([printable(g.key), ...(named(report) ? [view.label(g.key)] : []), ...figureCells(g)].map(md)));
  out.push(line(["**total**", ...(named(report) ? [""] : []), ...figureCells(report.totals).map((c) => `**${c}**`)]));
  const note = missingDriverNote(report);
  if (note) out.push("", `> ${md(note)}`);
  return `${out.join("\n")}\n`;
}

/** Markdown-safe cell text: one line, `|` and the other inline markup characters escaped. */
export function md(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]|<>#~]/g, (c) => `\\${c}`);
}

const MAX_NAMED = 3;

/**
 * How many norms counted a missing driver as 0, naming the first few (unit and role), or
 * undefined when none did.
 *
 * @example missingDriverNote(report) // '2 norms counted a missing driver as 0 for period 2014 (t2 spec, t3 spec); "orgspec validate" lists them'
 */
export function missingDriverNote(report: DemandReport): string | undefined {
  const norms = distinctNorms(report.missingDrivers);
  if (norms.length === 0) return undefined;
  const shown = norms.slice(0, MAX_NAMED).join(", ") + (norms.length > MAX_NAMED ? ", …" : "");
  const period = report.period === null ? "" : ` for period ${report.period}`;
  const what = norms.length === 1 ? "1 norm" : `${norms.length} norms`;
  return `${what} counted a missing driver as 0${period} (${shown}); "orgspec validate" lists them`;
}

function distinctNorms(missing: readonly MissingDriverValue[]): string[] {
  return [...new Set(missing.map((m) => `${m.unit} ${m.role}`))];
}

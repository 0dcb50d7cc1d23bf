/**
 * A diff as GitHub-flavoured Markdown, ready to post as a pull-request comment: a heading,
 * the counts as a table first, then one table per kind of change. Long sections are cut at
 * `maxRows` rows (GitHub comments hold at most 65,536 characters).
 */

import { plural } from "../util/plural.js";
import { CAUSE_TEXT, personText, signed, summaryCounts, summaryLine } from "./summary.js";
import type { OrgDiff } from "./types.js";

/** Options of `formatDiffMarkdown`. */
export interface DiffMarkdownOptions {
  /** The heading (default "orgspec diff"). */
  title?: string;
  /** What was compared, shown under the heading (e.g. "`HEAD~1:org/org.yaml` → `org/org.yaml`"). */
  subtitle?: string;
  /** Rows per section before "… and N more" (default 100). */
  maxRows?: number;
}

/**
 * The diff as Markdown.
 *
 * @example formatDiffMarkdown(diff, { subtitle: "`main` → this pull request" })
 */
export function formatDiffMarkdown(diff: OrgDiff, options: DiffMarkdownOptions = {}): string {
  const maxRows = options.maxRows ?? 100;
  const out = [`## ${md(options.title ?? "orgspec diff")}`, ""];
  if (options.subtitle) out.push(options.subtitle, "");
  const s = diff.summary;
  if (s.total === 0) {
    out.push(`No changes (${plural(s.after, "person", "people")}).`);
    return `${out.join("\n")}\n`;
  }
  out.push(`**${md(summaryLine(s))}**`, "", "| change | count |", "|---|---:|");
  for (const [label, n] of summaryCounts(s)) if (n > 0) out.push(`| ${label} | ${n} |`);
  out.push(`| people | ${s.before} → ${s.after} (${signed(s.after - s.before)}) |`);

  const section = (title: string, header: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    out.push(
      "",
      `### ${title} (${rows.length})`,
      "",
      `| ${header.join(" | ")} |`,
      `|${header.map(() => "---").join("|")}|`,
    );
    for (const row of rows.slice(0, maxRows)) out.push(`| ${row.map(md).join(" | ")} |`);
    if (rows.length > maxRows)
      out.push("", `… and ${rows.length - maxRows} more (run \`orgspec diff\` for the full list).`);
  };
  const { people, units } = diff;
  section(
    "Headcount by branch",
    ["branch", "name", "before", "after", "change"],
    diff.headcount.map((h) => [h.branch.id, h.branch.name, String(h.before), String(h.after), signed(h.delta)]),
  );
  section(
    "People removed",
    ["id", "name", "unit", "role"],
    people.removed.map((p) => [p.id, p.name, p.unit, p.role]),
  );
  section(
    "People added",
    ["id", "name", "unit", "role"],
    people.added.map((p) => [p.id, p.name, p.unit, p.role]),
  );
  section(
    "People moved",
    ["id", "name", "from", "to"],
    people.moved.map((m) => [m.person.id, m.person.name, `${m.from.id} ${m.from.name}`, `${m.to.id} ${m.to.name}`]),
  );
  section(
    "Role changes",
    ["id", "name", "from", "to"],
    people.roles.map((r) => [r.person.id, r.person.name, r.from, r.to]),
  );
  section(
    "Solid-line manager changes",
    ["id", "name", "before", "after", "why"],
    people.managers.map((m) => [m.person.id, m.person.name, personText(m.from), personText(m.to), CAUSE_TEXT[m.cause]]),
  );
  section(
    "Units added",
    ["id", "name"],
    units.added.map((u) => [u.id, u.name]),
  );
  section(
    "Units removed",
    ["id", "name"],
    units.removed.map((u) => [u.id, u.name]),
  );
  section(
    "Units re-parented",
    ["id", "name", "from", "to"],
    units.reparented.map((r) => [r.unit.id, r.unit.name, r.from?.id ?? "(root)", r.to?.id ?? "(root)"]),
  );
  section(
    "Head changes",
    ["unit", "name", "before", "after"],
    units.heads.map((h) => [h.unit.id, h.unit.name, personText(h.from), personText(h.to)]),
  );
  section(
    "Plan changes",
    ["unit", "name", "role", "before", "after"],
    diff.plans.map((p) => [p.unit.id, p.unit.name, p.role, String(p.from), String(p.to)]),
  );
  section(
    "Other changes",
    ["id", "name", "field", "before", "after"],
    [...people.other, ...units.other].map((c) => [c.id, c.name, c.field, String(c.from), String(c.to)]),
  );
  return `${out.join("\n")}\n`;
}

/** Text inside a table cell: Markdown and HTML characters escaped, line breaks as spaces. */
export function md(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]|<>#~]/g, (c) => `\\${c}`);
}

/** A diff for the terminal: the counts first, then one aligned section per kind of change. */

import { displayWidth } from "../report/width.js";
import { CAUSE_TEXT, personText, signed, summaryLine } from "./summary.js";
import type { OrgDiff } from "./types.js";

/**
 * The diff as plain text (no colours).
 *
 * @example formatDiffText(diffOrgs(a, a)) // "orgspec diff: no changes; 87 people\n"
 */
export function formatDiffText(diff: OrgDiff): string {
  const out = [`orgspec diff: ${summaryLine(diff.summary)}`];
  const section = (title: string, rows: string[][]) => {
    if (rows.length === 0) return;
    out.push("", `${title} (${rows.length})`, ...aligned(rows).map((line) => `  ${line}`));
  };
  const { people, units } = diff;
  section(
    "People added",
    people.added.map((p) => ["+", p.id, p.name, p.role, `in ${p.unit}`]),
  );
  section(
    "People removed",
    people.removed.map((p) => ["-", p.id, p.name, p.role, `in ${p.unit}`]),
  );
  section(
    "People moved",
    people.moved.map((m) => [m.person.id, m.person.name, `${m.from.id} → ${m.to.id}`]),
  );
  section(
    "Role changes",
    people.roles.map((r) => [r.person.id, r.person.name, `${r.from} → ${r.to}`]),
  );
  section(
    "Solid-line manager changes",
    people.managers.map((m) => [
      m.person.id,
      m.person.name,
      `${personText(m.from)} → ${personText(m.to)}`,
      `(${CAUSE_TEXT[m.cause]})`,
    ]),
  );
  section(
    "Units added",
    units.added.map((u) => ["+", u.id, u.name]),
  );
  section(
    "Units removed",
    units.removed.map((u) => ["-", u.id, u.name]),
  );
  section(
    "Units re-parented",
    units.reparented.map((r) => [r.unit.id, r.unit.name, `${r.from?.id ?? "(root)"} → ${r.to?.id ?? "(root)"}`]),
  );
  section(
    "Head changes",
    units.heads.map((h) => [h.unit.id, h.unit.name, `${personText(h.from)} → ${personText(h.to)}`]),
  );
  section(
    "Plan changes",
    diff.plans.map((p) => [p.unit.id, p.unit.name, p.role, `${p.from} → ${p.to}`]),
  );
  section(
    "Other changes",
    [...people.other, ...units.other].map((c) => [c.id, c.name, c.field, `${show(c.from)} → ${show(c.to)}`]),
  );
  section(
    "Headcount by branch",
    diff.headcount.map((h) => [h.branch.id, h.branch.name, `${h.before} → ${h.after}`, signed(h.delta)]),
  );
  return `${out.join("\n")}\n`;
}

function show(value: string | number): string {
  return value === "" ? "(none)" : String(value);
}

/** Rows as lines with columns padded to their widest cell (display width, for Chinese names). */
function aligned(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((c, k) => {
      widths[k] = Math.max(widths[k] ?? 0, displayWidth(c));
    });
  }
  return rows.map((row) =>
    row.map((c, k) => (k === row.length - 1 ? c : c + " ".repeat((widths[k] as number) - displayWidth(c)))).join("  "),
  );
}

/**
 * Mermaid `flowchart TD` of the people in scope, as GitHub renders it in Markdown: one node
 * per person labelled with name and role title, solid lines as `-->` and dotted lines as
 * `-.->`, each drawn from the manager down to the report.
 */
import type { Org } from "../org/org.js";
import { plural } from "../util/plural.js";
import { type ExportOptions, exportScope, roleTitle } from "./scope.js";

/**
 * The org (or a subtree) as Mermaid flowchart text.
 *
 * @example
 * const text = exportMermaid(org, { unit: "bj-cy" }); // "flowchart TD\n  p_110101[\"何强<br/>部门负责人\"]\n…"
 */
export function exportMermaid(org: Org, options: ExportOptions = {}): string {
  const scope = exportScope(org, options);
  const top = scope.units[0];
  const lines = ["flowchart TD"];
  if (top) lines.push(`  %% ${comment(`${top.name} (${top.id})`)}: ${plural(scope.people.length, "person", "people")}`);
  for (const p of scope.people) {
    lines.push(`  ${mermaidId(p.id)}["${mermaidText(p.name)}<br/>${mermaidText(roleTitle(org, p.role))}"]`);
  }
  for (const p of scope.people) {
    if (p.manager && scope.personIds.has(p.manager.id))
      lines.push(`  ${mermaidId(p.manager.id)} --> ${mermaidId(p.id)}`);
  }
  for (const p of scope.people) {
    for (const d of p.dotted) {
      if (scope.personIds.has(d.manager.id)) lines.push(`  ${mermaidId(d.manager.id)} -.-> ${mermaidId(p.id)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Mermaid's default limits (`maxEdges`, `maxTextSize`), which GitHub's renderer keeps: a
 * chart past either is refused with an error instead of drawn.
 */
export const MERMAID_LIMITS = { edges: 500, characters: 50_000 } as const;

/**
 * Whether a chart from `exportMermaid` stays within `MERMAID_LIMITS`, and its size.
 *
 * @example mermaidSize(exportMermaid(org)) // { edges: 112, characters: 4210, fits: true }
 */
export function mermaidSize(text: string): {
  readonly edges: number;
  readonly characters: number;
  readonly fits: boolean;
} {
  const edges = text.split("\n").filter((l) => / (-->|-\.->) /.test(l)).length;
  const characters = text.length;
  return { edges, characters, fits: edges <= MERMAID_LIMITS.edges && characters <= MERMAID_LIMITS.characters };
}

/**
 * A node id Mermaid accepts for any person id: `p_` (so no id is a keyword such as `end`)
 * then the id with every character outside [A-Za-z0-9] escaped, injectively: `_` → `__`,
 * `-` → `_h`, `.` → `_d`, any other character → `_u<hex>_`.
 *
 * @example mermaidId("bj-cy.01") // "p_bj_hcy_d01"
 */
export function mermaidId(id: string): string {
  let out = "p_";
  for (const ch of id) {
    if (/[A-Za-z0-9]/.test(ch)) out += ch;
    else if (ch === "_") out += "__";
    else if (ch === "-") out += "_h";
    else if (ch === ".") out += "_d";
    else out += `_u${(ch.codePointAt(0) as number).toString(16)}_`;
  }
  return out;
}

/**
 * Text inside a quoted Mermaid label: characters with a meaning there become Mermaid entity
 * codes (`#quot;` …), line breaks become spaces. Chinese and other scripts pass through.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[#"<>&`]/g, (c) => `#${c.charCodeAt(0)};`)
    .trim();
}

function comment(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}

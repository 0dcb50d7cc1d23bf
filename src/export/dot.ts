/**
 * Graphviz DOT: people as boxes labelled with name and role title, grouped in nested
 * clusters by unit (the unit's name as the cluster label); solid lines as plain edges and
 * dotted lines with `style=dashed`, each from the manager down to the report.
 */
import type { Org } from "../org/org.js";
import { addTo } from "../util/multimap.js";
import { type ExportOptions, exportScope, roleTitle } from "./scope.js";

/**
 * The org (or a subtree) as a DOT digraph, for `dot -Tsvg`.
 *
 * @example
 * const dot = exportDot(org, { unit: "bj" }); // "digraph org {\n  rankdir=TB;\n…"
 */
export function exportDot(org: Org, options: ExportOptions = {}): string {
  const scope = exportScope(org, options);
  const members = new Map<string, string[]>();
  for (const p of scope.people) {
    const line = `${dotId(`person:${p.id}`)} [label=${dotId(`${p.name}\n${roleTitle(org, p.role)}`)}];`;
    addTo(members, p.unit, line);
  }
  const out = [
    "digraph org {",
    "  rankdir=TB;",
    '  node [shape=box, style=rounded, fontname="sans-serif"];',
    '  edge [fontname="sans-serif"];',
  ];
  // Clusters nest as units do: open a unit's cluster, write its members, close it once the
  // walk (tree order, with depths) leaves its subtree.
  const open: number[] = [];
  for (const u of scope.units) {
    while (open.length > 0 && (open.at(-1) as number) >= u.depth) {
      open.pop();
      out.push(`${indent(open.length + 1)}}`);
    }
    const pad = indent(open.length + 1);
    out.push(`${pad}subgraph ${dotId(`cluster_${u.id}`)} {`, `${pad}  label=${dotId(u.name)};`);
    for (const line of members.get(u.id) ?? []) out.push(`${pad}  ${line}`);
    open.push(u.depth);
  }
  while (open.length > 0) {
    open.pop();
    out.push(`${indent(open.length + 1)}}`);
  }
  for (const p of scope.people) {
    if (p.manager && scope.personIds.has(p.manager.id)) {
      out.push(`  ${dotId(`person:${p.manager.id}`)} -> ${dotId(`person:${p.id}`)};`);
    }
    for (const d of p.dotted) {
      if (scope.personIds.has(d.manager.id)) {
        out.push(`  ${dotId(`person:${d.manager.id}`)} -> ${dotId(`person:${p.id}`)} [style=dashed];`);
      }
    }
  }
  out.push("}");
  return `${out.join("\n")}\n`;
}

/** A DOT quoted string: backslashes and quotes escaped, line breaks as `\n`. */
export function dotId(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

function indent(level: number): string {
  return "  ".repeat(level);
}

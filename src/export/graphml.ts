/**
 * GraphML of the public `org.graph` (or of the subgraph an export's scope covers): every
 * node and edge with all its attributes, one `<key>` per attribute name, typed from its
 * values. Readable by graphology-graphml's parser, Gephi, yEd, NetworkX and igraph.
 *
 * NOTE: graphology-graphml (0.5.2, the latest release) ships a parser only — its writer
 * exists only as an unmerged pull request — so the XML is written here, in the shape its
 * parser reads back (tests hold the two together).
 */
import type { Attributes } from "graphology-types";
import type { Org } from "../org/org.js";
import { xmlAttribute as attr, xmlText as text } from "../report/xml.js";
import { type ExportOptions, exportScope } from "./scope.js";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

type KeyType = "boolean" | "double" | "string";

interface Key {
  id: string;
  name: string;
  type: KeyType;
}

/**
 * The org graph (or a subtree's part of it) as GraphML text.
 *
 * @example
 * const xml = exportGraphml(org); // "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml …"
 */
export function exportGraphml(org: Org, options: ExportOptions = {}): string {
  const scope = exportScope(org, options);
  const graph = org.graph;
  const keep = (node: string) => {
    const a = graph.getNodeAttributes(node);
    return a.kind === "unit" ? scope.unitIds.has(String(a.id)) : scope.personIds.has(String(a.id));
  };
  const nodes = graph.filterNodes((node) => keep(node));
  const kept = new Set(nodes);
  const edges = graph.filterEdges((_edge, _attributes, source, target) => kept.has(source) && kept.has(target));
  const nodeKeys = keysOf(
    "n",
    nodes.map((n) => graph.getNodeAttributes(n)),
  );
  const edgeKeys = keysOf(
    "e",
    edges.map((e) => graph.getEdgeAttributes(e)),
  );
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
  ];
  for (const [kind, keys] of [
    ["node", nodeKeys],
    ["edge", edgeKeys],
  ] as const) {
    for (const k of keys.values()) {
      out.push(`  <key id="${k.id}" for="${kind}" attr.name="${attr(k.name)}" attr.type="${k.type}"/>`);
    }
  }
  out.push('  <graph id="org" edgedefault="directed">');
  for (const node of nodes) {
    out.push(`    <node id="${attr(node)}">${data(graph.getNodeAttributes(node), nodeKeys)}</node>`);
  }
  edges.forEach((edge, i) => {
    const source = attr(graph.source(edge));
    const target = attr(graph.target(edge));
    out.push(
      `    <edge id="e${i}" source="${source}" target="${target}">${data(graph.getEdgeAttributes(edge), edgeKeys)}</edge>`,
    );
  });
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}

/** One key per attribute name: `double` if every value is a number, `boolean` if every one is, else `string`. */
function keysOf(prefix: string, all: Attributes[]): Map<string, Key> {
  const types = new Map<string, KeyType>();
  for (const attributes of all) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      const type: KeyType = typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";
      const seen = types.get(name);
      types.set(name, seen === undefined || seen === type ? type : "string");
    }
  }
  const keys = new Map<string, Key>();
  let i = 0;
  for (const [name, type] of types) keys.set(name, { id: `${prefix}${i++}`, name, type });
  return keys;
}

function data(attributes: Attributes, keys: Map<string, Key>): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    const key = keys.get(name);
    if (!key || value === undefined || value === null) continue;
    const shown = typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
    out += `<data key="${key.id}">${text(shown)}</data>`;
  }
  return out;
}

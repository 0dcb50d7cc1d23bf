/** The model as a graphology multi-graph, for users' own graph algorithms and for exports. */
import { createRequire } from "node:module";
import type { AbstractGraph } from "graphology-types";
import type { ModelData } from "./build.js";
import { NONE, type UnitData } from "./data.js";

export type OrgGraph = AbstractGraph;

export const unitNode = (id: string) => `unit:${id}`;
export const personNode = (id: string) => `person:${id}`;

export function buildGraph(data: ModelData): OrgGraph {
  // Loaded on first use of `org.graph`: validating and querying never need it.
  const { MultiDirectedGraph } = createRequire(import.meta.url)("graphology") as typeof import("graphology");
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  const { units, people } = data;
  for (const u of units) graph.addNode(unitNode(u.id), { kind: "unit", id: u.id, name: u.name, type: u.type });
  for (const p of people) graph.addNode(personNode(p.id), { kind: "person", id: p.id, name: p.name, role: p.role });
  for (const u of units) {
    if (u.parent !== NONE)
      graph.addDirectedEdge(unitNode(u.id), unitNode((units[u.parent] as UnitData).id), { kind: "parent" });
  }
  for (const p of people) {
    for (const post of p.posts) {
      if (post.unit === NONE) continue;
      graph.addDirectedEdge(personNode(p.id), unitNode((units[post.unit] as UnitData).id), {
        kind: "member",
        role: post.role,
        fte: post.fte,
        primary: post.primary,
      });
    }
    if (p.manager !== NONE)
      graph.addDirectedEdge(personNode(p.id), personNode(people[p.manager]?.id as string), { kind: "solid" });
    for (const d of p.dotted) {
      graph.addDirectedEdge(personNode(p.id), personNode(people[d.manager]?.id as string), {
        kind: "dotted",
        source: d.source,
      });
    }
  }
  return graph;
}

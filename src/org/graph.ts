/** The model as a graphology multi-graph, for users' own graph algorithms and for exports. */
import { MultiDirectedGraph } from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import type { ModelData } from "../model/build.js";
import { NONE, type UnitData } from "../model/data.js";

export const unitNode = (id: string) => `unit:${id}`;
export const personNode = (id: string) => `person:${id}`;

/** The org's graph; with `frozen`, every attribute object is frozen (for the shared read-only view). */
export function buildGraph(data: ModelData, { frozen }: { frozen: boolean }): AbstractGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: false });
  const attrs = frozen ? <T extends Attributes>(a: T): T => Object.freeze(a) : <T extends Attributes>(a: T): T => a;
  const { units, people } = data;
  for (const u of units) graph.addNode(unitNode(u.id), attrs({ kind: "unit", id: u.id, name: u.name, type: u.type }));
  for (const p of people)
    graph.addNode(personNode(p.id), attrs({ kind: "person", id: p.id, name: p.name, role: p.role }));
  for (const u of units) {
    if (u.parent !== NONE)
      graph.addDirectedEdge(unitNode(u.id), unitNode((units[u.parent] as UnitData).id), attrs({ kind: "parent" }));
  }
  for (const p of people) {
    for (const post of p.posts) {
      if (post.unit === NONE) continue;
      graph.addDirectedEdge(
        personNode(p.id),
        unitNode((units[post.unit] as UnitData).id),
        attrs({ kind: "member", role: post.role, fte: post.fte, primary: post.primary }),
      );
    }
    if (p.manager !== NONE)
      graph.addDirectedEdge(personNode(p.id), personNode(people[p.manager]?.id as string), attrs({ kind: "solid" }));
    for (const d of p.dotted) {
      graph.addDirectedEdge(
        personNode(p.id),
        personNode(people[d.manager]?.id as string),
        attrs({ kind: "dotted", source: d.source }),
      );
    }
  }
  if (frozen) Object.freeze(graph.getAttributes());
  return graph;
}

/**
 * graphology's methods that change a graph (adding, merging, updating, dropping, setting,
 * importing), and the event emitter's that change its listeners (`on`, `once`, `off`,
 * `prepend…`): a shared read-only graph takes no listener either.
 */
const MUTATOR = /^(?:add|merge|update|drop|clear|set|remove|replace|import|prepend|on$|once$|off$)/;

/**
 * A view of `graph` through which it cannot be changed: every mutating method throws a
 * TypeError naming `toGraph()`, and so does assigning a property. Reading methods work as
 * on the graph itself (they run against the real graph, so they cost the same).
 */
export function readOnlyGraph(graph: AbstractGraph): AbstractGraph {
  return new Proxy(graph, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key === "string" && typeof value === "function" && MUTATOR.test(key)) {
        return () => {
          throw new TypeError(`Org.graph.${key}: the org's graph is read-only; use org.toGraph() for a copy to change`);
        };
      }
      return value;
    },
    set(_target, key) {
      throw new TypeError(`Org.graph: cannot set "${String(key)}": the org's graph is read-only; use org.toGraph()`);
    },
    defineProperty(_target, key) {
      throw new TypeError(`Org.graph: cannot define "${String(key)}": the org's graph is read-only; use org.toGraph()`);
    },
    deleteProperty(_target, key) {
      throw new TypeError(`Org.graph: cannot delete "${String(key)}": the org's graph is read-only; use org.toGraph()`);
    },
  });
}

/**
 * `org.graph` through the public API: a read-only view of the org's graphology graph.
 * Every reading method of graphology's Graph gives through the view what it gives on a plain
 * graph of the same content; every changing method throws a TypeError that names
 * `toGraph`, and leaves the graph as it was; attributes are frozen; properties cannot be set.
 * `org.toGraph()` is the caller's own graph to change.
 */
import { MultiDirectedGraph } from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import { type Org, parseOrg } from "orgspec";
import { describe, expect, test } from "vitest";
import { skeleton } from "../helpers/skeleton.js";

/** The skeleton org plus one person with a dotted line and an `also` post: every kind of edge. */
const TEXT = skeleton({
  people:
    '  - { id: "110413", name: 李娜, unit: team, role: renewal-specialist, fte: 0.8, dottedLines: ["110001"], also: [{ unit: sb, role: general-admin, fte: 0.2 }] }\n',
});

function load(): Org {
  const result = parseOrg(TEXT, { filename: "t.yaml" });
  expect(result.diagnostics).toEqual([]);
  if (!result.ok) throw new Error("the test org does not load");
  return result.org;
}

/** A person with edges of every kind going out (member ×2, solid, dotted ×2). */
const NODE = "person:110413";
/** A person with edges in and out. */
const OTHER = "person:110411";

/** Every method of the class behind `org.graph` (graphology's MultiDirectedGraph and its bases). */
const GRAPH_METHODS: readonly string[] = (() => {
  const names = new Set<string>();
  for (let p = MultiDirectedGraph.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
      if (name !== "constructor" && typeof d.value === "function") names.add(name);
    }
  }
  return [...names].sort();
})();

/** graphology 0.26's methods that change a graph (its structure, attributes or counters). */
const MUTATING = [
  "_resetInstanceCounters",
  "addDirectedEdge",
  "addDirectedEdgeWithKey",
  "addEdge",
  "addEdgeWithKey",
  "addNode",
  "addUndirectedEdge",
  "addUndirectedEdgeWithKey",
  "clear",
  "clearEdges",
  "dropDirectedEdge",
  "dropEdge",
  "dropNode",
  "dropUndirectedEdge",
  "import",
  "mergeAttributes",
  "mergeDirectedEdge",
  "mergeDirectedEdgeAttributes",
  "mergeDirectedEdgeWithKey",
  "mergeEdge",
  "mergeEdgeAttributes",
  "mergeEdgeWithKey",
  "mergeNode",
  "mergeNodeAttributes",
  "mergeOppositeAttributes",
  "mergeSourceAttributes",
  "mergeTargetAttributes",
  "mergeUndirectedEdge",
  "mergeUndirectedEdgeAttributes",
  "mergeUndirectedEdgeWithKey",
  "removeAttribute",
  "removeDirectedEdgeAttribute",
  "removeEdgeAttribute",
  "removeNodeAttribute",
  "removeOppositeAttribute",
  "removeSourceAttribute",
  "removeTargetAttribute",
  "removeUndirectedEdgeAttribute",
  "replaceAttributes",
  "replaceDirectedEdgeAttributes",
  "replaceEdgeAttributes",
  "replaceNodeAttributes",
  "replaceOppositeAttributes",
  "replaceSourceAttributes",
  "replaceTargetAttributes",
  "replaceUndirectedEdgeAttributes",
  "setAttribute",
  "setDirectedEdgeAttribute",
  "setEdgeAttribute",
  "setNodeAttribute",
  "setOppositeAttribute",
  "setSourceAttribute",
  "setTargetAttribute",
  "setUndirectedEdgeAttribute",
  "updateAttribute",
  "updateAttributes",
  "updateDirectedEdge",
  "updateDirectedEdgeAttribute",
  "updateDirectedEdgeAttributes",
  "updateDirectedEdgeWithKey",
  "updateEachEdgeAttributes",
  "updateEachNodeAttributes",
  "updateEdge",
  "updateEdgeAttribute",
  "updateEdgeAttributes",
  "updateEdgeWithKey",
  "updateNode",
  "updateNodeAttribute",
  "updateNodeAttributes",
  "updateOppositeAttribute",
  "updateOppositeAttributes",
  "updateSourceAttribute",
  "updateSourceAttributes",
  "updateTargetAttribute",
  "updateTargetAttributes",
  "updateUndirectedEdge",
  "updateUndirectedEdgeAttribute",
  "updateUndirectedEdgeAttributes",
  "updateUndirectedEdgeWithKey",
];

/** Node's EventEmitter methods (a graphology Graph is one) that change its listeners. */
const LISTENING = [
  "addListener",
  "off",
  "on",
  "once",
  "prependListener",
  "prependOnceListener",
  "removeAllListeners",
  "removeListener",
  "setMaxListeners",
];

/** Names of methods that only read: iteration, lookups, degrees, attributes, copies, events. */
const READING =
  /^(forEach|map|filter|reduce|find|some|every|has|get|are|is)[A-Z]|(Entries|Neighbors|Edges|Degree|WithoutSelfLoops)$|^(nodes|edges|neighbors|degree|edge|directedEdge|undirectedEdge|source|target|opposite|extremities|copy|emptyCopy|nullCopy|export|inspect|toJSON|toString|emit|listeners|rawListeners|listenerCount|eventNames)$/;

const READ_METHODS = GRAPH_METHODS.filter((name) => !MUTATING.includes(name) && !LISTENING.includes(name));

type Call = (graph: AbstractGraph) => unknown;

/** The arguments of a reading method (not an iteration) in the sweep, by the shape of its name. */
function readArgs(name: string, edge: string): unknown[] {
  const attribute = name.endsWith("Attribute") ? ["kind"] : [];
  if (name.includes("Opposite")) return [NODE, edge, ...attribute];
  if (/^(get|has)(Source|Target|Edge)Attributes?$/.test(name)) return [edge, ...attribute];
  // On a multigraph these want a key no typed variant accepts: refused alike, view or not.
  if (/^(get|has)(Directed|Undirected)EdgeAttributes?$/.test(name)) return [NODE, OTHER, ...attribute];
  if (/^(get|has)NodeAttributes?$/.test(name)) return [NODE, ...attribute];
  if (/^(get|has)Attributes?$/.test(name)) return name.endsWith("Attribute") ? ["name"] : [];
  if (name === "opposite") return [NODE, edge];
  if (name === "hasExtremity") return [edge, NODE];
  if (/^(source|target|extremities|isSelfLoop|isDirected|isUndirected)$/.test(name)) return [edge];
  if (/^(are\w*Neighbors|has\w*Edge|edge|directedEdge|undirectedEdge)$/.test(name)) return [NODE, OTHER];
  if (
    /^(nodes|nodeEntries|edges|edgeEntries|export|inspect|toJSON|toString|copy|emptyCopy|nullCopy|eventNames|getMaxListeners)$/.test(
      name,
    )
  )
    return [];
  if (/^(emit|listeners|rawListeners|listenerCount)$/.test(name)) return ["nodeAdded"];
  return [NODE]; // hasNode, degrees, and the neighbors, edges and entries of one node
}
const method = (graph: AbstractGraph, name: string) =>
  (graph as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown;

/** The arguments a reading method gets in the sweep, by the shape of its name. */
function readCall(name: string): Call {
  return (graph) => {
    const fn = method(graph, name);
    const edge = graph.outEdges(NODE)[0] as string;
    const seen: unknown[] = [];
    const record =
      (answer: unknown) =>
      (...args: unknown[]) => {
        seen.push(args);
        return answer;
      };
    const iteration = /^(forEach|map|filter|reduce|find|some|every)(.*)$/.exec(name);
    if (iteration) {
      const [, verb, what = ""] = iteration;
      const answer = verb === "filter" || verb === "every" ? true : verb === "map" ? 1 : verb === "reduce" ? [] : false;
      const cb = record(answer);
      const onNode = /Neighbor|Edge/.test(what);
      const args: unknown[] = /Adjacency/.test(what) ? [cb] : onNode ? [NODE, cb] : [cb];
      if (verb === "reduce") args.push([]);
      return { value: fn.apply(graph, args), seen };
    }
    const args = readArgs(name, edge);
    const value = fn.apply(graph, args);
    return { value, seen };
  };
}

/** A value made comparable: iterators spread, graphs exported, errors by name and message. */
function settle(run: () => unknown): unknown {
  try {
    const out = run() as { value: unknown; seen: unknown[] };
    let value = out.value;
    if (value instanceof MultiDirectedGraph || (value && typeof (value as AbstractGraph).export === "function"))
      value = { graph: (value as AbstractGraph).export() };
    else if (value && typeof value === "object" && typeof (value as Iterator<unknown>).next === "function")
      value = [...(value as Iterable<unknown>)];
    return { value, seen: out.seen };
  } catch (error) {
    return { threw: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

describe("org.graph, read-only", () => {
  test("is built once and shared; order, size, forEachEdge, outNeighbors, getNodeAttributes", () => {
    const org = load();
    const graph = org.graph;
    expect(org.graph).toBe(graph);
    expect(graph.order).toBe(10); // 4 units, 6 people
    expect(graph.size).toBe(17);
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
    const kinds: Record<string, number> = {};
    graph.forEachEdge((_edge, attributes) => {
      const kind = String(attributes.kind);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    });
    expect(kinds).toEqual({ parent: 3, member: 7, solid: 5, dotted: 2 });
    expect(graph.outNeighbors(NODE).sort()).toEqual(
      ["person:110001", "person:110401", "person:110411", "unit:sb", "unit:team"].sort(),
    );
    expect(graph.inNeighbors(OTHER)).toEqual(["person:110412", NODE]);
    expect(graph.getNodeAttributes(NODE)).toEqual({
      kind: "person",
      id: "110413",
      name: "李娜",
      role: "renewal-specialist",
    });
    expect(graph.getNodeAttribute("unit:sb", "name")).toBe("东城支公司保费部");
    expect(graph.hasNode("unit:hq")).toBe(true);
    expect(graph.outDegree(NODE)).toBe(5);
    expect([...graph.nodeEntries()].map((e) => e.node)).toEqual(graph.nodes());
  });

  test("export and copy give plain data and a plain graph, the caller's to change", () => {
    const org = load();
    const exported = org.graph.export();
    expect(exported.nodes).toHaveLength(10);
    expect(exported.edges).toHaveLength(17);
    expect(Object.isFrozen(exported.nodes[0]?.attributes)).toBe(false);
    const copy = org.graph.copy();
    expect(copy.export()).toEqual(exported);
    copy.dropNode(NODE);
    copy.setNodeAttribute("unit:hq", "name", "changed");
    expect(copy.order).toBe(9);
    expect(org.graph.export()).toEqual(exported);
  });

  test("every reading method of graphology's Graph gives what it gives on a plain copy", () => {
    const org = load();
    const view = org.graph;
    const plain = view.copy(); // a real graph, same keys; its methods run without the view
    const before = view.export();
    const differ: string[] = [];
    for (const name of READ_METHODS) {
      const call = readCall(name);
      const got = settle(() => call(view));
      const want = settle(() => call(plain));
      if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${name}: ${JSON.stringify(got).slice(0, 200)}`);
    }
    expect(differ).toEqual([]);
    expect(view.export(), "reading changed nothing").toEqual(before);
  });

  test("graphology's methods are all known: changing, listening, or reading (a new one needs a place here)", () => {
    const unknown = READ_METHODS.filter((name) => !READING.test(name));
    expect(unknown, "neither in MUTATING, nor in LISTENING, nor a reading name").toEqual([]);
    const missing = [...MUTATING, ...LISTENING].filter((name) => !GRAPH_METHODS.includes(name));
    expect(missing, "listed here but not on graphology's Graph").toEqual([]);
  });

  test.each(MUTATING)("%s throws a TypeError naming toGraph, and changes nothing", (name) => {
    const org = load();
    const view = org.graph;
    const before = view.export();
    const fn = method(view, name);
    expect(() => fn.call(view, NODE, "kind", "x")).toThrow(TypeError);
    expect(() => fn.call(view, NODE, "kind", "x")).toThrow(/toGraph/);
    expect(view.export()).toEqual(before);
  });

  test("attributes are frozen: the graph's, each node's and each edge's", () => {
    const view = load().graph;
    const node = view.getNodeAttributes(NODE) as Attributes;
    expect(Object.isFrozen(node)).toBe(true);
    expect(() => {
      node.name = "someone else";
    }).toThrow(TypeError);
    expect(view.getNodeAttribute(NODE, "name")).toBe("李娜");
    const edge = view.outEdges(NODE)[0] as string;
    expect(Object.isFrozen(view.getEdgeAttributes(edge))).toBe(true);
    expect(Object.isFrozen(view.getAttributes())).toBe(true);
    view.forEachNode((_node, attributes) => expect(Object.isFrozen(attributes)).toBe(true));
    view.forEachEdge((_edge, attributes) => expect(Object.isFrozen(attributes)).toBe(true));
    for (const entry of view.nodeEntries()) expect(Object.isFrozen(entry.attributes)).toBe(true);
  });

  test("setting, defining or deleting a property of the view throws a TypeError naming toGraph", () => {
    const org = load();
    const view = org.graph as unknown as Record<string, unknown>;
    expect(() => {
      view.extra = 1;
    }).toThrow(/toGraph/);
    expect(() => {
      view._nodes = new Map();
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(view, "order", { value: 0 })).toThrow(/toGraph/);
    expect(() => {
      delete view.addNode;
    }).toThrow(/toGraph/);
    expect(() => {
      (org as unknown as Record<string, unknown>).graph = null;
    }).toThrow(TypeError);
    expect(org.graph.order).toBe(10);
  });
});

/** The view refuses the event emitter's methods too, before they write: a shared graph takes no listener. */
test("listener methods throw a TypeError naming toGraph, and change no listener", () => {
  const view = load().graph;
  const listener = () => {};
  for (const name of LISTENING) {
    expect(() => method(view, name).call(view, "nodeAdded", listener), name).toThrow(/toGraph/);
  }
  expect(view.listenerCount("nodeAdded")).toBe(0);
});

describe("org.toGraph()", () => {
  test("a fresh graph of the same content each time, mutable, with attributes not frozen", () => {
    const org = load();
    const a = org.toGraph();
    const b = org.toGraph();
    expect(a).not.toBe(b);
    expect(a).not.toBe(org.graph);
    const content = (g: AbstractGraph) => ({
      nodes: g.export().nodes,
      edges: g.mapEdges((_e, attributes, source, target) => ({ source, target, attributes })),
    });
    expect(content(a)).toEqual(content(org.graph));
    expect(Object.isFrozen(a.getNodeAttributes(NODE))).toBe(false);
  });

  test("changing it leaves org.graph and the org's answers as they were", () => {
    const org = load();
    const before = org.graph.export();
    const g = org.toGraph();
    g.addNode("person:new", { kind: "person", id: "new" });
    g.addDirectedEdge("person:new", NODE, { kind: "solid" });
    g.dropNode("person:110412");
    g.setNodeAttribute("unit:hq", "name", "changed");
    g.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, seen: true }));
    g.mergeEdge(NODE, "unit:hq", { kind: "member" });
    expect(g.order).toBe(10);
    expect(g.getNodeAttribute("unit:hq", "seen")).toBe(true);
    g.clear();
    expect(g.order).toBe(0);
    expect(org.graph.export()).toEqual(before);
    expect(org.graph.getNodeAttributes("unit:hq")).not.toHaveProperty("seen");
    expect(org.managerOf("110412")?.id).toBe("110411");
    expect(org.toGraph().order).toBe(10);
  });
});

/**
 * The upward chain along dotted, or solid and dotted, lines as a DAG: breadth-first search
 * up from the person (each manager once, at its fewest lines away), then Tarjan's strongly
 * connected components over the chain, to leave out the lines that lead back around a cycle
 * (dotted lines may loop: a functional manager may report functionally back down). O(people
 * and lines in the chain).
 */
import { NONE } from "../model/data.js";
import type { DottedIndex } from "./dotted.js";
import type { ReportingForest } from "./forest.js";

/** A line up from one person of the chain to another. */
export interface ChainEdgeData {
  /** The person the line comes from. */
  readonly from: number;
  readonly dotted: boolean;
}

/** One manager of the chain, by index. */
export interface ChainStep {
  readonly person: number;
  /** Fewest lines from the person (1: a direct manager). */
  readonly depth: number;
  /** The lines kept into this manager, by the position of their source (the person first). */
  readonly from: ChainEdgeData[];
}

/**
 * The managers above `person` over `lines` ("dotted": dotted lines only; "all": either kind
 * at each step), breadth-first: the solid manager before the dotted ones, dotted ones in
 * order of precedence, as `managersOver` gives them.
 */
export function upwardChain(f: ReportingForest, d: DottedIndex, person: number, lines: "dotted" | "all"): ChainStep[] {
  const up = (x: number): { to: number; dotted: boolean }[] => {
    const out: { to: number; dotted: boolean }[] = [];
    const solid = f.parent[x] as number;
    if (lines === "all" && solid !== NONE) out.push({ to: solid, dotted: false });
    for (let k = d.upOffsets[x] as number; k < (d.upOffsets[x + 1] as number); k++) {
      out.push({ to: d.up[k] as number, dotted: true });
    }
    return out;
  };

  // Breadth-first: the chain's order and each manager's depth.
  const position = new Map<number, number>([[person, 0]]);
  const order = [person];
  const depth = [0];
  const ups: { to: number; dotted: boolean }[][] = [];
  for (let head = 0; head < order.length; head++) {
    const edges = up(order[head] as number);
    ups.push(edges);
    for (const e of edges) {
      if (position.has(e.to)) continue;
      position.set(e.to, order.length);
      order.push(e.to);
      depth.push((depth[head] as number) + 1);
    }
  }

  // NOTE: a line is left out only when it lies on a cycle (its ends in one strongly
  // connected component: dotted lines that loop) and leads back in the breadth-first order.
  // Every other line is kept — a line between components follows their DAG, one inside a
  // component leads away from the person — so the lines kept form a DAG, and the line by
  // which breadth-first search found each manager is among them.
  const targets = ups.map((edges) => edges.map((e) => position.get(e.to) as number));
  const component = components(targets);
  const from: ChainEdgeData[][] = order.map(() => []);
  for (let at = 0; at < order.length; at++) {
    const edges = ups[at] as { to: number; dotted: boolean }[];
    edges.forEach((e, k) => {
      const to = (targets[at] as number[])[k] as number;
      if (component[at] === component[to] && to < at) return;
      (from[to] as ChainEdgeData[]).push({ from: at, dotted: e.dotted });
    });
  }

  const steps: ChainStep[] = [];
  for (let i = 1; i < order.length; i++) {
    const edges = from[i] as ChainEdgeData[]; // by source: sources come in breadth-first order
    steps.push({
      person: order[i] as number,
      depth: depth[i] as number,
      from: edges.map((e) => ({ from: order[e.from] as number, dotted: e.dotted })),
    });
  }
  return steps;
}

/**
 * Tarjan's strongly connected components, iteratively (deep chains are safe): the component
 * of each node of the graph `targets` (node → successors).
 */
function components(targets: readonly (readonly number[])[]): Int32Array {
  const n = targets.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [node: number, next: number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1] as [number, number];
      const [v, k] = top;
      const edges = targets[v] as readonly number[];
      if (k < edges.length) {
        top[1] = k + 1;
        const w = edges[k] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w] === 1) {
          low[v] = Math.min(low[v] as number, index[w] as number);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  return component;
}

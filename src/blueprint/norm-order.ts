/**
 * The order norms are evaluated in: a norm with a `{ role: R }` term counts the required
 * posts of R, so R's norms go first. Depth-first topological sort over roles (Tarjan-style
 * colouring); each cycle is returned once, as the roles on it.
 */
import type { NormDefInput } from "../schema/demand.js";

export interface NormOrder {
  /** Every role with a norm, each after the roles its norms count. */
  roles: string[];
  /** Each cycle once: the roles on it, each counting the next, starting where the search first met it. */
  cycles: string[][];
}

export function normOrder(norms: readonly NormDefInput[]): NormOrder {
  const counts = new Map<string, string[]>();
  for (const norm of norms) {
    const list = counts.get(norm.role) ?? [];
    for (const term of norm.per ?? []) if ("role" in term && !list.includes(term.role)) list.push(term.role);
    counts.set(norm.role, list);
  }
  const state = new Map<string, 1 | 2>(); // 1 on the current path, 2 done
  const roles: string[] = [];
  const cycles: string[][] = [];
  const path: string[] = [];
  const visit = (role: string) => {
    const s = state.get(role);
    if (s === 2) return;
    if (s === 1) {
      cycles.push(path.slice(path.indexOf(role)));
      return;
    }
    state.set(role, 1);
    path.push(role);
    for (const next of counts.get(role) ?? []) visit(next);
    path.pop();
    state.set(role, 2);
    if (counts.has(role)) roles.push(role);
  };
  for (const role of counts.keys()) visit(role);
  return { roles, cycles };
}

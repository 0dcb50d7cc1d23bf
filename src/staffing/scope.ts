/**
 * Scopes: the whole org or one unit's subtree, as units in preorder (every parent before its
 * children, siblings in source order) plus a membership mask. Iterative: deep trees are safe.
 */
import { NONE, type UnitData } from "../model/data.js";

export interface Scope {
  /** The subtree's root unit, or NONE for the whole org. */
  root: number;
  /** Unit indexes in preorder. */
  units: number[];
  /** `has[i]` is 1 when unit i is in scope. */
  has: Uint8Array;
}

/** Every unit, from each root down (a forest when the org has errors). */
export function wholeOrg(units: readonly UnitData[]): Scope {
  const roots = units.filter((u) => u.parent === NONE).map((u) => u.index);
  const scope = preorder(units, roots, NONE);
  // NOTE: the model cuts unit cycles, so every unit hangs under some root; this only guards
  // the promise that the whole org's figures are the sum over all units.
  if (scope.units.length < units.length) {
    for (const u of units) {
      if (scope.has[u.index] === 0) {
        scope.has[u.index] = 1;
        scope.units.push(u.index);
      }
    }
  }
  return scope;
}

/** The unit and every unit below it. */
export function subtree(units: readonly UnitData[], root: number): Scope {
  return preorder(units, [root], root);
}

function preorder(units: readonly UnitData[], starts: number[], root: number): Scope {
  const has = new Uint8Array(units.length);
  const order: number[] = [];
  const stack = [...starts].reverse();
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (has[i] === 1) continue;
    has[i] = 1;
    order.push(i);
    const children = (units[i] as UnitData).children;
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as number);
  }
  return { root, units: order, has };
}

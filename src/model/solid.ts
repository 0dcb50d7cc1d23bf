/**
 * Solid-line managers by format.md's four steps, in one pass: (1) explicit reportsTo;
 * (2) the head of the person's unit, unless that is the person; (3) the head of the nearest
 * ancestor with a head other than the person; (4) none. Step 3 uses a precomputed "nearest
 * headed ancestor" per unit, so no person walks the tree. Cycles are found by colouring the
 * functional graph person → manager; everyone on a cycle is left without a manager.
 */
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { type At, NONE, type PersonData, personAt, postAt, type UnitData, unitAt } from "./data.js";

export function resolveManagers(sink: DiagnosticSink, units: UnitData[], people: PersonData[]): void {
  const above = headedAncestors(units);
  const managerUnit = new Int32Array(people.length).fill(NONE);
  for (const p of people) {
    if (p.reportsTo !== NONE) {
      p.manager = p.reportsTo;
      continue;
    }
    if (p.unit === NONE) continue;
    const u = units[p.unit] as UnitData;
    let from = u.head !== NONE && u.head !== p.index ? u.index : (above[u.index] as number);
    while (from !== NONE && (units[from] as UnitData).head === p.index) from = above[from] as number;
    if (from !== NONE) {
      p.manager = (units[from] as UnitData).head;
      managerUnit[p.index] = from;
    }
  }
  breakCycles(sink, units, people, managerUnit);
}

/** For each unit, the nearest strict ancestor that has a head (or NONE). Top-down, linear. */
function headedAncestors(units: UnitData[]): Int32Array {
  const above = new Int32Array(units.length).fill(NONE);
  const stack = units.filter((u) => u.parent === NONE).map((u) => u.index);
  while (stack.length > 0) {
    const i = stack.pop() as number;
    const u = units[i] as UnitData;
    const next = u.head !== NONE ? i : (above[i] as number);
    for (const c of u.children) {
      above[c] = next;
      stack.push(c);
    }
  }
  return above;
}

function breakCycles(sink: DiagnosticSink, units: UnitData[], people: PersonData[], managerUnit: Int32Array) {
  const state = new Uint8Array(people.length);
  const cycles: PersonData[][] = [];
  for (const start of people) {
    const walk: number[] = [];
    let i = start.index;
    while (i !== NONE && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      i = (people[i] as PersonData).manager;
    }
    if (i !== NONE && state[i] === 1) cycles.push(walk.slice(walk.indexOf(i)).map((k) => people[k] as PersonData));
    for (const k of walk) state[k] = 2;
  }
  for (const cycle of cycles) {
    const reasons = cycle.map((p) => ({ p, at: reason(units, people, p, managerUnit) }));
    reasons.sort((a, b) => a.p.index - b.p.index);
    const names = [...cycle, cycle[0] as PersonData].map((p) => `"${p.id}"`).join(" → ");
    const [pin, ...rest] = reasons as [(typeof reasons)[0], ...typeof reasons];
    const from = cycle.indexOf(pin.p);
    const order = [...cycle.slice(from), ...cycle.slice(0, from)].map((p) => p.id);
    sink.report(
      "reporting-cycle",
      pin.at,
      `solid reporting lines form a cycle: ${names}`,
      { people: order },
      {
        hint: "set reportsTo (or the unit's head) so that the chain ends at the top of the org",
        related: rest.map(({ p, at }) => ({ ...at, message: `"${p.id}" is on the cycle` })),
      },
    );
    for (const p of cycle) p.manager = NONE;
  }
}

/** The place that makes p's solid line: reportsTo, or the head of the unit that gave it. */
function reason(units: UnitData[], people: PersonData[], p: PersonData, managerUnit: Int32Array): At {
  if (p.reportsTo !== NONE) return personAt(p, "reportsTo");
  const u = units[managerUnit[p.index] as number] as UnitData;
  if (u.record.data.head !== undefined) return unitAt(u, "head");
  const head = people[u.head] as PersonData;
  const post = head.posts.find((post) => post.unit === u.index);
  return post ? postAt(head, post) : personAt(p, "unit");
}

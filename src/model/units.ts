/**
 * Units: de-duplicated, parents resolved, exactly one root, no cycles. Cycles are cut at the
 * unit where they are found so the rest of the model is still a forest.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { Records } from "../load/records.js";
import { NO_META, NONE, type UnitData, unitAt } from "./data.js";
import { reportUnknownReference } from "./references.js";

export interface UnitIndex {
  units: UnitData[];
  byId: Map<string, number>;
}

export function buildUnits(sink: DiagnosticSink, records: Records, blueprint: Blueprint | undefined): UnitIndex {
  const units: UnitData[] = [];
  const byId = new Map<string, number>();
  for (const record of records.units) {
    const { data } = record;
    const first = byId.get(data.id);
    if (first !== undefined) {
      const prior = units[first] as UnitData;
      sink.report(
        "duplicate-id",
        { file: record.file, path: [...record.at, "id"] },
        `unit id "${data.id}" is used again`,
        { kind: "unit", id: data.id },
        {
          related: [{ ...unitAt(prior, "id"), message: `first defined here` }],
        },
      );
      continue;
    }
    const index = units.length;
    byId.set(data.id, index);
    units.push({
      index,
      id: data.id,
      type: data.type,
      name: data.name,
      parent: NONE,
      children: [],
      depth: 0,
      head: NONE,
      plan: mergedPlan(blueprint, data.type, data.plan),
      posts: [],
      meta: data.meta ?? NO_META,
      record,
    });
  }
  resolveParents(sink, units, byId, records.brokenUnitIds);
  checkRoots(sink, units, records);
  cutCycles(sink, units);
  for (const u of units) if (u.parent !== NONE) (units[u.parent] as UnitData).children.push(u.index);
  setDepths(units);
  return { units, byId };
}

function mergedPlan(bp: Blueprint | undefined, type: string, own: Record<string, number> | undefined) {
  const plan = new Map<string, number>(Object.entries(bp?.unitTypes.get(type)?.plan ?? {}));
  for (const [role, n] of Object.entries(own ?? {})) {
    if (n === 0) plan.delete(role);
    else plan.set(role, n);
  }
  return plan;
}

function resolveParents(sink: DiagnosticSink, units: UnitData[], byId: Map<string, number>, broken: Set<string>) {
  for (const u of units) {
    const parent = u.record.data.parent;
    if (parent === undefined) continue;
    const index = byId.get(parent);
    if (index !== undefined) u.parent = index;
    else if (!broken.has(parent)) {
      const reference = { kind: "unit", id: parent, field: "parent" } as const;
      reportUnknownReference(sink, unitAt(u, "parent"), `parent "${parent}" is not a unit`, reference, byId.keys());
    }
  }
}

/** Exactly one unit has no `parent` field (a unit whose parent is unknown is not a root). */
function checkRoots(sink: DiagnosticSink, units: UnitData[], records: Records) {
  const roots = units.filter((u) => u.record.data.parent === undefined);
  const first = roots[0];
  // A unit dropped for a schema error may be the root: no second diagnostic for its absence.
  if (records.droppedUnits > 0 && !first) return;
  if (units.length === 0 && records.brokenUnitIds.size === 0) {
    sink.report(
      "root-count",
      { file: records.root, path: ["units"] },
      "the org has no units; it needs exactly one root unit",
      { roots: [] },
    );
    return;
  }
  if (units.length > 0 && !first) {
    const u = units[0] as UnitData;
    const message = "no root unit: every unit has a parent; the top unit must have none";
    sink.report("root-count", unitAt(u, "id"), message, { roots: [] });
    return;
  }
  for (const extra of roots.slice(1)) {
    sink.report(
      "root-count",
      unitAt(extra, "id"),
      `unit "${extra.id}" has no parent, but "${first?.id}" is already the root; an org has one root unit`,
      { roots: roots.map((r) => r.id) },
      {
        hint: "give this unit a parent",
        related: first ? [{ ...unitAt(first, "id"), message: "the first root" }] : [],
      },
    );
  }
}

/** Parent links form a functional graph: find each cycle once (colouring), report, cut it. */
function cutCycles(sink: DiagnosticSink, units: UnitData[]) {
  const state = new Uint8Array(units.length); // 0 new, 1 on the current walk, 2 done
  for (const start of units) {
    const walk: number[] = [];
    let i = start.index;
    while (i !== NONE && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      i = (units[i] as UnitData).parent;
    }
    if (i !== NONE && state[i] === 1) {
      const cycle = walk.slice(walk.indexOf(i)).map((k) => units[k] as UnitData);
      const [pin, ...rest] = [...cycle].sort((a, b) => a.index - b.index) as [UnitData, ...UnitData[]];
      const names = [...cycle, cycle[0] as UnitData].map((u) => u.id).join(" → ");
      const from = cycle.indexOf(pin);
      const order = [...cycle.slice(from), ...cycle.slice(0, from)].map((u) => u.id);
      sink.report(
        "unit-cycle",
        unitAt(pin, "parent"),
        `parent links form a cycle: ${names}`,
        { units: order },
        {
          related: rest.map((u) => ({ ...unitAt(u, "parent"), message: `"${u.id}" is on the cycle` })),
        },
      );
      pin.parent = NONE;
    }
    for (const k of walk) state[k] = 2;
  }
}

function setDepths(units: UnitData[]) {
  const stack = units.filter((u) => u.parent === NONE);
  while (stack.length > 0) {
    const u = stack.pop() as UnitData;
    for (const c of u.children) {
      const child = units[c] as UnitData;
      child.depth = u.depth + 1;
      stack.push(child);
    }
  }
}

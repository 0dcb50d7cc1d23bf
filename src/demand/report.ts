/** Requirements → rows (one per unit and role with a norm, a plan or a post), totals and groups. */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { ModelData } from "../model/build.js";
import type { UnitData } from "../model/data.js";
import { BRANCH_LEVEL, levelOf, rollupUnit } from "../model/levels.js";
import type { Requirements } from "./engine.js";
import type { DemandFigures, DemandGroup, DemandGroupBy, DemandRow } from "./types.js";

const EPSILON = 1e-9;

/** The figures of one unit and role. */
export function figures(required: number, planned: number, posts: number, attrition: number): DemandFigures {
  const leaving = attrition > 0 ? Math.ceil(attrition * Math.min(posts, required) - EPSILON) : 0;
  return {
    required,
    planned,
    posts,
    filled: Math.min(posts, planned),
    planGap: required - planned,
    toHire: Math.max(0, required - posts) + leaving,
    surplus: Math.max(0, posts - required),
  };
}

/** Rows of the units in `scope` (unit indexes, parents first), roles in the blueprint's order. */
export function demandRows(
  model: ModelData,
  blueprint: Blueprint | undefined,
  req: Requirements,
  scope: readonly number[],
  attrition: Readonly<Record<string, number>>,
): DemandRow[] {
  const rows: DemandRow[] = [];
  const roles = displayOrder(req.roles, blueprint);
  for (const index of scope) {
    const u = model.units[index] as UnitData;
    const posts = new Map<string, number>();
    for (const post of u.posts) posts.set(post.role, (posts.get(post.role) ?? 0) + 1);
    for (const role of roles) {
      const normed = (req.normed.get(role)?.[index] ?? 0) === 1;
      const held = posts.get(role) ?? 0;
      if (!normed && !u.plan.has(role) && held === 0) continue;
      const required = req.own.get(role)?.[index] ?? 0;
      const share = Object.hasOwn(attrition, role) ? (attrition[role] as number) : 0;
      rows.push({ unit: u.id, role, normed, ...figures(required, u.plan.get(role) ?? 0, held, share) });
    }
  }
  return rows;
}

/** Roles in the blueprint's order, then any other in the order met. */
function displayOrder(roles: readonly string[], blueprint: Blueprint | undefined): string[] {
  const known = [...(blueprint?.roles.keys() ?? [])].filter((r) => roles.includes(r));
  return [...known, ...roles.filter((r) => !known.includes(r))];
}

export function sumFigures(rows: readonly DemandFigures[]): DemandFigures {
  const t = { required: 0, planned: 0, posts: 0, filled: 0, planGap: 0, toHire: 0, surplus: 0 };
  for (const r of rows) {
    t.required += r.required;
    t.planned += r.planned;
    t.posts += r.posts;
    t.filled += r.filled;
    t.planGap += r.planGap;
    t.toHire += r.toHire;
    t.surplus += r.surplus;
  }
  return t;
}

/** Rows summed by `by`, groups in the order their first row comes. */
export function demandGroups(
  model: ModelData,
  blueprint: Blueprint | undefined,
  rows: readonly DemandRow[],
  by: DemandGroupBy,
): DemandGroup[] {
  const keyOf = groupKey(model, blueprint, by);
  const groups = new Map<string, DemandRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups].map(([key, list]) => ({ key, ...sumFigures(list) }));
}

function groupKey(model: ModelData, blueprint: Blueprint | undefined, by: DemandGroupBy): (row: DemandRow) => string {
  const unitOf = (row: DemandRow) => model.units[model.unitById.get(row.unit) as number] as UnitData;
  const level = levelOf(blueprint);
  switch (by) {
    case "unit":
      return (row) => row.unit;
    case "role":
      return (row) => row.role;
    case "type":
      return (row) => unitOf(row).type;
    case "level":
      return (row) => String(level(unitOf(row)) ?? "?");
    case "branch":
      return (row) => rollupUnit(model.units, unitOf(row), BRANCH_LEVEL, level).id;
  }
}

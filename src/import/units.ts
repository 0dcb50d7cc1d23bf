/**
 * How imported units nest and what type each is, when the export does not say.
 *
 * Parents (no parent column, or an empty cell): a unit's *top people* are its members whose
 * manager is outside the unit (or who have none); the unit's parent is the unit of their
 * managers — by majority, first seen on a tie. Cycles this makes are cut and reported.
 *
 * Types (no unit-type column, or an empty cell): the blueprint's unit types that allow every
 * role held in the unit — each member's job title mapped as it would be in a unit of that
 * type (a role map may give a title a role per unit type); titles that map to no role do not
 * count — narrowed, where that leaves any, to the types whose title (in any
 * language) appears in the unit's name (longest title first: 中心支公司保费部 before 支公司保费部),
 * then to the types the parent's type may hold (a root type for a top unit); the first left,
 * in blueprint order, and a note when more than one was left.
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { DiagnosticDataMap } from "../diagnostics/data.js";
import { addTo } from "../util/multimap.js";

export interface DraftUnit {
  id: string;
  name: string;
  /** From the unit-type column, already checked against the blueprint. */
  type?: string;
  /** From the parent column. */
  parent?: string;
  /** Job titles of its members (primary posts), as written. */
  titles: Set<string>;
  /** Its members' ids, and each one's manager id (if in the file). */
  members: Array<{ id: string; manager?: string }>;
}

/** Something the import could not take as given: a typed diagnostic once positioned (csv.ts). */
export type Note = {
  [C in "import-skipped" | "import-guessed"]: {
    code: C;
    message: string;
    /** The export's line (1-based), when the note is about one row. */
    line?: number;
    data: DiagnosticDataMap[C];
    hint?: string | undefined;
  };
}["import-skipped" | "import-guessed"];

/** A note about a choice the import made. */
export function guessed(
  message: string,
  data: Partial<DiagnosticDataMap["import-guessed"]> & Pick<DiagnosticDataMap["import-guessed"], "reason">,
  line?: number,
  options: { hint?: string | undefined } = {},
): Note {
  const full = { id: null, chosen: null, candidates: [], ...data };
  const note: Note = { code: "import-guessed", message, data: full };
  if (line !== undefined) note.line = line;
  if (options.hint !== undefined) note.hint = options.hint;
  return note;
}

/** A note about something left out. */
export function skipped(
  message: string,
  data: Partial<DiagnosticDataMap["import-skipped"]> & Pick<DiagnosticDataMap["import-skipped"], "what" | "reason">,
  line?: number,
): Note {
  const full = { id: null, value: null, ...data };
  return line === undefined
    ? { code: "import-skipped", message, data: full }
    : { code: "import-skipped", message, data: full, line };
}

/**
 * Fill in missing parents from managers (`unitOf`: a person's unit), then cut cycles.
 * Returns the parent of each unit (absent for tops).
 */
export function inferParents(
  units: ReadonlyMap<string, DraftUnit>,
  unitOf: (person: string) => string | undefined,
  notes: Note[],
): Map<string, string> {
  const parent = new Map<string, string>();
  for (const u of units.values()) {
    if (u.parent !== undefined) {
      parent.set(u.id, u.parent);
      continue;
    }
    const votes = new Map<string, number>();
    for (const m of u.members) {
      const above = m.manager === undefined ? undefined : unitOf(m.manager);
      if (above !== undefined && above !== u.id) votes.set(above, (votes.get(above) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [v, n] of votes) if (best === undefined || n > (votes.get(best) as number)) best = v;
    if (best !== undefined) parent.set(u.id, best);
  }
  // Colour walk up the parent links; a walk that meets itself is a cycle, cut at its start.
  const state = new Map<string, 1 | 2>();
  for (const start of units.keys()) {
    const walk: string[] = [];
    let u: string | undefined = start;
    while (u !== undefined && !state.has(u)) {
      state.set(u, 1);
      walk.push(u);
      u = parent.get(u);
    }
    if (u !== undefined && state.get(u) === 1) {
      const cycle = walk.slice(walk.indexOf(u));
      parent.delete(u);
      notes.push(
        guessed(
          `units ${cycle.map((c) => `"${c}"`).join(" → ")} would be each other's parents (from their managers); "${u}" is left without a parent`,
          { reason: "parent-cycle-cut", id: u, candidates: cycle },
        ),
      );
    }
    for (const w of walk) state.set(w, 2);
  }
  return parent;
}

/** Units in tree order (parents first, children in first-seen order); units on no tree last. */
export function treeOrder(units: ReadonlyMap<string, DraftUnit>, parent: ReadonlyMap<string, string>): string[] {
  const children = new Map<string, string[]>();
  const tops: string[] = [];
  for (const id of units.keys()) {
    const p = parent.get(id);
    if (p === undefined || !units.has(p)) tops.push(id);
    else addTo(children, p, id);
  }
  const order: string[] = [];
  const stack = [...tops].reverse();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    order.push(id);
    const below = children.get(id) ?? [];
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i] as string);
  }
  return order;
}

/** Choose a type for every unit without one, in tree order (so each parent's type is known first). */
export function inferTypes(
  units: ReadonlyMap<string, DraftUnit>,
  order: readonly string[],
  parent: ReadonlyMap<string, string>,
  blueprint: Blueprint,
  notes: Note[],
  /** The role a job title means in a unit of the given type, if any. */
  roleIn: (title: string, unitType: string) => string | undefined,
): Map<string, string> {
  const chosen = new Map<string, string>();
  const all = [...blueprint.unitTypes.keys()];
  for (const id of order) {
    const u = units.get(id) as DraftUnit;
    if (u.type !== undefined) {
      chosen.set(id, u.type);
      continue;
    }
    let candidates = all.filter((t) =>
      [...u.titles].every((title) => {
        const role = roleIn(title, t);
        return role === undefined || blueprint.unitTypes.get(t)?.roles.includes(role);
      }),
    );
    if (candidates.length === 0) candidates = all;
    candidates = narrow(candidates, byTitle(candidates, u.name, blueprint));
    const p = parent.get(id);
    const parentType = p === undefined ? undefined : chosen.get(p);
    candidates = narrow(
      candidates,
      candidates.filter((t) => {
        const parents = blueprint.unitTypes.get(t)?.parents ?? [];
        return p === undefined ? parents.length === 0 : parentType !== undefined && parents.includes(parentType);
      }),
    );
    const [first] = candidates;
    if (first === undefined) {
      notes.push(
        guessed(`unit "${id}": the blueprint has no unit types; its type is left as "unknown"`, {
          reason: "unit-type-unknown",
          id,
          chosen: "unknown",
        }),
      );
      chosen.set(id, "unknown");
      continue;
    }
    if (candidates.length > 1) {
      notes.push(
        guessed(
          `unit "${id}" (${u.name}): its type could be ${candidates.join(", ")}; "${first}" was chosen — give a unit-type column to say which`,
          { reason: "unit-type-ambiguous", id, chosen: first, candidates: [...candidates] },
        ),
      );
    }
    chosen.set(id, first);
  }
  return chosen;
}

function narrow(candidates: string[], kept: string[]): string[] {
  return kept.length > 0 ? kept : candidates;
}

/** The candidates whose longest title found in `name` is as long as any candidate's. */
function byTitle(candidates: string[], name: string, blueprint: Blueprint): string[] {
  const lower = name.toLowerCase();
  const score = (t: string) => {
    let best = 0;
    for (const title of titles(blueprint.unitTypes.get(t)?.title)) {
      if (title !== "" && lower.includes(title.toLowerCase())) best = Math.max(best, title.length);
    }
    return best;
  };
  const scores = candidates.map(score);
  const top = Math.max(0, ...scores);
  return top === 0 ? [] : candidates.filter((_, i) => scores[i] === top);
}

/** Every language's text of a blueprint title. */
export function titles(title: string | Readonly<Record<string, string>> | undefined): string[] {
  if (title === undefined) return [];
  return typeof title === "string" ? [title] : Object.values(title);
}

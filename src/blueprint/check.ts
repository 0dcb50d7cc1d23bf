/** Internal consistency of a blueprint: every name it uses is one it defines. */
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { suggestion } from "../diagnostics/suggest.js";
import type { PathSegment } from "../diagnostics/types.js";
import type { NormDefInput } from "../schema/demand.js";
import { schemaData } from "../schema/issues.js";
import type { SourceFile } from "../source/file.js";
import { type Blueprint, titleKey } from "./blueprint.js";
import { normOrder } from "./norm-order.js";
import { normsInForce, normTable } from "./norm-table.js";

type NameCheck = (name: string, path: PathSegment[]) => void;

/** Checks that a name is a role, a unit type or a driver of `bp`, reported at `at` + path in `file`. */
function nameChecks(sink: DiagnosticSink, bp: Blueprint, file: SourceFile, at: readonly PathSegment[]) {
  const role: NameCheck = (name, path) => {
    if (!bp.roles.has(name)) {
      const near = suggestion(name, bp.roles.keys());
      sink.report(
        "unknown-role",
        { file, path: [...at, ...path] },
        `role "${name}" is not defined in the blueprint's roles`,
        { role: name, blueprint: bp.id, person: null, unit: null, suggestion: near.suggestion },
        { hint: near.hint },
      );
    }
  };
  const type: NameCheck = (name, path) => {
    if (!bp.unitTypes.has(name)) {
      const near = suggestion(name, bp.unitTypes.keys());
      sink.report(
        "unknown-unit-type",
        { file, path: [...at, ...path] },
        `unit type "${name}" is not defined in the blueprint's unitTypes`,
        { type: name, blueprint: bp.id, unit: null, suggestion: near.suggestion },
        { hint: near.hint },
      );
    }
  };
  const driver: NameCheck = (name, path) => {
    if (!bp.drivers.has(name)) {
      const near = suggestion(name, bp.drivers.keys());
      sink.report(
        "unknown-driver",
        { file, path: [...at, ...path] },
        `driver "${name}" is not defined in the blueprint's drivers`,
        { driver: name, blueprint: bp.id, unit: null, suggestion: near.suggestion },
        { hint: near.hint },
      );
    }
  };
  return { role, type, driver };
}

/** Check `bp`, read at `at` in `file` (its own file, or `blueprint:` inline in the org file). */
export function checkBlueprint(
  sink: DiagnosticSink,
  bp: Blueprint,
  file: SourceFile,
  at: readonly PathSegment[],
): void {
  const { role, type } = nameChecks(sink, bp, file, at);
  for (const [id, t] of bp.unitTypes) {
    const base: PathSegment[] = ["unitTypes", id];
    t.roles.forEach((r, i) => {
      role(r, [...base, "roles", i]);
    });
    (t.parents ?? []).forEach((p, i) => {
      type(p, [...base, "parents", i]);
    });
    if (t.headRole !== undefined) {
      role(t.headRole, [...base, "headRole"]);
      if (bp.roles.has(t.headRole) && !t.roles.includes(t.headRole)) {
        sink.report(
          "role-not-allowed",
          { file, path: [...at, ...base, "headRole"] },
          `head role "${t.headRole}" is not among the roles allowed in "${id}"`,
          { role: t.headRole, unitType: id, unit: null, person: null, allowed: [...t.roles] },
        );
      }
    }
    for (const r of Object.keys(t.plan ?? {})) role(r, [...base, "plan", r]);
    for (const r of Object.keys(t.limits ?? {})) role(r, [...base, "limits", r]);
  }
  bp.lines.forEach((line, i) => {
    role(line.from.role, ["lines", i, "from", "role"]);
    if (line.from.unitType !== undefined) type(line.from.unitType, ["lines", i, "from", "unitType"]);
    if ("role" in line.to) role(line.to.role, ["lines", i, "to", "role"]);
    else type(line.to.unitType, ["lines", i, "to", "unitType"]);
  });
  checkNorms(sink, bp, bp.norms, file, [...at, "norms"]);
  checkAliases(sink, bp, file, at);
}

/**
 * Every alias names one role only: an alias that is another role's id, title or alias is a
 * `schema` error at the alias (an import could not tell which role the title means).
 * Titles shared by two roles are left alone (they were allowed before aliases existed).
 */
function checkAliases(sink: DiagnosticSink, bp: Blueprint, file: SourceFile, at: readonly PathSegment[]): void {
  const owner = new Map<string, { role: string; as: string }>();
  const claim = (name: string, role: string, as: string) => {
    if (!owner.has(titleKey(name))) owner.set(titleKey(name), { role, as });
  };
  for (const [id, def] of bp.roles) {
    claim(id, id, "id");
    for (const t of typeof def.title === "string" ? [def.title] : Object.values(def.title)) claim(t, id, "title");
  }
  for (const [id, def] of bp.roles) {
    (def.aliases ?? []).forEach((alias, i) => {
      const taken = owner.get(titleKey(alias));
      if (taken === undefined) owner.set(titleKey(alias), { role: id, as: "alias" });
      else if (taken.role !== id) {
        const path = [...at, "roles", id, "aliases", i];
        sink.report(
          "schema",
          { file, path },
          `alias "${alias}" of role "${id}" is already the ${taken.as} of role "${taken.role}"; a job title can mean one role only`,
          schemaData("alias_conflict", path),
          {
            hint: "keep it on one role; to map a title by unit type, use an import role map (orgspec import csv --role-map)",
          },
        );
      }
    });
  }
}

/**
 * Check a list of norms (the blueprint's, or an org's override list at `at` in `file`):
 * every role, unit type and driver named exists, and no norms count each other in a cycle.
 */
export function checkNorms(
  sink: DiagnosticSink,
  bp: Blueprint,
  norms: readonly NormDefInput[],
  file: SourceFile,
  at: readonly PathSegment[],
  /** For an org's override list: the blueprint's norms, so that a cycle across both lists is found too. */
  under: readonly NormDefInput[] = [],
): void {
  const { role, type, driver } = nameChecks(sink, bp, file, at);
  norms.forEach((norm, i) => {
    role(norm.role, [i, "role"]);
    norm.in.forEach((t, k) => {
      type(t, [i, "in", k]);
    });
    (norm.per ?? []).forEach((term, k) => {
      if ("driver" in term) driver(term.driver, [i, "per", k, "driver"]);
      else if ("units" in term) type(term.units, [i, "per", k, "units"]);
      else role(term.role, [i, "per", k, "role"]);
    });
  });
  // NOTE: over the norms in force only (a norm replaced later, in this list or an override
  // list, counts for nothing), as the engine evaluates them.
  const inForce = new Set(normsInForce(normTable(under, norms)));
  const live = norms.filter((n) => inForce.has(n));
  for (const found of normOrder([...inForce]).cycles) {
    // Pin the cycle at a term of this list that closes it: the first role on it (in the
    // search's order) whose norm here counts the next one. A cycle wholly in `under` was
    // reported with the blueprint.
    const step = found.findIndex((role, s) => closing(live, role, found[(s + 1) % found.length] as string) !== -1);
    if (step === -1) continue;
    const cycle = [...found.slice(step), ...found.slice(0, step)];
    const first = cycle[0] as string;
    const next = cycle[1 % cycle.length] as string;
    const norm = live[closing(live, first, next)];
    const i = norms.indexOf(norm as NormDefInput);
    const k = (norm?.per ?? []).findIndex((t) => "role" in t && t.role === next);
    const names = [...cycle, first].map((r) => `"${r}"`).join(" → ");
    sink.report(
      "norm-cycle",
      { file, path: [...at, i, "per", k, "role"] },
      `norms count each other's required posts in a cycle: ${names}`,
      { roles: cycle },
      { hint: "count a driver or units instead on one of them, or give it a fixed norm" },
    );
  }
}

/** The index of the norm in `norms` for `role` with a term counting `next`, or -1. */
function closing(norms: readonly NormDefInput[], role: string, next: string): number {
  return norms.findIndex((n) => n.role === role && (n.per ?? []).some((t) => "role" in t && t.role === next));
}

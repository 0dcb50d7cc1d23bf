/** Internal consistency of a blueprint: every name it uses is one it defines. */
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { suggestion } from "../diagnostics/suggest.js";
import type { PathSegment } from "../diagnostics/types.js";
import type { SourceFile } from "../source/file.js";
import type { Blueprint } from "./blueprint.js";

/** Check `bp`, read at `at` in `file` (its own file, or `blueprint:` inline in the org file). */
export function checkBlueprint(
  sink: DiagnosticSink,
  bp: Blueprint,
  file: SourceFile,
  at: readonly PathSegment[],
): void {
  const role = (name: string, path: PathSegment[]) => {
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
  const type = (name: string, path: PathSegment[]) => {
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
}

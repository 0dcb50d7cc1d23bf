/** A blueprint, resolved for lookups: which unit types and roles exist and how they nest. */

import type { PathSegment } from "../diagnostics/types.js";
import type { BlueprintInput, LineDefInput, RoleDefInput, UnitTypeDefInput } from "../schema/blueprint.js";
import type { RulesInput } from "../schema/common.js";
import type { SourceFile } from "../source/file.js";

export interface Blueprint {
  readonly id: string;
  readonly title: BlueprintInput["title"];
  readonly roles: ReadonlyMap<string, RoleDefInput>;
  readonly unitTypes: ReadonlyMap<string, UnitTypeDefInput>;
  readonly lines: readonly LineDefInput[];
  readonly rules: RulesInput;
  /** Where the blueprint was read from; for built-ins, the bundled file. */
  readonly source: { file: SourceFile; at: readonly PathSegment[] };
}

export function toBlueprint(input: BlueprintInput, file: SourceFile, at: readonly PathSegment[]): Blueprint {
  return {
    id: input.id,
    title: input.title,
    roles: new Map(Object.entries(input.roles)),
    unitTypes: new Map(Object.entries(input.unitTypes)),
    lines: input.lines ?? [],
    rules: input.rules ?? {},
    source: { file, at },
  };
}

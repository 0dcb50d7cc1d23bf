/** A blueprint, resolved for lookups: which unit types and roles exist and how they nest. */

import type { BlueprintInput, LineDefInput, RoleDefInput, UnitTypeDefInput } from "../schema/blueprint.js";
import type { RulesInput } from "../schema/common.js";

/** A blueprint as the org was checked against it: unit types and roles by id, lines, rules. */
export interface Blueprint {
  readonly id: string;
  readonly title: BlueprintInput["title"];
  readonly roles: ReadonlyMap<string, RoleDefInput>;
  readonly unitTypes: ReadonlyMap<string, UnitTypeDefInput>;
  readonly lines: readonly LineDefInput[];
  readonly rules: RulesInput;
}

export function toBlueprint(input: BlueprintInput): Blueprint {
  return {
    id: input.id,
    title: input.title,
    roles: new Map(Object.entries(input.roles)),
    unitTypes: new Map(Object.entries(input.unitTypes)),
    lines: input.lines ?? [],
    rules: input.rules ?? {},
  };
}

/** A blueprint, resolved for lookups: which unit types and roles exist and how they nest. */

import type { BlueprintInput, LineDefInput, RoleDefInput, UnitTypeDefInput } from "../schema/blueprint.js";
import type { RulesInput } from "../schema/common.js";
import type { DriverDefInput, NormDefInput } from "../schema/demand.js";

/** A blueprint as the org was checked against it: unit types and roles by id, lines, rules. */
export interface Blueprint {
  readonly id: string;
  readonly title: BlueprintInput["title"];
  readonly roles: ReadonlyMap<string, RoleDefInput>;
  readonly unitTypes: ReadonlyMap<string, UnitTypeDefInput>;
  readonly lines: readonly LineDefInput[];
  readonly rules: RulesInput;
  /** The workload measures units may carry (`drivers:`), by id. */
  readonly drivers: ReadonlyMap<string, DriverDefInput>;
  /** How many posts of a role each unit type needs (`norms:`), in blueprint order. */
  readonly norms: readonly NormDefInput[];
}

/** A job title as titles and aliases are compared (by `orgspec import csv`): case and surrounding white space ignored. */
export function titleKey(name: string): string {
  return name.trim().toLowerCase();
}

export function toBlueprint(input: BlueprintInput): Blueprint {
  return {
    id: input.id,
    title: input.title,
    roles: new Map(Object.entries(input.roles)),
    unitTypes: new Map(Object.entries(input.unitTypes)),
    lines: input.lines ?? [],
    rules: input.rules ?? {},
    drivers: new Map(Object.entries(input.drivers ?? {})),
    norms: input.norms ?? [],
  };
}

/** What an import needs from the blueprint: unit-type lookups, and the blueprint as data again (roles: roles.ts). */
import { stringify } from "yaml";
import type { Blueprint } from "../blueprint/blueprint.js";
import { BUILTIN_BLUEPRINTS } from "../blueprint/builtin.js";
import { titles } from "./units.js";

/** Unit-type cell → type id: the id itself, or any language's title of a type. */
export function typeMapper(bp: Blueprint): (raw: string) => string | undefined {
  const byTitle = new Map<string, string>();
  for (const [id, def] of bp.unitTypes) for (const t of titles(def.title)) byTitle.set(t.trim().toLowerCase(), id);
  return (raw) => (bp.unitTypes.has(raw) ? raw : byTitle.get(raw.trim().toLowerCase()));
}

/**
 * What the draft root file (resolved once to learn the rules' managers) says after
 * `blueprint:`: a built-in name as is; any other blueprint inlined as an indented block
 * mapping, so that resolving the draft reads no file.
 */
export function draftBlueprint(bp: Blueprint, ref: string): string {
  if (Object.hasOwn(BUILTIN_BLUEPRINTS, ref)) return ref;
  return `\n${indent(stringify(blueprintInput(bp), { lineWidth: 0 }))}`;
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

/** The blueprint as file data again (the shape of a blueprint file). */
function blueprintInput(bp: Blueprint): unknown {
  return {
    "orgspec-blueprint": 1,
    id: bp.id,
    ...(bp.title === undefined ? {} : { title: bp.title }),
    roles: Object.fromEntries(bp.roles),
    unitTypes: Object.fromEntries(bp.unitTypes),
    lines: bp.lines,
    rules: bp.rules,
  };
}

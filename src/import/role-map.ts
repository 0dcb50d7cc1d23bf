/**
 * Role map files (`orgspec import csv --role-map`): job title → role id, in every unit type
 * or in units of one type, written as YAML (`titles:`, `unitTypes:`) or CSV (`title,role,unitType`).
 * Checked against the blueprint like any org file: every problem is a diagnostic at its line
 * and column (`schema`, `unknown-role`, `unknown-unit-type`, `role-not-allowed`, and
 * `yaml-syntax`/`csv-syntax` for text that does not parse).
 */
import { z } from "zod";
import { type Blueprint, titleKey } from "../blueprint/blueprint.js";
import { DiagnosticSink, type Place } from "../diagnostics/sink.js";
import { suggestion } from "../diagnostics/suggest.js";
import type { Diagnostic, PathSegment } from "../diagnostics/types.js";
import { sourceFromText } from "../load/read.js";
import { check, topLevelMapping } from "../load/sections.js";
import { schemaData } from "../schema/issues.js";
import { typeMapper } from "./blueprint.js";
import { type Entry, readCsvMap } from "./role-map-csv.js";
import { type RoleMap, RoleResolver } from "./roles.js";

const Entries = z.record(z.string(), z.string({ error: "expected a role id" }), {
  error: "expected a map of job title to role id",
});

/** A role map as YAML: `titles` (in every unit type) and `unitTypes` (unit type → titles, looked up first). */
export const RoleMapFile = z.strictObject({
  titles: Entries.optional(),
  unitTypes: z
    .record(z.string(), Entries, { error: "expected a map of unit type to { job title: role id }" })
    .optional(),
});

/** How `parseRoleMap` reads a role map. */
export interface ParseRoleMapOptions {
  /** The blueprint whose roles and unit types the map names. */
  blueprint: Blueprint;
  /** The file's name, the `file` of the diagnostics (default `<role map>`); a `.csv` name reads CSV. */
  source?: string;
  /** `csv` or `yaml`; default: from `source` (`.csv` is CSV, anything else YAML). */
  format?: "csv" | "yaml";
}

/** What `parseRoleMap` returns. */
export interface RoleMapResult {
  /** The map (unit types by id), or undefined when the file has errors. */
  readonly roleMap: RoleMap | undefined;
  /** The file's problems, at their line and column (file `options.source`). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Read a role map for `importCsv`'s `roleMaps`, checked against the blueprint.
 *
 * @example
 * const { roleMap, diagnostics } = parseRoleMap("titles:\n  总经理: department-head\n", { blueprint });
 * importCsv(text, { blueprint, roleMaps: [roleMap!] });
 */
export function parseRoleMap(text: string, options: ParseRoleMapOptions): RoleMapResult {
  const source = options.source ?? "<role map>";
  const csv = (options.format ?? (/\.csv$/i.test(source) ? "csv" : "yaml")) === "csv";
  const sink = new DiagnosticSink();
  const entries = csv ? readCsvMap(sink, source, text) : readYamlMap(sink, source, text);
  if (entries === undefined) return { roleMap: undefined, diagnostics: sink.finish() };
  const roleMap = checkEntries(sink, options.blueprint, entries);
  const diagnostics = sink.finish();
  return { roleMap: diagnostics.some((d) => d.severity === "error") ? undefined : roleMap, diagnostics };
}

function readYamlMap(sink: DiagnosticSink, source: string, text: string): Entry[] | undefined {
  const file = sourceFromText(sink, source, undefined, text);
  const expected = "a role map (titles: { job title: role }, unitTypes: { unit type: { job title: role } })";
  const data = topLevelMapping(sink, file, RoleMapFile, expected);
  const map = data ? check(sink, file, [], RoleMapFile, data) : undefined;
  if (!map) return undefined;
  const entries: Entry[] = [];
  const place = (path: PathSegment[], part: "key" | "value" = "value"): Place => ({ file, path, part });
  for (const [title, role] of Object.entries(map.titles ?? {})) {
    const path = ["titles", title];
    entries.push({ title, role, at: { title: place(path, "key"), role: place(path) } });
  }
  for (const [type, titles] of Object.entries(map.unitTypes ?? {})) {
    for (const [title, role] of Object.entries(titles)) {
      const path = ["unitTypes", type, title];
      const at = { title: place(path, "key"), role: place(path), type: place(["unitTypes", type], "key") };
      entries.push({ title, role, type, at });
    }
  }
  return entries;
}

/** Roles and unit types against the blueprint; one role per title (and unit type). */
function checkEntries(sink: DiagnosticSink, bp: Blueprint, entries: readonly Entry[]): RoleMap {
  const typeOf = typeMapper(bp);
  const titles: Record<string, string> = {};
  const unitTypes: Record<string, Record<string, string>> = {};
  const seen = new Map<string, Entry>();
  const badTypes = new Set<string>();
  for (const e of entries) {
    if (e.title.trim() === "") {
      sink.report("schema", e.at.title, "a job title cannot be empty", schemaData("too_small", []));
      continue;
    }
    let type: string | undefined;
    if (e.type !== undefined) {
      type = typeOf(e.type);
      if (type === undefined) {
        if (!badTypes.has(e.type)) {
          badTypes.add(e.type);
          const near = suggestion(e.type, bp.unitTypes.keys());
          sink.report(
            "unknown-unit-type",
            e.at.type as Place,
            `unit type "${e.type}" is not defined in blueprint "${bp.id}"`,
            { type: e.type, blueprint: bp.id, unit: null, suggestion: near.suggestion },
            { hint: near.hint },
          );
        }
        continue;
      }
    }
    if (!bp.roles.has(e.role)) {
      const near = roleSuggestion(bp, e.role);
      sink.report(
        "unknown-role",
        e.at.role,
        `role "${e.role}" is not a role of blueprint "${bp.id}"`,
        { role: e.role, blueprint: bp.id, person: null, unit: null, suggestion: near.suggestion },
        { hint: near.hint },
      );
      continue;
    }
    const allowed = type === undefined ? undefined : (bp.unitTypes.get(type)?.roles ?? []);
    if (type !== undefined && allowed && !allowed.includes(e.role)) {
      sink.report(
        "role-not-allowed",
        e.at.role,
        `role "${e.role}" is not allowed in unit type "${type}"`,
        { role: e.role, unitType: type, unit: null, person: null, allowed: [...allowed] },
        { hint: `allowed: ${allowed.join(", ")}` },
      );
      continue;
    }
    const key = `${type ?? ""}\u0000${titleKey(e.title)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      if (first.role !== e.role) {
        const where = type === undefined ? "" : ` in unit type "${type}"`;
        sink.report(
          "schema",
          e.at.title,
          `job title "${e.title}"${where} is mapped to "${first.role}" before; one title means one role`,
          schemaData("role_map_conflict", []),
          { related: [{ ...first.at.title, message: `"${first.title}" is mapped to "${first.role}" here` }] },
        );
      }
      continue;
    }
    seen.set(key, e);
    if (type === undefined) titles[e.title] = e.role;
    else (unitTypes[type] ??= {})[e.title] = e.role;
  }
  const map: { titles?: Record<string, string>; unitTypes?: Record<string, Record<string, string>> } = {};
  if (Object.keys(titles).length > 0) map.titles = titles;
  if (Object.keys(unitTypes).length > 0) map.unitTypes = unitTypes;
  return map;
}

/** The role id a value most likely means: the role it is a title or alias of, else the closest id. */
export function roleSuggestion(bp: Blueprint, value: string): { suggestion: string | null; hint: string | undefined } {
  const role = new RoleResolver(bp).role(value);
  if (role !== undefined && role !== value) {
    return { suggestion: role, hint: `"${value}" is a title of role "${role}": give the role id, "${role}"` };
  }
  return suggestion(value, bp.roles.keys());
}

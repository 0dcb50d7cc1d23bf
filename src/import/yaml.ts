/**
 * Writing an imported org as a root file: units in tree order, then people unit by unit,
 * one flow mapping a line (`- { id: "110001", name: 张伟, unit: bj, role: department-head }`),
 * each unit's people under a comment naming the unit. Small diffs when the HRIS changes.
 */

/** A unit as written: the fields of format.md in their usual order. */
export interface UnitOut {
  id: string;
  type: string;
  name: string;
  parent?: string;
  head?: string;
}

/** A person as written. */
export interface PersonOut {
  id: string;
  name: string;
  unit: string;
  role: string;
  reportsTo?: string;
  dottedLines?: string[];
  fte?: number;
}

export interface OrgOut {
  /** Comment lines for the top of the file (without `# `). */
  comments: string[];
  /** What follows `blueprint:` — a name, a path, or (starting with a line break) an indented block mapping. */
  blueprint: string;
  units: UnitOut[];
  /** People by unit id (units without people have no entry). */
  peopleByUnit: Map<string, PersonOut[]>;
}

/** The root file's text. */
export function orgYaml(org: OrgOut): string {
  const out = org.comments.map((c) => `# ${c}`);
  out.push("orgspec: 1", `blueprint:${org.blueprint.startsWith("\n") ? "" : " "}${org.blueprint}`, "", "units:");
  for (const u of org.units) {
    const fields: Array<[string, string]> = [
      ["id", scalar(u.id)],
      ["type", scalar(u.type)],
      ["name", scalar(u.name)],
    ];
    if (u.parent !== undefined) fields.push(["parent", scalar(u.parent)]);
    if (u.head !== undefined) fields.push(["head", scalar(u.head)]);
    out.push(`  - ${flow(fields)}`);
  }
  out.push("", "people:");
  for (const u of org.units) {
    const people = org.peopleByUnit.get(u.id);
    if (!people || people.length === 0) continue;
    out.push(`  # ${oneLine(u.name)} (${oneLine(u.id)})`);
    for (const p of people) {
      const fields: Array<[string, string]> = [
        ["id", scalar(p.id)],
        ["name", scalar(p.name)],
        ["unit", scalar(p.unit)],
        ["role", scalar(p.role)],
      ];
      if (p.reportsTo !== undefined) fields.push(["reportsTo", scalar(p.reportsTo)]);
      if (p.dottedLines && p.dottedLines.length > 0) {
        fields.push(["dottedLines", `[${p.dottedLines.map(scalar).join(", ")}]`]);
      }
      if (p.fte !== undefined) fields.push(["fte", String(p.fte)]);
      out.push(`  - ${flow(fields)}`);
    }
  }
  return `${out.join("\n")}\n`;
}

function flow(fields: Array<[string, string]>): string {
  return `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
}

/** Words YAML (1.1 or 1.2) may read as something other than a string. */
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/**
 * A string as a YAML scalar that is safe inside a flow mapping: plain when it is a run of
 * letters (any script), digits, spaces, `.`, `_`, `-` or `·` starting with a letter and not
 * a reserved word; otherwise double-quoted (JSON's escapes are YAML's). Ids that start with
 * a digit are always quoted, so `007` stays the text "007".
 *
 * @example scalar("王建国") // "王建国"
 * @example scalar("007") // "\"007\""
 */
export function scalar(text: string): string {
  if (/^[\p{L}\p{M}][\p{L}\p{M}\p{N}._\- ·]*$/u.test(text) && !text.endsWith(" ") && !RESERVED.test(text)) return text;
  return JSON.stringify(text);
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}

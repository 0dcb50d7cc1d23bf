/** `orgspec import csv <file> -o <dir>`: an HRIS export → an org that validates. */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type Blueprint, titleKey } from "../../blueprint/blueprint.js";
import type { ImportField } from "../../import/columns.js";
import { importCsv } from "../../import/csv.js";
import { parseRoleMap, roleSuggestion } from "../../import/role-map.js";
import type { RoleMap } from "../../import/roles.js";
import { nodeFileSystem } from "../../node/fs.js";
import { loadOrgSync, parseOrg } from "../../org/load.js";
import { formatDiagnostics } from "../../report/index.js";
import { summarize, summaryLine } from "../../report/summary.js";
import { LineIndex } from "../../source/lines.js";
import { decodeText } from "../../source/text.js";
import { plural } from "../../util/plural.js";
import { parse } from "../args.js";
import { CliError, type Io, STDOUT, useColor, writeFileAtomic } from "../io.js";
import { progressOption } from "../load.js";
import { megabytes, progressFor } from "../progress.js";

export const importHelp = `Usage: orgspec import csv <file> -o <folder> [options]

Turn an HRIS export (one row per employee: id, name, manager id, department, job
title) into an org: <folder>/org.yaml, with its units and people, that validates
against the blueprint. What could not be mapped as given is listed on stderr.

Columns are found by their usual names (id, employee id, 工号, …; see the docs) or
named with the options below. Required: id, name, unit, role, and a manager or a
parent column.
  - ids are kept as written ("007" stays "007"); a value that is no valid id (spaces,
    "@" …) has those characters replaced by "-", with a note.
  - cells are trimmed of surrounding white space (HRIS exports pad them).
  - role: the job title is looked up in --map-role, then in the --role-map file (its
    entry for the unit's type first, then its general one), then among the
    blueprint's role ids, titles in any language and aliases (组长, Team lead, 续期专员;
    case ignored). A title that maps to no role is listed once, with its number of
    rows and a "did you mean", and written as is (validation then fails: exit 1).
  - units: one per distinct value of the unit column (its name: the unit-name column,
    else the value). A row with a unit but no person id adds the unit alone (a unit
    with no people, as "orgspec export --to csv" writes it).
  - a unit's parent: the parent column when given; otherwise inferred from managers —
    the unit of the managers of the unit's top people (members whose manager is
    outside the unit), by majority. A unit whose head post is vacant and has no
    people of its own cannot be seen this way: give a parent column.
  - a unit's type: the unit-type column (a type id or title) when given; otherwise
    the blueprint's types that allow every role held in the unit, narrowed to those
    whose title appears in the unit's name (longest title first), then to those
    allowed under the parent's type (a root type for the top unit); the first left,
    with a note when several were.
  - managers: reportsTo is written only where the manager in the export differs
    from the one the rules derive (the head of the unit, else of the nearest
    ancestor unit with a head).
  - fte (0 < fte <= 1, or a percentage) and dottedLines (ids separated by ";") when
    such columns exist. Other columns are not imported; they are listed.

Options:
  -o, --output <folder>        the folder to write org.yaml into (created if missing);
                               - prints org.yaml to standard output
  -f, --force                  overwrite an existing org.yaml
      --blueprint <name|path>  built-in blueprint name or blueprint file (default
                               renewal-channel); a path is written relative to <folder>
      --id-col <column>        the person id column
      --name-col <column>      the name column
      --manager-col <column>   the manager's person id column
      --unit-col <column>      the unit (department) column: an id or a name
      --role-col <column>      the role (job title) column
      --unit-name-col <column> the unit's display name
      --unit-type-col <column> the unit's type (a type id or title of the blueprint)
      --parent-col <column>    the parent unit (same values as the unit column)
      --fte-col <column>       the fte column
      --dotted-col <column>    the dotted-line managers column (ids separated by ";")
      --map-role <title=role>  map a job title to a role id (repeatable; before
                               --role-map): --map-role "总经理=department-head"
      --role-map <file>        job title → role id, in every unit type or per unit
                               type: YAML (titles:, unitTypes:) or CSV (title,role,
                               unitType); see docs/interchange.md
  -h, --help                   show this help

Example:
  orgspec import csv hris.csv --id-col "Employee ID" --manager-col "Manager ID" -o org
  orgspec import csv hris.csv --role-map titles.yaml \\
    --map-role "片区经理=department-head" -o org
  orgspec validate org/org.yaml

Exit codes: 0 written and the org has no errors, 1 written but the org has errors
(they are printed; an unmapped job title is one), 2 usage or I/O trouble (unreadable
file, CSV that does not parse, a missing column, a role map with errors, org.yaml
exists without --force).
`;

const COLUMN_FLAGS: ReadonlyArray<[string, ImportField]> = [
  ["id-col", "id"],
  ["name-col", "name"],
  ["manager-col", "manager"],
  ["unit-col", "unit"],
  ["role-col", "role"],
  ["unit-name-col", "unitName"],
  ["unit-type-col", "unitType"],
  ["parent-col", "parent"],
  ["fte-col", "fte"],
  ["dotted-col", "dottedLines"],
];

export function importCommand(io: Io, argv: string[]): number {
  const { values, positionals } = parse("import", argv, {
    output: { type: "string", short: "o" },
    force: { type: "boolean", short: "f" },
    blueprint: { type: "string" },
    "map-role": { type: "string", multiple: true },
    "role-map": { type: "string" },
    ...Object.fromEntries(COLUMN_FLAGS.map(([flag]) => [flag, { type: "string" as const }])),
  });
  if (values.help) {
    io.stdout.write(importHelp);
    return 0;
  }
  const [kind, file, ...extra] = positionals;
  if (kind !== "csv") {
    throw usage(
      kind === undefined ? "say what to import: orgspec import csv <file>" : `cannot import "${kind}"; only csv`,
    );
  }
  if (file === undefined) throw usage("no file given");
  if (extra.length > 0) throw usage(`unexpected argument "${extra[0]}"`);
  if (values.output === undefined) throw usage("-o <folder> is required");
  const toStdout = values.output === STDOUT;
  const outDir = toStdout ? io.cwd : resolve(io.cwd, values.output);
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    throw new CliError(`orgspec import: ${values.output} is not a folder`);
  const target = join(outDir, "org.yaml");
  const shown = toStdout ? "standard output" : relative(io.cwd, target) || target;
  if (!toStdout && existsSync(target) && values.force !== true) {
    throw new CliError(
      `orgspec import: ${shown} already exists; use --force to overwrite (or choose another folder with -o)`,
    );
  }

  const flagged = mapRoleFlags(values["map-role"] ?? []);
  const text = readInput(io, file);
  const { blueprint, ref } = resolveBlueprint(io, values.blueprint ?? "renewal-channel", outDir, target);
  const roleMaps = roleMapsOf(io, blueprint, flagged, values["role-map"]);
  const columns: Partial<Record<ImportField, string>> = {};
  for (const [flag, field] of COLUMN_FLAGS) {
    const name = (values as Record<string, unknown>)[flag];
    if (typeof name === "string") columns[field] = name;
  }
  // A few MB of CSV take seconds to map, in one call: shown at once then (it has no updates).
  const mapping = () => `mapping ${file === "-" ? "standard input" : file} (${megabytes(text.length)})…`;
  progressFor(io).update(mapping, text.length > 2e6 ? "long" : true);
  const result = importCsv(text, {
    blueprint,
    blueprintRef: ref,
    columns,
    roleMaps,
    source: file === "-" ? "standard input" : basename(file),
  });
  const where = file === "-" ? "<stdin>" : file;
  const notes = result.diagnostics.filter((d) => d.severity !== "error");
  for (const d of notes) {
    io.stderr.write(`orgspec import: ${where}:${d.line}: ${d.message}${d.hint ? `; ${d.hint}` : ""} (${d.code})\n`);
  }
  const fatal = result.diagnostics.find((d) => d.severity === "error");
  if (result.error !== undefined) {
    const message = fatal
      ? `${where}:${fatal.line}:${fatal.column}: ${fatal.message} (${fatal.code})`
      : `${where}: ${result.error}`;
    throw new CliError(`orgspec import: ${message}`);
  }
  // Titles mapping to no role, listed once each above; their unknown-role errors are not repeated.
  const unmapped = new Set(
    notes.flatMap((d) => (d.code === "import-guessed" && d.data.reason === "role-as-is" ? [d.data.chosen ?? ""] : [])),
  );
  if (unmapped.size > 0) {
    const titles = plural(unmapped.size, "job title maps", "job titles map");
    const them = unmapped.size === 1 ? "it" : "them";
    io.stderr.write(
      `orgspec import: ${titles} to no role of blueprint "${blueprint.id}": map ${them} with --map-role "<title>=<role>" or --role-map <file>\n`,
    );
  }

  if (toStdout) io.stdout.write(result.files.get("org.yaml") ?? "");
  else {
    try {
      mkdirSync(outDir, { recursive: true });
    } catch (error) {
      throw new CliError(`orgspec import: cannot create ${values.output}: ${(error as NodeJS.ErrnoException).code}`);
    }
    for (const [path, content] of result.files) writeFileAtomic(join(outDir, path), content);
  }

  const checking = { fs: nodeFileSystem, ...progressOption(io, shown) };
  const loaded = toStdout
    ? parseOrg(result.files.get("org.yaml") ?? "", { filename: target, ...checking })
    : loadOrgSync(target, checking);
  const s = summarize(loaded.diagnostics);
  const { units, people, reportsTo } = result.counts;
  io.stderr.write(
    `orgspec import: wrote ${shown}: ${plural(units, "unit")}, ${plural(people, "person", "people")} ` +
      `(${reportsTo} explicit reportsTo); ` +
      `${summaryLine(s, loaded.files.length)}\n`,
  );
  if (s.errors === 0) return 0;
  const all = loaded.diagnostics.filter((d) => d.severity === "error");
  const errors = all
    .filter((d) => !(d.code === "unknown-role" && unmapped.has(d.data.role)))
    .map((d) => ({ ...d, file: relative(io.cwd, d.file) || d.file }));
  const hidden = all.length - errors.length;
  if (hidden > 0) {
    io.stderr.write(
      `orgspec import: ${plural(hidden, "unknown-role error")} of the unmapped job titles above not shown (orgspec validate lists them)\n`,
    );
  }
  const sources = new Map([...loaded.sources].map(([k, v]) => [relative(io.cwd, k) || k, v]));
  if (errors.length > 0)
    io.stderr.write(formatDiagnostics(errors, "text", { sources, color: useColor(io, io.stderr) }));
  return 1;
}

/** `--map-role "<title>=<role>"` values, split at the last `=`; roles are checked once the blueprint is known. */
function mapRoleFlags(values: readonly string[]): Array<{ title: string; role: string }> {
  return values.map((value) => {
    const at = value.lastIndexOf("=");
    const title = value.slice(0, Math.max(0, at)).trim();
    const role = value.slice(at + 1).trim();
    if (at === -1 || title === "" || role === "") {
      throw usage(`--map-role expects "<job title>=<role id>", got "${value}"`);
    }
    return { title, role };
  });
}

/** The role maps in the order they are looked up: --map-role entries, then the --role-map file. */
function roleMapsOf(
  io: Io,
  blueprint: Blueprint,
  flagged: ReadonlyArray<{ title: string; role: string }>,
  file: string | undefined,
): RoleMap[] {
  const titles: Record<string, string> = {};
  const given = new Map<string, { title: string; role: string }>();
  for (const entry of flagged) {
    if (!blueprint.roles.has(entry.role)) {
      const near = roleSuggestion(blueprint, entry.role);
      throw usage(
        `--map-role "${entry.title}=${entry.role}": "${entry.role}" is not a role of blueprint "${blueprint.id}"${near.hint ? `; ${near.hint}` : ""}`,
      );
    }
    const key = titleKey(entry.title);
    const before = given.get(key);
    if (before && before.role !== entry.role) {
      throw usage(`--map-role maps "${entry.title}" to "${before.role}" and to "${entry.role}"; give one role`);
    }
    given.set(key, entry);
    titles[entry.title] = entry.role;
  }
  const maps: RoleMap[] = flagged.length > 0 ? [{ titles }] : [];
  if (file === undefined) return maps;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`orgspec import: cannot read ${file}: ${code === "ENOENT" ? "no such file" : code}`);
  }
  const decoded = decodeText(bytes);
  if (decoded.problem) {
    const code = /\.csv$/i.test(file) ? "csv-syntax" : "yaml-syntax";
    const where = at(file, decoded.text, decoded.problem.offset);
    throw new CliError(`orgspec import: ${where}: ${decoded.problem.message}; save it as UTF-8 (${code})`);
  }
  const read = parseRoleMap(decoded.text, { blueprint, source: file });
  const errors = read.diagnostics.filter((d) => d.severity === "error");
  if (read.roleMap === undefined || errors.length > 0) {
    const sources = new Map([[file, decoded.text]]);
    io.stderr.write(formatDiagnostics(errors, "text", { sources, color: useColor(io, io.stderr) }));
    throw new CliError(`orgspec import: role map ${file} has ${plural(errors.length, "error")}; nothing was imported`);
  }
  return [...maps, read.roleMap];
}

/** `file:line:column` of an offset in a file's text. */
function at(file: string, text: string, offset: number): string {
  const { line, column } = new LineIndex(text).position(offset);
  return `${file}:${line}:${column}`;
}

function usage(message: string): CliError {
  return new CliError(`orgspec import: ${message}\nRun "orgspec import --help" for usage.`);
}

function readInput(io: Io, file: string): string {
  let bytes: Uint8Array;
  if (file === "-") bytes = new TextEncoder().encode(io.readStdin());
  else {
    try {
      bytes = readFileSync(resolve(io.cwd, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`orgspec import: cannot read ${file}: ${code === "ENOENT" ? "no such file" : code}`);
    }
  }
  const decoded = decodeText(bytes);
  if (decoded.problem) {
    const where = at(file === "-" ? "<stdin>" : file, decoded.text, decoded.problem.offset);
    throw new CliError(
      `orgspec import: ${where}: ${decoded.problem.message}; save it as UTF-8 ("CSV UTF-8") (csv-syntax)`,
    );
  }
  return decoded.text;
}

/**
 * The blueprint, by loading a tiny org that names it exactly as org.yaml will: a built-in
 * name, or a path written relative to the output folder.
 */
function resolveBlueprint(
  io: Io,
  given: string,
  outDir: string,
  target: string,
): { blueprint: Blueprint; ref: string } {
  const isPath = /[\\/]|\.ya?ml$/i.test(given);
  let ref = given;
  if (isPath) {
    const absolute = resolve(io.cwd, given);
    const rel = relative(outDir, absolute);
    ref = isAbsolute(rel) ? absolute : rel.split(sep).join("/");
    if (!/[\\/]/.test(ref) && !/\.ya?ml$/i.test(ref)) ref = `./${ref}`;
  }
  const probe = parseOrg(`orgspec: 1\nblueprint: ${JSON.stringify(ref)}\n`, { filename: target, fs: nodeFileSystem });
  const problems = probe.diagnostics.filter((d) => d.severity === "error" && d.code !== "root-count");
  if (!probe.org?.blueprint || problems.length > 0) {
    io.stderr.write(formatDiagnostics(problems, "text", { sources: probe.sources }));
    throw new CliError(`orgspec import: cannot use blueprint "${given}"`);
  }
  return { blueprint: probe.org.blueprint, ref };
}

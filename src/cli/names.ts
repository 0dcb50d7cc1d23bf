/**
 * Names for ids on the command line (docs/find.md, "Names for ids"): a person or unit
 * argument is an id, else the one exact name, through `org.resolvePersonId` and
 * `org.resolveUnitId`. A name several hold exits 2 listing every candidate, aligned, so that
 * the id can be given instead; no match exits 2 with the did-you-mean each command gave.
 */
import { AmbiguousNameError, UnknownIdError } from "../model/errors.js";
import type { Org } from "../org/org.js";
import { CliError } from "./io.js";
import { table } from "./table.js";

/** Where the text was given, for the messages: the command, and the flag (`--unit`) if any. */
export interface NameSite {
  /** The command, as in `orgspec <command>: …`. */
  readonly command: string;
  /** The flag the text came with; none for a positional argument. */
  readonly flag?: string;
}

/**
 * The id of the person `text` names (an id, or a unique exact name).
 *
 * @example personId(org, "曾敏", { command: "query" }) // "110312"
 */
export function personId(org: Org, text: string, site: NameSite): string {
  return resolving(() => org.resolvePersonId(text), site);
}

/**
 * The id of the unit `text` names (an id, or a unique exact name).
 *
 * @example unitId(org, "朝阳中心支公司保费部", { command: "stats", flag: "--unit" }) // "bj-cy"
 */
export function unitId(org: Org, text: string, site: NameSite): string {
  return resolving(() => org.resolveUnitId(text), site);
}

/** `unitId` for an optional flag: undefined stays undefined. */
export function optionalUnitId(org: Org, text: string | undefined, site: NameSite): string | undefined {
  return text === undefined ? undefined : unitId(org, text, site);
}

function resolving(resolve: () => string, site: NameSite): string {
  try {
    return resolve();
  } catch (error) {
    if (error instanceof AmbiguousNameError) throw ambiguous(error, site);
    if (error instanceof UnknownIdError) throw unknown(error, site);
    throw error;
  }
}

/**
 * `orgspec query: 2 people are named "王芳"; give one of their ids:` and the candidates as
 * an aligned table (id, unit, role; for units id, parent, type), one per line.
 */
function ambiguous(error: AmbiguousNameError, site: NameSite): CliError {
  const people = error.kind === "person";
  const what = `${error.candidates.length} ${people ? "people" : "units"} are named "${error.text}"`;
  const header = people ? ["id", "unit", "role"] : ["id", "parent", "type"];
  const rows = error.candidates.map((c) => ("role" in c ? [c.id, c.unit, c.role] : [c.id, c.parent ?? "—", c.type]));
  const lines = table(
    rows,
    header.map((h) => ({ header: h })),
    { indent: "  " },
  ).map((l) => l.trimEnd());
  return new CliError(`${prefix(site)}${what}; give one of their ids:\n${lines.join("\n")}`);
}

/** The did-you-mean of before names were taken: all suggestions for an argument, the closest for a flag. */
function unknown(error: UnknownIdError, site: NameSite): CliError {
  const quoted = error.suggestions.map((s) => `"${s}"`);
  if (site.flag === undefined) {
    const hint = quoted.length > 0 ? `; did you mean ${quoted.join(" or ")}?` : "";
    return new CliError(`orgspec ${site.command}: no ${error.kind} with id "${error.id}"${hint}`);
  }
  const hint = quoted.length > 0 ? `; did you mean ${quoted[0]}?` : "";
  return new CliError(`orgspec ${site.command}: ${site.flag} "${error.id}" is not a ${error.kind}${hint}`);
}

function prefix(site: NameSite): string {
  return `orgspec ${site.command}: ${site.flag === undefined ? "" : `${site.flag}: `}`;
}

/** `orgspec find <root> people|units [<selector>…]`: people and units by role, place, level and meta (docs/find.md). */
import { csvRow, spreadsheetSafe } from "../../export/csv.js";
import type { FindLines } from "../../find/context.js";
import { FIND_SORTS, type FindSort } from "../../find/engine.js";
import { SelectorError } from "../../find/errors.js";
import type { PersonRef, Unit } from "../../model/types.js";
import { printable } from "../../report/printable.js";
import { displayWidth } from "../../report/width.js";
import { oneOf, parse, wholeNumber } from "../args.js";
import { CliError, type Io } from "../io.js";
import { loadValidOrg } from "../load.js";
import { table } from "../table.js";

export const findHelp = `Usage: orgspec find <root-file> people|units [<selector>…] [options]

Select people or units by role, place, level and meta (the org must have no errors).
The selector is every argument after people/units, joined by spaces: terms separated by
spaces must all match (AND), commas inside a term are alternatives (OR), a leading -
negates a term. Terms (docs/find.md has the full table):

  role:R  type:T  level:N  under:U  unit:U  reports-to:P  name:GLOB  id:GLOB
  meta.K=V  meta.K  has:also|reports-to|dotted|meta|plan|drivers  lacks:R
  head  vacant  over-plan  under-plan

U and P are ids or names held by exactly one unit or person. A word starting with a
single - is a negated term (-role:team-lead), never an option.

Options:
  -f, --format <f>   text (default), json, csv or ids (one id per line)
      --count        print only the number of matches
      --sort <key>   source (default), name, id or unit (the unit tree's order)
      --limit <n>    only the first n (after sorting)
      --lines <kind> reports-to: follow solid (default), dotted or all lines
  -h, --help         show this help

Examples:
  orgspec find org.yaml people role:renewal-specialist type:bank-renewal-team under:bj
  orgspec find org.yaml units type:individual-renewal-team,bank-renewal-team vacant
  orgspec find org.yaml people under:北京分公司保费部 has:also --format ids

Exit codes: 0 answered (also with no match), 1 the org has errors, 2 a bad selector,
option or file.
`;

const FORMATS = ["text", "json", "csv", "ids"] as const;
const LINES: readonly FindLines[] = ["solid", "dotted", "all"];

/** Options that take a value (the next argument, or after `=`). */
const VALUED = new Set(["--format", "-f", "--sort", "--limit", "--lines"]);

/**
 * Options apart from the positionals, so that a negated term (`-role:team-lead`, `-vacant`)
 * is a selector word, not an unknown short option: only `--…` and `-f`/`-h` are options;
 * after `--` everything is positional.
 */
function splitArgs(argv: readonly string[]): { options: string[]; positionals: string[] } {
  const options: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (VALUED.has(arg)) {
      options.push(arg);
      if (i + 1 < argv.length) options.push(argv[++i] as string);
    } else if (arg.startsWith("--") || arg === "-h") options.push(arg);
    else positionals.push(arg);
  }
  return { options, positionals };
}

export function find(io: Io, argv: string[]): number {
  const split = splitArgs(argv);
  const { values } = parse("find", split.options, {
    format: { type: "string", short: "f" },
    count: { type: "boolean" },
    sort: { type: "string" },
    limit: { type: "string" },
    lines: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(findHelp);
    return 0;
  }
  const [root, kind, ...words] = split.positionals;
  if (root === undefined) throw usage("no root file given");
  if (kind !== "people" && kind !== "units") {
    throw usage(kind === undefined ? "say what to find: people or units" : `find people or units, not "${kind}"`);
  }
  const format = oneOf("find", "--format", values.format, FORMATS) ?? "text";
  const sort = oneOf("find", "--sort", values.sort, FIND_SORTS) ?? ("source" satisfies FindSort);
  const lines = oneOf("find", "--lines", values.lines, LINES) ?? "solid";
  const limit = wholeNumber("find", "--limit", values.limit);
  const selector = words.join(" ");

  const org = loadValidOrg(io, root);
  let found: PersonRef[] | Unit[];
  try {
    found =
      kind === "people"
        ? [...org.findPeople(selector, { lines, sort })]
        : [...org.findUnits(selector, { lines, sort })];
  } catch (error) {
    if (error instanceof SelectorError) throw new CliError(selectorMessage(selector, error));
    throw error;
  }
  const count = found.length;
  if (values.count) {
    io.stdout.write(`${count}\n`);
    return 0;
  }
  const shown = limit === undefined ? found : found.slice(0, limit);
  const rows = kind === "people" ? (shown as PersonRef[]).map(personRow) : (shown as Unit[]).map(unitRow);
  const fields = kind === "people" ? PEOPLE_FIELDS : UNIT_FIELDS;
  switch (format) {
    case "json": {
      const results = kind === "people" ? shown : (shown as Unit[]).map(unitJson);
      io.stdout.write(`${JSON.stringify({ kind, count, results }, null, 2)}\n`);
      break;
    }
    case "csv":
      io.stdout.write(
        [csvRow(fields), ...rows.map((r) => csvRow(r.map(spreadsheetSafe)))].map((l) => `${l}\n`).join(""),
      );
      break;
    case "ids":
      io.stdout.write(shown.map((x) => `${x.id}\n`).join(""));
      break;
    default: {
      if (rows.length > 0) {
        // No header, as `orgspec query` prints people: the columns are fixed (docs/find.md).
        const lines = table(
          rows.map((r) => r.map(printable)),
          fields.map((header) => ({ header })),
          { header: false },
        );
        io.stdout.write(lines.map((l) => `${l.trimEnd()}\n`).join(""));
      }
      const noun = kind === "people" ? (count === 1 ? "person" : "people") : count === 1 ? "unit" : "units";
      const more = shown.length < count ? ` (showing ${shown.length})` : "";
      io.stderr.write(`${count} ${noun}${more}\n`);
    }
  }
  return 0;
}

const PEOPLE_FIELDS = ["id", "name", "unit", "role"];
const UNIT_FIELDS = ["id", "name", "type", "level", "parent"];

const personRow = (p: PersonRef) => [p.id, p.name, p.unit, p.role];
const unitRow = (u: Unit) => [u.id, u.name, u.type, u.level === null ? "" : String(u.level), u.parent ?? ""];
const unitJson = (u: Unit) => ({ id: u.id, name: u.name, type: u.type, level: u.level, parent: u.parent });

/** The error, then the selector with a caret line under the place (display widths, so CJK lines up). */
function selectorMessage(selector: string, error: SelectorError): string {
  if (error.column === 0) return `orgspec find: ${error.message}`;
  const before = selector.slice(0, error.column - 1);
  const at = selector.slice(error.column - 1, error.column - 1 + error.length);
  const caret = `${" ".repeat(displayWidth(printable(before)))}${"^".repeat(Math.max(1, displayWidth(printable(at))))}`;
  return `orgspec find: selector, column ${error.column}: ${printable(error.message)}\n  ${printable(selector)}\n  ${caret}`;
}

function usage(message: string): CliError {
  return new CliError(`orgspec find: ${message}\nRun "orgspec find --help" for usage.`);
}

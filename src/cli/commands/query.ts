/** `orgspec query <root-file> <question> [args]`: who reports to whom, for people and scripts. */
import { didYouMean } from "../../diagnostics/suggest.js";
import { UnknownIdError } from "../../model/errors.js";
import type { PersonRef } from "../../model/types.js";
import type { Org } from "../../org/org.js";
import type { DottedManager, ReportingLines, UnitInfo } from "../../query/types.js";
import { oneOf, parse } from "../args.js";
import { CliError, type Io } from "../io.js";
import { loadValidOrg } from "../load.js";
import { table as alignedRows } from "../table.js";

export const queryHelp = `Usage: orgspec query <root-file> <question> [args] [options]

Answer who-reports-to-whom questions about an org (the org must have no errors).

Questions:
  manager <person>                the person's solid-line manager, or none
  chain <person>                  managers from the direct one up to the top
  dotted <person>                 dotted-line (functional) managers, with each line's source
  reports <person>                direct reports (--all: every transitive report)
  is-under <person> <manager>     whether person reports, directly or not, to manager
  common-manager <a> <b>          the lowest manager both report to, or none
  path <a> <b>                    the reporting path from a up to the common manager, down to b
  unit <unit>                     path from the root, head, members by role, headcount vs plan

Options:
      --json                 print { "result": ... } (a person is { id, name, unit, role })
      --all                  reports: every transitive report, not only direct ones
      --lines <kind>         reports, is-under: follow solid (default), dotted or all lines
  -h, --help                 show this help

Nobody reports to themself: the common manager of a person and their own manager is that
manager's manager. manager, chain, common-manager and path follow solid lines only.

Exit codes: 0 answered, 1 the org has errors (printed to stderr), 2 usage or I/O trouble or
an unknown id (with a "did you mean" hint).
`;

interface Question {
  args: readonly string[];
  options: readonly ("all" | "lines")[];
}

const QUESTIONS: Readonly<Record<string, Question>> = {
  manager: { args: ["person"], options: [] },
  chain: { args: ["person"], options: [] },
  dotted: { args: ["person"], options: [] },
  reports: { args: ["person"], options: ["all", "lines"] },
  "is-under": { args: ["person", "manager"], options: ["lines"] },
  "common-manager": { args: ["a", "b"], options: [] },
  path: { args: ["a", "b"], options: [] },
  unit: { args: ["unit"], options: [] },
};

const LINES: readonly ReportingLines[] = ["solid", "dotted", "all"];

export function query(io: Io, argv: string[]): number {
  const { values, positionals } = parse("query", argv, {
    json: { type: "boolean" },
    all: { type: "boolean" },
    lines: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(queryHelp);
    return 0;
  }
  const [root, name, ...args] = positionals;
  if (root === undefined) throw usage("no root file given");
  if (name === undefined) throw usage(`no question given; ask one of: ${Object.keys(QUESTIONS).join(", ")}`);
  const question = Object.hasOwn(QUESTIONS, name) ? QUESTIONS[name] : undefined;
  if (!question) {
    const hint = didYouMean(name, Object.keys(QUESTIONS));
    throw usage(
      `unknown question "${name}"${hint ? `; ${hint}` : `; ask one of: ${Object.keys(QUESTIONS).join(", ")}`}`,
    );
  }
  const synopsis = `orgspec query <root-file> ${name} ${question.args.map((a) => `<${a}>`).join(" ")}`;
  if (args.length !== question.args.length) {
    const what = args.length < question.args.length ? `missing <${question.args[args.length]}>` : "too many arguments";
    throw usage(`${name}: ${what}\nUsage: ${synopsis}`);
  }
  if (values.all && !question.options.includes("all")) throw usage(`${name}: --all applies to reports only`);
  if (values.lines !== undefined && !question.options.includes("lines"))
    throw usage(`${name}: --lines applies to reports and is-under only`);
  const lines = oneOf("query", "--lines", values.lines, LINES) ?? "solid";

  const org = loadValidOrg(io, root);
  let result: unknown;
  try {
    result = answer(org, name, args as [string, string], lines, values.all === true);
  } catch (error) {
    if (error instanceof UnknownIdError) {
      const hint =
        error.suggestions.length > 0 ? `; did you mean ${error.suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
      throw new CliError(`orgspec query: no ${error.kind} with id "${error.id}"${hint}`);
    }
    throw error;
  }
  io.stdout.write(values.json ? `${JSON.stringify({ result }, null, 2)}\n` : human(org, name, args, result));
  return 0;
}

function usage(message: string): CliError {
  return new CliError(`orgspec query: ${message}\nRun "orgspec query --help" for usage.`);
}

function answer(org: Org, name: string, [a, b]: [string, string], lines: ReportingLines, all: boolean): unknown {
  switch (name) {
    case "manager":
      return org.managerOf(a);
    case "chain":
      return org.chainOfCommand(a);
    case "dotted":
      return org.dottedManagers(a);
    case "reports":
      return all ? [...org.allReports(a, { lines })] : org.directReports(a, { lines });
    case "is-under":
      return org.isUnder(a, b, { lines });
    case "common-manager":
      return org.commonManager(a, b);
    case "path":
      return org.reportingPath(a, b);
    default:
      return org.unitInfo(a);
  }
}

/** The answer for a terminal: people as aligned rows (id, name, unit, unit name, role). */
function human(org: Org, name: string, args: string[], result: unknown): string {
  const who = (id: string) => `${id} ${org.person(id).name}`;
  const [a = "", b = ""] = args;
  switch (name) {
    case "manager":
      return result ? table([row(org, result as PersonRef)]) : `none: ${who(a)} is a top of the org\n`;
    case "common-manager":
      return result ? table([row(org, result as PersonRef)]) : `none: ${who(a)} and ${who(b)} have no common manager\n`;
    case "chain":
      return list(org, result as PersonRef[], `none: ${who(a)} is a top of the org`);
    case "reports":
      return list(org, result as PersonRef[], `none: nobody reports to ${who(a)}`);
    case "dotted": {
      const rows = (result as DottedManager[]).map((p) => [...row(org, p), `[${p.source}]`]);
      return rows.length > 0 ? table(rows) : `none: ${who(a)} has no dotted-line manager\n`;
    }
    case "is-under":
      return `${result}\n`;
    case "path": {
      const path = result as PersonRef[];
      if (path.length === 0) return `none: ${who(a)} and ${who(b)} have no common manager\n`;
      const rows = path.map((p, i) => {
        const prev = path[i - 1];
        const step = !prev ? " " : org.managerOf(prev.id)?.id === p.id ? "↑" : "↓";
        return [step, ...row(org, p)];
      });
      return table(rows);
    }
    default:
      return unitText(org, result as UnitInfo);
  }
}

function row(org: Org, p: PersonRef): string[] {
  return [p.id, p.name, p.unit, org.hasUnit(p.unit) ? org.unit(p.unit).name : "", p.role];
}

function list(org: Org, people: PersonRef[], none: string): string {
  return people.length > 0 ? table(people.map((p) => row(org, p))) : `${none}\n`;
}

function unitText(org: Org, info: UnitInfo): string {
  const head = info.head ? `${info.head.id}  ${info.head.name}  ${info.head.role}` : "vacant";
  const out = [`unit  ${info.id}  ${info.name}  (${info.type})\npath  ${info.path.join(" > ")}\nhead  ${head}\n`];
  // Members by the role of their post in this unit (primary first), in staffing-row order.
  const byRole = new Map<string, string[][]>(info.staffing.map((s) => [s.role, []]));
  for (const p of info.members) {
    const post = org.person(p.id).posts.find((post) => post.unit === info.id);
    const role = post?.role ?? p.role;
    const note = post?.primary === false ? `also (primary post: ${p.role} in ${p.unit})` : "";
    if (!byRole.has(role)) byRole.set(role, []);
    byRole.get(role)?.push([role, p.id, p.name, note]);
  }
  const members = [...byRole.values()].flat();
  out.push(`\nmembers (${info.members.length})\n`, members.length > 0 ? table(members, "  ") : "  none\n");
  const header = ["role", "planned", "filled", "vacant", "over", ""];
  const rows = [
    ...info.staffing.map((s) => [s.role, ...[s.planned, s.filled, s.vacant, s.over].map(String), ""]),
    ...info.unplanned.map((u) => [u.role, "-", "-", "-", "-", `${u.posts} unplanned`]),
  ];
  const right = [false, true, true, true, true, false];
  out.push("\nstaffing\n", rows.length > 0 ? table([header, ...rows], "  ", right) : "  no plan and no posts\n");
  return out.join("");
}

/** Rows as columns two spaces apart, padded by display width so that CJK names line up. */
function table(rows: string[][], indent = "", right: readonly boolean[] = []): string {
  const columns = (rows[0] ?? []).map((_, i) => ({
    header: "",
    align: right[i] ? ("right" as const) : ("left" as const),
  }));
  const lines = alignedRows(rows, columns, { header: false, indent }).map((line) => line.trimEnd());
  return `${lines.join("\n")}\n`;
}

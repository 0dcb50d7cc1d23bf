/** `orgspec query <root-file> <question> [args]`: who reports to whom, for people and scripts. */
import { didYouMean } from "../../diagnostics/suggest.js";
import type { PersonRef } from "../../model/types.js";
import type { Org } from "../../org/org.js";
import type { ChainLink, DottedManager, ReportingLines, UnitInfo } from "../../query/types.js";
import { format as formatFlag, oneOf, parse } from "../args.js";
import { CliError, type Io } from "../io.js";
import { loadValidOrg } from "../load.js";
import { personId, unitId } from "../names.js";
import { table as alignedRows } from "../table.js";

export const queryHelp = `Usage: orgspec query <root-file> <question> [args] [options]

Answer who-reports-to-whom questions about an org (the org must have no errors).

Questions:
  manager <person>                the person's solid-line manager, or none
  chain <person>                  managers from the direct one up to the top (--lines all:
                                  along solid and dotted lines, each manager once)
  dotted <person>                 dotted-line (functional) managers, with each line's source
  reports <person>                direct reports (--all: every transitive report)
  is-under <person> <manager>     whether person reports, directly or not, to manager
  common-manager <a> <b>          the lowest manager both report to, or none
  path <a> <b>                    the reporting path from a up to the common manager, down to b
  unit <unit>                     path from the root, head, members by role, headcount vs plan

Options:
  -f, --format <name>        text (default), or json: { "result": ... } (a person is
                             { id, name, unit, role })
      --json                 another name for --format json
      --all                  reports: every transitive report, not only direct ones
      --lines <kind>         reports, is-under, chain: follow solid (default), dotted or all lines
  -h, --help                 show this help

A person or unit is given by id, or by name when exactly one has that name (a name
several hold exits 2 and lists them with their ids).

Nobody reports to themself: the common manager of a person and their own manager is that
manager's manager. manager, common-manager and path follow solid lines only. chain with
--lines dotted or all lists each manager once, breadth-first (nearest first), with the
kind of line that reaches them (solid, dotted or both) and from whom.

Exit codes: 0 answered, 1 the org has errors (printed to stderr), 2 usage or I/O trouble,
an unknown id (with a "did you mean" hint) or a name several people or units hold.
`;

interface Question {
  args: readonly string[];
  options: readonly ("all" | "lines")[];
}

const QUESTIONS: Readonly<Record<string, Question>> = {
  manager: { args: ["person"], options: [] },
  chain: { args: ["person"], options: ["lines"] },
  dotted: { args: ["person"], options: [] },
  reports: { args: ["person"], options: ["all", "lines"] },
  "is-under": { args: ["person", "manager"], options: ["lines"] },
  "common-manager": { args: ["a", "b"], options: [] },
  path: { args: ["a", "b"], options: [] },
  unit: { args: ["unit"], options: [] },
};

const LINES: readonly ReportingLines[] = ["solid", "dotted", "all"];
const FORMATS = ["text", "json"] as const;

export function query(io: Io, argv: string[]): number {
  const { values, positionals } = parse("query", argv, {
    format: { type: "string", short: "f" },
    json: { type: "boolean" },
    all: { type: "boolean" },
    lines: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(queryHelp);
    return 0;
  }
  const output = formatFlag("query", FORMATS, values.format, {
    flag: "--json",
    value: values.json ? "json" : undefined,
  });
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
    throw usage(`${name}: --lines applies to reports, is-under and chain only`);
  const lines = oneOf("query", "--lines", values.lines, LINES) ?? "solid";

  const org = loadValidOrg(io, root);
  // Names for ids: every argument resolved (in order) before the question is asked.
  const site = { command: "query" };
  const ids = args.map((text, i) =>
    question.args[i] === "unit" ? unitId(org, text, site) : personId(org, text, site),
  ) as [string, string];
  const result = answer(org, name, ids, lines, values.all === true);
  io.stdout.write(
    output === "json" ? `${JSON.stringify({ result }, null, 2)}\n` : human(org, name, ids, lines, result),
  );
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
      return org.chainOfCommand(a, { lines });
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
function human(org: Org, name: string, args: string[], lines: ReportingLines, result: unknown): string {
  const who = (id: string) => `${id} ${org.person(id).name}`;
  const [a = "", b = ""] = args;
  switch (name) {
    case "manager":
      return result ? table([row(org, result as PersonRef)]) : `none: ${who(a)} is a top of the org\n`;
    case "common-manager":
      return result ? table([row(org, result as PersonRef)]) : `none: ${who(a)} and ${who(b)} have no common manager\n`;
    case "chain":
      if (lines !== "solid") {
        const none =
          lines === "dotted" ? "has no dotted-line manager" : "is a top of the org with no dotted-line manager";
        return chainText(org, result as ChainLink[], `none: ${who(a)} ${none}`);
      }
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

/**
 * The chain over dotted (or all) lines: one row per manager, nearest first, with the kind of
 * line that reaches them and the people below them in the chain whose lines do
 * (`← 110311 solid`; the person asked about included).
 */
function chainText(org: Org, chain: ChainLink[], none: string): string {
  if (chain.length === 0) return `${none}\n`;
  const from = (link: ChainLink) => `← ${link.from.map((f) => `${f.id} ${f.line}`).join(", ")}`;
  return table(chain.map((link) => [...row(org, link), `[${link.line}]`, from(link)]));
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

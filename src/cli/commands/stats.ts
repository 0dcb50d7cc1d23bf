/** `orgspec stats <root-file>`: headcount against plan, vacancies, span of control, layers. */
import type { Org } from "../../org/org.js";
import { GROUP_BY, isGroupBy } from "../../staffing/staffing.js";
import type { GroupBy, StaffingGroup, StaffingReport } from "../../staffing/types.js";
import { format as formatFlag, parse } from "../args.js";
import { CliError, type Io, useColor } from "../io.js";
import { loadValidOrg } from "../load.js";
import { optionalUnitId } from "../names.js";
import { renderStats, type ScopeInfo } from "../stats-text.js";

export const statsHelp = `Usage: orgspec stats <root-file> [options]

Headcount against plan (编制): planned, filled, vacant, over plan, unplanned posts, fill
rate and FTE for the whole org or a subtree; the units furthest over and under plan;
span of control (direct reports per manager) and layers (the longest chain of command).

Options:
      --by <grouping>   split the figures by level, type, role, unit, branch or level:N
                        (text default: role). branch: each unit under the level-2 unit
                        above it (a level-1 unit is its own), as orgspec plan; level:N:
                        under the unit at level N above it (units above N are their own)
      --unit <id>       only this unit and the units below it (an id, or a unit's name)
  -f, --format <name>   text (default), or json: one JSON object instead of the report
      --json            another name for --format json
  -h, --help            show this help

Exit codes: 0 success, 1 the org has errors (they are printed), 2 usage or I/O trouble
(unknown flag, missing file, unknown --unit id, a --unit name several units hold).
`;

export function stats(io: Io, argv: string[]): number {
  const { values, positionals } = parse("stats", argv, {
    format: { type: "string", short: "f" },
    json: { type: "boolean" },
    by: { type: "string" },
    unit: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(statsHelp);
    return 0;
  }
  const format = formatFlag("stats", FORMATS, values.format, {
    flag: "--json",
    value: values.json ? "json" : undefined,
  });
  const by = groupingFlag(values.by);
  const [path, ...extra] = positionals;
  if (path === undefined)
    throw new CliError('orgspec stats: no root file given\nRun "orgspec stats --help" for usage.');
  if (extra.length > 0) throw new CliError(`orgspec stats: unexpected argument "${extra[0]}"; give one root file`);
  const org = loadValidOrg(io, path);
  const unit = optionalUnitId(org, values.unit, { command: "stats", flag: "--unit" });
  const report = org.staffing.report(unit);
  const groups = org.staffing.groups(by ?? "role", unit);
  if (format === "json") io.stdout.write(`${JSON.stringify(statsJson(report, by, groups), null, 2)}\n`);
  else io.stdout.write(renderStats(report, by ?? "role", groups, { scope: scopeInfo(org, unit), color: useColor(io) }));
  return 0;
}

const FORMATS = ["text", "json"] as const;

/** `--by`: one of GROUP_BY, or level:N (N a whole number from 1); anything else is a usage error. */
function groupingFlag(value: string | undefined): GroupBy | undefined {
  if (value === undefined || isGroupBy(value)) return value;
  const level = /^level:/.test(value) ? "; N in level:N is a whole number from 1, such as level:3" : "";
  throw new CliError(`orgspec stats: --by must be one of ${GROUP_BY.join(", ")} or level:N; got "${value}"${level}`);
}

/**
 * The JSON of `stats --json`: cli.md's keys (`people`, `units`, `planned`, `filled`, `vacant`,
 * `over`, `unplanned`, `layers`, `span`, and `groups` with `--by`) and more.
 */
export function statsJson(report: StaffingReport, by: GroupBy | undefined, groups: StaffingGroup[]) {
  const { summary, layers, spans } = report;
  return {
    unit: summary.unit,
    people: summary.people,
    units: summary.units,
    planned: summary.planned,
    filled: summary.filled,
    vacant: summary.vacant,
    over: summary.over,
    unplanned: summary.unplanned,
    posts: summary.posts,
    fte: summary.fte,
    fillRate: summary.fillRate,
    layers: layers.layers,
    managers: layers.managers,
    managerShare: layers.managerShare,
    span: spans.stats,
    spanBands: spans.bands,
    ...(by ? { by, groups } : {}),
    vacancies: report.vacancies,
    unplannedPosts: report.unplanned,
    overPlan: report.offPlan.over,
    underPlan: report.offPlan.under,
    deepestChain: layers.deepest,
    widestSpans: spans.spans.slice(0, 5),
  };
}

function scopeInfo(org: Org, unit: string | undefined): ScopeInfo {
  const top = unit ?? org.root;
  const depth = (id: string) => {
    let d = 0;
    for (let u = org.unit(id); u.parent !== null && u.id !== top; u = org.unit(u.parent)) d++;
    return d;
  };
  const name = top === null ? "(empty org)" : `${org.unit(top).name} (${top})`;
  return { unit: unit ?? null, title: name, depth };
}

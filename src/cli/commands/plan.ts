/** `orgspec plan <root-file>`: the headcount the norms require, against plan and posts: what to hire. */
import { readFileSync, realpathSync } from "node:fs";
import { relative, resolve } from "node:path";
import { normalize } from "pathe";
import { DEMAND_GROUP_BY } from "../../demand/demand.js";
import type { DemandOptions, DemandReport } from "../../demand/types.js";
import { closest } from "../../diagnostics/suggest.js";
import { editPlans, PlanEditError, type PlanTarget } from "../../export/plan-edits.js";
import type { FileSystem } from "../../load/fs.js";
import { nodeFileSystem } from "../../node/fs.js";
import { loadOrgSync } from "../../org/load.js";
import type { Org } from "../../org/org.js";
import type { LoadResult } from "../../org/result.js";
import { formatDiagnostics } from "../../report/index.js";
import { printable } from "../../report/printable.js";
import { titleText } from "../../staffing/data.js";
import { plural } from "../../util/plural.js";
import { format as formatFlag, oneOf, parse } from "../args.js";
import { CliError, type Io, isStdout, useColor, writeFileAtomic, writeOutput } from "../io.js";
import { loadForCli, loadValidOrg, loadValidScenario } from "../load.js";
import { optionalUnitId } from "../names.js";
import {
  missingDriverNote,
  PLAN_FORMATS,
  type PlanView,
  planCsv,
  planJson,
  planMarkdown,
  planText,
} from "../plan-text.js";
import { count, progressFor } from "../progress.js";

export const planHelp = `Usage: orgspec plan <root-file> [options]

Headcount demand: the posts the blueprint's norms require of each unit (from the unit's
drivers for a period, such as premium due, and from the posts required of other roles),
against the plan (编制) and the posts held: how far the plan is from the norm, and how
many to hire. One line per group (default: per branch, the level-2 unit above) and a total.

Figures:
  required  posts the norms require (the plan, where no norm covers the role in the unit)
  planned   the merged plan
  posts     posts held (primary and also)
  plan gap  required − planned (negative: the plan is above the norm)
  to hire   max(0, required − posts), plus the leavers --attrition expects
  surplus   max(0, posts − required)

Options:
      --period <p>              the period of driver amounts (default: the latest one given)
      --scenario <file>         a scenario (orgspec-scenario: 1): growth, amounts set, norms,
                                attrition over the org's drivers (docs/staffing.md, "Scenarios")
      --unit <id>               only this unit and the units below it (an id, or a unit's name)
      --by <grouping>           ${DEMAND_GROUP_BY.join(", ")} (default: branch)
  -f, --format <name>           text (default), json, csv (one line per unit and role),
                                markdown (a pull-request comment)
      --attrition <role=share>  the share of a role's posts expected to leave in the period
                                (0 to 1), hired on top: to hire adds ceil(share × min(posts,
                                required)); repeat for several roles
  -o, --output <file>           write to a file (atomically, parent folders made) instead
                                of stdout; - is stdout
      --write                   set each unit's plan: to the required figures (roles with a
                                norm) in the org's own files, changing nothing else; the
                                report is printed as without it
  -h, --help                    show this help

Examples:
  orgspec plan org/org.yaml
  orgspec plan org/org.yaml --period 2013 --unit bj --by role
  orgspec plan org/org.yaml --attrition renewal-specialist=0.15 --format markdown
  orgspec plan org/org.yaml --scenario plans/2014.yaml --by branch
  orgspec plan org/org.yaml --period 2014 --write

A norm that counts a driver nothing in its unit's subtree gives for the period counts it
as 0; a note on stderr says how many did ("orgspec validate" lists them).

--write edits the root file and the included YAML files where the units are defined: an
entry of a unit's own plan: is set where it differs from the required figure, and added
where the required figure differs from the blueprint's default plan for the unit's type;
comments, key order, quoting, styles and line ends stay as they were. Every file's new
text is worked out and the org checked with it before anything is written; each file is
written atomically, and a file that changed on disk meanwhile stops the writing (exit 2).
stderr says what was written.

Exit codes: 0 success, 1 the org or the scenario has errors (they are printed), 2 usage or I/O trouble
(unknown flag, missing file, bad --by, --format or --attrition, unknown --unit id or a
name several units hold, a --period no unit gives; --write with the org on standard input, a file that changed on
disk or cannot be written).
`;

export function plan(io: Io, argv: string[]): number {
  const { values, positionals } = parse("plan", argv, {
    period: { type: "string" },
    scenario: { type: "string" },
    unit: { type: "string" },
    by: { type: "string" },
    format: { type: "string", short: "f" },
    attrition: { type: "string", multiple: true },
    output: { type: "string", short: "o" },
    write: { type: "boolean" },
  });
  if (values.help) {
    io.stdout.write(planHelp);
    return 0;
  }
  const by = oneOf("plan", "--by", values.by, DEMAND_GROUP_BY) ?? "branch";
  const format = formatFlag("plan", PLAN_FORMATS, values.format) ?? "text";
  const attrition = parseAttrition(values.attrition ?? []);
  const [path, ...extra] = positionals;
  if (path === undefined) throw new CliError('orgspec plan: no root file given\nRun "orgspec plan --help" for usage.');
  if (extra.length > 0) throw new CliError(`orgspec plan: unexpected argument "${extra[0]}"; give one root file`);
  if (values.write && path === "-") {
    throw new CliError("orgspec plan: --write edits the org's files; it cannot write an org read from standard input");
  }
  const loaded = values.write ? loadForCli(io, path) : undefined;
  const org = loaded ? validOrg(io, loaded) : loadValidOrg(io, path);
  const unit = optionalUnitId(org, values.unit, { command: "plan", flag: "--unit" });
  const scenario = values.scenario === undefined ? undefined : loadValidScenario(io, values.scenario, org, "plan");
  const options: DemandOptions = {
    ...(scenario ? { scenario } : {}),
    ...(values.period !== undefined ? { period: values.period } : {}),
    ...(unit !== undefined ? { unit } : {}),
    by,
    attrition: Object.fromEntries(attrition),
  };
  const units = plural(org.counts.units, "unit", "units", count(org.counts.units));
  progressFor(io).update(() => `working out the demand of ${units}…`, true);
  const report = demand(org, options);
  checkAttritionRoles(org, report, attrition);
  const view = planView(org, report, attrition);
  const toFile = !isStdout(values.output);
  const text =
    format === "json"
      ? planJson(report)
      : format === "csv"
        ? planCsv(report)
        : format === "markdown"
          ? planMarkdown(report, view)
          : planText(report, view, !toFile && useColor(io));
  writeOutput(io, values.output, text, "plan");
  const note = missingDriverNote(report);
  if (note) io.stderr.write(`orgspec plan: note: ${note}\n`);
  if (loaded) writePlans(io, path, loaded, org, report, options);
  return 0;
}

/** As `loadValidOrg`, on a load already made: an org with errors prints them and exits 1. */
function validOrg(io: Io, result: LoadResult): Org {
  if (result.ok) return result.org;
  printErrors(io, result);
  throw new CliError("", 1);
}

function printErrors(io: Io, result: LoadResult): void {
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  const color = useColor(io, io.stderr);
  io.stderr.write(formatDiagnostics(errors, "text", { sources: result.sources, files: result.files, color }));
}

/** One org file `--write` changes: its text as read, and as it is to be written. */
interface PlanFile {
  /** The path shown (relative to the working directory, as the load gives it). */
  readonly display: string;
  /** The path written: links resolved, so a linked file is written through, not replaced. */
  readonly real: string;
  readonly before: string;
  readonly after: string;
  readonly entries: number;
}

/**
 * `--write`: each unit's own `plan:` set, in the file that defines the unit, so that the
 * merged plan gives the required figure of every role a norm covers. Every new text is
 * worked out, and the org loaded with them and checked (no errors, no plan gap left), before
 * anything is written; a file that changed on disk since it was read stops the writing
 * (exit 2); after writing, the org is loaded again from disk and must have no errors.
 */
function writePlans(
  io: Io,
  path: string,
  loaded: LoadResult,
  org: Org,
  report: DemandReport,
  options: DemandOptions,
): void {
  const targets = planTargets(org, report);
  const unfound = new Set(targets.map((t) => t.unit));
  const files: PlanFile[] = [];
  for (const display of targets.length === 0 ? [] : loaded.files) {
    if (loaded.parsers.get(display) === "csv") continue;
    const absolute = resolve(io.cwd, display);
    const before = readText(absolute, display);
    // A file that holds none of a few ids holds none of their units: parsing a big file
    // takes seconds. (Many ids are likely in most files; searching them all would cost more.)
    if (targets.length <= 64 && !targets.some((t) => before.includes(t.unit))) continue;
    if (before.replace(/^\uFEFF/, "") !== (loaded.sources.get(display) ?? before.replace(/^\uFEFF/, ""))) {
      throw new CliError(`orgspec plan: ${display} changed on disk while plan ran; nothing written`);
    }
    let edited: ReturnType<typeof editPlans>;
    try {
      edited = editPlans(before, targets);
    } catch (error) {
      if (error instanceof PlanEditError) throw new CliError(`orgspec plan: cannot write ${display}: ${error.message}`);
      throw error;
    }
    for (const id of edited.found) unfound.delete(id);
    if (edited.text === before) continue;
    files.push({ display, real: realPath(absolute), before, after: edited.text, entries: edited.edits.length });
  }
  const lost = [...unfound][0];
  if (lost !== undefined) {
    throw new CliError(
      `orgspec plan: cannot write the plan of unit "${lost}": no file defines it in a units: list as a map; nothing written`,
    );
  }
  checkEdited(io, path, files, targets, options);
  for (const file of files) unchanged(file, files);
  for (const [i, file] of files.entries()) {
    unchanged(file, files);
    try {
      writeFileAtomic(file.real, file.after);
    } catch (error) {
      if (!(error instanceof CliError) || i === 0) throw error;
      const done = files.slice(0, i).map((f) => f.display);
      throw new CliError(`orgspec plan: ${error.message}; already written: ${done.join(", ")}, nothing more`);
    }
  }
  if (files.length > 0) {
    const reloaded = loadForCli(io, path);
    if (!reloaded.ok) {
      printErrors(io, reloaded);
      throw new CliError(`orgspec plan: the org has errors after writing ${files.map((f) => f.display).join(", ")}`, 1);
    }
  }
  const entries = files.reduce((sum, f) => sum + f.entries, 0);
  const what = `${entries} plan ${entries === 1 ? "entry" : "entries"}`;
  const names = files.slice(0, 10).map((f) => f.display);
  if (files.length > 10) names.push(`… (${files.length - 10} more)`);
  io.stderr.write(
    files.length === 0
      ? `orgspec plan: wrote ${what}: every plan already gives the required figures\n`
      : `orgspec plan: wrote ${what} in ${files.length} file${files.length === 1 ? "" : "s"}: ${names.join(", ")}\n`,
  );
}

/**
 * The required figures of the normed rows, unit by unit, with the blueprint's default plan of
 * each unit's type — for the units with a plan gap only: where the merged plan already gives
 * every figure, there is nothing to write (and its file need not be parsed).
 */
function planTargets(org: Org, report: DemandReport): PlanTarget[] {
  const required = new Map<string, Record<string, number>>();
  const gaps = new Set<string>();
  for (const row of report.rows) {
    if (!row.normed) continue;
    let figures = required.get(row.unit);
    if (!figures) required.set(row.unit, (figures = {}));
    figures[row.role] = row.required;
    if (row.planGap !== 0) gaps.add(row.unit);
  }
  return [...required]
    .filter(([unit]) => gaps.has(unit))
    .map(([unit, figures]) => ({
      unit,
      required: figures,
      defaults: org.blueprint?.unitTypes.get(org.unit(unit).type)?.plan ?? {},
    }));
}

/**
 * The org loaded with the new texts in place of the files' (nothing written yet): it must
 * have no error, and every target's merged plan must give its figures.
 */
function checkEdited(
  io: Io,
  path: string,
  files: readonly PlanFile[],
  targets: readonly PlanTarget[],
  options: DemandOptions,
): void {
  if (files.length === 0) return;
  const texts = new Map<string, string>();
  for (const f of files) {
    texts.set(normalize(resolve(io.cwd, f.display)), f.after);
    texts.set(normalize(f.real), f.after);
  }
  const fs: FileSystem = { ...nodeFileSystem, readFile: (p) => texts.get(normalize(p)) ?? nodeFileSystem.readFile(p) };
  const result = loadOrgSync(resolve(io.cwd, path), { fs });
  if (!result.ok) {
    const rel = (file: string) => (file.startsWith("<") ? file : relative(io.cwd, file) || file);
    printErrors(io, {
      ...result,
      diagnostics: result.diagnostics.map((d) => ({ ...d, file: rel(d.file) })),
      files: result.files.map(rel),
      sources: new Map([...result.sources].map(([k, v]) => [rel(k), v])),
    });
    throw new CliError("orgspec plan: the plans written would give the org errors (above); nothing written", 1);
  }
  const rows = new Map(result.org.demand(options).rows.map((r) => [`${r.unit}\u0000${r.role}`, r]));
  for (const t of targets) {
    for (const [role, n] of Object.entries(t.required)) {
      const planned = rows.get(`${t.unit}\u0000${role}`)?.planned ?? 0;
      if (planned !== n) {
        throw new Error(`plan --write: unit ${t.unit} role ${role} would have plan ${planned}, not ${n}`);
      }
    }
  }
}

/** Refuses (exit 2) when the file is no longer the text that was read. */
function unchanged(file: PlanFile, files: readonly PlanFile[]): void {
  if (readText(file.real, file.display) === file.before) return;
  const done = files.slice(0, files.indexOf(file)).filter((f) => readText(f.real, f.display) === f.after);
  const written = done.length === 0 ? "nothing written" : `already written: ${done.map((f) => f.display).join(", ")}`;
  throw new CliError(`orgspec plan: ${file.display} changed on disk while plan ran; ${written}, nothing more`);
}

function readText(path: string, display: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(
      `orgspec plan: cannot read ${display}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** `org.demand`, with its errors for the user's flags turned into usage errors (exit 2). */
function demand(org: Org, options: DemandOptions): DemandReport {
  try {
    return org.demand(options);
  } catch (error) {
    if (error instanceof RangeError && options.period !== undefined) {
      const { periods } = org.demand({ by: "unit" });
      if (!periods.includes(options.period)) {
        throw new CliError(
          `orgspec plan: --period "${options.period}": no unit gives driver amounts for it; periods: ${periods.join(", ")}`,
        );
      }
    }
    // The period asked against the scenario's base, or a period for an org of plain amounts.
    if (error instanceof RangeError) throw new CliError(`orgspec plan: ${error.message.replace(/^Org\.demand: /, "")}`);
    throw error;
  }
}

/** `--attrition role=share` values, in the order given: a share from 0 to 1, each role once. */
function parseAttrition(values: readonly string[]): [role: string, share: number][] {
  const out = new Map<string, number>();
  for (const value of values) {
    const at = value.lastIndexOf("=");
    const role = at > 0 ? value.slice(0, at) : "";
    const text = at > 0 ? value.slice(at + 1).trim() : "";
    if (role === "" || text === "") {
      throw new CliError(
        `orgspec plan: --attrition expects role=share, such as renewal-specialist=0.15; got "${value}"`,
      );
    }
    const share = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
    if (!(share >= 0 && share <= 1)) {
      throw new CliError(
        `orgspec plan: --attrition "${value}": the share must be a number from 0 to 1 (0.15 for 15%); got "${text}"`,
      );
    }
    if (out.has(role)) throw new CliError(`orgspec plan: --attrition gives role "${role}" twice`);
    out.set(role, share);
  }
  return [...out];
}

/** A role in --attrition must be one the org knows (its blueprint's, or one in the demand). */
function checkAttritionRoles(org: Org, report: DemandReport, attrition: readonly [string, number][]): void {
  const known = new Set([...(org.blueprint?.roles.keys() ?? []), ...report.rows.map((r) => r.role)]);
  for (const [role] of attrition) {
    if (known.has(role)) continue;
    const near = closest(role, known);
    const hint = near === undefined ? "" : `; did you mean "${near}"?`;
    throw new CliError(`orgspec plan: --attrition: "${role}" is not a role${hint}`);
  }
}

/** The scope's title, group names (by the grouping) and unit depths, from the org. */
function planView(org: Org, report: DemandReport, attrition: PlanView["attrition"]): PlanView {
  const top = report.unit ?? org.root;
  const bp = org.blueprint;
  const label: Record<DemandReport["by"], (key: string) => string> = {
    unit: (key) => org.unit(key).name,
    branch: (key) => org.unit(key).name,
    role: (key) => titleText(bp?.roles.get(key)?.title, key),
    type: (key) => titleText(bp?.unitTypes.get(key)?.title, key),
    level: () => "",
  };
  // NOTE: names come from the user's files: shown escaped where they hold control or
  // bidi-override characters (an ESC would reach the terminal, U+202E reverse the line).
  return {
    title: top === null ? "(empty org)" : printable(`${org.unit(top).name} (${top})`),
    label: (key) => printable(label[report.by](key)),
    depth: (id) => {
      let d = 0;
      for (let u = org.unit(id); u.parent !== null && u.id !== top; u = org.unit(u.parent)) d++;
      return d;
    },
    attrition,
  };
}

/** `orgspec diff <old-root> <new-root>`: what a change does to the org, for review and CI. */
import type { Diagnostic } from "../../diagnostics/types.js";
import { diffOrgs } from "../../diff/diff.js";
import { type BrokenSide, formatDiffErrors } from "../../diff/format-errors.js";
import { formatDiffJson } from "../../diff/format-json.js";
import { formatDiffMarkdown } from "../../diff/format-markdown.js";
import { formatDiffText } from "../../diff/format-text.js";
import { nodeFileSystem } from "../../node/fs.js";
import { loadOrgSync, OrgReadError } from "../../org/load.js";
import type { Org } from "../../org/org.js";
import type { LoadResult } from "../../org/result.js";
import { formatDiagnostics } from "../../report/index.js";
import { plural } from "../../util/plural.js";
import { format as formatFlag, limit, parse } from "../args.js";
import { CliError, type Io, useColor, writeOutput } from "../io.js";
import { loadForCli } from "../load.js";
import { materialize, parseRevision } from "../revision.js";

const FORMATS = ["text", "json", "markdown"] as const;

export const diffHelp = `Usage: orgspec diff <old-root> <new-root> [options]

What changed between two versions of an org: people added, removed, moved between
units, role changes; solid-line manager changes with before and after (managers are
compared as resolved, so a head leaving shows for every report that rolls up); units
added, removed, re-parented, head changes; plan changes (merged plans, per unit and
role); headcount per branch (the root's children). Units and people match by id.

Either side may be a git revision, REV:path — e.g. HEAD~1:org/org.yaml or
origin/main:org/org.yaml. The path is relative to the repository's top (./ or ../ make
it relative to the working directory); the YAML and CSV files of the root's folder at
that revision are read with git, so includes work.

Options:
  -f, --format <name>     text (default), json, markdown (a pull-request comment)
      --exit-code         exit 1 when there are differences
      --max-removals <n>  exit 1, with a message, when more than n people are removed
                          (-1: no limit)
  -o, --output <file>     write the diff to a file (atomically, parent folders made)
                          instead of stdout; - is stdout
  -h, --help              show this help

When either org has errors there is no diff: the errors are printed on stderr, the
report (on stdout or in the -o file) lists them instead of the changes, in the same
format — so a CI step that posts the -o file always has one — and the exit code is 1.

Example (CI, on a pull request):
  orgspec diff origin/main:org/org.yaml org/org.yaml --format markdown --max-removals 5

Exit codes: 0 done (no differences, or no --exit-code), 1 differences with
--exit-code, more removals than --max-removals, or either org has errors (they are
printed), 2 usage or I/O trouble (missing file, unknown revision).
`;

export function diff(io: Io, argv: string[]): number {
  const { values, positionals } = parse("diff", argv, {
    format: { type: "string", short: "f" },
    "exit-code": { type: "boolean" },
    "max-removals": { type: "string" },
    output: { type: "string", short: "o" },
  });
  if (values.help) {
    io.stdout.write(diffHelp);
    return 0;
  }
  const format = formatFlag("diff", FORMATS, values.format) ?? "text";
  const maxRemovals = limit("diff", "--max-removals", values["max-removals"]);
  if (positionals.length !== 2) {
    throw new CliError(
      `orgspec diff: give two roots, the old and the new (got ${positionals.length})\nRun "orgspec diff --help" for usage.`,
    );
  }
  const [oldArg, newArg] = positionals as [string, string];
  const before = loadSide(io, oldArg, "old");
  const after = loadSide(io, newArg, "new");
  const subtitle = `\`${before.label}\` → \`${after.label}\``;
  if (before.org === undefined || after.org === undefined) {
    // NOTE: the report is written all the same (the errors instead of the changes), so that
    // the documented pull-request step has a file to post; the exit code still says 1.
    const broken = [before, after].flatMap((side) => (side.broken ? [side.broken] : []));
    writeOutput(io, values.output, formatDiffErrors(broken, format, { subtitle }), "diff");
    return 1;
  }
  const changes = diffOrgs(before.org, after.org);
  const report =
    format === "json"
      ? formatDiffJson(changes)
      : format === "markdown"
        ? formatDiffMarkdown(changes, { subtitle })
        : formatDiffText(changes);
  writeOutput(io, values.output, report, "diff");
  const removed = changes.summary.peopleRemoved;
  if (maxRemovals !== undefined && removed > maxRemovals) {
    io.stderr.write(
      `orgspec diff: ${plural(removed, "person", "people")} removed, more than --max-removals ${maxRemovals}; ` +
        "split the change, or raise the limit if the removals are intended\n",
    );
    return 1;
  }
  return values["exit-code"] && changes.summary.total > 0 ? 1 : 0;
}

/** One side of the diff: its org, or (when it has errors, printed on stderr) none and its errors. */
interface Side {
  org: Org | undefined;
  label: string;
  broken?: BrokenSide;
}

/** One side: a root file (through the usual loader) or `REV:path` (through git). */
function loadSide(io: Io, arg: string, side: BrokenSide["side"]): Side {
  const revision = parseRevision(io.cwd, arg);
  if (!revision) {
    const result = loadForCli(io, arg);
    if (result.ok) return { org: result.org, label: arg };
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    const color = useColor(io, io.stderr);
    io.stderr.write(formatDiagnostics(errors, "text", { sources: result.sources, files: result.files, color }));
    return { org: undefined, label: arg, broken: { side, label: arg, errors } };
  }
  const tree = materialize(io.cwd, revision);
  try {
    let result: LoadResult;
    try {
      result = loadOrgSync(tree.root, { fs: nodeFileSystem });
    } catch (error) {
      if (error instanceof OrgReadError) throw new CliError(`orgspec diff: cannot read ${tree.label}`);
      throw error;
    }
    if (!result.ok || !result.org) {
      // Show the revision's files as REV:path, not as the temporary copy.
      const label = (file: string) =>
        file.startsWith(tree.dir) ? `${revision.rev}:${file.slice(tree.dir.length + 1).replace(/\\/g, "/")}` : file;
      const errors = result.diagnostics
        .filter((d) => d.severity === "error")
        .map(
          (d): Diagnostic => ({
            ...d,
            file: label(d.file),
            ...(d.related ? { related: d.related.map((r) => ({ ...r, file: label(r.file) })) } : {}),
          }),
        );
      const sources = new Map([...result.sources].map(([k, v]) => [label(k), v]));
      io.stderr.write(formatDiagnostics(errors, "text", { sources, color: useColor(io, io.stderr) }));
      io.stderr.write(`orgspec diff: ${tree.label} has errors\n`);
      return { org: undefined, label: tree.label, broken: { side, label: tree.label, errors } };
    }
    return { org: result.org, label: tree.label };
  } finally {
    tree.cleanup();
  }
}

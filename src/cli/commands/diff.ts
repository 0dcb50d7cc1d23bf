/** `orgspec diff <old-root> <new-root>`: what a change does to the org, for review and CI. */
import { resolve } from "node:path";
import type { Diagnostic } from "../../diagnostics/types.js";
import { diffOrgs } from "../../diff/diff.js";
import { formatDiffJson } from "../../diff/format-json.js";
import { formatDiffMarkdown } from "../../diff/format-markdown.js";
import { formatDiffText } from "../../diff/format-text.js";
import { nodeFileSystem } from "../../node/fs.js";
import { loadOrgSync, OrgReadError } from "../../org/load.js";
import type { Org } from "../../org/org.js";
import type { LoadResult } from "../../org/result.js";
import { formatDiagnostics } from "../../report/index.js";
import { oneOf, parse, wholeNumber } from "../args.js";
import { CliError, type Io, useColor, writeFileAtomic } from "../io.js";
import { loadValidOrg } from "../load.js";
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
  -o, --output <file>     write the diff to a file (atomically) instead of stdout
  -h, --help              show this help

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
  const format = oneOf("diff", "--format", values.format, FORMATS) ?? "text";
  const maxRemovals = wholeNumber("diff", "--max-removals", values["max-removals"]);
  if (positionals.length !== 2) {
    throw new CliError(
      `orgspec diff: give two roots, the old and the new (got ${positionals.length})\nRun "orgspec diff --help" for usage.`,
    );
  }
  const [oldArg, newArg] = positionals as [string, string];
  const before = loadSide(io, oldArg);
  const after = loadSide(io, newArg);
  const changes = diffOrgs(before.org, after.org);
  const report =
    format === "json"
      ? formatDiffJson(changes)
      : format === "markdown"
        ? formatDiffMarkdown(changes, { subtitle: `\`${before.label}\` → \`${after.label}\`` })
        : formatDiffText(changes);
  if (values.output !== undefined) writeFileAtomic(resolve(io.cwd, values.output), report);
  else io.stdout.write(report);
  const removed = changes.summary.peopleRemoved;
  if (maxRemovals !== undefined && removed > maxRemovals) {
    io.stderr.write(
      `orgspec diff: ${removed} people removed, more than --max-removals ${maxRemovals}; ` +
        "split the change, or raise the limit if the removals are intended\n",
    );
    return 1;
  }
  return values["exit-code"] && changes.summary.total > 0 ? 1 : 0;
}

/** One side: a root file (through the usual loader) or `REV:path` (through git). */
function loadSide(io: Io, arg: string): { org: Org; label: string } {
  const revision = parseRevision(io.cwd, arg);
  if (!revision) return { org: loadValidOrg(io, arg), label: arg };
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
      throw new CliError(`orgspec diff: ${tree.label} has errors`, 1);
    }
    return { org: result.org, label: tree.label };
  } finally {
    tree.cleanup();
  }
}

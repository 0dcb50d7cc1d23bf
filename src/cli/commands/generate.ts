/** `orgspec generate --people N [--seed S] [--split] -o <dir>`: a synthetic renewal-channel org. */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { type GenerateProgress, generateOrg, MAX_PEOPLE, MIN_PEOPLE } from "../../generate/index.js";
import { group } from "../../generate/write.js";
import { plural } from "../../util/plural.js";
import { parse, wholeNumber } from "../args.js";
import { CliError, type Io, writeFileAtomic } from "../io.js";
import { count, estimate, megabytes, progressFor } from "../progress.js";

export const generateHelp = `Usage: orgspec generate --people <n> -o <folder> [options]

Write a synthetic, realistic renewal-collection channel (built-in renewal-channel
blueprint) of exactly n people: HQ, branches with their four offices, central
sub-branches, sub-branches and 个续组/银续组 teams, Chinese names, plans with some
vacancies and over-plan units, concurrent posts, explicit reportsTo and dotted lines.
Branches are one per 1,400 people, the largest markets first (江苏, 广东, 山东 …) and
sized by market; from about 49,000 to 70,000 people, the 35 provincial-level branches.
Every team carries drivers for 2011-2013 (premium due, orphan policies, customers) that
follow the source's growth (510亿 → 700亿 → 1000亿 at 50,000 people), so that
\`orgspec plan --period 2011|2012|2013\` lands near its 24,000 / 35,000 / 50,000 people.
It validates with no errors; the same seed and size always give the same bytes.
Every manager stays within the blueprint's span of control (15), except the HQ head
of orgs of 70,000 people or more (50 branches and more): one span-of-control warning.

Options:
  -n, --people <n>    number of people, ${MIN_PEOPLE} to ${group(MAX_PEOPLE)} (required)
  -s, --seed <s>      seed of the pseudo-random generator (default 1)
      --split         one file per branch (branches/<id>.yaml) and a root org.yaml
                      that includes them; without it, a single org.yaml
  -o, --output <dir>  the folder to write into (created if missing); - prints the
                      single file to standard output
  -f, --force         overwrite existing files (and, with --split, remove other
                      branches/*.yaml files that the root file would include)
  -h, --help          show this help

Example:
  orgspec generate --people 50000 --split -o demo && orgspec validate demo/org.yaml

Exit codes: 0 written, 2 usage or I/O trouble (including files that exist without --force).
`;

export function generate(io: Io, argv: string[]): number {
  const { values, positionals } = parse("generate", argv, {
    people: { type: "string", short: "n" },
    seed: { type: "string", short: "s" },
    split: { type: "boolean" },
    output: { type: "string", short: "o" },
    force: { type: "boolean", short: "f" },
  });
  if (values.help) {
    io.stdout.write(generateHelp);
    return 0;
  }
  if (positionals.length > 0) throw usage(`unexpected argument "${positionals[0]}"`);
  const people = wholeNumber("generate", "--people", values.people);
  if (people === undefined) throw usage("--people is required");
  if (people < MIN_PEOPLE || people > MAX_PEOPLE) {
    throw usage(`--people must be from ${MIN_PEOPLE} to ${group(MAX_PEOPLE)}, got ${people}`);
  }
  const seed = wholeNumber("generate", "--seed", values.seed) ?? 1;
  if (!Number.isSafeInteger(seed)) throw usage(`--seed is too large: ${values.seed}`);
  if (values.output === undefined) throw usage("-o <folder> is required");
  const split = values.split === true;
  if (values.output === "-") {
    if (split) throw usage("--split cannot write to standard output; give a folder with -o");
    io.stdout.write(generateOrg({ people, seed, onProgress: generating(io) }).get("org.yaml") as string);
    return 0;
  }

  const dir = resolve(io.cwd, values.output);
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new CliError(`orgspec generate: ${values.output} is not a folder`);
  const files = generateOrg({ people, seed, split, onProgress: generating(io) });
  const targets = [...files.keys()].map((path) => join(dir, path));
  const existing = targets.filter((t) => existsSync(t));
  // With --split, other branches/*.yaml files would be picked up by the root's include.
  const stale = split ? staleBranchFiles(join(dir, "branches"), new Set(targets)) : [];
  const clash = [...existing, ...stale];
  if (clash.length > 0 && values.force !== true) {
    const shown = clash.slice(0, 3).map((f) => relative(io.cwd, f) || f);
    const more = clash.length > 3 ? ` and ${clash.length - 3} more` : "";
    throw new CliError(
      `orgspec generate: ${shown.join(", ")}${more} already exist${clash.length === 1 ? "s" : ""}; ` +
        "use --force to overwrite (or choose another folder with -o)",
    );
  }
  let bytes = 0;
  const progress = progressFor(io);
  const total = progress.enabled ? [...files.values()].reduce((n, text) => n + text.length, 0) : 0;
  let written = 0;
  let chars = 0;
  const writing = progress.elapsed();
  try {
    for (const [path, text] of files) {
      const target = join(dir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, text);
      bytes += Buffer.byteLength(text);
      written++;
      chars += text.length;
      progress.update(
        () =>
          `writing ${values.output}: ${count(written)} of ${count(files.size)} files, ` +
          `${megabytes(bytes)}${estimate(progress.elapsed() - writing, chars / total)}`,
      );
    }
    for (const f of stale) rmSync(f, { force: true });
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`orgspec generate: ${error.message}`);
    throw new CliError(`orgspec generate: cannot write to ${values.output}: ${(error as NodeJS.ErrnoException).code}`);
  }
  const root = join(values.output, "org.yaml");
  const what = files.size === 1 ? root : `${root} and ${plural(files.size - 1, "branch file")}`;
  io.stdout.write(`wrote ${what}: ${group(people)} people, ${(bytes / 1e6).toFixed(1)} MB (seed ${seed})\n`);
  return 0;
}

function usage(message: string): CliError {
  return new CliError(`orgspec generate: ${message}\nRun "orgspec generate --help" for usage.`);
}

/**
 * The progress line of `generateOrg`: people built, then written as text, with an estimate of
 * the time left from the share done so far (building is about three quarters of the work).
 */
function generating(io: Io): ((p: GenerateProgress) => void) | undefined {
  const progress = progressFor(io);
  if (!progress.enabled) return undefined;
  return (p) =>
    progress.update(() => {
      const share = p.stage === "build" ? (0.75 * p.people) / p.total : 0.75 + (0.25 * p.people) / p.total;
      const what = p.stage === "build" ? "built" : "written as YAML";
      return `${count(p.people)} of ${count(p.total)} people ${what}` + `${estimate(progress.elapsed(), share)}`;
    });
}

function staleBranchFiles(folder: string, keep: Set<string>): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith(".yaml"))
    .map((n) => join(folder, n))
    .filter((f) => !keep.has(f))
    .sort();
}

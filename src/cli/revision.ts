/**
 * An org as it was at a git revision (`HEAD~1:org/org.yaml`): the YAML and CSV files of the
 * root file's folder tree at that revision (plus a blueprint file given by a path outside
 * it) are written into a temporary folder, from which the org loads with its includes.
 * git runs with argument arrays only (spawnSync, no shell), so no path or revision is ever
 * interpreted by a shell.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { CliError } from "./io.js";

export interface Revision {
  rev: string;
  /** The path after the colon, as given. */
  path: string;
}

/**
 * `REV:path` when `arg` names no existing file and looks like one (a drive letter such as
 * `C:\…` does not count); otherwise undefined.
 */
export function parseRevision(cwd: string, arg: string): Revision | undefined {
  if (existsSync(resolve(cwd, arg)) || /^[A-Za-z]:[\\/]/.test(arg)) return undefined;
  const colon = arg.indexOf(":");
  if (colon <= 0) return undefined;
  return { rev: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

export interface Materialized {
  /** The root file inside the temporary folder. */
  root: string;
  /** The temporary folder (remove it with `cleanup`). */
  dir: string;
  /** `REV:path-from-the-repository-top`, for messages. */
  label: string;
  cleanup(): void;
}

const MAX_BUFFER = 1 << 30;

function git(cwd: string, args: string[], input?: string): Buffer {
  const result = spawnSync("git", args, { cwd, input, maxBuffer: MAX_BUFFER });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new CliError(`orgspec diff: cannot run git (${code === "ENOENT" ? "git is not installed" : code})`);
  }
  if (result.status !== 0) {
    const why = result.stderr.toString("utf8").trim().split("\n")[0] ?? "";
    throw new CliError(`orgspec diff: git ${args[0]} failed: ${why}`);
  }
  return result.stdout;
}

/**
 * Write the files the org at `rev` needs into a temporary folder. A path starting with
 * `./` or `../` is relative to the working directory; any other path is relative to the
 * repository's top (as `git show REV:path` reads it).
 */
export function materialize(cwd: string, { rev, path }: Revision): Materialized {
  if (path === "") throw new CliError(`orgspec diff: "${rev}:" names no file; write REV:path/to/org.yaml`);
  const top = git(cwd, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
  const prefix = git(cwd, ["rev-parse", "--show-prefix"]).toString("utf8").trim();
  const repoPath = posix.normalize(/^\.\.?\//.test(path) ? posix.join(prefix, path) : path);
  if (repoPath.startsWith("../")) throw new CliError(`orgspec diff: ${rev}:${path} is outside the repository`);
  const check = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd: top });
  if (check.status !== 0) throw new CliError(`orgspec diff: "${rev}" is not a git revision here`);
  const folder = posix.dirname(repoPath);
  const listing = git(top, ["ls-tree", "-r", "-z", "--name-only", rev, "--", folder === "." ? "." : `${folder}/`]);
  const files = listing
    .toString("utf8")
    .split("\0")
    .filter((f) => /\.(ya?ml|csv)$/i.test(f));
  if (!files.includes(repoPath)) throw new CliError(`orgspec diff: ${rev} has no file ${repoPath}`);
  const dir = mkdtempSync(join(tmpdir(), "orgspec-rev-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    writeBlobs(top, rev, files, dir);
    const outside = blueprintOutside(join(dir, repoPath), folder);
    if (outside) writeBlobs(top, rev, [outside], dir);
  } catch (error) {
    cleanup();
    throw error;
  }
  return { root: join(dir, repoPath), dir, label: `${rev}:${repoPath}`, cleanup };
}

/** `git cat-file --batch`: every file in one process; a missing one is skipped. */
function writeBlobs(top: string, rev: string, files: string[], dir: string): void {
  const out = git(top, ["cat-file", "--batch"], files.map((f) => `${rev}:${f}\n`).join(""));
  let at = 0;
  for (const file of files) {
    const nl = out.indexOf(10, at);
    const header = out.subarray(at, nl).toString("utf8");
    at = nl + 1;
    const size = /^\S+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) continue; // "<object> missing"
    const content = out.subarray(at, at + Number(size));
    at += Number(size) + 1;
    const target = join(dir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** A blueprint given by a relative path that leaves the root's folder, as a repository path. */
function blueprintOutside(rootFile: string, folder: string): string | undefined {
  let value: unknown;
  try {
    value = (parseYaml(readFileSync(rootFile, "utf8")) as { blueprint?: unknown } | null)?.blueprint;
  } catch {
    return undefined;
  }
  if (typeof value !== "string" || !/[\\/]|\.ya?ml$/i.test(value)) return undefined;
  const path = posix.normalize(posix.join(folder, value.replace(/\\/g, "/")));
  const inside = folder === "." ? !path.startsWith("../") : path.startsWith(`${folder}/`);
  return inside || path.startsWith("../") ? undefined : path;
}

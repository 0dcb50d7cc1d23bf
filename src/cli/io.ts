/** The process, as the CLI sees it: injected so commands can be tested without spawning. */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): void; isTTY?: boolean };
  stderr: { write(text: string): void; isTTY?: boolean };
  /** Reads all of standard input. */
  readStdin(): string;
  /** `--color` (true) or `--no-color` (false) as given on the command line; wins over the environment. */
  color?: boolean | undefined;
  /** `--progress` (true) or `--no-progress` (false); undefined: a progress line on a terminal only. */
  progress?: boolean | undefined;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0, "utf8"),
  };
}

/** Usage or I/O trouble: exit code 2, message to stderr, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** `-o -` (or no `-o`): the output goes to standard output. */
export const STDOUT = "-";

/** Whether an `-o` value means standard output: none given, or `-`. */
export function isStdout(path: string | undefined): boolean {
  return path === undefined || path === STDOUT;
}

/**
 * Where every command's `-o, --output` goes: standard output for `-` (or no `-o` at all),
 * otherwise the file at `path` (relative to the working folder), its missing parent folders
 * created, written atomically by `writeFileAtomic` (an existing file keeps its mode). A
 * failure is a usage/I/O error (exit 2) that names the command: `orgspec validate: cannot
 * write out/x.sarif: permission denied`.
 *
 * @example writeOutput(io, values.output, report, "validate") // -o report.sarif, -o -, or no -o
 */
export function writeOutput(io: Io, path: string | undefined, text: string, command: string): void {
  if (path === undefined || path === STDOUT) {
    io.stdout.write(text);
    return;
  }
  const target = resolve(io.cwd, path);
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw new CliError(`orgspec ${command}: cannot write ${path}: ${ioReason(error)}`);
  }
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    if (error instanceof WriteError) throw new CliError(`orgspec ${command}: cannot write ${path}: ${error.reason}`);
    throw error;
  }
}

/** A failed `writeFileAtomic`: a CliError (exit 2) whose message is `cannot write <path>: <reason>`. */
export class WriteError extends CliError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
  }
}

/**
 * Write a file atomically (temp file in the same folder, then rename): never half-written.
 * An existing file keeps its permission bits, a link is written through (the file it points
 * to is replaced, not the link), and a file we may not write is refused as `>` would refuse
 * it, although the rename alone would succeed. Something that is no regular file (`-o
 * /dev/stdout`, `/dev/null`, a named pipe) is written to as it is, never replaced. The
 * folder must exist (`writeOutput` creates it).
 */
export function writeFileAtomic(path: string, text: string): void {
  let target = path;
  let mode: number | undefined;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) {
      writeInPlace(path, text);
      return;
    }
    target = realpathSync(path);
    mode = stats.mode & 0o7777;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    // NOTE: no file yet (or a dangling link): a new file, with the default mode less the umask.
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (mode !== undefined) accessSync(target, constants.W_OK);
    const fd = openSync(temp, "wx");
    try {
      writeFileSync(fd, text); // NOTE: with a descriptor, it writes until all is written
      if (mode !== undefined) fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new WriteError(path, ioReason(error));
  }
}

/** A device, a pipe or a folder at `path`: written to directly (a folder refuses: EISDIR). */
function writeInPlace(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new WriteError(path, ioReason(error));
  }
}

/** A file-system error in words: `no such file or folder`, `permission denied`, … (else its code). */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
    case "EEXIST":
      return "a part of the path is not a folder";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return code ?? String(error);
  }
}

/**
 * Whether to colour text written to `stream` (default stdout). First `--color`/`--no-color`;
 * then `FORCE_COLOR` when set and not empty (force-color.org: on, except `0` and `false`,
 * which Node and most tools read as off); then `NO_COLOR` when set and not empty (no-color.org:
 * off); then whether the stream is a TTY whose TERM is not `dumb`.
 */
export function useColor(io: Io, stream: { isTTY?: boolean } = io.stdout): boolean {
  if (io.color !== undefined) return io.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return stream.isTTY === true && io.env.TERM !== "dumb";
}

/**
 * The progress line: one line on stderr, rewritten in place with `\r` and throttled, for work
 * that takes a while (generate, validate of a large org, import, plan, render). On a terminal
 * it appears once the work has run for a second and is cleared before any other output and
 * at the end; never in a pipe, a file or a CI log unless `--progress` asks for it, and then
 * (not being a terminal) as plain lines, at most one a second: a heartbeat for the log.
 */
import { displayWidth } from "../report/width.js";
import type { Io } from "./io.js";

/** `tty`: one line rewritten with `\r`; `lines`: a line each time (a log); `off`: nothing. */
export type ProgressMode = "tty" | "lines" | "off";

/** What a progress line needs of stderr. */
export interface ProgressStream {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Nothing is drawn before the work has run this long (default: 1000 ms on a TTY unless forced, else 0). */
  delayMs?: number;
  /** At most one drawing per this many ms (default 100 on a TTY, 1000 for lines). */
  intervalMs?: number;
  /** The clock (default `performance.now`), for tests. */
  now?: () => number;
}

/**
 * How the progress line shows for this run: `--no-progress` off; `--progress` on (a TTY
 * rewritten in place, anything else as lines); otherwise only on a TTY, and not in CI (`CI`
 * set, as CI services set it) nor on a `TERM=dumb` terminal.
 */
export function progressMode(io: Pick<Io, "env" | "progress">, stream: ProgressStream): ProgressMode {
  const tty = stream.isTTY === true && io.env.TERM !== "dumb";
  if (io.progress === false) return "off";
  if (io.progress === true) return tty ? "tty" : "lines";
  const ci = io.env.CI !== undefined && io.env.CI !== "" && io.env.CI !== "0" && io.env.CI !== "false";
  return tty && !ci ? "tty" : "off";
}

export class ProgressLine {
  readonly #stream: ProgressStream;
  readonly #mode: ProgressMode;
  readonly #now: () => number;
  readonly #delay: number;
  readonly #interval: number;
  readonly #started: number;
  #last = Number.NEGATIVE_INFINITY;
  /** What every line starts with: `orgspec validate` (main sets it once the command is known). */
  prefix = "orgspec";
  /** Display width of what is on the terminal now (tty mode), 0 when nothing is. */
  #shown = 0;

  constructor(stream: ProgressStream, mode: ProgressMode, options: ProgressOptions = {}) {
    this.#stream = stream;
    this.#mode = mode;
    this.#now = options.now ?? (() => performance.now());
    this.#delay = options.delayMs ?? 0;
    this.#interval = options.intervalMs ?? (mode === "lines" ? 1000 : 100);
    this.#started = this.#now();
  }

  /** Whether anything can ever be drawn: callers skip the work of describing progress when not. */
  get enabled(): boolean {
    return this.#mode !== "off";
  }

  /** Milliseconds since the line was made (the command's start). */
  elapsed(): number {
    return this.#now() - this.#started;
  }

  /**
   * Show `${prefix}: ${text()}` — `text` is called only when the line is drawn, so describing
   * progress costs nothing between drawings. At most once per interval (unless `stage`: a new
   * stage of the work is always shown, or the line would say the last one for all of it), and
   * never before the delay — unless `stage` is `"long"`: a stage known to take a while (a large
   * input) and to give no update before it ends, which nothing could draw later.
   */
  update(text: () => string, stage: boolean | "long" = false): void {
    if (this.#mode === "off") return;
    const now = this.#now();
    const early = now - this.#started < this.#delay && stage !== "long";
    if (early || (!stage && now - this.#last < this.#interval)) return;
    this.#last = now;
    const line = `${this.prefix}: ${text()}`;
    if (this.#mode === "lines") {
      this.#stream.write(`${line}\n`);
      return;
    }
    // NOTE: a line wider than the terminal wraps, and `\r` then returns to its last row only:
    // cut it to one cell less than the width, so that the cursor never wraps either.
    const fitted = cut(line, Math.max(10, (this.#stream.columns || 80) - 1));
    const width = displayWidth(fitted);
    this.#stream.write(`\r${fitted}${" ".repeat(Math.max(0, this.#shown - width))}`);
    this.#shown = width;
  }

  /** Remove the line (before other output, and at the end); the next update draws it afresh. */
  clear(): void {
    if (this.#shown === 0) return;
    this.#stream.write(`\r${" ".repeat(this.#shown)}\r`);
    this.#shown = 0;
    this.#last = Number.NEGATIVE_INFINITY;
  }
}

/** `text` cut to `width` display cells, with `…` where it was cut. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const char of text) {
    const w = displayWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** The line of each Io that main() made; an Io made elsewhere (a test) gets one that draws nothing. */
const LINES = new WeakMap<object, ProgressLine>();
const OFF = new ProgressLine({ write: () => undefined }, "off");

/** Attach `line` to `io`, for `progressFor`. */
export function attachProgress(io: Io, line: ProgressLine): void {
  LINES.set(io, line);
}

/** The progress line of this run. */
export function progressFor(io: Io): ProgressLine {
  return LINES.get(io) ?? OFF;
}

/**
 * The streams of `io` with the progress line cleared before anything else is written to
 * either, so that output never lands in the middle of it.
 */
export function clearingStreams(io: Io, line: ProgressLine): Pick<Io, "stdout" | "stderr"> {
  const wrap = (stream: Io["stdout"]): Io["stdout"] => ({
    write(text: string) {
      line.clear();
      stream.write(text);
    },
    ...(stream.isTTY !== undefined ? { isTTY: stream.isTTY } : {}),
  });
  return { stdout: wrap(io.stdout), stderr: wrap(io.stderr) };
}

/** `(14 s)`, `(2 min 5 s)`: time spent, for a progress line. */
export function spent(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s < 60 ? `(${s} s)` : `(${Math.floor(s / 60)} min ${s % 60} s)`;
}

/** `1,234,567`: a count for a progress line. */
export function count(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** `512 kB`, `14.2 MB`: bytes for a progress line. */
export function megabytes(bytes: number): string {
  return bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * `; about 12 s left` from the share done after `elapsedMs`; empty until the share and the
 * time spent are enough to say anything (2% and a second).
 */
export function estimate(elapsedMs: number, done: number): string {
  if (!(done >= 0.02 && done < 1) || elapsedMs < 1000) return "";
  const left = (elapsedMs * (1 - done)) / done / 1000;
  if (left < 1) return "; about 1 s left";
  return left < 90 ? `; about ${Math.round(left)} s left` : `; about ${Math.round(left / 60)} min left`;
}

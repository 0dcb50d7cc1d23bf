/**
 * Running the real CLI (dist/cli.js) as a child process. `npm test` builds before the unit
 * tests; when the build is missing, every CLI test fails with a message that says so.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { REPO } from "./org.js";

export const CLI = join(REPO, "dist", "cli.js");

export interface CliRun {
  /** Exit code (null when killed by a signal). */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Working directory (default: the repository root). */
  cwd?: string;
  /** Standard input. */
  input?: string | Uint8Array;
  /** Extra environment variables; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Milliseconds before the process is killed (default 30 s). */
  timeout?: number;
}

let staleWarned = false;

/**
 * Fails with a clear message when a build output is missing. A build running at the same
 * time (tsup cleans dist/ first) gets a few seconds to finish before that.
 */
export function requireBuilt(path: string, waitMs = 20_000): void {
  const until = Date.now() + waitMs;
  while (!existsSync(path) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: build first ("npm run build" or "npx tsup"); npm test builds before the unit tests`,
    );
  }
}

/** Fails with a clear message when dist/cli.js has not been built. */
export function requireCli(): void {
  requireBuilt(CLI);
  if (!staleWarned) {
    staleWarned = true;
    const built = statSync(CLI).mtimeMs;
    const newer = newestSource(join(REPO, "src"));
    if (newer > built) console.warn("tests/helpers/cli.ts: dist/cli.js is older than src/; rebuild with npx tsup");
  }
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** A stack frame line as Node prints them ("    at fn (file:1:2)"). */
const STACK_LINE = /^\s+at .+/m;

/**
 * Runs `node dist/cli.js ...args`, without colours forced either way (the child's output is a
 * pipe, not a TTY). Every run is also checked for the one thing no run may ever do: print a
 * stack trace or an internal error on stderr.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  requireCli();
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== "FORCE_COLOR" && key !== "NO_COLOR" && key !== "ORGSPEC_DEBUG") env[key] = value;
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input,
    env,
    encoding: "utf8",
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const run: CliRun = { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
  expect(run.stderr, `stack trace on stderr for: orgspec ${args.join(" ")}`).not.toMatch(STACK_LINE);
  expect(run.stderr, `internal error for: orgspec ${args.join(" ")}`).not.toMatch(/internal error/i);
  expect(run.signal, `killed by a signal: orgspec ${args.join(" ")}`).toBeNull();
  return run;
}

/** ANSI escape sequences (colours, cursor movement). */
export const ANSI = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*[A-Za-z]`);

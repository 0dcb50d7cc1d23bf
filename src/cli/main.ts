/**
 * The CLI entry: dispatches to a command and returns its exit code. Only bin.ts touches
 * `process` (exit code); everything else goes through the injected Io.
 */
import { didYouMean } from "../diagnostics/suggest.js";
import { setAmbiguousWidth } from "../report/width.js";
import { COMMON_FLAGS } from "./args.js";
import { CliError, type Io } from "./io.js";
import { attachProgress, clearingStreams, ProgressLine, progressMode } from "./progress.js";
import { VERSION } from "./version.js";

/** A command's code: its help text and its entry point (which returns the exit code). */
export interface CommandModule {
  help: string;
  run(io: Io, argv: string[]): number;
}

export interface Command {
  summary: string;
  /** Loaded on use, so a run pays only for the command it runs (render, export, … stay unloaded). */
  load(): Promise<CommandModule>;
}

/** The commands, by name. Each lives in commands/<name>.ts. */
export const COMMANDS: Record<string, Command> = {
  validate: {
    summary: "validate org files (exit 1 on errors)",
    load: async () => import("./commands/validate.js").then((m) => ({ help: m.validateHelp, run: m.validate })),
  },
  schema: {
    summary: "print the JSON Schema of org or blueprint files",
    load: async () => import("./commands/schema.js").then((m) => ({ help: m.schemaHelp, run: m.schema })),
  },
  query: {
    summary: "answer who-reports-to-whom questions",
    load: async () => import("./commands/query.js").then((m) => ({ help: m.queryHelp, run: m.query })),
  },
  find: {
    summary: "select people or units by role, place, level and meta",
    load: async () => import("./commands/find.js").then((m) => ({ help: m.findHelp, run: m.find })),
  },
  stats: {
    summary: "headcount against plan, vacancies, span of control, layers",
    load: async () => import("./commands/stats.js").then((m) => ({ help: m.statsHelp, run: m.stats })),
  },
  plan: {
    summary: "headcount the norms require against plan and posts: what to hire",
    load: async () => import("./commands/plan.js").then((m) => ({ help: m.planHelp, run: m.plan })),
  },
  generate: {
    summary: "write a synthetic renewal-channel org of N people",
    load: async () => import("./commands/generate.js").then((m) => ({ help: m.generateHelp, run: m.generate })),
  },
  diff: {
    summary: "what changed between two orgs (or a git revision): text, json, markdown",
    load: async () => import("./commands/diff.js").then((m) => ({ help: m.diffHelp, run: m.diff })),
  },
  export: {
    summary: "write the org as mermaid, dot, graphml, csv, json or jsonld",
    load: async () => import("./commands/export.js").then((m) => ({ help: m.exportHelp, run: m.exportCommand })),
  },
  import: {
    summary: "turn an HRIS CSV export into an org",
    load: async () => import("./commands/import.js").then((m) => ({ help: m.importHelp, run: m.importCommand })),
  },
  render: {
    summary: "draw the org chart: interactive HTML or a static SVG",
    load: async () => import("./commands/render.js").then((m) => ({ help: m.renderHelp, run: m.render })),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: orgspec <command> [options]

Model an organization's hierarchy and staffing as a typed graph, validate org files,
and answer who-reports-to-whom questions.

Commands:
${lines.join("\n")}

Options:
  -h, --help     show help (also: orgspec <command> --help)
  -v, --version  print the version
${COMMON_OPTIONS}
Exit codes: 0 success, 1 the org has errors, 2 usage or I/O trouble.
`;
}

/** The options every command takes, as `--help` lists them under each command's own. */
export const COMMON_OPTIONS = `
Options common to every command:
      --color, --no-color        colours on or off, whatever the environment says (default:
                                 FORCE_COLOR, then NO_COLOR, then on a terminal only)
      --progress, --no-progress  a progress line on stderr for long work, or none (default:
                                 on a terminal only, not when CI is set)
  A command that writes a file with -o writes to standard output for -o -, creates
  missing folders, and replaces an existing file atomically, keeping its mode.
`;

/**
 * The arguments without the common flags (COMMON_FLAGS, wherever they are up to `--`), and
 * what those said; the last of each pair wins.
 */
function commonFlags(argv: readonly string[]): { argv: string[]; color?: boolean; progress?: boolean } {
  const rest: string[] = [];
  let color: boolean | undefined;
  let progress: boolean | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === "--color" || arg === "--no-color") color = arg === "--color";
    else if (arg === "--progress" || arg === "--no-progress") progress = arg === "--progress";
    else rest.push(arg);
  }
  return { argv: rest, ...(color !== undefined ? { color } : {}), ...(progress !== undefined ? { progress } : {}) };
}

/** Whether the arguments ask for help (`-h` or `--help` before any `--`). */
function asksHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

export async function main(processIo: Io, args: string[]): Promise<number> {
  const common = commonFlags(args);
  const argv = common.argv;
  // NOTE: a terminal set to draw East Asian ambiguous characters (█ ↑ –) two cells wide (an
  // option many terminals offer CJK users) needs tables padded so: ORGSPEC_AMBIGUOUS_WIDTH=2.
  setAmbiguousWidth(processIo.env.ORGSPEC_AMBIGUOUS_WIDTH === "2" ? 2 : 1);
  const flags = { color: common.color, progress: common.progress };
  const mode = progressMode({ env: processIo.env, progress: flags.progress }, processIo.stderr);
  // Shown after a second of work unless asked for: short runs never flash a line.
  const line = new ProgressLine(processIo.stderr, mode, { delayMs: flags.progress === true ? 0 : 1000 });
  const io: Io = { ...processIo, ...clearingStreams(processIo, line), ...flags };
  attachProgress(io, line);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "-h" || name === "--help" || name === "help") {
      const topic = name === "help" && rest[0] && Object.hasOwn(COMMANDS, rest[0]) ? COMMANDS[rest[0]] : undefined;
      io.stdout.write(topic ? `${(await topic.load()).help}${COMMON_OPTIONS}` : usage());
      return name === undefined ? 2 : 0;
    }
    if (name === "-v" || name === "--version") {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw unknownCommand(name);
    line.prefix = `orgspec ${name}`;
    const module = await command.load();
    if (asksHelp(rest)) {
      io.stdout.write(`${module.help}${COMMON_OPTIONS}`);
      return 0;
    }
    return module.run(io, rest);
  } catch (error) {
    if (error instanceof CliError) {
      if (error.message) io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(internalErrorReport(error, io.env.ORGSPEC_DEBUG !== undefined || argv.includes("--debug")));
    return 2;
  } finally {
    line.clear();
  }
}

/** An unknown command (or option before one), with the closest command or option. */
function unknownCommand(name: string): CliError {
  const option = name.startsWith("-");
  const known = option ? ["--help", "--version", ...COMMON_FLAGS] : Object.keys(COMMANDS);
  const hint = didYouMean(option ? name.replace(/=.*$/s, "") : name, known);
  return new CliError(
    `orgspec: unknown ${option ? "option" : "command"} "${name}"${hint ? `; ${hint}` : ""}\n` +
      'Run "orgspec --help" for the list of commands.',
  );
}

/** Where to report a bug, as printed under an internal error. */
export const ISSUES_URL = "https://github.com/orgspec/orgspec/issues";

/**
 * What the CLI prints for an internal failure: never dressed as a problem in the user's files
 * (no file, no line, no diagnostic code), with the version, and where and how to report it.
 */
export function internalErrorReport(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const detail = debug && error instanceof Error && error.stack ? `${error.stack}\n` : "";
  return (
    `orgspec ${VERSION}: internal error: ${message}\n` +
    detail +
    "This is a bug in orgspec, not a problem in your files.\n" +
    `Please report it at ${ISSUES_URL} with the command you ran` +
    `${debug ? "" : " and the output of the same command run with ORGSPEC_DEBUG=1"}.\n`
  );
}

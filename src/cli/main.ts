/**
 * The CLI entry: dispatches to a command and returns its exit code. Only bin.ts touches
 * `process` (exit code); everything else goes through the injected Io.
 */
import { generate, generateHelp } from "./commands/generate.js";
import { query, queryHelp } from "./commands/query.js";
import { schema, schemaHelp } from "./commands/schema.js";
import { stats, statsHelp } from "./commands/stats.js";
import { validate, validateHelp } from "./commands/validate.js";
import { CliError, type Io } from "./io.js";
import { VERSION } from "./version.js";

export interface Command {
  summary: string;
  help: string;
  run(io: Io, argv: string[]): number;
}

/** The commands, by name. Each lives in commands/<name>.ts. */
export const COMMANDS: Record<string, Command> = {
  validate: { summary: "validate org files (exit 1 on errors)", help: validateHelp, run: validate },
  schema: { summary: "print the JSON Schema of org or blueprint files", help: schemaHelp, run: schema },
  query: { summary: "answer who-reports-to-whom questions", help: queryHelp, run: query },
  stats: { summary: "headcount against plan, vacancies, span of control, layers", help: statsHelp, run: stats },
  generate: { summary: "write a synthetic renewal-channel org of N people", help: generateHelp, run: generate },
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

Exit codes: 0 success, 1 the org has errors, 2 usage or I/O trouble.
`;
}

export function main(io: Io, argv: string[]): number {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "-h" || name === "--help" || name === "help") {
      const topic = name === "help" && rest[0] ? COMMANDS[rest[0]] : undefined;
      io.stdout.write(topic ? topic.help : usage());
      return name === undefined ? 2 : 0;
    }
    if (name === "-v" || name === "--version") {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command)
      throw new CliError(`orgspec: unknown command "${name}"\nRun "orgspec --help" for the list of commands.`);
    return command.run(io, rest);
  } catch (error) {
    if (error instanceof CliError) {
      if (error.message) io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const debug = io.env.ORGSPEC_DEBUG !== undefined || argv.includes("--debug");
    io.stderr.write(
      `orgspec: internal error: ${(error as Error)?.message ?? String(error)}\n` +
        (debug
          ? `${(error as Error)?.stack ?? ""}\n`
          : "This is a bug in orgspec; run again with ORGSPEC_DEBUG=1 for details.\n"),
    );
    return 2;
  }
}

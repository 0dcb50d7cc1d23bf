/** Argument parsing on node:util's parseArgs, with usage errors turned into exit code 2. */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { didYouMean } from "../diagnostics/suggest.js";
import { CliError } from "./io.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP = { help: { type: "boolean", short: "h" } } as const;

/** The flags main() takes out of every command's arguments (main.ts); named in "did you mean" hints too. */
export const COMMON_FLAGS = ["--color", "--no-color", "--progress", "--no-progress"] as const;

export function parse<T extends Options>(command: string, argv: string[], options: T) {
  try {
    const args = negativeValues(argv, options);
    const config = { args, options: { ...options, ...HELP }, allowPositionals: true, strict: true } as const;
    return parseArgs<typeof config>(config);
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new CliError(
      `orgspec ${command}: ${message}${hint(error, options)}\nRun "orgspec ${command} --help" for usage.`,
    );
  }
}

/** `; did you mean "--format"?` for an unknown long option close to a known one. */
function hint(error: unknown, options: Options): string {
  if ((error as { code?: string }).code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") return "";
  const flag = /'(--[^'=]+)/.exec((error as Error).message)?.[1];
  if (flag === undefined) return "";
  const known = [...Object.keys(options).map((name) => `--${name}`), "--help", ...COMMON_FLAGS];
  const text = didYouMean(flag, known);
  return text ? `; ${text}` : "";
}

/**
 * `--max-warnings -1` as `--max-warnings=-1`: parseArgs refuses a value that starts with a
 * dash (it might be a forgotten value), but a negative number is never a flag here.
 */
function negativeValues(argv: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    const name = arg.startsWith("--") ? arg.slice(2) : undefined;
    if (name !== undefined && options[name]?.type === "string" && next !== undefined && /^-\d+$/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** A whole number ≥ 0 from a flag, or a usage error. */
export function wholeNumber(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`orgspec ${command}: ${flag} expects a whole number, got "${value}"`);
  return Number(value);
}

/**
 * A limit, as ESLint takes `--max-warnings`: a whole number ≥ 0, or -1 for no limit (undefined,
 * as when the flag is not given); anything else is a usage error.
 *
 * @example limit("validate", "--max-warnings", "-1") // undefined: no limit
 */
export function limit(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "-1") return undefined;
  if (!/^\d+$/.test(value)) {
    throw new CliError(`orgspec ${command}: ${flag} expects a whole number, or -1 for no limit; got "${value}"`);
  }
  return Number(value);
}

/** One of a fixed set of values from a flag, or a usage error. */
export function oneOf<T extends string>(
  command: string,
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`orgspec ${command}: ${flag} must be one of ${allowed.join(", ")}; got "${value}"`);
  }
  return value as T;
}

/** An older flag that names the output format too (`export --to dot`, `query --json`). */
export interface FormatAlias {
  /** The flag as the user wrote it, for messages: `--to`, `--json`. */
  flag: string;
  /** The format it names, or undefined when it is not given. */
  value: string | undefined;
}

/**
 * The output format: `--format`, or the command's older flag for it, which must agree with
 * `--format` when both are given (a usage error otherwise).
 *
 * @example format("export", EXPORT_FORMATS, values.format, { flag: "--to", value: values.to })
 */
export function format<T extends string>(
  command: string,
  allowed: readonly T[],
  value: string | undefined,
  alias?: FormatAlias,
): T | undefined {
  const given = oneOf(command, "--format", value, allowed);
  const other = alias ? oneOf(command, alias.flag, alias.value, allowed) : undefined;
  if (given !== undefined && other !== undefined && given !== other) {
    const shown = alias?.flag === "--json" ? "--json" : `${alias?.flag} ${other}`;
    throw new CliError(
      `orgspec ${command}: --format ${given} and ${shown} disagree; give one (${alias?.flag} is another name for --format)`,
    );
  }
  return given ?? other;
}

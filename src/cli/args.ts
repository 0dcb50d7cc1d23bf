/** Argument parsing on node:util's parseArgs, with usage errors turned into exit code 2. */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError } from "./io.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;

const HELP = { help: { type: "boolean", short: "h" } } as const;

export function parse<T extends Options>(command: string, argv: string[], options: T) {
  try {
    const config = { args: argv, options: { ...options, ...HELP }, allowPositionals: true, strict: true } as const;
    return parseArgs<typeof config>(config);
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new CliError(`orgspec ${command}: ${message}\nRun "orgspec ${command} --help" for usage.`);
  }
}

/** A whole number ≥ 0 from a flag, or a usage error. */
export function wholeNumber(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`orgspec ${command}: ${flag} expects a whole number, got "${value}"`);
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

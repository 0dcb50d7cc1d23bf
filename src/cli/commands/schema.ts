/** `orgspec schema [--blueprint]`: the JSON Schema of org (or blueprint) files. */
import { blueprintJsonSchema, orgJsonSchema } from "../../schema/json-schema.js";
import { parse } from "../args.js";
import { CliError, type Io } from "../io.js";

export const schemaHelp = `Usage: orgspec schema [--blueprint]

Print the JSON Schema of org files (or, with --blueprint, of blueprint files), generated
from orgspec's own schemas. Point your editor's YAML language server at it:
  # yaml-language-server: $schema=./node_modules/orgspec/dist/schema/org.schema.json
`;

export function schema(io: Io, argv: string[]): number {
  const { values, positionals } = parse("schema", argv, { blueprint: { type: "boolean" } });
  if (values.help) {
    io.stdout.write(schemaHelp);
    return 0;
  }
  if (positionals.length > 0) throw new CliError(`orgspec schema: unexpected argument "${positionals[0]}"`);
  io.stdout.write(`${JSON.stringify(values.blueprint ? blueprintJsonSchema() : orgJsonSchema(), null, 2)}\n`);
  return 0;
}

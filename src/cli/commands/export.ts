/** `orgspec export <root> --to <format>`: the org in the formats other tools read. */
import { EXPORT_FORMATS, exportOrg } from "../../export/export.js";
import { MERMAID_LIMITS, mermaidSize } from "../../export/mermaid.js";
import { format as formatFlag, parse, wholeNumber } from "../args.js";
import { CliError, type Io, writeOutput } from "../io.js";
import { loadValidOrg } from "../load.js";
import { optionalUnitId } from "../names.js";

export const exportHelp = `Usage: orgspec export <root-file> --format <format> [options]

Write the org, or one unit's subtree, in another format:
  mermaid  a Mermaid flowchart (GitHub renders it in Markdown): people with name and
           role, solid lines -->, dotted lines -.->
  dot      Graphviz DOT: people in nested unit clusters, dotted lines dashed
           (render with: dot -Tsvg org.dot -o org.svg)
  graphml  GraphML of the org graph: unit and person nodes, parent, member, solid and
           dotted edges with their attributes (Gephi, yEd, NetworkX, igraph)
  csv      id,name,unit,role,manager plus reportsTo, fte, dottedLines, unitName,
           unitType, parentUnit — the HRIS shape, and what "orgspec import csv" reads
  json     the resolved org: units with heads, plans and staffing; people with their
           manager and dotted lines with their sources
  jsonld   JSON-LD in the W3C Organization Ontology (org:OrganizationalUnit,
           org:subOrganizationOf, org:Membership, org:reportsTo, foaf:Person)

Options:
  -f, --format <name>   ${EXPORT_FORMATS.join(", ")} (required)
  -t, --to <format>     another name for --format (they must agree when both are given)
      --unit <id>       only this unit and the units below it (an id, or a unit's name)
      --depth <n>       only units at most n levels below the top unit (0: the unit alone)
  -o, --output <file>   write to a file (atomically, parent folders made) instead of
                        stdout; - is stdout
  -h, --help            show this help

Exit codes: 0 written, 1 the org has errors (they are printed), 2 usage or I/O trouble
(unknown flag or format, missing file, unknown --unit id, a --unit name several units hold).
`;

export function exportCommand(io: Io, argv: string[]): number {
  const { values, positionals } = parse("export", argv, {
    format: { type: "string", short: "f" },
    to: { type: "string", short: "t" },
    unit: { type: "string" },
    depth: { type: "string" },
    output: { type: "string", short: "o" },
  });
  if (values.help) {
    io.stdout.write(exportHelp);
    return 0;
  }
  const format = formatFlag("export", EXPORT_FORMATS, values.format, { flag: "--to", value: values.to });
  if (format === undefined) {
    throw new CliError(
      `orgspec export: --format is required (${EXPORT_FORMATS.join(", ")})\nRun "orgspec export --help" for usage.`,
    );
  }
  const depth = wholeNumber("export", "--depth", values.depth);
  const [path, ...extra] = positionals;
  if (path === undefined)
    throw new CliError('orgspec export: no root file given\nRun "orgspec export --help" for usage.');
  if (extra.length > 0) throw new CliError(`orgspec export: unexpected argument "${extra[0]}"; give one root file`);
  const org = loadValidOrg(io, path);
  const unit = optionalUnitId(org, values.unit, { command: "export", flag: "--unit" });
  const text = exportOrg(org, format, {
    ...(unit !== undefined ? { unit } : {}),
    ...(depth !== undefined ? { depth } : {}),
  });
  writeOutput(io, values.output, text, "export");
  if (format === "mermaid") {
    const size = mermaidSize(text);
    if (!size.fits) {
      io.stderr.write(
        `orgspec export: warning: ${size.edges} edges and ${size.characters} characters; Mermaid (and GitHub) ` +
          `draw at most ${MERMAID_LIMITS.edges} edges and ${MERMAID_LIMITS.characters} characters — ` +
          "export a subtree with --unit and --depth\n",
      );
    }
  }
  return 0;
}

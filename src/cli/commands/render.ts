/** `orgspec render <root-file> -o chart.html`: the org chart as one HTML file, or a static SVG. */
import type { Org } from "../../org/org.js";
import { DEFAULT_DEPTH } from "../../render/chart-data.js";
import { renderHtml } from "../../render/html.js";
import { CHART_LANGS } from "../../render/labels.js";
import { renderSvg } from "../../render/svg.js";
import { plural } from "../../util/plural.js";
import { format as formatFlag, oneOf, parse, wholeNumber } from "../args.js";
import { CliError, type Io, isStdout, writeOutput } from "../io.js";
import { loadValidOrg } from "../load.js";
import { optionalUnitId } from "../names.js";
import { progressFor } from "../progress.js";

const FORMATS = ["html", "svg"] as const;

export const renderHelp = `Usage: orgspec render <root-file> -o <file> [options]

Draw the org chart. HTML (the default): one self-contained file that opens from disk
with no network: the unit tree with heads and filled/planned headcount on every box
(short of plan in red, over plan in orange), subtrees that expand and collapse, search
by id or name, the chain of command of the selected person, dotted lines on demand,
and the staffing of the selected unit (roles, vacancies, span bands). A 50,000-person
org opens in under two seconds: collapsed subtrees are not drawn until expanded.
SVG: a static picture of a subtree, for documents and pull requests.

When the org has drivers (units with drivers:), every box also shows "需 N" ("req N"):
the posts the norms require of its subtree for the period, as orgspec plan sums them;
and the unit panel lists the unit's demand by role (required, planned, posts, plan gap,
to hire, surplus).

Options:
  -o, --output <file>   the file to write (atomically, parent folders made); - prints
                        to standard output (required)
      --unit <id>       chart only this unit and the units below it (an id, or a
                        unit's name)
      --depth <n>       levels shown below the top unit: expanded at first (html), or
                        drawn at all (svg); default ${DEFAULT_DEPTH}
      --lang <lang>     titles and labels in zh (default) or en
  -f, --format <fmt>    html (default) or svg
      --period <p>      the period of driver amounts for the required posts (default:
                        the latest one given)
  -h, --help            show this help

Example:
  orgspec render examples/renewal-channel/org.yaml -o chart.html
  orgspec render examples/renewal-channel/org.yaml --unit bj --format svg --lang en -o bj.svg
  orgspec render examples/renewal-plan/org.yaml --period 2012 -o plan-2012.html

Exit codes: 0 written, 1 the org has errors (they are printed), 2 usage or I/O trouble
(unknown flag, missing file, unknown --unit id or a name several units hold, a --period
no unit gives).
`;

export function render(io: Io, argv: string[]): number {
  const { values, positionals } = parse("render", argv, {
    output: { type: "string", short: "o" },
    unit: { type: "string" },
    depth: { type: "string" },
    lang: { type: "string" },
    format: { type: "string", short: "f" },
    period: { type: "string" },
  });
  if (values.help) {
    io.stdout.write(renderHelp);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw usage("no root file given");
  if (extra.length > 0) throw usage(`unexpected argument "${extra[0]}"; give one root file`);
  if (values.output === undefined) throw usage("-o <file> is required (- for standard output)");
  const depth = wholeNumber("render", "--depth", values.depth);
  const lang = oneOf("render", "--lang", values.lang, CHART_LANGS);
  const format = formatFlag("render", FORMATS, values.format) ?? "html";

  const org = loadValidOrg(io, path);
  const unit = optionalUnitId(org, values.unit, { command: "render", flag: "--unit" });
  const options = { unit, depth, lang, period: values.period };
  let text: string;
  const progress = progressFor(io);
  progress.update(() => `drawing the ${format === "svg" ? "SVG" : "page"}…`, true);
  try {
    text = format === "svg" ? renderSvg(org, options) : renderHtml(org, options);
  } catch (error) {
    if (error instanceof RangeError && values.period !== undefined) throw unknownPeriod(org, values.period);
    throw error;
  }
  writeOutput(io, values.output, text, "render");
  if (isStdout(values.output)) return 0;
  const scope = unit ? org.staffing.summary(unit) : org.staffing.summary();
  const bytes = Buffer.byteLength(text);
  const size = bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
  const counts = `${plural(scope.units, "unit")}, ${plural(scope.people, "person", "people")}`;
  io.stdout.write(`wrote ${values.output}: ${counts}, ${size}\n`);
  return 0;
}

/** A --period no unit gives, said as `orgspec plan` says it. */
function unknownPeriod(org: Org, period: string): CliError {
  const { periods } = org.hasDrivers() ? org.demand({ by: "unit" }) : { periods: [] };
  if (periods.length === 0) {
    return new CliError(`orgspec render: --period "${period}": no unit gives driver amounts by period`);
  }
  return new CliError(
    `orgspec render: --period "${period}": no unit gives driver amounts for it; periods: ${periods.join(", ")}`,
  );
}

function usage(message: string): CliError {
  return new CliError(`orgspec render: ${message}\nRun "orgspec render --help" for usage.`);
}

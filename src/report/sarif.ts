/**
 * SARIF 2.1.0 (OASIS static analysis results format), for GitHub code scanning and other
 * viewers: one rule per code that appears, one result per problem.
 */
import { DEFAULT_SEVERITY, type DiagnosticCode, type Severity } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { CODE_DESCRIPTIONS } from "./descriptions.js";
import { listedDiagnostics, reportFiles } from "./order.js";
import type { FormatOptions } from "./types.js";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/orgspec/orgspec";
/** Each code has a page docs/codes/<code>.md in the repository. */
export const CODE_DOCS_BASE = "https://github.com/orgspec/orgspec/blob/main/docs/codes/";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = {
  error: "error",
  warning: "warning",
  info: "note",
};

/**
 * A path as a SARIF URI reference: forward slashes, each segment percent-encoded (a space or
 * `#` would otherwise change the URI's meaning), relative paths kept relative.
 */
export function toUri(path: string): string {
  // NOTE: a Windows absolute path (`C:\x`) becomes `file:///C:/x`; encoded as a relative
  // reference its drive letter would read as a URI scheme.
  const slashed = path.replace(/\\/g, "/");
  const drive = /^[A-Za-z]:\//.exec(slashed);
  const rest = drive ? slashed.slice(2) : slashed;
  const encoded = rest.split("/").map(encodeURIComponent).join("/");
  return drive ? `file:///${slashed.slice(0, 2)}${encoded}` : encoded;
}

/**
 * A SARIF 2.1.0 log with a single run, pretty-printed with two spaces and a trailing newline.
 * Columns are UTF-16 code units (`columnKind: "utf16CodeUnits"`), as orgspec counts them.
 * `options.version` becomes `tool.driver.version`; `options.quiet` keeps errors only.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  // NOTE: a result's message carries the hint in parentheses, as the github format does, since
  // SARIF viewers show the message and not much else.
  const listed = listedDiagnostics(diagnostics, options);
  const files = reportFiles(diagnostics, options);
  const artifactIndex = new Map(files.map((file, index) => [file, index]));
  const artifactLocation = (file: string) => ({
    uri: toUri(file),
    index: artifactIndex.get(file),
  });

  const codes: DiagnosticCode[] = [...new Set(listed.map((d) => d.code))];
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const rules = codes.map((code) => ({
    id: code,
    shortDescription: { text: CODE_DESCRIPTIONS[code] },
    helpUri: `${CODE_DOCS_BASE}${code}.md`,
    defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[code]] },
  }));

  const results = listed.map((d) => ({
    ruleId: d.code,
    ruleIndex: ruleIndex.get(d.code),
    level: LEVEL[d.severity],
    message: {
      text: d.hint === undefined ? d.message : `${d.message} (${d.hint})`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(d.file),
          region: {
            startLine: d.line,
            startColumn: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn,
          },
        },
      },
    ],
    ...(d.related?.length
      ? {
          relatedLocations: d.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: {
              artifactLocation: artifactLocation(r.file),
              region: { startLine: r.line, startColumn: r.column },
            },
          })),
        }
      : {}),
  }));

  const driver = {
    name: "orgspec",
    informationUri: INFORMATION_URI,
    version: options.version,
    rules,
  };
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        columnKind: "utf16CodeUnits",
        artifacts: files.map((file) => ({ location: { uri: toUri(file) } })),
        results,
      },
    ],
  };
  // JSON.stringify drops the `version: undefined` of a driver built without options.version.
  return `${JSON.stringify(log, null, 2)}\n`;
}

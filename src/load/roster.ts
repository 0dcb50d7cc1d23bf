/**
 * An included CSV roster: decoded like any file (UTF-8, BOM stripped), parsed into
 * `{ people: [...] }` by `parseCsvRoster` (cells trimmed of surrounding white space), then
 * checked item by item exactly as a YAML file's `people:` — so its problems carry the row
 * and column of the offending value. Text that is not CSV (or not UTF-8) is `csv-syntax`.
 */
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { ID_PATTERN } from "../schema/common.js";
import { schemaData } from "../schema/issues.js";
import { IncludedFile } from "../schema/org.js";
import { SourceFile } from "../source/file.js";
import { parseCsvRoster } from "../source/parse-csv.js";
import { toText } from "../source/text.js";
import type { Records } from "./records.js";
import { checkTopLevel, collectItems } from "./sections.js";

/** Read a roster into `records`; returns its SourceFile (for `files` and code frames). */
export function includeRoster(
  sink: DiagnosticSink,
  records: Records,
  path: string,
  absolute: string,
  bytes: Uint8Array | string,
): SourceFile {
  const decoded = toText(bytes);
  if (decoded.problem) {
    const file = new SourceFile(path, absolute, decoded.text, parseCsvRoster("").parsed);
    const at = decoded.problem.offset;
    // NOTE: spreadsheet programs in Chinese locales save CSV as GBK by default.
    sink.report(
      "csv-syntax",
      { file, path: [], span: { start: at, end: at + 1 } },
      decoded.problem.message,
      { problem: "encoding" },
      {
        hint: 'save the roster as UTF-8 ("CSV UTF-8" in spreadsheet programs)',
      },
    );
    return file;
  }
  const roster = parseCsvRoster(decoded.text);
  const file = new SourceFile(path, absolute, decoded.text, roster.parsed);
  for (const error of roster.parsed.errors) {
    sink.report("csv-syntax", { file, path: [], span: { start: error.start, end: error.end } }, error.message, {
      problem: "syntax",
    });
  }
  for (const p of roster.problems)
    sink.report("schema", { file, path: p.path, span: p.span }, p.message, schemaData(p.issue, p.path), {
      hint: p.hint,
    });
  for (const id of roster.brokenIds) if (ID_PATTERN.test(id)) records.brokenPersonIds.add(id);
  if (roster.parsed.data === undefined) {
    records.peopleLost = true;
    return file;
  }
  const fields = checkTopLevel(sink, file, IncludedFile, "a roster of people");
  if (fields) collectItems(sink, file, fields, records);
  else records.peopleLost = true;
  return file;
}

/** Reading one file into a SourceFile, reporting what keeps it from being YAML data. */
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { SourceFile } from "../source/file.js";
import { type ParserChoice, parseSource } from "../source/parse.js";
import { noData } from "../source/parsed.js";
import { toText } from "../source/text.js";

/** Parse text as YAML; yaml-syntax problems (and non-text input) go to the sink. */
export function sourceFromText(
  sink: DiagnosticSink,
  path: string,
  absolute: string | undefined,
  input: string | Uint8Array,
  parser: ParserChoice = "auto",
): SourceFile {
  const decoded = toText(input);
  if (decoded.problem) {
    const file = new SourceFile(path, absolute, decoded.text, unparsed);
    const at = decoded.problem.offset;
    sink.report("yaml-syntax", { file, path: [], span: { start: at, end: at + 1 } }, decoded.problem.message, {
      problem: "encoding",
    });
    return file;
  }
  const parsed = parseSource(decoded.text, parser);
  const file = new SourceFile(path, absolute, decoded.text, parsed);
  for (const error of parsed.errors) {
    sink.report("yaml-syntax", { file, path: [], span: { start: error.start, end: error.end } }, error.message, {
      problem: "syntax",
    });
  }
  return file;
}

const unparsed = noData("yaml");

/**
 * A diagnostic about a file as a whole (it exists, it is not reached …), placed at its first
 * character, for checks that run outside any parse (`validate`'s folder mode).
 */
import { DEFAULT_SEVERITY, type DiagnosticCode } from "./codes.js";
import type { DiagnosticDataMap } from "./data.js";
import type { Diagnostic } from "./types.js";

export function wholeFileDiagnostic<C extends DiagnosticCode>(
  code: C,
  file: string,
  message: string,
  data: DiagnosticDataMap[C],
  hint?: string,
): Diagnostic {
  return {
    code,
    severity: DEFAULT_SEVERITY[code],
    message,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    path: [],
    data,
    ...(hint === undefined ? {} : { hint }),
  } as Diagnostic;
}

/**
 * JUnit XML, for CI systems that show test reports: one test case per file, one failure per
 * error in it; warnings and infos go to the test case's `<system-out>`.
 */
import type { Diagnostic } from "../diagnostics/types.js";
import { listedDiagnostics, reportFiles } from "./order.js";
import type { FormatOptions } from "./types.js";
import { xmlAttribute as attr, xmlText as text } from "./xml.js";

/**
 * A JUnit XML report:
 *
 * ```xml
 * <?xml version="1.0" encoding="UTF-8"?>
 * <testsuites name="orgspec" tests="1" failures="1" errors="0">
 *   <testsuite name="orgspec validate" tests="1" failures="1" errors="0" skipped="0">
 *     <testcase classname="orgspec" name="org.yaml">
 *       <failure message="reportsTo &quot;2l10&quot; is not a person" type="unknown-reference">org.yaml:12:16 reportsTo "2l10" is not a person</failure>
 *     </testcase>
 *   </testsuite>
 * </testsuites>
 * ```
 *
 * Test cases follow `options.files`, then any other file with diagnostics. With
 * `options.quiet`, warnings and infos are left out of `<system-out>`.
 */
export function formatJunit(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  // NOTE: `failures` counts <failure> elements (= errors), not failing test cases, so it equals
  // the error count of every other format; a file with three errors is three failures.
  const files = reportFiles(diagnostics, options);
  const byFile = new Map<string, Diagnostic[]>(files.map((file) => [file, []]));
  for (const d of listedDiagnostics(diagnostics, options)) byFile.get(d.file)?.push(d);

  const failures = diagnostics.filter((d) => d.severity === "error").length;
  const counts = `tests="${files.length}" failures="${failures}" errors="0"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="orgspec" ${counts}>`,
    `  <testsuite name="orgspec validate" ${counts} skipped="0">`,
    ...files.flatMap((file) => testCase(file, byFile.get(file) ?? [])),
    "  </testsuite>",
    "</testsuites>",
  ];
  return `${lines.join("\n")}\n`;
}

function testCase(file: string, diagnostics: readonly Diagnostic[]): string[] {
  const open = `    <testcase classname="orgspec" name="${attr(file)}"`;
  if (diagnostics.length === 0) return [`${open}/>`];
  const lines = [`${open}>`];
  const others: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.file}:${d.line}:${d.column}`;
    const hint = d.hint === undefined ? "" : `\nhint: ${d.hint}`;
    if (d.severity === "error") {
      lines.push(
        `      <failure message="${attr(d.message)}" type="${attr(d.code)}">${text(`${where} ${d.message}${hint}`)}</failure>`,
      );
    } else {
      others.push(`${where} ${d.severity} ${d.message} [${d.code}]${hint}`);
    }
  }
  if (others.length > 0) lines.push(`      <system-out>${text(others.join("\n"))}</system-out>`);
  lines.push("    </testcase>");
  return lines;
}

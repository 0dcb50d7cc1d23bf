/**
 * JUnit XML, for CI systems that show test reports: one test case per file; a file with
 * errors fails with one `<failure>` listing them all; warnings and infos go to the test
 * case's `<system-out>`. So `tests` counts files and `failures` the files with errors, and
 * the numbers add up as every JUnit reader expects.
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
 *       <failure message="1 error: reportsTo &quot;2l10&quot; is not a person" type="unknown-reference">org.yaml:12:16 reportsTo "2l10" is not a person [unknown-reference]</failure>
 *     </testcase>
 *   </testsuite>
 * </testsuites>
 * ```
 *
 * Test cases follow `options.files`, then any other file with diagnostics. With
 * `options.quiet`, warnings and infos are left out of `<system-out>`.
 */
export function formatJunit(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const files = reportFiles(diagnostics, options);
  const byFile = new Map<string, Diagnostic[]>(files.map((file) => [file, []]));
  for (const d of listedDiagnostics(diagnostics, options)) byFile.get(d.file)?.push(d);

  const failing = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
  const failures = files.filter((f) => failing.has(f)).length;
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
  const line = (d: Diagnostic, withSeverity: boolean) =>
    `${d.file}:${d.line}:${d.column} ${withSeverity ? `${d.severity} ` : ""}${d.message} [${d.code}]` +
    (d.hint === undefined ? "" : `\nhint: ${d.hint}`);
  const errors = diagnostics.filter((d) => d.severity === "error");
  const others = diagnostics.filter((d) => d.severity !== "error");
  const first = errors[0];
  if (first) {
    // One failure per failing file: the first error in the message, every error in the body;
    // `type` lists the codes (distinct, in order).
    const message = `${errors.length} error${errors.length === 1 ? "" : "s"}: ${first.message}`;
    const type = [...new Set(errors.map((d) => d.code))].join(" ");
    const body = errors.map((d) => line(d, false)).join("\n");
    lines.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(body)}</failure>`);
  }
  if (others.length > 0)
    lines.push(`      <system-out>${text(others.map((d) => line(d, true)).join("\n"))}</system-out>`);
  lines.push("    </testcase>");
  return lines;
}

/** Shared helpers for tests that load orgs through the public API. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Diagnostic, type LoadResult, parseOrg } from "orgspec";
import { expect } from "vitest";

/** The repository root (absolute, no trailing slash). */
export const REPO = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");

export const example = (...parts: string[]) => join(REPO, "examples", ...parts);

/** The head of a root file on the built-in blueprint. */
export const RC = "orgspec: 1\nblueprint: renewal-channel\n";

/** `parseOrg(text, { filename: "t.yaml" })`. */
export function parse(text: string): LoadResult {
  return parseOrg(text, { filename: "t.yaml" });
}

/** The diagnostics of one code. */
export function withCode(result: { diagnostics: readonly Diagnostic[] }, code: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.code === code);
}

/** The one diagnostic of `code` (fails when there are none or several). */
export function only(result: { diagnostics: readonly Diagnostic[] }, code: string): Diagnostic {
  const found = withCode(result, code);
  expect(found, `expected exactly one ${code}; all: ${summary(result.diagnostics)}`).toHaveLength(1);
  return found[0] as Diagnostic;
}

/** `code@line:column` for every diagnostic: readable in failure messages. */
export function summary(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.code}(${d.severity})@${d.file}:${d.line}:${d.column}`).join(", ") || "(none)";
}

/** The codes present, sorted and distinct. */
export function codes(result: { diagnostics: readonly Diagnostic[] }): string[] {
  return [...new Set(result.diagnostics.map((d) => d.code))].sort();
}

/** The codes of the error diagnostics, sorted and distinct. */
export function errorCodes(result: { diagnostics: readonly Diagnostic[] }): string[] {
  return [...new Set(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code))].sort();
}

export interface Loc {
  line: number;
  column: number;
}

/**
 * The 1-based line and column (UTF-16 code units) where the `nth` (1-based) occurrence of
 * `needle` starts in `text`. Lets inline tests state positions without counting by hand.
 */
export function loc(text: string, needle: string, nth = 1): Loc {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`loc: occurrence ${nth} of ${JSON.stringify(needle)} not found`);
  }
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const column = at - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column };
}

/** Where a diagnostic or related location points. */
export const pos = (d: { line: number; column: number }): Loc => ({ line: d.line, column: d.column });

/** Sorts locations by line then column, for order-free comparisons. */
export const byPosition = (a: Loc, b: Loc) => a.line - b.line || a.column - b.column;

const trees: string[] = [];

/**
 * A temporary folder holding `files` (path → text or bytes; `{ link: target }` makes a symlink).
 * Remove them all with `removeTempTrees()` in an `afterAll`.
 */
export function tempTree(files: Record<string, string | Uint8Array | { link: string }>): string {
  const root = mkdtempSync(join(tmpdir(), "orgspec-test-"));
  trees.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === "object" && "link" in content) symlinkSync(content.link, full);
    else writeFileSync(full, content);
  }
  return root;
}

export function removeTempTrees(): void {
  for (const root of trees.splice(0)) rmSync(root, { recursive: true, force: true });
}

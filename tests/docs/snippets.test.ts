/**
 * Every TypeScript snippet in the README and docs/ runs: each ```ts block that imports
 * orgspec is compiled (esbuild) and run with node in a scratch folder where "orgspec"
 * resolves to this package's dist/ by name, `org/` and `old/` are copies of the example org,
 * `examples/` is the repository's and `hris.csv` a small export. dist/ is built by
 * `npm test` before vitest runs.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { transformSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBuilt } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";

interface Snippet {
  file: string;
  line: number;
  code: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : [],
  );
}

function snippets(): Snippet[] {
  const files = [join(REPO, "README.md"), ...markdownFiles(join(REPO, "docs"))];
  const out: Snippet[] = [];
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(ts|typescript)\s*$/.test(lines[i] as string)) continue;
      const start = i + 1;
      let end = start;
      while (end < lines.length && !(lines[end] as string).startsWith("```")) end++;
      const code = lines.slice(start, end).join("\n");
      if (/from "orgspec(\/[a-z]+)?"/.test(code)) out.push({ file: relative(REPO, file), line: start, code });
      i = end;
    }
  }
  return out;
}

const SNIPPETS = snippets();
let scratch = "";

beforeAll(() => {
  requireBuilt(join(REPO, "dist", "index.js"));
  scratch = mkdtempSync(join(tmpdir(), "orgspec-snippets-"));
  mkdirSync(join(scratch, "node_modules"));
  symlinkSync(REPO, join(scratch, "node_modules", "orgspec"), "dir");
  symlinkSync(join(REPO, "examples"), join(scratch, "examples"), "dir");
  cpSync(join(REPO, "examples", "renewal-channel"), join(scratch, "org"), { recursive: true });
  cpSync(join(REPO, "examples", "renewal-channel"), join(scratch, "old"), { recursive: true });
  writeFileSync(join(scratch, "package.json"), '{ "type": "module" }\n');
  writeFileSync(
    join(scratch, "hris.csv"),
    "Employee ID,Full Name,Manager ID,Department,Job Title\n1,王芳,,总公司保费部,部门负责人\n2,李四,1,总公司保费部,Chief Dreamer\n",
  );
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function run(snippet: Snippet, index: number) {
  const { code } = transformSync(snippet.code, { loader: "ts", format: "esm", target: "node20" });
  const path = join(scratch, `snippet-${index}.mjs`);
  writeFileSync(path, code);
  return spawnSync(process.execPath, [path], { cwd: scratch, encoding: "utf8", timeout: 60_000 });
}

describe("documentation snippets", () => {
  it("finds the snippets (README's library use, the in-memory org, docs/ pages)", () => {
    expect(SNIPPETS.some((s) => s.code.includes("// prints:"))).toBe(true);
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(5);
    expect(new Set(SNIPPETS.map((s) => s.file))).toEqual(
      new Set(["README.md", "docs/codes/README.md", "docs/find.md", "docs/interchange.md", "docs/staffing.md"]),
    );
  });

  it.each(SNIPPETS.map((s, i) => [`${s.file}:${s.line}`, s, i] as const))("%s runs", (_name, snippet, index) => {
    const result = run(snippet, index);
    expect(result.error).toBeUndefined();
    expect(result.stderr, result.stderr).not.toMatch(/^\s+at |Error:/m);
    expect(result.status, result.stderr).toBe(0);
    // A snippet that shows what it prints (`// prints:` lines) prints exactly that.
    const shown = [...snippet.code.matchAll(/^\/\/ prints: (.*)$/gm)].map((m) => m[1]);
    if (shown.length > 0) expect(result.stdout.trimEnd().split("\n")).toEqual(shown);
  });
});

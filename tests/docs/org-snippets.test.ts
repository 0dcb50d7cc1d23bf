/**
 * Every org file shown in the README and docs/ does what the page says: each ```yaml block
 * with a top-level `orgspec:` key is written as the root file `org.yaml` of its own scratch
 * folder and checked by the real CLI (`orgspec validate --format json`, all roots in one
 * run). A block nobody marked must give no diagnostic at all, of any severity.
 *
 * Marks: an HTML comment on the line right before the opening fence (invisible on the
 * rendered page), one of
 *
 *   <!-- orgspec-snippet: expect head-ambiguous@7 limits@7 over-plan@4 -->
 *     Broken on purpose: the org gives exactly these diagnostics, in any order, as
 *     `code@line` with the line counted from the block's first line (`code@path:line` for
 *     one in a file of the snippet, below). Write down what the page says happens.
 *   <!-- orgspec-snippet: file branches/beijing.yaml -->
 *     This block (yaml or csv) is that file of the org of the nearest root block above it
 *     on the same page, at that path beside `org.yaml` — for snippets that include files.
 *   <!-- orgspec-snippet: scenario examples/renewal-plan/org.yaml -->
 *     A scenario file (`orgspec-scenario: 1`) for that org of the repository:
 *     `orgspec plan <org> --scenario <block>` exits 0 with nothing on stderr.
 *   <!-- orgspec-snippet: fragment -->
 *     Part of a file (an excerpt, `[...]` placeholders): not run.
 *
 * A block whose top-level key is `orgspec-blueprint:` or `orgspec-scenario:` must carry a
 * mark too (a file of an org, a scenario, or a fragment), so that nothing that looks like an
 * orgspec file is skipped without a word. dist/ is built by `npm test` before vitest runs.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, requireCli } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";

const MARK = /^<!--\s*orgspec-snippet:\s*(.*?)\s*-->\s*$/;

interface Block {
  page: string;
  /** 1-based line of the block's first line of content. */
  line: number;
  lang: string;
  text: string;
  mark: string | undefined;
}

interface OrgSnippet {
  name: string;
  page: string;
  line: number;
  root: string;
  /** The root file's text. */
  text: string;
  files: { path: string; text: string }[];
  /** `code@line` / `code@path:line`, sorted; empty for a snippet that must be clean. */
  expect: string[];
}

interface ScenarioSnippet {
  name: string;
  org: string;
  text: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : [],
  );
}

/** Every fenced block of a page, with the mark on the line before it. */
function blocks(file: string): Block[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !(lines[end] as string).startsWith("```")) end++;
    const mark = MARK.exec(lines[i - 1] ?? "")?.[1];
    out.push({
      page: relative(REPO, file),
      line: i + 2,
      lang: open[1] ?? "",
      text: `${lines.slice(i + 1, end).join("\n")}\n`,
      mark,
    });
    i = end;
  }
  return out;
}

const topKey = (text: string, key: string) => new RegExp(`^${key}:(\\s|$)`, "m").test(text);

/** The org snippets and scenario snippets of the README and docs/, and any mark misused. */
function collect(): { orgs: OrgSnippet[]; scenarios: ScenarioSnippet[]; problems: string[] } {
  const orgs: OrgSnippet[] = [];
  const scenarios: ScenarioSnippet[] = [];
  const problems: string[] = [];
  for (const file of [join(REPO, "README.md"), ...markdownFiles(join(REPO, "docs"))]) {
    let current: OrgSnippet | undefined;
    for (const block of blocks(file)) {
      const where = `${block.page}:${block.line}`;
      const [verb = "", ...args] = (block.mark ?? "").split(/\s+/);
      const orgish = ["yaml", "yml"].includes(block.lang);
      if (verb === "fragment") continue;
      if (verb === "file") {
        if (!current || args.length !== 1) problems.push(`${where}: "file <path>" needs a root snippet above it`);
        else current.files.push({ path: args[0] as string, text: block.text });
        continue;
      }
      if (verb === "scenario") {
        if (args.length !== 1 || !topKey(block.text, "orgspec-scenario")) {
          problems.push(`${where}: "scenario <org>" marks a scenario file (orgspec-scenario: 1)`);
        } else scenarios.push({ name: where, org: args[0] as string, text: block.text });
        continue;
      }
      if (orgish && topKey(block.text, "orgspec")) {
        if (verb !== "" && verb !== "expect") problems.push(`${where}: unknown mark "${block.mark}"`);
        const slug = where.replace(/[^\w]+/g, "-");
        current = {
          name: where,
          page: block.page,
          line: block.line,
          root: `${slug}/org.yaml`,
          text: block.text,
          files: [],
          expect: [],
        };
        current.expect = verb === "expect" ? [...args].sort() : [];
        orgs.push(current);
        continue;
      }
      if (block.mark !== undefined) problems.push(`${where}: mark "${block.mark}" on a block that is no org file`);
      else if (orgish && (topKey(block.text, "orgspec-blueprint") || topKey(block.text, "orgspec-scenario"))) {
        problems.push(`${where}: a blueprint or scenario block needs a mark (file, scenario or fragment)`);
      }
    }
  }
  return { orgs, scenarios, problems };
}

const { orgs: ORGS, scenarios: SCENARIOS, problems: PROBLEMS } = collect();

interface CliDiagnostic {
  code: string;
  file: string;
  line: number;
  message: string;
}

let scratch = "";
let reported: CliDiagnostic[] = [];

beforeAll(() => {
  requireCli();
  scratch = mkdtempSync(join(tmpdir(), "orgspec-org-snippets-"));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };
  for (const s of ORGS) {
    write(s.root, s.text);
    for (const f of s.files) write(join(dirname(s.root), f.path), f.text);
  }
  const run = spawnSync(process.execPath, [CLI, "validate", ...ORGS.map((s) => s.root), "--format", "json"], {
    cwd: scratch,
    encoding: "utf8",
  });
  expect(run.stderr).not.toMatch(/internal error|^\s+at /m);
  reported = (JSON.parse(run.stdout) as { diagnostics: CliDiagnostic[] }).diagnostics;
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** What the CLI reported for a snippet, as `code@line` (root) and `code@path:line` (its other files). */
function found(snippet: OrgSnippet): string[] {
  const folder = `${dirname(snippet.root)}/`;
  return reported
    .filter((d) => d.file.startsWith(folder))
    .map((d) => {
      const path = d.file.slice(folder.length);
      return path === "org.yaml" ? `${d.code}@${d.line}` : `${d.code}@${path}:${d.line}`;
    })
    .sort();
}

describe("org snippets in the README and docs/", () => {
  it("finds them (the README's org file, format.md's and the codes' examples) and no mark misused", () => {
    expect(PROBLEMS).toEqual([]);
    expect(ORGS.some((s) => s.page === "README.md" && s.files.length > 0)).toBe(true);
    expect(ORGS.filter((s) => s.page.startsWith("docs/codes/")).length).toBeGreaterThanOrEqual(20);
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(1);
  });

  it.each(ORGS.map((s) => [s.name, s] as const))("%s gives the diagnostics it shows", (_name, snippet) => {
    const details = reported
      .filter((d) => d.file.startsWith(`${dirname(snippet.root)}/`))
      .map((d) => `${d.file}:${d.line}: ${d.message} [${d.code}]`)
      .join("\n");
    expect(found(snippet), details).toEqual(snippet.expect);
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s is a scenario its org takes", (_name, snippet) => {
    const path = join(scratch, `${snippet.name.replace(/[^\w]+/g, "-")}.yaml`);
    writeFileSync(path, snippet.text);
    const run = spawnSync(process.execPath, [CLI, "plan", snippet.org, "--scenario", path], {
      cwd: REPO,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

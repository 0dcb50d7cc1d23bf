/**
 * The progress line through the real CLI (docs/cli.md, "Options common to every command"):
 * never in a pipe unless --progress (then plain lines, the results unchanged), on a TTY only
 * for work past a second, rewritten with \r and cleared before other output, not in CI.
 */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, requireCli, runCli } from "../helpers/cli.js";
import { REPO, removeTempTrees, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);
beforeAll(requireCli);

const EXAMPLE = "examples/renewal-channel/org.yaml";
const KB = Math.ceil(statSync(join(REPO, EXAMPLE)).size / 1e3);
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/** The command under a pseudo-terminal (`script`): stderr (and stdout, unless redirected) is a TTY. */
function onTty(command: string, env: Record<string, string> = {}): string {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "CI") clean[k] = v;
  const run = spawnSync("script", ["-qec", `"${process.execPath}" "${CLI}" ${command}`, "/dev/null"], {
    cwd: tempTree({}),
    encoding: "utf8",
    env: { ...clean, ...env },
    timeout: 120_000,
  });
  return run.stdout;
}

describe("in a pipe", () => {
  it("nothing on stderr without --progress; the same with --no-progress", () => {
    for (const flags of [[], ["--no-progress"], ["--progress", "--no-progress"]]) {
      const run = runCli(["validate", EXAMPLE, "-q", ...flags], { env: { CI: undefined } });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe("0 errors, 1 warning, 3 infos in 3 files\n");
    }
  });

  it("--progress: plain lines on stderr, from the start, each stage once; stdout unchanged", () => {
    const plain = runCli(["validate", EXAMPLE, "-f", "json"]);
    const run = runCli(["validate", EXAMPLE, "-f", "json", "--progress"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).not.toContain("\r");
    const lines = run.stderr.split("\n");
    expect(lines.pop()).toBe("");
    const time = String.raw`\(\d+ s\)`;
    expect(lines[0]).toMatch(new RegExp(`^orgspec validate: reading ${EXAMPLE}: 1 file, ${KB} kB ${time}$`));
    expect(lines.at(-2)).toMatch(new RegExp(`^orgspec validate: ${EXAMPLE}: 87 people: resolving lines… ${time}$`));
    expect(lines.at(-1)).toMatch(new RegExp(`^orgspec validate: ${EXAMPLE}: 87 people: checking… ${time}$`));
    for (const line of lines.slice(1, -2)) expect(line).toMatch(/^orgspec validate: reading /);
  });

  it("--progress for generate, plan and render: their own stages, results unchanged", () => {
    const dir = tempTree({});
    const generated = runCli(["generate", "--people", "50", "-o", "g", "--progress"], { cwd: dir });
    expect(generated.status).toBe(0);
    expect(generated.stdout).toBe("wrote g/org.yaml: 50 people, 0.0 MB (seed 1)\n");
    expect(generated.stderr.split("\n")[0]).toMatch(/^orgspec generate: \d+ of 50 people built$/);
    const plan = runCli(["plan", "g/org.yaml", "--period", "2013", "--progress"], { cwd: dir });
    expect(plan.status).toBe(0);
    expect(plan.stderr).toMatch(/^orgspec plan: working out the demand of [\d,]+ units…$/m);
    expect(plan.stdout).toBe(runCli(["plan", "g/org.yaml", "--period", "2013"], { cwd: dir }).stdout);
    const render = runCli(["render", "g/org.yaml", "-o", "c.html", "--progress"], { cwd: dir });
    expect(render.status).toBe(0);
    expect(render.stderr).toMatch(/^orgspec render: drawing the page…$/m);
    expect(render.stdout).toMatch(/^wrote c\.html: [\d]+ units, 50 people, \d+ kB\n$/);
  });
});

describe("several orgs, and import", () => {
  it("validate of a folder says which org it is at", () => {
    const root = (id: string) =>
      `orgspec: 1\nblueprint: renewal-channel\nunits:\n  - { id: ${id}, type: hq-premium-dept, name: ${id} }\n`;
    const dir = tempTree({ "a/org.yaml": root("a"), "b/org.yaml": root("b") });
    const run = runCli(["validate", ".", "-q", "--progress"], { cwd: dir });
    expect(run.status).toBe(0);
    // validate tells the progress line how many roots it found: "org N of M".
    expect(run.stderr).toMatch(/^orgspec validate: org 1 of 2: reading a\/org\.yaml: 1 file, 1 kB \(\d+ s\)$/m);
    expect(run.stderr).toMatch(/^orgspec validate: org 2 of 2: reading b\/org\.yaml: 1 file, 1 kB \(\d+ s\)$/m);
    expect(run.stderr).toMatch(/^orgspec validate: org 2 of 2: b\/org\.yaml: 0 people: checking… \(\d+ s\)$/m);
  });

  it("import csv: mapping the export, then checking the org written", () => {
    const dir = tempTree({ "hris.csv": "id,name,manager,unit,role\n1,王建国,,总公司保费部,department-head\n" });
    const run = runCli(["import", "csv", "hris.csv", "-o", "org", "--progress"], { cwd: dir });
    expect(run.status).toBe(0);
    const lines = run.stderr.split("\n");
    expect(lines[0]).toBe("orgspec import: mapping hris.csv (1 kB)…");
    expect(lines).toContainEqual(
      expect.stringMatching(/^orgspec import: org\/org\.yaml: 1 person: checking… \(\d+ s\)$/),
    );
    expect(run.stderr).toMatch(/^orgspec import: wrote org\/org\.yaml: 1 unit, 1 person /m);
  });
});

describe.skipIf(!hasScript)("on a terminal", () => {
  it("short work (under a second) draws nothing", () => {
    const out = onTty(`validate "${join(REPO, EXAMPLE)}" -q --no-color`);
    expect(out).toBe("0 errors, 1 warning, 3 infos in 3 files\r\n");
  });

  it("--progress: one line rewritten with \\r and cleared before the result", () => {
    const out = onTty("generate --people 50 -o g --progress");
    const match = /^((?:\r[^\r\n]+)+)\r( +)\rwrote g\/org\.yaml: 50 people, 0\.0 MB \(seed 1\)\r\n$/.exec(out);
    expect(match, JSON.stringify(out)).not.toBeNull();
    const drawn = (match?.[1] ?? "").split("\r").slice(1);
    for (const line of drawn) expect(line).toMatch(/^orgspec generate: /);
    // The clearing covers the line as drawn last (trailing spaces of a shorter line included).
    expect(match?.[2]?.length).toBe(drawn.at(-1)?.length);
  });

  it("long work shows the line after a second, with an estimate; not when CI is set", () => {
    const out = onTty("generate --people 400000 -o - > /dev/null");
    expect(out).toMatch(/^\rorgspec generate: [\d,]+ of 400,000 people (built|written as YAML)/);
    expect(out).toMatch(/; about \d+ s left/);
    expect(out).toMatch(/\r +\r$/);
    expect(onTty("generate --people 400000 -o - > /dev/null", { CI: "true" })).toBe("");
  });
});

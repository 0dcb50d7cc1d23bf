/**
 * The flags every command shares (docs/cli.md, "Options common to every command"), through
 * the real CLI: `-o -` is stdout, `-o` makes folders and keeps an existing file's mode,
 * `--format` everywhere with its aliases, `--color`/`--no-color` before the environment,
 * did-you-mean for unknown commands and options, limits of -1, plurals, and `diff -o` with
 * errors still writing its report.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSI, CLI, requireCli, runCli } from "../helpers/cli.js";
import { REPO, removeTempTrees, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);
beforeAll(requireCli);

const EXAMPLE = "examples/renewal-channel/org.yaml";

/** Two people; NEW is the same org with the deputy gone. Both validate with no finding. */
const OLD = [
  "orgspec: 1",
  "blueprint: renewal-channel",
  "org: { id: t, name: T }",
  "units:",
  "  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }",
  "people:",
  '  - { id: "1", name: 王建国, unit: hq, role: department-head }',
  '  - { id: "2", name: 李明, unit: hq, role: deputy-head }',
  "",
].join("\n");
const NEW = OLD.replace('  - { id: "2", name: 李明, unit: hq, role: deputy-head }\n', "");
/** NEW with an unknown unit: one error, at 7:50. */
const BROKEN = NEW.replace("unit: hq, role: department-head", "unit: hqq, role: department-head");

function org(): string {
  return tempTree({ "old.yaml": OLD, "new.yaml": NEW, "broken.yaml": BROKEN, "hris.csv": HRIS });
}

const HRIS = "id,name,manager,unit,role\n1,王建国,,总公司保费部,department-head\n";

const isRoot = process.getuid?.() === 0;
const hasMkfifo = spawnSync("mkfifo", ["--version"], { encoding: "utf8" }).status === 0;
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/** The command run under a pseudo-terminal (`script`): stdout and stderr are one TTY stream. */
function onTty(args: string, cwd = REPO, env: Record<string, string | undefined> = {}): string {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env })) {
    if (v !== undefined && !(k in env && env[k] === undefined)) clean[k] = v;
  }
  for (const k of ["FORCE_COLOR", "NO_COLOR", "CI"]) if (!(k in env)) delete clean[k];
  const run = spawnSync("script", ["-qec", `"${process.execPath}" "${CLI}" ${args}`, "/dev/null"], {
    cwd,
    encoding: "utf8",
    env: clean,
    timeout: 60_000,
  });
  return run.stdout;
}

describe("-o - is standard output, for every command that writes a file", () => {
  it.each([
    ["validate", ["validate", "new.yaml", "-f", "json"]],
    ["export", ["export", "new.yaml", "-f", "csv"]],
    ["diff", ["diff", "old.yaml", "new.yaml"]],
    ["render", ["render", "new.yaml", "-f", "svg"]],
    ["plan", ["plan", "new.yaml", "-f", "json"]],
  ])("%s -o - prints what it prints without -o, and writes no file named -", (_, args) => {
    const dir = org();
    const plain = runCli(args.includes("render") ? [...args, "-o", "-"] : args, { cwd: dir });
    const dash = runCli([...args, "-o", "-"], { cwd: dir });
    expect(dash.status).toBe(plain.status);
    expect(dash.stdout).toBe(plain.stdout);
    expect(dash.stdout.length).toBeGreaterThan(0);
    expect(dash.stderr).toBe(plain.stderr);
    expect(existsSync(join(dir, "-"))).toBe(false);
  });

  it("generate -o - prints the single org.yaml; import csv -o - prints its org.yaml and checks it", () => {
    const dir = org();
    const generated = runCli(["generate", "--people", "50", "-o", "-"], { cwd: dir });
    expect(generated.status).toBe(0);
    expect(generated.stdout).toMatch(/^# yaml-language-server/);
    expect(generated.stderr).toBe("");
    const imported = runCli(["import", "csv", "hris.csv", "-o", "-"], { cwd: dir });
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain("orgspec: 1\n");
    expect(imported.stdout).toContain("王建国");
    expect(imported.stderr).toMatch(
      /^orgspec import: wrote standard output: 1 unit, 1 person \(0 explicit reportsTo\); /m,
    );
    expect(existsSync(join(dir, "-"))).toBe(false);
    expect(existsSync(join(dir, "org.yaml"))).toBe(false);
  });
});

describe("-o <file>: parent folders made, written atomically, the mode kept", () => {
  it.each([
    ["export", ["export", "new.yaml", "-f", "dot"], ""],
    ["diff", ["diff", "old.yaml", "new.yaml", "-f", "markdown"], ""],
    ["plan", ["plan", "new.yaml", "-f", "csv"], ""],
    ["render", ["render", "new.yaml"], "wrote reports/deep/er/out.txt: 1 unit, 1 person, "],
  ])("%s -o reports/deep/er/out.txt makes the folders", (_, args, stdout) => {
    const dir = org();
    const run = runCli([...args, "-o", "reports/deep/er/out.txt"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    if (stdout === "") expect(run.stdout).toBe("");
    else expect(run.stdout).toMatch(new RegExp(`^${stdout.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\d+ kB\\n$`));
    const written = readFileSync(join(dir, "reports/deep/er/out.txt"), "utf8");
    const printed = runCli(args.includes("render") ? [...args, "-o", "-"] : args, { cwd: dir }).stdout;
    expect(written).toBe(printed);
    expect(readdirSync(join(dir, "reports/deep/er"))).toEqual(["out.txt"]);
  });

  it("an existing file keeps its mode (0640, 0755) and its content is replaced", () => {
    const dir = org();
    for (const [file, mode] of [
      ["a.dot", 0o640],
      ["b.dot", 0o755],
    ] as const) {
      writeFileSync(join(dir, file), "old content\n");
      chmodSync(join(dir, file), mode);
      const run = runCli(["export", "new.yaml", "--to", "dot", "-o", file], { cwd: dir });
      expect(run.status).toBe(0);
      expect(statSync(join(dir, file)).mode & 0o777).toBe(mode);
      expect(readFileSync(join(dir, file), "utf8")).toMatch(/^digraph org \{/);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("plan --write keeps the mode of the org files it edits", () => {
    const dir = tempTree({
      "org.yaml": NEW.replace(
        "  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }",
        "  - { id: hq, type: hq-premium-dept, name: 总公司保费部, plan: { department-head: 2 } }",
      ),
    });
    chmodSync(join(dir, "org.yaml"), 0o600);
    const run = runCli(["plan", "org.yaml", "--write", "-o", "plan.txt"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("orgspec plan: wrote 1 plan entry in 1 file: org.yaml\n");
    expect(readFileSync(join(dir, "org.yaml"), "utf8")).toContain("plan: { department-head: 1 }");
    expect(statSync(join(dir, "org.yaml")).mode & 0o777).toBe(0o600);
  });

  it("a link is written through: the file it points to is replaced, the link stays", () => {
    const dir = org();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real/out.csv"), "old\n");
    chmodSync(join(dir, "real/out.csv"), 0o604);
    symlinkSync("real/out.csv", join(dir, "link.csv"));
    const run = runCli(["export", "new.yaml", "-f", "csv", "-o", "link.csv"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real/out.csv"), "utf8")).toMatch(/^id,name,unit,role,manager/);
    expect(statSync(join(dir, "real/out.csv")).mode & 0o777).toBe(0o604);
  });

  it("a path through a file, or onto a folder, is exit 2 with the reason, and nothing is written", () => {
    const dir = org();
    writeFileSync(join(dir, "file.txt"), "x");
    mkdirSync(join(dir, "folder"));
    const through = runCli(["export", "new.yaml", "-f", "csv", "-o", "file.txt/out.csv"], { cwd: dir });
    expect(through.status).toBe(2);
    expect(through.stdout).toBe("");
    expect(through.stderr).toBe("orgspec export: cannot write file.txt/out.csv: a part of the path is not a folder\n");
    const onto = runCli(["diff", "old.yaml", "new.yaml", "-o", "folder"], { cwd: dir });
    expect(onto.status).toBe(2);
    expect(onto.stderr).toBe("orgspec diff: cannot write folder: is a folder\n");
    expect(readdirSync(join(dir, "folder"))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.skipIf(!hasMkfifo)(
    "a named pipe (as /dev/stdout, /dev/null) is written to, never replaced by a file",
    async () => {
      const dir = org();
      const fifo = join(dir, "pipe");
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
      let read = "";
      reader.stdout.on("data", (chunk: Buffer) => {
        read += chunk.toString("utf8");
      });
      const closed = new Promise((done) => reader.on("close", done));
      const run = runCli(["export", "new.yaml", "-f", "csv", "-o", "pipe"], { cwd: dir });
      await closed;
      expect(run.status).toBe(0);
      expect(read).toBe(runCli(["export", "new.yaml", "-f", "csv"], { cwd: dir }).stdout);
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    },
  );

  it.skipIf(isRoot)("a file the user may not write is refused (exit 2), as the shell's > refuses it", () => {
    const dir = org();
    writeFileSync(join(dir, "locked.md"), "keep\n");
    chmodSync(join(dir, "locked.md"), 0o444);
    const run = runCli(["diff", "old.yaml", "new.yaml", "-f", "markdown", "-o", "locked.md"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("orgspec diff: cannot write locked.md: permission denied\n");
    expect(readFileSync(join(dir, "locked.md"), "utf8")).toBe("keep\n");
  });
});

describe("--format on every command with a choice of output format", () => {
  it("export --format is --to; query and stats --format json are --json", () => {
    const to = runCli(["export", EXAMPLE, "--to", "mermaid"]);
    expect(to.status).toBe(0);
    expect(runCli(["export", EXAMPLE, "--format", "mermaid"]).stdout).toBe(to.stdout);
    expect(runCli(["export", EXAMPLE, "-f", "mermaid", "--to", "mermaid"]).stdout).toBe(to.stdout);
    const json = runCli(["query", EXAMPLE, "chain", "110312", "--json"]);
    expect(json.status).toBe(0);
    expect(runCli(["query", EXAMPLE, "chain", "110312", "--format", "json"]).stdout).toBe(json.stdout);
    expect(runCli(["query", EXAMPLE, "chain", "110312", "-f", "text"]).stdout).toBe(
      runCli(["query", EXAMPLE, "chain", "110312"]).stdout,
    );
    const stats = runCli(["stats", EXAMPLE, "--json"]);
    expect(runCli(["stats", EXAMPLE, "-f", "json"]).stdout).toBe(stats.stdout);
    expect(JSON.parse(stats.stdout).people).toBe(87);
  });

  it.each([
    [
      ["export", EXAMPLE, "--to", "csv", "--format", "dot"],
      "orgspec export: --format dot and --to csv disagree; give one (--to is another name for --format)\n",
    ],
    [
      ["query", EXAMPLE, "manager", "110312", "--json", "--format", "text"],
      "orgspec query: --format text and --json disagree; give one (--json is another name for --format)\n",
    ],
    [
      ["stats", EXAMPLE, "--json", "-f", "text"],
      "orgspec stats: --format text and --json disagree; give one (--json is another name for --format)\n",
    ],
    [["stats", EXAMPLE, "--format", "csv"], 'orgspec stats: --format must be one of text, json; got "csv"\n'],
    [
      ["export", EXAMPLE],
      'orgspec export: --format is required (mermaid, dot, graphml, csv, json, jsonld)\nRun "orgspec export --help" for usage.\n',
    ],
  ])("conflicting or bad formats are usage errors: %j", (args, stderr) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(stderr);
  });
});

describe("--color / --no-color, FORCE_COLOR, NO_COLOR, then the TTY", () => {
  const text = (args: string[], env: Record<string, string> = {}) =>
    runCli(["validate", "examples/broken/schema.yaml", ...args], { env }).stdout;

  it("in a pipe: --color colours, whatever NO_COLOR says; FORCE_COLOR colours over NO_COLOR", () => {
    expect(text([])).not.toMatch(ANSI);
    expect(text(["--color"])).toMatch(ANSI);
    expect(text(["--color"], { NO_COLOR: "1" })).toMatch(ANSI);
    expect(text([], { FORCE_COLOR: "1" })).toMatch(ANSI);
    expect(text([], { FORCE_COLOR: "1", NO_COLOR: "1" })).toMatch(ANSI);
    expect(text(["--no-color"], { FORCE_COLOR: "1" })).not.toMatch(ANSI);
    expect(text([], { FORCE_COLOR: "0" })).not.toMatch(ANSI);
    expect(text([], { FORCE_COLOR: "false" })).not.toMatch(ANSI);
    // Before the command, and the last of a pair wins.
    expect(runCli(["--color", "validate", "examples/broken/schema.yaml"]).stdout).toMatch(ANSI);
    expect(text(["--color", "--no-color"])).not.toMatch(ANSI);
    // A file written with -o is never coloured.
    const dir = org();
    expect(runCli(["validate", "broken.yaml", "--color", "-o", "out.txt"], { cwd: dir }).status).toBe(1);
    expect(readFileSync(join(dir, "out.txt"), "utf8")).not.toMatch(ANSI);
  });

  it.skipIf(!hasScript)("on a TTY: colours unless --no-color; an empty FORCE_COLOR is ignored", () => {
    expect(onTty("validate examples/broken/schema.yaml")).toMatch(ANSI);
    expect(onTty("validate examples/broken/schema.yaml --no-color")).not.toMatch(ANSI);
    expect(onTty("validate examples/broken/schema.yaml", REPO, { NO_COLOR: "1" })).not.toMatch(ANSI);
    expect(onTty("validate examples/broken/schema.yaml", REPO, { NO_COLOR: "1", FORCE_COLOR: "" })).not.toMatch(ANSI);
  });
});

describe("did you mean, for unknown commands and options", () => {
  it.each([
    [
      ["valdate", EXAMPLE],
      'orgspec: unknown command "valdate"; did you mean "validate"?\nRun "orgspec --help" for the list of commands.\n',
    ],
    [
      ["exprot"],
      'orgspec: unknown command "exprot"; did you mean "export"?\nRun "orgspec --help" for the list of commands.\n',
    ],
    [["frobnicate"], 'orgspec: unknown command "frobnicate"\nRun "orgspec --help" for the list of commands.\n'],
    [
      ["--verison"],
      'orgspec: unknown option "--verison"; did you mean "--version"?\nRun "orgspec --help" for the list of commands.\n',
    ],
    [
      ["validate", EXAMPLE, "--fromat", "json"],
      'orgspec validate: Unknown option \'--fromat\'; did you mean "--format"?\nRun "orgspec validate --help" for usage.\n',
    ],
    [
      ["validate", EXAMPLE, "--max-warning=0"],
      'orgspec validate: Unknown option \'--max-warning\'; did you mean "--max-warnings"?\nRun "orgspec validate --help" for usage.\n',
    ],
    [
      ["stats", EXAMPLE, "--colour"],
      'orgspec stats: Unknown option \'--colour\'; did you mean "--color"?\nRun "orgspec stats --help" for usage.\n',
    ],
    [
      ["export", EXAMPLE, "--zzzzzzzz"],
      "orgspec export: Unknown option '--zzzzzzzz'\nRun \"orgspec export --help\" for usage.\n",
    ],
  ])("%j", (args, stderr) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(stderr);
  });
});

describe("limits of -1 are no limit, as ESLint's --max-warnings", () => {
  it("validate --max-warnings -1 (and =-1) passes the example's warning; 0 fails it, in the singular", () => {
    expect(runCli(["validate", EXAMPLE, "--max-warnings", "-1", "-q"]).status).toBe(0);
    expect(runCli(["validate", EXAMPLE, "--max-warnings=-1", "-q"]).status).toBe(0);
    const zero = runCli(["validate", EXAMPLE, "--max-warnings", "0", "-q"]);
    expect(zero.status).toBe(1);
    expect(zero.stderr).toBe("orgspec validate: 1 warning, more than --max-warnings 0\n");
    expect(runCli(["validate", EXAMPLE, "--max-warnings", "-2"]).status).toBe(2);
  });

  it("diff --max-removals -1 is no limit; 0 fails with 1 person removed", () => {
    const dir = org();
    const none = runCli(["diff", "old.yaml", "new.yaml", "--max-removals", "-1"], { cwd: dir });
    expect(none.status).toBe(0);
    expect(none.stderr).toBe("");
    const zero = runCli(["diff", "old.yaml", "new.yaml", "--max-removals", "0"], { cwd: dir });
    expect(zero.status).toBe(1);
    expect(zero.stderr).toBe(
      "orgspec diff: 1 person removed, more than --max-removals 0; split the change, or raise the limit if the removals are intended\n",
    );
    const bad = runCli(["diff", "old.yaml", "new.yaml", "--max-removals", "x"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('orgspec diff: --max-removals expects a whole number, or -1 for no limit; got "x"\n');
  });
});

describe("plurals", () => {
  it("diff: 1 person removed; 2 → 1 person (text and markdown)", () => {
    const dir = org();
    const text = runCli(["diff", "old.yaml", "new.yaml"], { cwd: dir });
    expect(text.stdout.split("\n")[0]).toBe("orgspec diff: 1 person removed; 2 → 1 person");
    const md = runCli(["diff", "old.yaml", "new.yaml", "-f", "markdown"], { cwd: dir });
    expect(md.stdout).toContain("**1 person removed; 2 → 1 person**");
    const same = runCli(["diff", "new.yaml", "new.yaml", "-f", "markdown"], { cwd: dir });
    expect(same.stdout).toBe("## orgspec diff\n\n`new.yaml` → `new.yaml`\n\nNo changes (1 person).\n");
  });

  it("render: 1 unit, 1 person", () => {
    const dir = org();
    expect(runCli(["render", "new.yaml", "-o", "c.svg", "-f", "svg"], { cwd: dir }).stdout).toMatch(
      /^wrote c\.svg: 1 unit, 1 person, \d+ kB\n$/,
    );
  });
});

describe("diff -o with errors: the report is written, with the errors, and the exit code is 1", () => {
  it("markdown: the PR comment says there is no diff and lists the errors; stderr has the code frame", () => {
    const dir = org();
    const run = runCli(["diff", "old.yaml", "broken.yaml", "--format", "markdown", "-o", "out/org-diff.md"], {
      cwd: dir,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('broken.yaml:7:33  error  unit "hqq" is not a unit  unknown-reference\n');
    expect(run.stderr).toContain("1 error, 0 warnings, 0 infos in 1 file\n");
    expect(readFileSync(join(dir, "out/org-diff.md"), "utf8")).toBe(
      [
        "## orgspec diff",
        "",
        "`old.yaml` → `broken.yaml`",
        "",
        "**No diff: the new org (broken.yaml) has 1 error.** The diff follows once both orgs have no errors.",
        "",
        "| side | file | line | code | message |",
        "|---|---|---:|---|---|",
        '| new | broken.yaml | 7:33 | unknown-reference | unit "hqq" is not a unit (did you mean "hq"?) |',
        "",
      ].join("\n"),
    );
  });

  it("text and json, on stdout; both sides broken", () => {
    const dir = org();
    const text = runCli(["diff", "broken.yaml", "new.yaml"], { cwd: dir });
    expect(text.status).toBe(1);
    expect(text.stdout).toBe(
      'orgspec diff: no diff: the old org (broken.yaml) has 1 error.\n\nbroken.yaml:7:33: error unit "hqq" is not a unit [unknown-reference]\n',
    );
    const json = runCli(["diff", "broken.yaml", "broken.yaml", "-f", "json", "-o", "d.json"], { cwd: dir });
    expect(json.status).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, "d.json"), "utf8"));
    expect(report).toEqual({
      version: 1,
      diff: null,
      broken: { old: "broken.yaml", new: "broken.yaml" },
      errors: ["old", "new"].map((side) => ({
        side,
        file: "broken.yaml",
        line: 7,
        column: 33,
        code: "unknown-reference",
        message: 'unit "hqq" is not a unit',
        hint: 'did you mean "hq"?',
      })),
    });
  });

  it("an I/O problem (a missing side) is still exit 2 with no report", () => {
    const dir = org();
    const run = runCli(["diff", "old.yaml", "gone.yaml", "-o", "d.md"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, "d.md"))).toBe(false);
  });
});

describe("column widths: East Asian ambiguous characters", () => {
  /** The bar lines of `stats` (the span bands: labels such as 2–3, bars of █, the count). */
  const bars = (env: Record<string, string>) => {
    const out = runCli(["stats", EXAMPLE], { env }).stdout;
    const start = out.indexOf("Span of control");
    return out.slice(start).split("\n").slice(1, 7);
  };
  /** Cells of a line in a terminal that draws ambiguous characters `ambiguous` wide (counted here, not by orgspec). */
  const cells = (line: string, ambiguous: 1 | 2) =>
    [...line].reduce((n, c) => n + (c === "█" || c === "–" ? ambiguous : 1), 0);

  it("narrow by default: the bars line up where █ and – take one cell; ORGSPEC_AMBIGUOUS_WIDTH=2: where they take two", () => {
    const narrow = bars({});
    expect(narrow[1]).toBe("  2–3    ████████████████████  17");
    expect(new Set(narrow.map((l) => cells(l, 1)))).toEqual(new Set([33]));
    const wide = bars({ ORGSPEC_AMBIGUOUS_WIDTH: "2" });
    expect(wide[1]).toBe("  2–3    ████████████████████  17");
    expect(wide[0]).toBe(`  1       █${" ".repeat(41)}1`);
    expect(new Set(wide.map((l) => cells(l, 2)))).toEqual(new Set([54]));
  });
});

describe("--help lists the common options", () => {
  it("every command's help, and orgspec help <command>, end with them", () => {
    for (const command of ["validate", "export", "plan", "generate", "query", "find"]) {
      const help = runCli([command, "--help"]);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain("\nOptions common to every command:\n");
      expect(help.stdout).toContain("--color, --no-color");
      expect(help.stdout).toContain("--progress, --no-progress");
      expect(runCli(["help", command]).stdout).toBe(help.stdout);
    }
    expect(runCli(["--help"]).stdout).toContain("\nOptions common to every command:\n");
  });
});

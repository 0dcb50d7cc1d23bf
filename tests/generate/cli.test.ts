/** `orgspec generate` as a real process: writes, refuses to overwrite, exit codes. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateOrg } from "orgspec/generate";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const TMP = mkdtempSync(join(tmpdir(), "orgspec-generate-cli-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

let n = 0;
const fresh = () => join(TMP, `out-${++n}`);

/** Every file under a folder, relative, sorted (temp files included, to catch leftovers). */
function tree(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe("orgspec generate", () => {
  it("writes one org.yaml that validates with exit 0, and says what it wrote", () => {
    const out = fresh();
    const run = runCli(["generate", "--people", "500", "--seed", "3", "-o", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/wrote .*org\.yaml: 500 people/);
    expect(tree(out)).toEqual(["org.yaml"]);
    expect(readFileSync(join(out, "org.yaml"), "utf8")).toBe(generateOrg({ people: 500, seed: 3 }).get("org.yaml"));
    const validate = runCli(["validate", join(out, "org.yaml"), "--format", "json"]);
    expect(validate.status).toBe(0);
    const report = JSON.parse(validate.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.counts.people).toBe(500);
  });

  it("is deterministic across processes and differs by seed", () => {
    const a = runCli(["generate", "-n", "300", "-s", "8", "-o", "-"]);
    const b = runCli(["generate", "-n", "300", "-s", "8", "-o", "-"]);
    const c = runCli(["generate", "-n", "300", "-s", "9", "-o", "-"]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
    expect(a.stdout).toBe(generateOrg({ people: 300, seed: 8 }).get("org.yaml"));
  });

  it("with --split writes a root file and one file per branch, and the folder validates", () => {
    const out = fresh();
    const run = runCli(["generate", "--people", "3000", "--split", "-o", out]);
    expect(run.status).toBe(0);
    const files = tree(out);
    expect(files).toContain("org.yaml");
    expect(files.filter((f) => f.startsWith("branches/")).length).toBe(files.length - 1);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(join(out, "org.yaml"), "utf8")).toContain("include: [branches/*.yaml]");
    const validate = runCli(["validate", out, "-f", "compact", "-q"]);
    expect(validate.status).toBe(0);
  });

  it("refuses to overwrite existing files without --force (exit 2), leaving them untouched", () => {
    const out = fresh();
    mkdirSync(out);
    writeFileSync(join(out, "org.yaml"), "mine\n");
    const run = runCli(["generate", "--people", "100", "-o", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/org\.yaml already exists; use --force/);
    expect(run.stdout).toBe("");
    expect(readFileSync(join(out, "org.yaml"), "utf8")).toBe("mine\n");
    expect(tree(out)).toEqual(["org.yaml"]);

    const forced = runCli(["generate", "--people", "100", "-o", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(out, "org.yaml"), "utf8")).toBe(generateOrg({ people: 100 }).get("org.yaml"));
  });

  it("treats other branch files that the root would include as a clash; --force removes them", () => {
    const out = fresh();
    expect(runCli(["generate", "--people", "5000", "--split", "-o", out]).status).toBe(0);
    const before = tree(out).filter((f) => f.startsWith("branches/"));
    expect(before.length).toBe(4);
    const clash = runCli(["generate", "--people", "2000", "--split", "--seed", "2", "-o", out]);
    expect(clash.status).toBe(2);
    expect(tree(out).filter((f) => f.startsWith("branches/"))).toEqual(before);
    const forced = runCli(["generate", "--people", "2000", "--split", "--seed", "2", "-o", out, "-f"]);
    expect(forced.status).toBe(0);
    expect(tree(out)).toEqual(
      [...generateOrg({ people: 2000, seed: 2, split: true }).keys()].sort((a, b) => (a < b ? -1 : 1)),
    );
    expect(runCli(["validate", join(out, "org.yaml"), "-q"]).status).toBe(0);
  });

  it("writes atomically: no temporary files are left beside the output", () => {
    const out = fresh();
    expect(runCli(["generate", "-n", "2000", "--split", "-o", out]).status).toBe(0);
    expect(tree(out).filter((f) => f.includes(".tmp") || f.split("/").pop()?.startsWith("."))).toEqual([]);
  });

  it.each([
    [["--people", "100", "--bogus", "-o", "x"], /Unknown option '--bogus'/],
    [["-o", "x"], /--people is required/],
    [["--people", "100"], /-o <folder> is required/],
    [["--people", "lots", "-o", "x"], /--people expects a whole number/],
    [["--people", "10", "-o", "x"], /--people must be from 50/],
    [["--people", "100", "--seed", "-3", "-o", "x"], /seed/],
    [["--people", "100", "--split", "-o", "-"], /--split cannot write to standard output/],
    [["--people", "100", "-o", "x", "extra"], /unexpected argument "extra"/],
  ])("usage error %j exits 2", (args, message) => {
    const run = runCli(["generate", ...args], { cwd: TMP });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(TMP, "x"))).toBe(false);
  });

  it("exits 2 when the output is a file, not a folder", () => {
    const file = join(TMP, "a-file");
    writeFileSync(file, "");
    const run = runCli(["generate", "--people", "100", "-o", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is not a folder/);
  });

  it("has help, and is listed in orgspec --help", () => {
    const help = runCli(["generate", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: orgspec generate --people <n> -o <folder>/);
    expect(runCli(["--help"]).stdout).toMatch(/generate\s+write a synthetic renewal-channel org/);
  });
});

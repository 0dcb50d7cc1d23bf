/**
 * An internal failure is never dressed as the user's error: the CLI prints "internal error"
 * with the version and where to report it, prints no diagnostic, and exits 2. The failure is
 * planted from outside (a preload that breaks TextDecoder), in the real CLI process.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, requireCli } from "../helpers/cli.js";
import { REPO, removeTempTrees, tempTree } from "../helpers/org.js";

beforeAll(requireCli);
afterAll(removeTempTrees);

const PRELOAD = join(REPO, "tests", "fixtures", "break-decoder.mjs");
const VERSION = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version;

function runBroken(args: string[], env: Record<string, string> = {}) {
  const dir = tempTree({ "org.yaml": "orgspec: 1\nunits:\n  - { id: hq, type: x, name: HQ }\n" });
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "ORGSPEC_DEBUG"));
  return spawnSync(process.execPath, ["--import", PRELOAD, CLI, ...args], {
    cwd: dir,
    env: { ...clean, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("an internal failure", () => {
  it("is reported as an internal error with the version and a report hint, exit 2, no diagnostics", () => {
    const run = runBroken(["validate", "org.yaml", "--format", "json"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`orgspec ${VERSION}: internal error: Error: planted failure in TextDecoder.decode`);
    expect(lines[1]).toBe("This is a bug in orgspec, not a problem in your files.");
    expect(lines[2]).toMatch(/^Please report it at https:\/\/github\.com\/orgspec\/orgspec\/issues .*ORGSPEC_DEBUG=1/);
    expect(run.stderr).not.toMatch(/yaml-syntax|schema|org\.yaml:\d/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("prints the stack with ORGSPEC_DEBUG=1", () => {
    const run = runBroken(["validate", "org.yaml"], { ORGSPEC_DEBUG: "1" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/internal error: Error: planted failure/);
    expect(run.stderr).toMatch(/^\s+at .*break-decoder\.mjs/m);
  });

  it("is the same for every command that reads an org", () => {
    for (const args of [
      ["query", "org.yaml", "manager", "x"],
      ["stats", "org.yaml"],
      ["export", "org.yaml", "--to", "json"],
    ]) {
      const run = runBroken(args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/internal error: Error: planted failure/);
    }
  });
});

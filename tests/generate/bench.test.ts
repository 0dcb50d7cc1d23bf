/** The benchmark still runs end to end: the smallest useful size, one run, nothing written. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { requireCli } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";

const OUT = mkdtempSync(join(tmpdir(), "orgspec-bench-"));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

it("node bench/run.mjs --sizes 2000 --runs 1 --no-write prints the report's tables", { timeout: 120_000 }, () => {
  requireCli();
  const run = spawnSync(
    process.execPath,
    ["bench/run.mjs", "--sizes", "2000", "--runs", "1", "--no-write", "--out", OUT],
    { cwd: REPO, encoding: "utf8", timeout: 110_000 },
  );
  expect(run.error).toBeUndefined();
  expect(run.stderr).not.toMatch(/measurement\(s\) failed/);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^## Ratios$/m);
  expect(run.stdout).toMatch(/^\| validate ÷ parseDocument floor, single file \| \d+\.\d\d× \|/m);
  expect(run.stdout).toMatch(/^\| validate ÷ js-yaml floor, split \| \d+\.\d\d× \|/m);
  expect(run.stdout).toMatch(/^\| 2,000 \| 1 \| 0\.2 MB \| 3 files/m);
  expect(run.stdout).toMatch(/^\| 2,000 \| \d+\.\d+ MiB \| \d+\.\d\d KiB \|/m);
  expect(run.stdout).toMatch(
    /^\| people \| managerOf \| isUnder \| commonManager \| chainOfCommand \| allReports\(top\) \|/m,
  );
  expect(run.stdout).toMatch(/^## Targets of issue 6$/m);
  expect(run.stdout).toMatch(/Machine: \d+ × /);
});

it("rejects unknown options with exit 2", () => {
  const run = spawnSync(process.execPath, ["bench/run.mjs", "--sizes", "2000", "--bogus"], {
    cwd: REPO,
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/bench: .*--bogus/);
});

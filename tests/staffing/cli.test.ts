/** `orgspec stats` as a real process (dist/cli.js; `npm test` builds first, or run `npx tsup`). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ANSI, requireCli, runCli } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";

const ORG = "examples/renewal-channel/org.yaml";

function json(args: string[]) {
  const run = runCli(["stats", ORG, "--json", ...args]);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout);
}

describe("orgspec stats --json", () => {
  test("the keys of cli.md, with the example's hand-counted figures", () => {
    const out = json([]);
    expect(out).toMatchObject({
      people: 87,
      units: 26,
      planned: 52,
      filled: 49,
      vacant: 3,
      over: 1,
      unplanned: 38,
      layers: 6,
      span: { min: 1, median: 2, p90: 7, max: 9 },
      fte: 86.5,
      fillRate: 49 / 52,
      managers: 26,
    });
    expect(Object.keys(out.span).sort()).toEqual(["max", "median", "min", "p90"]);
    expect(out).not.toHaveProperty("groups"); // groups come with --by only
    expect(out.vacancies.map((v: { unit: string }) => v.unit)).toEqual(["bj-cy-wj-ind", "bj-cy-sj", "gd-training"]);
    expect(out.vacancies[1]).toMatchObject({ head: true, rollsUpTo: { id: "110101", name: "何强" } });
    expect(out.spanBands.map((b: { managers: number }) => b.managers)).toEqual([1, 17, 7, 1, 0, 0]);
  });

  test("--by gives groups of { key, planned, filled, vacant, over, people } that add up", () => {
    for (const by of ["level", "type", "role", "unit"]) {
      const out = json(["--by", by]);
      expect(out.by).toBe(by);
      for (const g of out.groups) {
        for (const k of ["key", "planned", "filled", "vacant", "over", "people"]) expect(g).toHaveProperty(k);
      }
      for (const k of ["planned", "filled", "vacant", "over", "people"]) {
        expect(
          out.groups.reduce((n: number, g: Record<string, number>) => n + (g[k] as number), 0),
          `${by} ${k}`,
        ).toBe(out[k]);
      }
    }
    const levels = json(["--by", "level"]).groups.map((g: { key: string; planned: number }) => [g.key, g.planned]);
    expect(levels).toEqual([
      ["1", 1],
      ["2", 13],
      ["3", 9],
      ["4", 29],
    ]);
  });

  test("--unit limits everything to the subtree", () => {
    const out = json(["--unit", "bj-cy", "--by", "unit"]);
    expect(out).toMatchObject({ unit: "bj-cy", people: 24, units: 6, planned: 22, filled: 20, vacant: 2, over: 0 });
    expect(out.unplanned).toBe(5);
    expect(out.layers).toBe(4); // 110101 > 110201 > 110211 > 110212
    expect(out.groups.map((g: { key: string }) => g.key)).toEqual([
      "bj-cy",
      "bj-cy-wj",
      "bj-cy-wj-ind",
      "bj-cy-wj-bank",
      "bj-cy-sj",
      "bj-cy-sj-ind",
    ]);
  });
});

describe("orgspec stats (text)", () => {
  test("headline, tables, off-plan units and span bands", () => {
    const run = runCli(["stats", ORG]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toMatch(ANSI); // not a TTY
    const out = run.stdout;
    expect(out).toMatch(/people\s+87/);
    expect(out).toMatch(/planned\s+52/);
    expect(out).toMatch(/fill rate\s+94\.2%/);
    expect(out).toMatch(/^ {2}renewal-specialist\s+续收专员\s+17\s+16\s+1\s+1\s+11\s+28\s+27\.5\s+94\.1%$/m);
    expect(out).toMatch(/^ {2}total\s+52\s+49\s+3\s+1\s+38\s+87\s+86\.5\s+94\.2%$/m);
    expect(out).toMatch(/^ {2}gd-fs-nh-bank\s+南海银续组\s+4\s+4\s+0\s+1\s+100\.0%$/m);
    expect(out).toMatch(/^ {2}2–3\s+█{20}\s+17$/m);
    expect(out).toMatch(/min 1 · median 2 · p90 7 · max 9/);
    expect(out.split("\n").every((line) => line === line.trimEnd())).toBe(true);
  });

  test("--by unit indents units under the scope's top unit", () => {
    const run = runCli(["stats", ORG, "--unit", "bj-cy", "--by", "unit"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ {2}bj-cy\s+朝阳中心支公司保费部/m);
    expect(run.stdout).toMatch(/^ {6}bj-cy-wj-ind\s+望京个续组\s+7\s+6\s+1/m);
  });
});

describe("orgspec stats: exit codes", () => {
  const dir = mkdtempSync(join(tmpdir(), "orgspec-stats-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("unknown --unit id: exit 2 with a did-you-mean", () => {
    const run = runCli(["stats", ORG, "--unit", "bj-cx"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('"bj-cy"');
  });

  test("usage trouble: exit 2", () => {
    expect(runCli(["stats"]).status).toBe(2);
    expect(runCli(["stats", ORG, "--by", "city"]).status).toBe(2);
    expect(runCli(["stats", ORG, "--nope"]).status).toBe(2);
    expect(runCli(["stats", join(dir, "missing.yaml")]).status).toBe(2);
  });

  test("an org with errors: exit 1, errors printed, before the unit id is looked at", () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(
      broken,
      "orgspec: 1\nblueprint: renewal-channel\nunits:\n  - { id: hq, type: hq-premium-dept, name: HQ }\n" +
        "people:\n  - { id: '1', name: A, unit: hq, role: no-such-role }\n",
    );
    const run = runCli(["stats", broken, "--unit", "not-a-unit"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("unknown-role");
  });

  test("--help: exit 0", () => {
    const run = runCli(["stats", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--by");
  });
});

describe("examples/scripts/vacancies-by-branch.mjs", () => {
  test("ranks the branches by vacant posts, using the built package", () => {
    requireCli(); // the script imports "orgspec", i.e. dist/index.js
    const run = spawnSync(process.execPath, ["examples/scripts/vacancies-by-branch.mjs"], {
      cwd: REPO,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    // 北京: bj-cy-wj-ind 1 specialist + bj-cy-sj's head = 2 of 29; 广东: gd-training 1 trainer of 22
    expect(lines.filter((l) => /^\d+\. /.test(l))).toEqual([
      "1. 北京分公司保费部 (bj): 2 vacant of 29 planned, 93.1% filled, 0 over plan",
      "2. 广东分公司保费部 (gd): 1 vacant of 22 planned, 95.5% filled, 1 over plan",
    ]);
    expect(run.stdout).toContain("its people roll up to 何强 110101");
  });
});

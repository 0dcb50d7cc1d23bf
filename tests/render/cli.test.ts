/** `orgspec render` as a real process: files written, streams and exit codes. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";
import { demandOrg } from "./demand-org.js";

const ORG = "examples/renewal-channel/org.yaml";

describe("orgspec render", () => {
  const dir = mkdtempSync(join(tmpdir(), "orgspec-render-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("writes one HTML file and says what it holds", () => {
    const out = join(dir, "chart.html");
    const run = runCli(["render", ORG, "-o", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^wrote .*chart\.html: 26 units, 87 people, \d+ kB\n$/);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<script type="application/json" id="orgspec-data">');
  });

  test("--format svg, a subtree, to standard output with -o -", () => {
    const run = runCli(["render", ORG, "--format", "svg", "--unit", "gd", "--depth", "1", "--lang", "en", "-o", "-"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(run.stdout).toContain("Branch premium department");
    expect(run.stdout).not.toContain('data-unit="bj"');
  });

  test("--help", () => {
    const run = runCli(["render", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: orgspec render <root-file> -o <file>/);
    expect(runCli(["--help"]).stdout).toMatch(/^ {2}render\s+draw the org chart/m);
  });

  test("unknown --unit id: exit 2 with a did-you-mean", () => {
    const run = runCli(["render", ORG, "--unit", "bj-cx", "-o", join(dir, "x.html")]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('orgspec render: --unit "bj-cx" is not a unit; did you mean "bj-cy"?\n');
  });

  test("usage trouble: exit 2, nothing written", () => {
    for (const args of [
      [ORG],
      ["-o", join(dir, "y.html")],
      [ORG, "-o", join(dir, "y.html"), "--lang", "fr"],
      [ORG, "-o", join(dir, "y.html"), "--format", "png"],
      [ORG, "-o", join(dir, "y.html"), "--depth", "two"],
      [ORG, ORG, "-o", join(dir, "y.html")],
      [ORG, "-o", join(ORG, "y.html")], // a path through a file (a missing folder is made: issue 16)
    ]) {
      const run = runCli(["render", ...args]);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/^orgspec render: /);
    }
    expect(() => readFileSync(join(dir, "y.html"))).toThrow();
  });

  test("an org with errors: exit 1, the errors printed, nothing written", () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "orgspec: 1\nblueprint: renewal-channel\nunits: []\n");
    const run = runCli(["render", broken, "-o", join(dir, "z.html")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("root-count");
    expect(() => readFileSync(join(dir, "z.html"))).toThrow();
  });

  test("an org with drivers: 需 N on every box, for the latest period or --period", () => {
    const org = join(dir, "demand.yaml");
    writeFileSync(org, demandOrg());
    const latest = runCli(["render", org, "--format", "svg", "-o", "-"]);
    expect(latest.status, latest.stderr).toBe(0);
    expect(latest.stdout).toContain('<tspan font-weight="600">7/9</tspan><tspan> 需 10</tspan>');
    expect(latest.stdout).toContain(">需 = 按定员标准测算的需求（2014）</text>");
    const early = runCli(["render", org, "--format", "svg", "--period", "2013", "--lang", "en", "-o", "-"]);
    expect(early.status, early.stderr).toBe(0);
    expect(early.stdout).toContain('<tspan font-weight="600">7/9</tspan><tspan> req 8</tspan>');
    const html = runCli(["render", org, "--period", "2013", "-o", join(dir, "demand.html")]);
    expect(html.status, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^wrote .*demand\.html: 3 units, 8 people, \d+ kB\n$/);
    expect(readFileSync(join(dir, "demand.html"), "utf8")).toContain('"demand":{"period":"2013"');
    const plan = runCli(["render", "examples/renewal-plan/org.yaml", "--format", "svg", "-o", "-"]);
    expect(plan.status, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/<tspan> 需 \d+<\/tspan>/);
  });

  test("a --period no unit gives: exit 2 listing the periods, as orgspec plan does; nothing written", () => {
    const org = join(dir, "demand.yaml");
    writeFileSync(org, demandOrg());
    const run = runCli(["render", org, "--period", "2099", "-o", join(dir, "p.html")]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'orgspec render: --period "2099": no unit gives driver amounts for it; periods: 2013, 2014\n',
    );
    const plan = runCli(["plan", org, "--period", "2099"]);
    expect(plan.status).toBe(2);
    expect(plan.stderr).toBe(run.stderr.replace("orgspec render", "orgspec plan"));
    const none = runCli(["render", ORG, "--period", "2013", "-o", join(dir, "p.html")]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('orgspec render: --period "2013": no unit gives driver amounts by period\n');
    expect(() => readFileSync(join(dir, "p.html"))).toThrow();
  });

  test("an org without drivers: the chart has no demand", () => {
    const org = join(dir, "plain.yaml");
    writeFileSync(org, demandOrg({ drivers: false }));
    const run = runCli(["render", org, "--format", "svg", "--depth", "1", "-o", "-"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(readFileSync("tests/render/fixtures/no-drivers.svg", "utf8"));
  });
});

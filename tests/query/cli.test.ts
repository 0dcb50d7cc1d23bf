/** `orgspec query` as a real process: exit codes, streams, JSON shapes (runs the built dist/cli.js). */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));

const ORG = "examples/renewal-channel/org.yaml";

function run(args: string[], input?: string) {
  const result = runCli(args, { input, env: { NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const query = (...args: string[]) => run(["query", ORG, ...args]);
const json = (...args: string[]) => {
  const r = query(...args, "--json");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).result;
};
const PERSON_KEYS = ["id", "name", "unit", "role"];

describe("orgspec query --json", { timeout: 120_000 }, () => {
  it("manager and common-manager print a person or null", () => {
    expect(json("manager", "110212")).toEqual({ id: "110211", name: "韩梅", unit: "bj-cy-wj-ind", role: "team-lead" });
    expect(Object.keys(json("manager", "110225"))).toEqual(PERSON_KEYS);
    expect(json("manager", "100001")).toBeNull();
    expect(json("common-manager", "110212", "110211").id).toBe("110201");
    expect(json("common-manager", "110225", "110222").id).toBe("110101");
    expect(json("common-manager", "100001", "110212")).toBeNull();
  });

  it("chain, reports and path print lists of people", () => {
    const chain = json("chain", "110312");
    expect(chain.map((p: { id: string }) => p.id)).toEqual(["110311", "110101", "110001", "100001"]);
    for (const p of chain) expect(Object.keys(p)).toEqual(PERSON_KEYS);
    expect(json("reports", "110101")).toHaveLength(9);
    expect(json("reports", "110101", "--all")).toHaveLength(23);
    expect(json("reports", "0071").map((p: { id: string }) => p.id)).toEqual(["110225"]);
    expect(json("reports", "110105", "--lines", "dotted").map((p: { id: string }) => p.id)).toEqual([
      "110211",
      "110311",
    ]);
    expect(json("reports", "110105", "--all", "--lines", "all")).toHaveLength(10);
    expect(json("path", "110225", "110222").map((p: { id: string }) => p.id)).toEqual([
      "110225",
      "0071",
      "110101",
      "110201",
      "110221",
      "110222",
    ]);
    expect(json("chain", "100001")).toEqual([]);
  });

  it("is-under prints a boolean; --lines picks the lines", () => {
    expect(json("is-under", "110225", "110101")).toBe(true);
    expect(json("is-under", "110225", "110221")).toBe(false);
    expect(json("is-under", "110212", "110105", "--lines", "all")).toBe(true);
    expect(json("is-under", "110212", "110105", "--lines", "dotted")).toBe(false);
    expect(json("is-under", "110211", "110105", "--lines", "dotted")).toBe(true);
  });

  it("dotted adds the source of each line", () => {
    expect(json("dotted", "110107")).toEqual([
      { id: "110201", name: "谢文", unit: "bj-cy-wj", role: "department-head", source: "also" },
      { id: "110031", name: "徐娟", unit: "bj-backoffice", role: "office-head", source: "blueprint" },
    ]);
    expect(json("dotted", "110212")).toEqual([]);
  });

  it("unit prints path, head, members and staffing", () => {
    const unit = json("unit", "bj-cy-sj");
    expect(Object.keys(unit)).toEqual(["id", "name", "type", "path", "head", "members", "staffing", "unplanned"]);
    expect(unit.unplanned).toEqual([{ role: "renewal-specialist", posts: 1 }]);
    expect(unit.path).toEqual(["hq", "bj", "bj-cy", "bj-cy-sj"]);
    expect(unit.head).toBeNull();
    expect(unit.members.map((p: { id: string }) => p.id)).toEqual(["110301"]);
    expect(unit.staffing[0]).toEqual({ role: "department-head", planned: 1, filled: 0, vacant: 1, over: 0 });
    expect(json("unit", "gd-fs-nh-bank").staffing).toContainEqual({
      role: "renewal-specialist",
      planned: 3,
      filled: 3,
      vacant: 0,
      over: 1,
    });
  });
});

describe("orgspec query, human output", { timeout: 120_000 }, () => {
  it("prints people as aligned rows, CJK names included", () => {
    const r = query("chain", "110312");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^110311 {2}沈杰 {4}bj-cy-sj-ind {2}双井个续组 {12}team-lead$/);
    expect(lines[3]).toMatch(/^100001 {2}王建国 {2}hq/);
    // the unit column starts at the same display column on every line (a CJK character is 2 cells)
    const width = (s: string) => [...s].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);
    const starts = lines.map((l) => width(l.slice(0, l.search(/ (bj|hq)/) + 1)));
    expect(new Set(starts).size).toBe(1);
  });

  it("answers every question", () => {
    expect(query("manager", "100001").stdout).toMatch(/^none/);
    expect(query("is-under", "110225", "110101").stdout).toBe("true\n");
    expect(query("dotted", "110041").stdout).toContain("[dottedLines]");
    expect(query("path", "110225", "110222").stdout.split("\n")).toHaveLength(7);
    expect(query("unit", "bj-cy-wj").stdout).toContain("staffing");
    expect(query("reports", "110101", "--all").stdout.trimEnd().split("\n")).toHaveLength(23);
  });

  it("--help prints usage and exits 0", () => {
    const r = run(["query", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("common-manager");
    expect(run(["help", "query"]).stdout).toContain("Usage: orgspec query");
  });
});

describe("orgspec query exit codes", { timeout: 120_000 }, () => {
  it("an unknown id exits 2 with a did-you-mean hint on stderr", () => {
    const r = query("manager", "11021");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no person with id "11021"; did you mean "110021"/);
    const unit = query("unit", "bj-cy-s", "--json");
    expect(unit.code).toBe(2);
    expect(unit.stderr).toMatch(/did you mean "bj-cy-sj"/);
    expect(query("path", "110212", "44O212").stderr).toMatch(/did you mean "440212"/);
  });

  it("missing or extra arguments, unknown questions and misplaced flags exit 2 with usage", () => {
    for (const args of [
      ["query"],
      ["query", ORG],
      ["query", ORG, "manager"],
      ["query", ORG, "path", "110212"],
      ["query", ORG, "manager", "110212", "110211"],
      ["query", ORG, "manger", "110212"],
      ["query", ORG, "manager", "110212", "--all"],
      ["query", ORG, "manager", "110212", "--lines", "dotted"],
      ["query", ORG, "chain", "110212", "--lines", "sideways"],
      ["query", ORG, "reports", "110212", "--lines", "sideways"],
      ["query", ORG, "reports", "110212", "--bogus"],
    ]) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr, args.join(" ")).toMatch(/^orgspec query: /);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    }
    expect(run(["query", ORG, "manger", "1"]).stderr).toContain('did you mean "manager"?');
  });

  it("an org with errors exits 1 with its errors, before looking at ids", () => {
    const r = run(["query", "examples/broken/reporting-cycle.yaml", "manager", "no-such-person"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("reporting-cycle");
  });

  it("a missing file exits 2", () => {
    const r = run(["query", "no/such/org.yaml", "manager", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no such file");
  });

  it("reads standard input for -", () => {
    const text = [
      "orgspec: 1",
      "blueprint: renewal-channel",
      "units: [{ id: hq, type: hq-premium-dept, name: 总公司保费部 }]",
      "people:",
      "  - { id: a1, name: 甲, unit: hq, role: department-head }",
      "  - { id: a2, name: 乙, unit: hq, role: deputy-head }",
    ].join("\n");
    const r = run(["query", "-", "manager", "a2", "--json"], text);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ result: { id: "a1", name: "甲", unit: "hq", role: "department-head" } });
  });
});

describe("examples/scripts (import the package by its name)", { timeout: 60_000 }, () => {
  const script = (name: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [`examples/scripts/${name}.mjs`, ...args], { cwd: repo, encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it("chain-of-command", () => {
    const r = script("chain-of-command");
    expect(r.code).toBe(0);
    expect(r.stdout.match(/reports to (\S+)/g)).toEqual([
      "reports to 110311",
      "reports to 110101",
      "reports to 110001",
      "reports to 100001",
    ]);
    expect(script("chain-of-command", ORG, "11O312").code).toBe(2);
  });

  it("branch-by-role", () => {
    const r = script("branch-by-role", ORG, "bj-cy");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("24 people");
    expect(r.stdout).toContain("续收专员 (renewal-specialist): 13");
  });

  it("escalation-path", () => {
    const r = script("escalation-path");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("lowest common manager: 110101");
    expect(r.stdout.match(/^ {2}(start|up to|down to) +(\S+)/gm)?.map((l) => l.trim().split(/ +/).pop())).toEqual([
      "110225",
      "0071",
      "110101",
      "110201",
      "110221",
      "110222",
    ]);
  });
});

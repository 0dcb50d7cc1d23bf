/**
 * `orgspec query chain <person> --lines all|dotted` as a real process (cli.md, "query"): the
 * upward chain along solid and dotted lines as a DAG, each manager once, breadth-first, with
 * the kind of line that reaches them and from whom; text and --json. Worked out by hand from
 * examples/renewal-channel and from a small org with a dotted cycle.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/report/width.js";
import { requireCli, runCli } from "../helpers/cli.js";
import { removeTempTrees, tempTree } from "../helpers/org.js";

beforeAll(requireCli);
afterAll(removeTempTrees);

const ORG = "examples/renewal-channel/org.yaml";

interface Link {
  id: string;
  name: string;
  unit: string;
  role: string;
  line: "solid" | "dotted" | "both";
  depth: number;
  from: { id: string; line: "solid" | "dotted" }[];
}

function chain(root: string, person: string, lines: string, cwd?: string): Link[] {
  const r = runCli(["query", root, "chain", person, "--lines", lines, "--json"], cwd ? { cwd } : {});
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).result;
}

/** `id line depth ← from…` per link, for comparing with the hand-worked chains. */
const brief = (links: Link[]) =>
  links.map((l) => `${l.id} ${l.line} ${l.depth} ← ${l.from.map((f) => `${f.id} ${f.line}`).join(", ")}`);

/**
 * 1 heads hq; 3 heads team t1 (solid to 1); 2 is hq staff (solid to 1) with a dotted line to
 * 3, and 3 one back to 2 (a dotted cycle); 4 is t1 staff (solid to 3) with dotted lines to 2
 * and to 1.
 */
const CYCLE = `orgspec: 1
blueprint:
  orgspec-blueprint: 1
  id: mini
  roles: { head: { title: Head }, staff: { title: Staff } }
  unitTypes:
    top: { title: Top, level: 1, headRole: head, roles: [head, staff] }
    team: { title: Team, level: 2, parents: [top], headRole: head, roles: [head, staff] }
units:
  - { id: hq, type: top, name: HQ }
  - { id: t1, type: team, name: T1, parent: hq }
people:
  - { id: "1", name: A, unit: hq, role: head }
  - { id: "2", name: B, unit: hq, role: staff, dottedLines: ["3"] }
  - { id: "3", name: C, unit: t1, role: head, dottedLines: ["2"] }
  - { id: "4", name: D, unit: t1, role: staff, dottedLines: ["2", "1"] }
`;

describe("orgspec query chain --lines all", { timeout: 120_000 }, () => {
  it("曾敏 110312: every manager once, breadth-first, with the kind of line and from whom", () => {
    // By hand: 110312 → 沈杰 110311 (solid). 110311 → 何强 110101 (solid; 双井's head is
    // vacant) and, from the blueprint, the two 个续督训 of 朝阳 梁宇 110105 and 宋佳 110106
    // (dotted). Next: 110101 → 张伟 110001; 110105 and 110106 → 110101 (solid, seen) and 黄丽
    // 110021, head of 个续督导室 (dotted). Then 110001 → 王建国 100001; 110021 → 110001 (seen).
    expect(brief(chain(ORG, "110312", "all"))).toEqual([
      "110311 solid 1 ← 110312 solid",
      "110101 solid 2 ← 110311 solid, 110105 solid, 110106 solid",
      "110105 dotted 2 ← 110311 dotted",
      "110106 dotted 2 ← 110311 dotted",
      "110001 solid 3 ← 110101 solid, 110021 solid",
      "110021 dotted 3 ← 110105 dotted, 110106 dotted",
      "100001 solid 4 ← 110001 solid",
    ]);
    const first = chain(ORG, "110312", "all")[0] as Link;
    expect(Object.keys(first)).toEqual(["id", "name", "unit", "role", "line", "depth", "from"]);
    expect(first).toMatchObject({ id: "110311", name: "沈杰", unit: "bj-cy-sj-ind", role: "team-lead" });
  });

  it("text: one aligned row per manager, [kind] and ← from", () => {
    const r = runCli(["query", ORG, "chain", "曾敏", "--lines", "all"], { env: { NO_COLOR: "1" } });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^110311 {2}沈杰 {4}bj-cy-sj-ind {2}双井个续组 +team-lead +\[solid\] {3}← 110312 solid$/);
    expect(lines[2]).toMatch(/^110105 {2}梁宇 .* individual-supervisor-trainer {2}\[dotted\] {2}← 110311 dotted$/);
    expect(lines[5]).toMatch(/^110021 {2}黄丽 .*\[dotted\] {2}← 110105 dotted, 110106 dotted$/);
    // The kind column starts at the same display column on every row (CJK names are two cells wide).
    const starts = lines.map((l) => displayWidth(l.slice(0, l.indexOf("["))));
    expect(new Set(starts).size).toBe(1);
  });

  it("a manager reached by both kinds, and a dotted cycle cut so the chain stays a DAG", () => {
    const dir = tempTree({ "org.yaml": CYCLE });
    // 4's lines: solid to 3, dotted to 2 and 1 — all three at depth 1, solid first. Then 3 → 1
    // (solid) and 3 → 2 (dotted); 2 → 1 (solid) and 2 → 3 (dotted), which closes the cycle
    // 3 → 2 → 3 and is left out. 1 is reached dotted from 4 and solid from 3 and 2: both.
    expect(brief(chain("org.yaml", "4", "all", dir))).toEqual([
      "3 solid 1 ← 4 solid",
      "2 dotted 1 ← 4 dotted, 3 dotted",
      "1 both 1 ← 4 dotted, 3 solid, 2 solid",
    ]);
    // Dotted lines only: 4 → 2 and 1; 2 → 3; 3 → 2 closes the cycle.
    expect(brief(chain("org.yaml", "4", "dotted", dir))).toEqual([
      "2 dotted 1 ← 4 dotted",
      "1 dotted 1 ← 4 dotted",
      "3 dotted 2 ← 2 dotted",
    ]);
    // A line back to the person asked about is never in their chain: 3's dotted line to 2,
    // and 2's back to 3.
    expect(brief(chain("org.yaml", "3", "all", dir))).toEqual([
      "1 solid 1 ← 3 solid, 2 solid",
      "2 dotted 1 ← 3 dotted",
    ]);
  });

  it("--lines dotted on someone with no dotted line, and on a top: none", () => {
    const r = runCli(["query", ORG, "chain", "110312", "--lines", "dotted"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("none: 110312 曾敏 has no dotted-line manager\n");
    expect(runCli(["query", ORG, "chain", "100001", "--lines", "all"]).stdout).toBe(
      "none: 100001 王建国 is a top of the org with no dotted-line manager\n",
    );
    expect(JSON.parse(runCli(["query", ORG, "chain", "100001", "--lines", "all", "--json"]).stdout)).toEqual({
      result: [],
    });
  });

  it("--lines solid is the chain as without it; a bad --lines exits 2", () => {
    const plain = runCli(["query", ORG, "chain", "110312", "--json"]).stdout;
    expect(runCli(["query", ORG, "chain", "110312", "--lines", "solid", "--json"]).stdout).toBe(plain);
    expect(JSON.parse(plain).result.map((p: { id: string }) => p.id)).toEqual(["110311", "110101", "110001", "100001"]);
    const bad = runCli(["query", ORG, "chain", "110312", "--lines", "up"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^orgspec query: --lines must be one of solid, dotted, all; got "up"/);
  });
});

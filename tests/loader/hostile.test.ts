/**
 * Hostile and broken input (issue 2, item 6): every case below must come back as diagnostics
 * with positions — never a throw, a crash or a hang — through the public `loadOrg`/`parseOrg`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Diagnostic, type LoadResult, loadOrg, parseOrg } from "orgspec";
import { afterAll, describe, expect, it } from "vitest";
import { requireBuilt } from "../helpers/cli.js";
import {
  codes,
  loc,
  only,
  parse,
  pos,
  RC,
  REPO,
  removeTempTrees,
  summary,
  tempTree,
  withCode,
} from "../helpers/org.js";
import { skeleton } from "../helpers/skeleton.js";

afterAll(removeTempTrees);

const encode = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...encode(p)] : p)));

/** Writes `content` as org.yaml in a fresh folder and loads it. */
async function loadFile(content: string | Uint8Array): Promise<{ result: LoadResult; file: string }> {
  const dir = tempTree({ "org.yaml": content });
  const file = join(dir, "org.yaml");
  return { result: await loadOrg(file), file };
}

/** A deterministic stream of bytes (xorshift32), with NULs and bytes that are not UTF-8. */
function garbage(n: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  out[7] = 0;
  out[8] = 0xff;
  return out;
}

function expectRefused(result: LoadResult, code: string) {
  expect(result.ok).toBe(false);
  expect(result.diagnostics.length, summary(result.diagnostics)).toBeGreaterThan(0);
  expect(result.diagnostics.every((d) => d.severity === "error" && d.code === code)).toBe(true);
}

describe("empty and non-org input", () => {
  it.each([
    ["an empty file", ""],
    ["only comments", "# an org, some day\n# not yet\n"],
    ["only blank lines", "\n\n   \n"],
  ])("%s is a schema error at 1:1, no org", (_name, text) => {
    const r = parse(text);
    const d = only(r, "schema");
    expect(d).toMatchObject({ severity: "error", file: "t.yaml", line: 1, column: 1, path: [] });
    expect(d.message).toMatch(/empty/);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.org).toBeUndefined();
    expect(r.ok).toBe(false);
  });

  it("an empty file on disk is the same", async () => {
    const { result, file } = await loadFile("");
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([["schema", file, 1, 1]]);
  });

  it("a top-level list instead of a mapping is a schema error at the top", () => {
    const r = parse("- orgspec: 1\n- blueprint: renewal-channel\n");
    const d = only(r, "schema");
    expect(d).toMatchObject({ line: 1, column: 1, path: [] });
    expect(d.message).toMatch(/mapping/);
    expect(r.org).toBeUndefined();
  });

  it("a top-level scalar is a schema error at the top", () => {
    const d = only(parse("hello\n"), "schema");
    expect(d).toMatchObject({ line: 1, column: 1, path: [] });
  });

  it("orgspec: 2 is a schema error at the version value", () => {
    const text = "orgspec: 2\nblueprint: renewal-channel\nunits: []\n";
    const d = only(parse(text), "schema");
    expect(d).toMatchObject({ line: 1, column: 10, path: ["orgspec"] });
    expect(d.message).toContain("orgspec");
  });

  it("units as a mapping and people as null are schema errors at those fields", () => {
    const text = `${RC}units: {}\npeople: null\n`;
    const found = withCode(parse(text), "schema");
    expect(found.map((d) => [d.path, d.line, d.column])).toEqual([
      [["units"], 3, 8],
      [["people"], 4, 9],
    ]);
  });
});

describe("wrong types", () => {
  const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: [1, 2] }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq }
people:
  - { id: "1", name: A, unit: bj, role: department-head, fte: 2 }
  - { id: "2", name: B, unit: bj, role: deputy-head, fte: 0 }
  - { id: "3", name: C, unit: bj, role: deputy-head, fte: 0.5 }
`;
  const r = parse(text);

  it("each bad field is one schema error at its value", () => {
    expect(withCode(r, "schema").map((d) => ({ path: d.path, ...pos(d) }))).toEqual([
      { path: ["units", 0, "name"], ...loc(text, "[1, 2]") },
      { path: ["people", 0, "fte"], ...loc(text, "2 }") },
      { path: ["people", 1, "fte"], ...loc(text, "0 }") },
    ]);
  });

  it("one bad item does not hide the rest of the file", () => {
    expect(r.org?.hasPerson("3")).toBe(true);
    expect(r.org?.person("3").fte).toBe(0.5);
    expect(r.org?.hasUnit("bj")).toBe(true);
  });
});

describe("binary garbage", () => {
  it("random bytes with NULs and invalid UTF-8: one yaml-syntax error, no org", async () => {
    const { result, file } = await loadFile(garbage(4096));
    expectRefused(result, "yaml-syntax");
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.file).toBe(file);
    expect(result.org).toBeUndefined();
  });

  it("a NUL byte is pinned where it is", async () => {
    const { result } = await loadFile(bytes("orgspec: 1\nblueprint: ", [0, 1, 2], "\n"));
    const d = only(result, "yaml-syntax");
    expect(pos(d)).toEqual({ line: 2, column: 12 });
  });

  it("invalid UTF-8 is pinned at the first bad byte", async () => {
    const { result } = await loadFile(bytes("orgspec: 1\nblueprint: ", [0xff, 0xfe], " renewal\n"));
    const d = only(result, "yaml-syntax");
    expect(pos(d)).toEqual({ line: 2, column: 12 });
    expect(d.message).toMatch(/UTF-8/);
  });

  it("a NUL in text given to parseOrg is refused too", () => {
    const d = only(parse("orgspec: 1\n\u0000garbage"), "yaml-syntax");
    expect(pos(d)).toEqual({ line: 2, column: 1 });
  });
});

describe("byte-order mark and line ends", () => {
  const typo = `${RC}units:\n  - id: hq\n    type: hq-premum-dept\n    name: 总公司保费部\n`;

  it("a BOM does not shift columns on line 1 (text)", () => {
    const d = only(parse("\ufefforgspec: 2\nblueprint: renewal-channel\n"), "schema");
    expect(pos(d)).toEqual({ line: 1, column: 10 });
  });

  it("a BOM does not shift columns on line 1 (file bytes)", async () => {
    const { result } = await loadFile(bytes([0xef, 0xbb, 0xbf], "orgspec: 2\nblueprint: renewal-channel\n"));
    expect(pos(only(result, "schema"))).toEqual({ line: 1, column: 10 });
  });

  it("a BOM leaves later positions alone", async () => {
    const { result } = await loadFile(bytes([0xef, 0xbb, 0xbf], typo));
    expect(pos(only(result, "unknown-unit-type"))).toEqual({ line: 5, column: 11 });
  });

  it("CRLF line ends give the same positions as LF", async () => {
    const lf = parse(typo);
    const crlf = parse(typo.replace(/\n/g, "\r\n"));
    const a = only(lf, "unknown-unit-type");
    const b = only(crlf, "unknown-unit-type");
    expect([b.line, b.column, b.endLine, b.endColumn]).toEqual([5, 11, 5, 11 + "hq-premum-dept".length]);
    expect([b.line, b.column, b.endLine, b.endColumn]).toEqual([a.line, a.column, a.endLine, a.endColumn]);
    const { result } = await loadFile(typo.replace(/\n/g, "\r\n"));
    expect(pos(only(result, "unknown-unit-type"))).toEqual({ line: 5, column: 11 });
  });

  it("CRLF with flow mappings and a BOM: positions still right", () => {
    const text = `\ufeff${skeleton({ people: '  - { id: "1", name: A, unit: team, role: renewal-specialst }\n' })}`;
    const d = only(parse(text.replace(/\n/g, "\r\n")), "unknown-role");
    expect(pos(d)).toEqual(loc(text.slice(1), "renewal-specialst"));
  });
});

describe("YAML that does not parse", () => {
  it("duplicate keys are an error at the repeated key", () => {
    const text = "orgspec: 1\nblueprint: renewal-channel\norgspec: 1\nunits: []\n";
    const d = only(parse(text), "yaml-syntax");
    expect(pos(d)).toEqual({ line: 3, column: 1 });
  });

  it("duplicate keys inside a person are found too", () => {
    const text = skeleton({
      people: '  - id: "1"\n    name: A\n    name: B\n    unit: team\n    role: renewal-specialist\n',
    });
    const d = only(parse(text), "yaml-syntax");
    expect(pos(d)).toEqual(loc(text, "name: B"));
  });

  it("several syntax errors are all reported, each with its position", () => {
    const text = `${RC}units: [a, b\npeople: { x: 1 ]\nextra: "open\n`;
    const found = withCode(parse(text), "yaml-syntax");
    expect(found.map(pos)).toEqual([
      { line: 4, column: 1 },
      { line: 4, column: 16 },
      { line: 6, column: 1 },
    ]);
    expect(found.every((d) => d.file === "t.yaml" && d.message.length > 0)).toBe(true);
  });

  it("the diagnostics of a broken file are distinct (no repeats of one error)", () => {
    const found = parse(`${RC}units: [a, b\npeople: { x: 1 ]\n`).diagnostics;
    const keys = found.map((d) => `${d.line}:${d.column}:${d.message}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("alias bombs", () => {
  const LAUGHS = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

  it("billion laughs at the top level: refused fast with a yaml-syntax error", () => {
    const start = performance.now();
    const r = parse(LAUGHS);
    expect(performance.now() - start).toBeLessThan(2000);
    expectRefused(r, "yaml-syntax");
    expect(r.org).toBeUndefined();
    const d = r.diagnostics[0] as Diagnostic;
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(9);
  });

  it("billion laughs inside an org's meta: refused fast", async () => {
    const text = `${RC}org:\n  id: x\n  meta:\n${LAUGHS.split("\n")
      .filter(Boolean)
      .map((l) => `    ${l}`)
      .join("\n")}\n`;
    const start = performance.now();
    const { result } = await loadFile(text);
    expect(performance.now() - start).toBeLessThan(2000);
    expectRefused(result, "yaml-syntax");
  });

  it("a modest alias is fine", () => {
    const text = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, meta: &m { city: 北京 } }
  - { id: bj, type: branch-premium-dept, name: 北京, parent: hq, meta: *m }
people:
  - { id: "1", name: A, unit: hq, role: department-head }
  - { id: "2", name: B, unit: bj, role: department-head }
`;
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(r.org?.unit("bj").meta).toEqual({ city: "北京" });
  });
});

describe("deep nesting", () => {
  it("100k nested flow sequences: a yaml-syntax diagnostic, no crash", () => {
    const start = performance.now();
    const r = parse("[".repeat(100_000));
    expect(performance.now() - start).toBeLessThan(10_000);
    expectRefused(r, "yaml-syntax");
    expect(r.org).toBeUndefined();
    // format.md: one diagnostic per syntax error — not hundreds of copies of one.
    const keys = r.diagnostics.map((d) => `${d.line}:${d.column}:${d.message}`);
    expect(new Set(keys).size, `${keys.length} diagnostics, ${new Set(keys).size} distinct`).toBe(keys.length);
  });

  it("deeply nested but balanced: refused with a diagnostic", () => {
    const r = parse(`${RC}org:\n  meta: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
    expectRefused(r, "yaml-syntax");
  });

  it("the built package survives two deeply nested files in one process", () => {
    const index = join(REPO, "dist", "index.js");
    requireBuilt(index);
    const script = `
      import { parseOrg } from ${JSON.stringify(index)};
      for (const n of [1000, 1000, 100000]) {
        const r = parseOrg("[".repeat(n), { filename: "t.yaml" });
        process.stdout.write(r.diagnostics[0].code + "\\n");
      }`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 60_000,
    });
    const fatal = /FATAL ERROR[^\n]*/.exec(child.stderr)?.[0];
    expect({ status: child.status, signal: child.signal, fatal }).toEqual({
      status: 0,
      signal: null,
      fatal: undefined,
    });
    expect(child.stdout).toBe("yaml-syntax\nyaml-syntax\nyaml-syntax\n");
  });
});

describe("ids that are names of Object.prototype", () => {
  const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;
  const text = `${RC}rules: { parent-type: off }
units:
  - { id: __proto__, type: hq-premium-dept, name: 甲 }
  - { id: constructor, type: branch-premium-dept, name: 乙, parent: __proto__ }
  - { id: toString, type: central-premium-dept, name: 丙, parent: constructor }
  - { id: hasOwnProperty, type: sub-branch-premium-dept, name: 丁, parent: toString, head: valueOf }
people:
  - { id: __proto__, name: P, unit: __proto__, role: department-head }
  - { id: constructor, name: Q, unit: constructor, role: department-head }
  - { id: toString, name: R, unit: toString, role: department-head, dottedLines: [__proto__] }
  - { id: valueOf, name: S, unit: hasOwnProperty, role: department-head }
  - { id: hasOwnProperty, name: T, unit: hasOwnProperty, role: renewal-specialist, reportsTo: constructor }
`;
  const r = parse(text);

  it("load with no diagnostic", () => {
    expect(r.diagnostics, summary(r.diagnostics)).toEqual([]);
    expect(r.org?.counts).toEqual({ units: 4, people: 5 });
  });

  it("are ordinary unit ids", () => {
    const org = r.org!;
    expect([...org.units()].map((u) => u.id)).toEqual([...NAMES]);
    expect(org.unit("__proto__")).toMatchObject({ parent: null, children: ["constructor"], head: "__proto__" });
    expect(org.unit("constructor")).toMatchObject({ parent: "__proto__", head: "constructor" });
    expect(org.unit("hasOwnProperty")).toMatchObject({ parent: "toString", head: "valueOf" });
    expect(org.root).toBe("__proto__");
  });

  it("are ordinary person ids", () => {
    const org = r.org!;
    expect(org.person("__proto__").manager).toBeNull();
    expect(org.person("constructor").manager?.id).toBe("__proto__");
    expect(org.person("toString").manager?.id).toBe("constructor");
    expect(org.person("toString").dotted.map((d) => [d.manager.id, d.source])).toEqual([["__proto__", "dottedLines"]]);
    expect(org.person("valueOf").manager?.id).toBe("toString");
    expect(org.person("hasOwnProperty").manager?.id).toBe("constructor");
  });

  it("that do not exist are unknown references, not inherited properties", () => {
    const t = `${RC}units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: a, name: A, unit: toString, role: department-head, reportsTo: constructor, dottedLines: [__proto__] }
`;
    const found = withCode(parse(t), "unknown-reference");
    expect(found.map((d) => d.path)).toEqual([
      ["people", 0, "unit"],
      ["people", 0, "reportsTo"],
      ["people", 0, "dottedLines", 0],
    ]);
    const org = parse(t).org!;
    expect(org.hasPerson("constructor")).toBe(false);
    expect(org.hasUnit("toString")).toBe(false);
    expect(() => org.person("__proto__")).toThrow();
  });

  it("are ordinary keys in meta and plan", () => {
    const t = `${RC}rules: { vacancy: off }
units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部, meta: { __proto__: x, constructor: y }, plan: { deputy-head: 1 } }
people:
  - { id: "1", name: A, unit: hq, role: department-head, meta: { toString: z } }
`;
    const res = parse(t);
    expect(res.diagnostics).toEqual([]);
    expect({ ...res.org?.unit("hq").meta }).toEqual({ __proto__: "x", constructor: "y" });
    expect(res.org?.person("1").meta.toString).toBe("z");
  });
});

describe("ids written as bare numbers keep their source text", () => {
  const text = `${RC}units:
  - { id: 001, type: hq-premium-dept, name: 2024 }
  - { id: 010, type: branch-premium-dept, name: 北京, parent: 001 }
people:
  - { id: 007, name: 特工, unit: 001, role: department-head }
  - { id: 0070, name: B, unit: 010, role: department-head, reportsTo: 007 }
  - { id: 0x1F, name: C, unit: 001, role: deputy-head, dottedLines: [0070] }
  - { id: 12.50, name: D, unit: 010, role: deputy-head, reportsTo: 0070 }
  - { id: 1e3, name: true, unit: 010, role: deputy-head, also: [{ unit: 001, role: deputy-head }] }
`;
  const r = parse(text);

  it("load with no diagnostic", () => {
    expect(r.diagnostics, summary(r.diagnostics)).toEqual([]);
  });

  it("id: 007 is the id '007', and reportsTo: 007 points at it", () => {
    const org = r.org!;
    expect([...org.people()].map((p) => p.id)).toEqual(["007", "0070", "0x1F", "12.50", "1e3"]);
    expect(org.person("0070").manager?.id).toBe("007");
    expect(org.person("0070").reportsTo).toBe("007");
    expect(org.person("12.50").manager?.id).toBe("0070");
    expect(org.person("0x1F").dotted.map((d) => d.manager.id)).toEqual(["0070"]);
    expect(org.person("1e3").dotted.map((d) => [d.manager.id, d.source])).toEqual([["007", "also"]]);
    expect(org.hasPerson("7")).toBe(false);
  });

  it("unit ids and references too; names written as numbers are text", () => {
    const org = r.org!;
    expect(org.unit("001")).toMatchObject({ name: "2024", children: ["010"] });
    expect(org.unit("010").parent).toBe("001");
    expect(org.person("007").unit).toBe("001");
    expect(org.person("1e3").name).toBe("true");
    expect(org.person("1e3").posts.map((p) => p.unit)).toEqual(["010", "001"]);
  });

  it("the same holds in block style", () => {
    const block = `${RC}units:
  - id: 001
    type: hq-premium-dept
    name: 总公司保费部
people:
  - id: 007
    name: 特工
    unit: 001
    role: department-head
  - id: 0070
    name: B
    unit: 001
    role: deputy-head
    reportsTo: 007
`;
    const res = parse(block);
    expect(res.diagnostics).toEqual([]);
    expect(res.org?.person("0070").manager?.id).toBe("007");
  });
});

describe("includes", () => {
  const ROOT_PEOPLE = `units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "1", name: A, unit: hq, role: department-head }
`;
  const root = (include: string) => `${RC}include: ${include}\n${ROOT_PEOPLE}`;
  const A = 'people:\n  - { id: "2", name: B, unit: hq, role: deputy-head }\n';

  async function load(files: Record<string, string | Uint8Array | { link: string }>, rootPath = "org/org.yaml") {
    const dir = tempTree(files);
    const file = join(dir, rootPath);
    const result = await loadOrg(file);
    return { dir, file, result, text: readFileSync(file, "utf8") };
  }

  it("a good include is followed, its file listed", async () => {
    const { dir, file, result } = await load({ "org/org.yaml": root("[sub/*.yaml]"), "org/sub/a.yaml": A });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toEqual([file, join(dir, "org/sub/a.yaml")]);
    expect(result.org?.person("2").manager?.id).toBe("1");
  });

  it.each([
    ["a missing file", "[sub/missing.yaml]", "sub/missing.yaml"],
    ["a glob matching nothing", "[sub/*.none]", "sub/*.none"],
    ["a path escaping the root folder", "[../outside/x.yaml]", "../outside/x.yaml"],
    ["an absolute path", "[/etc/hostname]", "/etc/hostname"],
    ["a glob escaping the root folder", "['../outside/*.yaml']", "'../outside/*.yaml'"],
    ["a folder", "[sub]", "sub]"],
    ["a file that is not YAML", "[sub/notes.txt]", "sub/notes.txt"],
  ])("%s is an include error at the entry", async (_name, include, needle) => {
    const { file, result, text } = await load({
      "org/org.yaml": root(include),
      "org/sub/a.yaml": A,
      "org/sub/notes.txt": "just some notes, not an org\n",
      "outside/x.yaml": A,
    });
    const d = only(result, "include");
    expect(d).toMatchObject({ severity: "error", file, ...loc(text, needle), path: ["include", 0] });
    expect(codes(result)).toEqual(["include"]);
    expect(result.org?.hasPerson("2")).toBe(false);
  });

  it("includes are relative to the including file and may go up inside the root folder", async () => {
    const a = "include: [../b.yaml, ../../outside/x.yaml]\npeople: []\n";
    const { dir, file, result } = await load({
      "org/org.yaml": root("[sub/a.yaml]"),
      "org/sub/a.yaml": a,
      "org/b.yaml": A,
      "outside/x.yaml": 'people:\n  - { id: "9", name: Z, unit: hq, role: deputy-head }\n',
    });
    expect(result.files).toEqual([file, join(dir, "org/sub/a.yaml"), join(dir, "org/b.yaml")]);
    expect(result.org?.person("2").manager?.id).toBe("1");
    expect(result.org?.hasPerson("9")).toBe(false);
    expect(only(result, "include")).toMatchObject({
      file: join(dir, "org/sub/a.yaml"),
      ...loc(a, "../../outside"),
      path: ["include", 1],
    });
  });

  it("a file included twice: the repeat is an error, the file read once", async () => {
    const { dir, file, result, text } = await load({
      "org/org.yaml": root("[sub/a.yaml, sub/*.yaml]"),
      "org/sub/a.yaml": A,
    });
    const d = only(result, "include");
    expect(d).toMatchObject({ file, ...loc(text, "sub/*.yaml"), path: ["include", 1] });
    expect(d.related?.[0]?.file).toBe(join(dir, "org/sub/a.yaml"));
    expect(withCode(result, "duplicate-id")).toEqual([]);
    expect(result.files).toEqual([file, join(dir, "org/sub/a.yaml")]);
  });

  it("an include cycle a → b → a is an error in b, at its include entry", async () => {
    const b = 'include: [a.yaml]\npeople:\n  - { id: "3", name: C, unit: hq, role: deputy-head }\n';
    const { dir, result } = await load({
      "org/org.yaml": root("[sub/a.yaml]"),
      "org/sub/a.yaml": `include: [b.yaml]\n${A}`,
      "org/sub/b.yaml": b,
    });
    const d = only(result, "include");
    expect(d).toMatchObject({ file: join(dir, "org/sub/b.yaml"), ...loc(b, "a.yaml"), path: ["include", 0] });
    expect(result.org?.counts.people).toBe(3);
  });

  it("a root file including itself is a cycle", async () => {
    const { file, result, text } = await load({ "org/org.yaml": root("[org.yaml]") });
    expect(only(result, "include")).toMatchObject({ file, ...loc(text, "org.yaml]") });
    expect(withCode(result, "duplicate-id")).toEqual([]);
  });

  it("a symlink escaping the root folder is an error", async () => {
    const { file, result, text } = await load({
      "org/org.yaml": root("[sub/link.yaml]"),
      "outside/x.yaml": A,
      "org/sub/link.yaml": { link: "../../outside/x.yaml" },
    });
    expect(only(result, "include")).toMatchObject({ file, ...loc(text, "sub/link.yaml"), path: ["include", 0] });
    expect(result.org?.hasPerson("2")).toBe(false);
  });

  it("an included file's own problems are reported in that file", async () => {
    const bad = 'people:\n  - { id: "2", name: B, unit: hq, role: deputy-head, reportsTo: "9" }\n';
    const broken = "units: [a\n";
    const { dir, result } = await load({
      "org/org.yaml": root("[sub/a.yaml, sub/broken.yaml, sub/extra.yaml]"),
      "org/sub/a.yaml": bad,
      "org/sub/broken.yaml": broken,
      "org/sub/extra.yaml": "orgspec: 1\npeople: []\n",
    });
    expect(only(result, "unknown-reference")).toMatchObject({
      file: join(dir, "org/sub/a.yaml"),
      ...loc(bad, '"9"'),
      path: ["people", 0, "reportsTo"],
    });
    expect(only(result, "yaml-syntax").file).toBe(join(dir, "org/sub/broken.yaml"));
    // An included file holds only units, people and include.
    expect(only(result, "schema")).toMatchObject({ file: join(dir, "org/sub/extra.yaml"), line: 1, column: 1 });
  });

  it("binary garbage in an included file is a yaml-syntax error there", async () => {
    const { dir, result } = await load({ "org/org.yaml": root("[sub/a.yaml]"), "org/sub/a.yaml": garbage(512) });
    expect(only(result, "yaml-syntax").file).toBe(join(dir, "org/sub/a.yaml"));
  });

  it("an org read from text (standard input) cannot include: an include error", () => {
    const text = root("[sub/a.yaml]");
    const r = parseOrg(text, { filename: "stdin.yaml" });
    expect(only(r, "include")).toMatchObject({ file: "stdin.yaml", ...loc(text, "sub/a.yaml"), path: ["include", 0] });
    expect(r.ok).toBe(false);
  });
});

describe("nothing throws", () => {
  const CASES: Array<[string, string]> = [
    ["empty", ""],
    ["list", "- 1\n"],
    ["scalar", "42"],
    ["null document", "~"],
    ["tags", "orgspec: !!binary aGk=\nblueprint: !custom x\n"],
    ["anchors on keys", "&a orgspec: 1\n*a : 2\n"],
    ["complex keys", "? [a, b]\n: 1\n"],
    ["two documents", "orgspec: 1\n---\norgspec: 1\n"],
    ["unknown alias", "orgspec: *nope\n"],
    ["tab indentation", "orgspec: 1\nunits:\n\t- id: hq\n"],
    ["units of scalars", `${RC}units: [1, two, null]\npeople: [[], {}]\n`],
    ["blueprint inline garbage", "orgspec: 1\nblueprint: { roles: 3, unitTypes: [] }\n"],
    ["blueprint path missing", "orgspec: 1\nblueprint: ./nope/blueprint.yaml\n"],
    ["rules garbage", `${RC}rules: [1, 2]\n`],
    ["lone surrogate", `${RC}org: { name: "\ud800" }\n`],
    ["long line", `${RC}org: { name: "${"x".repeat(200_000)}" }\n`],
  ];

  it.each(CASES)("%s: parseOrg returns diagnostics", (_name, text) => {
    let r: LoadResult | undefined;
    expect(() => {
      r = parse(text);
    }).not.toThrow();
    expect(Array.isArray(r?.diagnostics)).toBe(true);
    for (const d of r?.diagnostics ?? []) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.file).toBe("t.yaml");
    }
  });

  it.each(CASES)("%s: loadOrg resolves", async (_name, text) => {
    await expect(loadFile(text)).resolves.toBeDefined();
  });
});

/**
 * Include globs (issue 16: a well-kept matcher; issue 18, item 5: bounded, never a throw,
 * nothing walked outside the tree). picomatch compiles each segment; orgspec walks the
 * FileSystem port from the pattern's static prefix. Every problem is an `include`
 * diagnostic at the include entry; counts of FileSystem calls (never wall time) show
 * that a refused pattern reads nothing.
 */
import { join } from "node:path";
import {
  type DirectoryEntry,
  type FileSystem,
  FileSystemError,
  type LoadResult,
  loadOrgSync,
  memoryFileSystem,
  parseOrg,
} from "orgspec";
import { afterAll, describe, expect, it } from "vitest";
import { loc, only, RC, removeTempTrees, summary, tempTree } from "../helpers/org.js";

afterAll(removeTempTrees);

const BODY = `units:
  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }
people:
  - { id: "1", name: A, unit: hq, role: department-head }
`;
const root = (...patterns: string[]) =>
  `${RC}rules: { limits: off }\ninclude: [${patterns.map((p) => JSON.stringify(p)).join(", ")}]\n${BODY}`;
const EMPTY = "people: []\n";
const person = (id: string) => `people:\n  - { id: "${id}", name: P${id}, unit: hq, role: deputy-head }\n`;

/** The org's files (root first) from an in-memory set; `files` keys are relative to the root's folder. */
function load(patterns: string[], files: Record<string, string>): LoadResult {
  return parseOrg({ root: "org.yaml", files: { "org.yaml": root(...patterns), ...files } });
}

/** Included files, as the loader lists them (the root left out). */
const included = (r: LoadResult) => r.files.slice(1);

/** Every call made to the port, as `method path`. */
function counting(fs: FileSystem): { fs: FileSystem; calls: string[] } {
  const calls: string[] = [];
  const log =
    <A extends unknown[], R>(name: string, f: (path: string, ...rest: A) => R) =>
    (path: string, ...rest: A): R => {
      calls.push(`${name} ${path}`);
      return f(path, ...rest);
    };
  return {
    calls,
    fs: {
      cwd: () => fs.cwd(),
      readFile: log("readFile", (p) => fs.readFile(p)),
      realpath: log("realpath", (p) => fs.realpath(p)),
      readDirectory: log("readDirectory", (p) => fs.readDirectory(p)),
      kind: log("kind", (p) => fs.kind(p)),
    },
  };
}

describe("syntax (issue 16)", () => {
  it("b/{a,{b,c}}.yaml reads 3 of 3 files (nested braces)", () => {
    const r = load(["b/{a,{b,c}}.yaml"], { "b/a.yaml": person("2"), "b/b.yaml": person("3"), "b/c.yaml": person("4") });
    expect(r.diagnostics, summary(r.diagnostics)).toEqual([]);
    expect(included(r)).toEqual(["b/a.yaml", "b/b.yaml", "b/c.yaml"]);
    expect(r.org?.counts.people).toBe(4);
  });

  it("nested braces on disk, through loadOrgSync, read the same 3 files", () => {
    const dir = tempTree({
      "org.yaml": root("b/{a,{b,c}}.yaml"),
      "b/a.yaml": person("2"),
      "b/b.yaml": person("3"),
      "b/c.yaml": person("4"),
      "b/d.yaml": person("5"),
    });
    const r = loadOrgSync(join(dir, "org.yaml"));
    expect(r.diagnostics, summary(r.diagnostics)).toEqual([]);
    expect(r.files.slice(1)).toEqual(["a", "b", "c"].map((n) => join(dir, "b", `${n}.yaml`)));
  });

  const TREE: Record<string, string> = Object.fromEntries(
    [
      "t/a.yaml",
      "t/b.yaml",
      "t/c.yml",
      "t/ab.yaml",
      "t/1.yaml",
      "t/.hidden.yaml",
      "t/x{a}y.yaml",
      "t/(p).yaml",
      "t/a|b.yaml",
      "t/deep/d.yaml",
      "t/deep/er/e.yaml",
      "t/.dot/f.yaml",
    ].map((path) => [path, EMPTY]),
  );
  const sorted = (...names: string[]) => names.map((n) => `t/${n}`).sort();

  it.each([
    ["t/*.yaml", sorted("a.yaml", "b.yaml", "ab.yaml", "1.yaml", "x{a}y.yaml", "(p).yaml", "a|b.yaml")],
    ["t/?.yaml", sorted("a.yaml", "b.yaml", "1.yaml")],
    ["t/[ab].yaml", sorted("a.yaml", "b.yaml")],
    ["t/[!a].yaml", sorted("b.yaml", "1.yaml")],
    ["t/[^a].yaml", sorted("b.yaml", "1.yaml")],
    ["t/[[:digit:]].yaml", sorted("1.yaml")],
    ["t/[[:alpha:]].yaml", sorted("a.yaml", "b.yaml")],
    ["t/{a,c}.{yaml,yml}", sorted("a.yaml", "c.yml")],
    ["t/{c,b,a}.yaml", sorted("a.yaml", "b.yaml")],
    ["t/a{,b}.yaml", sorted("a.yaml", "ab.yaml")],
    ["t/.*.yaml", sorted(".hidden.yaml")],
    ["t/**/*.yaml", sorted(...TREE_FILES("t/", ".yaml"))],
    ["t/**/e.yaml", sorted("deep/er/e.yaml")],
    ["t/deep/**", sorted("deep/d.yaml", "deep/er/e.yaml")],
    ["t/*/d.yaml", sorted("deep/d.yaml")],
    ["t/x{a}y.yaml", sorted("x{a}y.yaml")],
    ["t/(p)*.yaml", sorted("(p).yaml")],
    ["t/a|b*.yaml", sorted("a|b.yaml")],
    ["./t//[b]*.yaml", sorted("b.yaml")],
  ])("%s", (pattern, expected) => {
    const r = load([pattern], TREE);
    expect(r.diagnostics, summary(r.diagnostics)).toEqual([]);
    expect(included(r)).toEqual(expected);
  });

  function TREE_FILES(prefix: string, ext: string): string[] {
    // Every file under t/ with the extension, outside dot-folders and not itself a dot-file.
    return Object.keys(TREE)
      .filter((p) => p.endsWith(ext) && !p.split("/").some((s) => s.startsWith(".")))
      .map((p) => p.slice(prefix.length));
  }

  it("a glob may start with ../ inside the root file's folder", () => {
    const r = parseOrg({
      root: "org.yaml",
      files: {
        "org.yaml": root("sub/a.yaml"),
        "sub/a.yaml": 'include: ["../b/*.yaml"]\npeople: []\n',
        "b/x.yaml": person("2"),
      },
    });
    expect(r.diagnostics, summary(r.diagnostics)).toEqual([]);
    expect(r.files).toEqual(["org.yaml", "sub/a.yaml", "b/x.yaml"]);
  });

  it("the same files whatever order the file system lists them in", () => {
    const files = { "org.yaml": root("t/*.yaml", "u/**/*.yaml"), ...TREE, "u/z/q.yaml": EMPTY, "u/a.yaml": EMPTY };
    const base = memoryFileSystem(files, { cwd: "/org" });
    const reversed: FileSystem = { ...base, readDirectory: (p) => [...base.readDirectory(p)].reverse() };
    const a = loadOrgSync("/org/org.yaml", { fs: base });
    const b = loadOrgSync("/org/org.yaml", { fs: reversed });
    expect(b.files).toEqual(a.files);
    expect(a.files.slice(-2)).toEqual(["/org/u/a.yaml", "/org/u/z/q.yaml"]);
  });
});

describe("limits and bad patterns (issue 18, item 5)", () => {
  const FILES = { "org.yaml": "", "a/b/x.yaml": EMPTY, "deep/er/y.yaml": EMPTY, "a.yaml": EMPTY };

  /** Loads /org/org.yaml through a counting port; returns the one include diagnostic and the calls. */
  function refused(pattern: string) {
    const text = root(pattern);
    const files = { ...FILES, "org.yaml": text };
    const { fs, calls } = counting(memoryFileSystem(files, { cwd: "/org" }));
    const r = loadOrgSync("/org/org.yaml", { fs });
    const d = only(r, "include");
    expect(d).toMatchObject({ severity: "error", file: "/org/org.yaml", path: ["include", 0] });
    expect(d).toMatchObject(loc(text, JSON.stringify(pattern)));
    // The same calls as an org without the include: the pattern cost no folder read, no lookup.
    const bare = counting(memoryFileSystem({ ...files, "org.yaml": `${RC}${BODY}` }, { cwd: "/org" }));
    loadOrgSync("/org/org.yaml", { fs: bare.fs });
    expect(calls).toEqual(bare.calls);
    return d;
  }

  it("{a,b} repeated 22 times (4,194,304 alternatives) is refused before any walk", () => {
    const d = refused(`${"{a,b}".repeat(22)}.yaml`);
    expect(d.data).toMatchObject({ reason: "no-match", pattern: `${"{a,b}".repeat(22)}.yaml` });
    expect(d.message).toContain("more than 256 alternatives");
    expect(d.hint).toBeTruthy();
  });

  it("256 alternatives are taken, 512 are not", () => {
    const r = load([`t/${"{a,b}".repeat(8)}.yaml`], { [`t/${"ab".repeat(4)}.yaml`]: EMPTY });
    expect(r.diagnostics, summary(r.diagnostics)).toEqual([]);
    expect(included(r)).toEqual(["t/abababab.yaml"]);
    // Counted across segments: 2^5 · 2^4 = 512.
    expect(refused(`${"{a,b}".repeat(5)}/${"{a,b}".repeat(4)}.yaml`).message).toContain("alternatives");
  });

  it("*/../x/**/*.yaml is refused before any walk: escapes", () => {
    const d = refused("*/../a/**/*.yaml");
    expect(d.data).toMatchObject({ reason: "escapes", pattern: "*/../a/**/*.yaml" });
    expect(d.message).toContain("..");
  });

  it.each([
    ["a/*/../../*.yaml", "escapes"],
    ["**/../*.yaml", "escapes"],
    ["{..,a}/*.yaml", "no-match"],
    ["{1..3}.yaml", "no-match"],
    ["{a,b/x}.yaml", "no-match"],
    ["a{b.yaml", "no-match"],
    ["*-*-*.yaml", "no-match"],
    [`{${Array.from({ length: 9 }, (_, i) => `*${i}*`).join(",")}}.yaml`, "no-match"],
  ])("%s is refused before any walk (%s)", (pattern, reason) => {
    expect(refused(pattern).data).toMatchObject({ reason, pattern });
  });

  it.each([
    ["[z-a].yaml", "does not compile"],
    ["[[:alpha:]-[z-a]].yaml", "does not compile"],
    ["[[:alfa:]].yaml", "unknown character class"],
  ])("%s is an include diagnostic from loadOrgSync, never a throw", (pattern, message) => {
    const d = refused(pattern);
    expect(d.message).toContain(message);
    expect(d.data).toMatchObject({ reason: "no-match", pattern });
  });

  it.each(["[z-a].yaml", "[[:alpha:]].yaml", "[[:alfa:]].yaml", "t/[z-a]/*.yaml"])(
    "%s from parseOrg (files and text) and from disk: diagnostics, no throw",
    (pattern) => {
      const text = root(pattern);
      for (const run of [
        () => parseOrg({ root: "org.yaml", files: { "org.yaml": text } }),
        () => parseOrg(text, { filename: "org.yaml" }),
        () => loadOrgSync(join(tempTree({ "org.yaml": text }), "org.yaml")),
      ]) {
        let r: LoadResult | undefined;
        expect(() => {
          r = run();
        }).not.toThrow();
        expect(only(r as LoadResult, "include")).toMatchObject({
          path: ["include", 0],
          ...loc(text, JSON.stringify(pattern)),
        });
      }
    },
  );

  it("[[:alpha:]] is a POSIX class that matches (a diagnostic only when nothing does)", () => {
    const files = { "t/ab.yaml": EMPTY, "t/1.yaml": EMPTY };
    expect(included(load(["t/[[:alpha:]]*.yaml"], files))).toEqual(["t/ab.yaml"]);
    expect(only(load(["t/[[:alpha:]]*.yaml"], { "t/1.yaml": EMPTY }), "include").data).toMatchObject({
      reason: "no-match",
    });
  });

  it("two * in a segment are taken, against long names too", () => {
    const long = `${"a".repeat(250)}.yaml`;
    const r = load(["t/*a*b.yaml", "t/*-*.yaml"], { [`t/${long}`]: EMPTY, "t/x-y.yaml": EMPTY });
    expect(only(r, "include").data).toMatchObject({ reason: "no-match", pattern: "t/*a*b.yaml" });
    expect(included(r)).toEqual(["t/x-y.yaml"]);
  });

  it("a wildcard never matches a name longer than 255 characters; a literal name still does", () => {
    const name = `${"n".repeat(300)}.yaml`;
    const r = load(["t/*.yaml"], { [`t/${name}`]: EMPTY });
    expect(only(r, "include").data).toMatchObject({ reason: "no-match" });
    expect(included(load([`t/${name}`], { [`t/${name}`]: EMPTY }))).toEqual([`t/${name}`]);
  });

  it("many ** in one pattern visit each folder once per segment", () => {
    const files: Record<string, string> = { "org.yaml": root("**/**/**/**/**/**/**/**/z.yaml") };
    let path = "d";
    for (let i = 0; i < 12; i++) {
      files[`${path}/z.yaml`] = EMPTY;
      path += "/d";
    }
    const { fs, calls } = counting(memoryFileSystem(files, { cwd: "/org" }));
    const r = loadOrgSync("/org/org.yaml", { fs });
    expect(r.diagnostics, summary(r.diagnostics)).toEqual([]);
    expect(r.files).toHaveLength(13);
    // 13 folders (the root's and 12 below): each listed at most once per ** (8).
    expect(calls.filter((c) => c.startsWith("readDirectory")).length).toBeLessThanOrEqual(13 * 8);
  });
});

/**
 * A memory file system with links: `links` maps a path (inside some folder of `files`) to
 * the folder it points at. Folders reached through a link list the target's entries.
 */
function withLinks(files: Record<string, string>, links: Record<string, string>): FileSystem {
  const base = memoryFileSystem(files);
  const resolve = (path: string): string => {
    for (const [link, target] of Object.entries(links)) {
      if (path === link || path.startsWith(`${link}/`)) return resolve(target + path.slice(link.length));
    }
    return path;
  };
  return {
    cwd: () => "/",
    readFile: (p) => base.readFile(resolve(p)),
    realpath: (p) => base.realpath(resolve(p)),
    kind: (p) => base.kind(resolve(p)),
    readDirectory(p) {
      const entries: DirectoryEntry[] = [...base.readDirectory(resolve(p))];
      for (const link of Object.keys(links)) {
        const cut = link.lastIndexOf("/");
        if (link.slice(0, cut) === p) entries.push({ name: link.slice(cut + 1), kind: "directory", link: true });
      }
      if (entries.length === 0) throw new FileSystemError("ENOENT", p);
      return entries;
    },
  };
}

describe("the folder-tree guard", () => {
  const OUTSIDE = { "/outside/x.yaml": person("9"), "/outside/deep/y.yaml": person("8") };
  const readsOutside = (calls: string[]) =>
    calls.filter((c) => c.startsWith("readDirectory") && /\/(out|outside)(\/|$)/.test(c));

  it("a link to a folder outside is never descended into by *, ? or **", () => {
    const files = { "/org/org.yaml": root("t/*/*.yaml", "t/**/*.yaml"), "/org/t/in/a.yaml": EMPTY, ...OUTSIDE };
    const { fs, calls } = counting(withLinks(files, { "/org/t/out": "/outside" }));
    const r = loadOrgSync("/org/org.yaml", { fs });
    expect(r.files).toEqual(["/org/org.yaml", "/org/t/in/a.yaml"]);
    expect(r.org?.hasPerson("9")).toBe(false);
    expect(readsOutside(calls)).toEqual([]);
    // The second pattern reaches the same file: a repeat, not a file outside.
    expect(only(r, "include").data).toMatchObject({ reason: "repeat", pattern: "t/**/*.yaml" });
  });

  it("a prefix through a link to outside: escapes (through a link), the folder never listed", () => {
    const files = { "/org/org.yaml": root("out/*.yaml"), ...OUTSIDE };
    const { fs, calls } = counting(withLinks(files, { "/org/out": "/outside" }));
    const r = loadOrgSync("/org/org.yaml", { fs });
    const d = only(r, "include");
    expect(d.data).toMatchObject({ reason: "escapes", pattern: "out/*.yaml" });
    expect(d.message).toContain("through a link");
    expect(readsOutside(calls)).toEqual([]);
    expect(r.org?.hasPerson("9")).toBe(false);
  });

  it("a literal folder after a glob character, linked outside, is not walked", () => {
    const files = { "/org/org.yaml": root("t/*/out/**/*.yaml"), "/org/t/in/keep.yaml": EMPTY, ...OUTSIDE };
    const { fs, calls } = counting(withLinks(files, { "/org/t/in/out": "/outside" }));
    const r = loadOrgSync("/org/org.yaml", { fs });
    expect(only(r, "include").data).toMatchObject({ reason: "no-match" });
    expect(readsOutside(calls)).toEqual([]);
  });

  it("a link inside the tree pointing back up is no loop for **", () => {
    const files = { "/org/org.yaml": root("**/*.yaml"), "/org/t/a.yaml": person("2") };
    const r = loadOrgSync("/org/org.yaml", { fs: withLinks(files, { "/org/t/up": "/org" }) });
    expect(r.files).toEqual(["/org/org.yaml", "/org/t/a.yaml"]);
    // The root file matches its own glob: a cycle, reported once.
    expect(only(r, "include").data).toMatchObject({ reason: "cycle" });
  });

  it("on disk: a symlinked folder outside is not followed by a glob", () => {
    const dir = tempTree({
      "org/org.yaml": root("t/*/*.yaml", "out/*.yaml"),
      "org/t/in/a.yaml": person("2"),
      "outside/x.yaml": person("9"),
      "org/t/out": { link: "../../outside" },
      "org/out": { link: "../outside" },
    });
    const r = loadOrgSync(join(dir, "org/org.yaml"));
    expect(r.files).toEqual([join(dir, "org/org.yaml"), join(dir, "org/t/in/a.yaml")]);
    expect(only(r, "include")).toMatchObject({ path: ["include", 1], data: { reason: "escapes" } });
    expect(r.org?.hasPerson("9")).toBe(false);
  });
});

/**
 * `LoadOptions.onProgress` and `GenerateOptions.onProgress` through the public names: what
 * a caller drawing a progress line is told, in order, and that it changes nothing else.
 */
import { type LoadProgress, loadOrgSync, memoryFileSystem, parseOrg } from "orgspec";
import { generateOrg } from "orgspec/generate";
import { describe, expect, it } from "vitest";

const ROOT = [
  "orgspec: 1",
  "blueprint: renewal-channel",
  "include: [branches/*.yaml]",
  "units:",
  "  - { id: hq, type: hq-premium-dept, name: 总公司保费部 }",
  "people:",
  '  - { id: "1", name: 王建国, unit: hq, role: department-head }',
  "",
].join("\n");
const BRANCH = [
  "units:",
  "  - { id: bj, type: branch-premium-dept, name: 北京分公司保费部, parent: hq }",
  "people:",
  '  - { id: "2", name: 张伟, unit: bj, role: department-head }',
  '  - { id: "3", name: 李娜, unit: bj, role: deputy-head }',
  "",
].join("\n");
/** What a file system that holds text counts for a file (memoryFileSystem keeps strings): its characters. */
const bytes = (text: string) => text.length;

describe("LoadOptions.onProgress", () => {
  it("a read per file (counts so far), then resolve and check with the records' counts", () => {
    const events: LoadProgress[] = [];
    const files = { "/org/org.yaml": ROOT, "/org/branches/bj.yaml": BRANCH };
    const fs = memoryFileSystem(files);
    const result = loadOrgSync("/org/org.yaml", { fs, onProgress: (p) => events.push(p) });
    const total = bytes(ROOT) + bytes(BRANCH);
    expect(events).toEqual([
      { stage: "read", files: 1, bytes: bytes(ROOT), path: "/org/org.yaml" },
      { stage: "read", files: 2, bytes: total, path: "/org/branches/bj.yaml" },
      { stage: "resolve", files: 2, bytes: total, units: 2, people: 3 },
      { stage: "check", files: 2, bytes: total, units: 2, people: 3 },
    ]);
    // Nothing else changes: the same result as without a callback.
    const plain = loadOrgSync("/org/org.yaml", { fs: memoryFileSystem(files) });
    expect(result.diagnostics).toEqual(plain.diagnostics);
    expect(result.files).toEqual(plain.files);
  });

  it("parseOrg of files in memory reports the same; of text, the stages only", () => {
    const events: LoadProgress[] = [];
    parseOrg(
      { root: "org.yaml", files: { "org.yaml": ROOT, "branches/bj.yaml": BRANCH } },
      {
        onProgress: (p) => events.push(p),
      },
    );
    expect(events.map((e) => e.stage)).toEqual(["read", "read", "resolve", "check"]);
    const text: LoadProgress[] = [];
    parseOrg("orgspec: 1\nblueprint: renewal-channel\n", { filename: "t.yaml", onProgress: (p) => text.push(p) });
    expect(text).toEqual([
      { stage: "resolve", files: 0, bytes: 0, units: 0, people: 0 },
      { stage: "check", files: 0, bytes: 0, units: 0, people: 0 },
    ]);
  });

  it("a root that is no org file: read, resolve, and no check (there is no model to check)", () => {
    const events: string[] = [];
    const fs = memoryFileSystem({ "/a.yaml": "just: text\n" });
    loadOrgSync("/a.yaml", { fs, onProgress: (p) => events.push(p.stage) });
    expect(events).toEqual(["read", "resolve"]);
  });
});

describe("GenerateOptions.onProgress", () => {
  it("build, then write, each up to the total; the files are byte for byte the same", () => {
    const events: Array<{ stage: string; people: number; total: number }> = [];
    const files = generateOrg({ people: 3000, seed: 3, split: true, onProgress: (p) => events.push({ ...p }) });
    expect(files).toEqual(generateOrg({ people: 3000, seed: 3, split: true }));
    const build = events.filter((e) => e.stage === "build");
    const write = events.filter((e) => e.stage === "write");
    expect(events).toEqual([...build, ...write]);
    for (const list of [build, write]) {
      expect(list.length).toBe(files.size - 1); // one per branch
      expect(list.map((e) => e.people)).toEqual([...list.map((e) => e.people)].sort((a, b) => a - b));
      expect(list.at(-1)).toEqual({ stage: list[0]?.stage, people: 3000, total: 3000 });
    }
  });
});

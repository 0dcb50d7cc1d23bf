/**
 * The fast scanner against the `yaml` package, the reference: wherever the fast path takes a
 * file, it must give the same data, the same spans for every key and scalar, and the same
 * source text; and whole loads must give identical diagnostics either way.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { loadOrgSync, parseOrg } from "orgspec";
import { generateOrg } from "orgspec/generate";
import { describe, expect, it } from "vitest";
import * as yaml from "yaml";
import type { PathSegment } from "../../src/diagnostics/types.js";
import { parseFast } from "../../src/source/parse-fast.js";
import { parseYaml } from "../../src/source/parse-yaml.js";
import { supplyYamlPackageOnce } from "../../src/source/yaml-package.js";

// parseYaml is called here directly, before any entry point has handed over the yaml package.
supplyYamlPackageOnce(yaml);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function* scalarPaths(value: unknown, path: PathSegment[] = []): Generator<PathSegment[]> {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [k, v] of entries) {
      yield [...path, k];
      yield* scalarPaths(v, [...path, k]);
    }
  }
}

/** Asserts the fast path (when it takes the text) agrees with yaml; returns whether it took it. */
function agree(text: string): boolean {
  const fast = parseFast(text);
  const reference = parseYaml(text);
  if (!fast) return false;
  expect(reference.errors).toEqual([]);
  expect(fast.data).toEqual(reference.data);
  for (const path of scalarPaths(reference.data)) {
    expect(fast.locate(path), JSON.stringify(path)).toEqual(reference.locate(path));
    expect(fast.locate(path, "key"), JSON.stringify(path)).toEqual(reference.locate(path, "key"));
    expect(fast.sourceText(path), JSON.stringify(path)).toEqual(reference.sourceText(path));
  }
  return true;
}

const fixtures = [...yamlFiles("examples"), ...yamlFiles("src/blueprint/builtin")];

describe("fast YAML path vs the yaml package", () => {
  it.each(fixtures)("%s", (file) => {
    agree(readFileSync(file, "utf8"));
  });

  it("takes the bundled example files (they are in the common subset)", () => {
    const taken = fixtures.filter((f) => !f.includes("broken") && parseFast(readFileSync(f, "utf8")));
    expect(taken.length).toBeGreaterThanOrEqual(5);
  });

  it("gives up on what it does not understand, so yaml answers", () => {
    for (const text of [
      "a: &x 1\nb: *x\n",
      "a: |\n  text\n",
      "a: !!str 1\n",
      "a: [1,\n 2]\n",
      "a: 1\na: 2\n",
      "a:\n\t- x\n",
      "a: b: c\n",
      "'q': 1\n",
      "%YAML 1.2\n---\na: 1\n",
      "a: 1\n---\nb: 2\n",
      "a: plain\n  continued\n",
    ]) {
      expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it("takes quoted keys in flow mappings (period keys), with the same data and spans", () => {
    for (const text of [
      'drivers: { premium-due: { "2012": 1800, "2013": 2571 } }\n',
      "drivers: { 'premium-due': { '2013': 1 } }\n",
      "a: { \"it\\u0027s\": 1, 'it''s too': 2, \"\": 3 }\n",
      'a: {"x":1, "y": [1, 2]}\n',
      'a: { "2013": 1, 2014: 2 }\n',
      'units:\n  - id: t\n    drivers: { p: { "2013": 5 } }   # comment\n',
    ]) {
      expect(agree(text), JSON.stringify(text)).toBe(true);
    }
    // The same key twice, quoted or not: the yaml package decides (it reports the duplicate).
    for (const text of ['a: { "x": 1, x: 2 }\n', 'a: { "x": 1, "x": 2 }\n', 'a: { "x" : 1 }\n', 'a: { "x\n": 1 }\n']) {
      expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it("takes the renewal-plan example, whose drivers are keyed by quoted periods", () => {
    for (const f of fixtures.filter((f) => f.includes("renewal-plan"))) {
      expect(parseFast(readFileSync(f, "utf8")), f).toBeDefined();
    }
  });

  it("resolves scalars like the core schema", () => {
    const values = [
      "007",
      "0o17",
      "0x1F",
      "+12",
      "-0",
      "1.50",
      ".5",
      "1e3",
      ".inf",
      "-.Inf",
      ".nan",
      "true",
      "False",
      "NULL",
      "~",
      "null",
      "yes",
      "off",
      "1_000",
      "12:30",
      "2024-01-01",
      "中文",
      "a#b",
      "x y  # c",
    ];
    for (const v of values) agree(`k: ${v}\nl: [${v.replace(/ *#.*/, "")}]\nm: { n: ${v.replace(/ *#.*/, "")} }\n`);
  });

  const scalar = fc.oneof(
    fc.constantFrom(
      "007",
      "1",
      "0.5",
      "true",
      "null",
      "~",
      "张伟",
      "a-b_c.d",
      "x y",
      "'q''s'",
      '"d\\"q"',
      '"\\u4e2d"',
      "",
    ),
    fc.stringMatching(/^[a-z0-9 ._-]{1,8}$/),
  );
  const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,6}$/);
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small" },
      scalar,
      fc.array(tie("node"), { maxLength: 3 }),
      fc.dictionary(key, tie("node"), { maxKeys: 3 }),
    ),
  })).node;

  function render(v: unknown, indent: number, style: number): string {
    const pad = " ".repeat(indent);
    if (typeof v === "string") return v;
    if (Array.isArray(v)) {
      if (v.length === 0 || style % 2 === 0) return `[${v.map((x) => render(x, 0, 0)).join(", ")}]`;
      return `\n${v.map((x) => `${pad}- ${render(x, indent + 2, style + 1).replace(/^\n\s*/, "")}`).join("\n")}`;
    }
    const entries = Object.entries(v as object);
    if (entries.length === 0 || style % 3 === 0)
      return `{ ${entries.map(([k, x]) => `${k}: ${render(x, 0, 0)}`).join(", ")} }`;
    return `\n${entries.map(([k, x]) => `${pad}${k}: ${render(x, indent + 2, style + 1)}`).join("\n")}`;
  }

  it("agrees on random documents", () => {
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }),
        fc.nat(5),
        fc.boolean(),
        (doc, style, crlf) => {
          let text = `${render(doc, 0, style + 1).replace(/^\n/, "")}\n# end\n`;
          if (crlf) text = text.replace(/\n/g, "\r\n");
          if (parseYaml(text).errors.length > 0) return;
          agree(text);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("loads every example to the same diagnostics either way", () => {
    for (const root of [
      "examples/renewal-channel/org.yaml",
      "examples/custom-blueprint/org.yaml",
      ...yamlFiles("examples/broken"),
    ]) {
      const fast = loadOrgSync(root);
      const reference = loadOrgSync(root, { parser: "yaml" });
      expect(fast.diagnostics, root).toEqual(reference.diagnostics);
      expect(fast.org?.counts, root).toEqual(reference.org?.counts);
    }
  });

  it("loads generated orgs, valid and broken, to the same diagnostics either way", () => {
    for (const seed of [1, 2, 3]) {
      const text = generateOrg({ people: 400, seed }).get("org.yaml") as string;
      const lines = text.split("\n");
      // Break it in ways the rules catch: a dangling reportsTo, a duplicate id, a typo'd field,
      // an unknown role, and (last) a line the fast path does not take (an anchor).
      const people = lines.findIndex((l) => l.startsWith("people:"));
      const broken = [...lines];
      broken[people + 3] = (broken[people + 3] as string).replace(/ }$/, ", reportsTo: nobody }");
      broken[people + 5] = broken[people + 4] as string;
      broken[people + 7] = (broken[people + 7] as string).replace("role:", "rol:");
      broken[people + 9] = (broken[people + 9] as string).replace(/role: [\w-]+/, "role: renewl-specialist");
      for (const variant of [text, broken.join("\n"), `${broken.join("\n")}\nx: &a 1\n`]) {
        const fast = parseOrg(variant, { filename: "g.yaml" });
        const reference = parseOrg(variant, { filename: "g.yaml", parser: "yaml" });
        expect(fast.diagnostics).toEqual(reference.diagnostics);
        expect(fast.org?.counts).toEqual(reference.org?.counts);
      }
      expect(
        parseOrg(broken.join("\n"), { filename: "g.yaml" }).diagnostics.filter((d) => d.severity === "error").length,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it("parses org text to the same diagnostics either way", () => {
    const text =
      "orgspec: 1\nblueprint: renewal-channel\nunits:\n  - { id: hq, type: hq-premium-dept, name: 总部 }\n  - { id: b, type: branch-premium-dept, name: B, parent: hq, plan: { deputy-head: 1 } }\npeople:\n  - { id: 007, name: 甲, unit: hq, role: department-head }\n  - { id: 8, name: 乙, unit: b, role: deputy-head, reportsTo: 007, fte: 0.5 }\n";
    expect(parseOrg(text).diagnostics).toEqual(parseOrg(text, { parser: "yaml" }).diagnostics);
  });
});

/**
 * The layer rules of .dependency-cruiser.cjs can fail: planted in a scratch tree, a cycle,
 * an upward import, a peer import, a Node built-in in the core and a devDependency at run
 * time are each refused by the rule meant for it; the real src/ passes them all.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { REPO } from "../helpers/org.js";

const DEPCRUISE = join(REPO, "node_modules", ".bin", "depcruise");
const CONFIG = join(REPO, ".dependency-cruiser.cjs");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string): Violation[] {
  const run = spawnSync(DEPCRUISE, ["src", "--config", CONFIG, "--output-type", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const out = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return out.summary.violations;
}

const scratch = mkdtempSync(join(tmpdir(), "orgspec-layers-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratch, "tree-"));
  const all: Record<string, string> = {
    "tsconfig.json": JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext" } }),
    "package.json": JSON.stringify({ name: "planted", type: "module", devDependencies: { "dev-only": "1.0.0" } }),
    "node_modules/dev-only/package.json": JSON.stringify({ name: "dev-only", version: "1.0.0", main: "index.js" }),
    "node_modules/dev-only/index.js": "export const x = 1;\n",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const pairs = (vs: Violation[]) => vs.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

describe("dependency rules", () => {
  test("a cycle between two files is refused", () => {
    const root = plant({
      "src/model/a.ts": 'import { b } from "./b.js";\nexport const a = () => b;\n',
      "src/model/b.ts": 'import { a } from "./a.js";\nexport const b = () => a;\n',
    });
    expect(pairs(cruise(root))).toEqual(["no-cycles: src/model/a.ts → src/model/b.ts"]);
  });

  test("an upward import is refused by the lower layer's rule, and a peer import by the peer rule", () => {
    const root = plant({
      "src/source/text.ts": 'import { load } from "../load/files.js";\nexport const text = load;\n',
      "src/load/files.ts": "export const load = 1;\n",
      "src/query/q.ts": 'import { s } from "../staffing/s.js";\nexport const q = s;\n',
      "src/staffing/s.ts": "export const s = 1;\n",
      "src/model/m.ts": 'import { entry } from "../index.js";\nexport const m = entry;\n',
      "src/index.ts": "export const entry = 1;\n",
    });
    expect(pairs(cruise(root))).toEqual([
      "layer-model: src/model/m.ts → src/index.ts",
      "layer-source: src/source/text.ts → src/load/files.ts",
      "peer-query: src/query/q.ts → src/staffing/s.ts",
    ]);
  });

  test("a Node built-in in the core or in the browser entry is refused; in node/ it is allowed", () => {
    const root = plant({
      "src/load/read.ts": 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
      "src/browser.ts": 'import { join } from "node:path";\nexport const j = join;\n',
      "src/node/fs.ts": 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
    });
    expect(pairs(cruise(root))).toEqual([
      "core-without-node: src/browser.ts → path",
      "core-without-node: src/load/read.ts → fs",
    ]);
  });

  test("a devDependency needed at run time is refused", () => {
    const root = plant({ "src/model/m.ts": 'import { x } from "dev-only";\nexport const m = x;\n' });
    expect(cruise(root).map((v) => v.rule.name)).toEqual(["runtime-without-dev-dependencies"]);
  });

  test("the real src/ keeps every rule", () => {
    expect(pairs(cruise(REPO))).toEqual([]);
  });
});

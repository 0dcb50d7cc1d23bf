import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import { bundleClientScript } from "./build/bundle-client.js";

/** After the library build: ship the JSON Schemas generated from the zod schemas, and the built-in blueprints. */
async function writeSchemas(): Promise<void> {
  const url = `${pathToFileURL(resolve("dist/index.js")).href}?t=${Date.now()}`;
  const lib = await import(url);
  await mkdir("dist/schema", { recursive: true });
  await writeFile("dist/schema/org.schema.json", `${JSON.stringify(lib.orgJsonSchema(), null, 2)}\n`);
  await writeFile("dist/schema/blueprint.schema.json", `${JSON.stringify(lib.blueprintJsonSchema(), null, 2)}\n`);
  await mkdir("dist/blueprints", { recursive: true });
  await copyFile("src/blueprint/builtin/renewal-channel.yaml", "dist/blueprints/renewal-channel.yaml");
}

/**
 * The org chart's page script (src/render/client/ with d3-hierarchy), bundled once and
 * inlined into every build as a string constant (see src/render/client-script.ts).
 */
async function pageScript(): Promise<Record<string, string>> {
  const script = await bundleClientScript(resolve("src/render/client/main.ts"));
  return { __ORGSPEC_RENDER_CLIENT__: JSON.stringify(script) };
}

/**
 * csv-parse's default build uses Node's `Buffer`; its browser build carries its own. The
 * browser build of orgspec imports that one (still external: the user's bundler resolves it).
 */
const csvParseForBrowsers: Plugin = {
  name: "csv-parse-for-browsers",
  setup(build) {
    build.onResolve({ filter: /^csv-parse\/sync$/ }, () => ({ path: "csv-parse/browser/esm/sync", external: true }));
  },
};

/** The library's entries: the Node root, and the subpaths (core code only, no Node built-in). */
const LIBRARY_ENTRIES = {
  index: "src/index.ts",
  export: "src/export.ts",
  render: "src/render.ts",
  import: "src/import.ts",
  diff: "src/diff.ts",
  generate: "src/generate.ts",
};

export default defineConfig(async (): Promise<Options[]> => {
  const define = await pageScript();
  const common = { sourcemap: true, loader: { ".yaml": "text" } as const, define };
  return [
    {
      ...common,
      entry: LIBRARY_ENTRIES,
      format: ["esm", "cjs"],
      // NOTE: every entry's declarations come from this one build, so that they share one
      // `Org` (a class with #private fields is a different type in each declaration build,
      // and an Org from orgspec/core could not be passed to orgspec/export).
      dts: { entry: { ...LIBRARY_ENTRIES, browser: "src/browser.ts", "import.browser": "src/import.ts" } },
      // NOTE: no `clean` — the builds run at once and share dist/; `npm run build` empties it first.
      target: "node20",
      onSuccess: writeSchemas,
    },
    {
      // `orgspec` under the "browser" condition, and `orgspec/core`: the core with no file system.
      ...common,
      entry: { browser: "src/browser.ts", "import.browser": "src/import.ts" },
      format: ["esm"],
      platform: "browser",
      target: "es2022",
      // NOTE: tsup's own plugin marks dependencies external before ours runs; listing the
      // path here hands it to csvParseForBrowsers, which keeps it external but redirected.
      noExternal: ["csv-parse/sync"],
      esbuildPlugins: [csvParseForBrowsers],
      dts: false,
    },
    {
      // `require("orgspec/core")`, for CommonJS tools that want the core without Node's disk.
      ...common,
      entry: { browser: "src/browser.ts" },
      format: ["cjs"],
      target: "node20",
      dts: false,
    },
    {
      entry: { cli: "src/cli/bin.ts" },
      format: ["esm"],
      // Each command is a chunk loaded on use, with the packages only it needs: `--version`
      // starts as fast as bare node, and validate never loads render's or export's code.
      splitting: true,
      dts: false,
      sourcemap: true,
      target: "node20",
      banner: { js: "#!/usr/bin/env node" },
      loader: { ".yaml": "text" },
      define,
    },
  ];
});

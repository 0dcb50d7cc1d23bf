import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { defineConfig, type Options } from "tsup";
import { bundleClientScript } from "./src/render/bundle-client.js";

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
 * inlined into both builds as a string constant (see src/render/client-script.ts).
 */
async function pageScript(): Promise<Record<string, string>> {
  const script = await bundleClientScript(resolve("src/render/client/main.ts"));
  return { __ORGSPEC_RENDER_CLIENT__: JSON.stringify(script) };
}

export default defineConfig(async (): Promise<Options[]> => {
  const define = await pageScript();
  return [
    {
      entry: { index: "src/index.ts" },
      format: ["esm", "cjs"],
      dts: true,
      sourcemap: true,
      // NOTE: no `clean` — the two builds run at once and share dist/; `npm run build` empties it first.
      target: "node20",
      shims: true,
      loader: { ".yaml": "text" },
      onSuccess: writeSchemas,
      define,
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

import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { defineConfig } from "tsup";

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

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    shims: true,
    loader: { ".yaml": "text" },
    onSuccess: writeSchemas,
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    loader: { ".yaml": "text" },
  },
]);

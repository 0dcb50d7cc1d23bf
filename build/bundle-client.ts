/**
 * Build-time only (tsup.config.ts, tests): bundles the chart's page script, client/main.ts
 * with the parts of d3-hierarchy it uses, into one minified IIFE. Never imported by the
 * library or the CLI, which get the result inlined (client-script.ts).
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Where the page script starts. */
export const CLIENT_ENTRY = fileURLToPath(new URL("../src/render/client/main.ts", import.meta.url));

/** The page script as one string, ready to inline in a `<script>` element. */
export async function bundleClientScript(entry: string = CLIENT_ENTRY): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    legalComments: "none",
    banner: { js: "/* orgspec render. Includes d3-hierarchy, ISC License, Copyright 2010-2021 Mike Bostock. */" },
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("bundleClientScript: esbuild wrote no output");
  return file.text.trim();
}

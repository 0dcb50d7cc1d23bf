/**
 * The app the bundle tests build with esbuild: it imports orgspec by name (as a user's app
 * does), validates the in-memory org of org-files.ts with each YAML path, and reports the
 * formatted results: on `globalThis.__orgspec` (read by the browser test) and as one JSON
 * line on the console (stdout under node).
 */
import { formatResult, parseOrg } from "orgspec";
import { ORG_FILES, ROOT } from "./org-files.js";

export interface AppRun {
  ok: boolean;
  json: string;
  text: string;
  files: string[];
  /** Which parser read each file: "fast", "yaml" or "csv". */
  parsers: Record<string, string>;
}

export interface AppOutput {
  default: AppRun;
  yaml: AppRun;
}

/** `parseOrg` with the default parser (no options), or forcing the `yaml` package. */
function run(parser: "default" | "yaml"): AppRun {
  const input = { root: ROOT, files: ORG_FILES };
  const result = parser === "default" ? parseOrg(input) : parseOrg(input, { parser: "yaml" });
  return {
    ok: result.ok,
    json: formatResult(result, "json"),
    text: formatResult(result, "text"),
    files: [...result.files],
    parsers: Object.fromEntries(result.parsers),
  };
}

const output: AppOutput = { default: run("default"), yaml: run("yaml") };
(globalThis as { __orgspec?: AppOutput }).__orgspec = output;
console.log(JSON.stringify(output));

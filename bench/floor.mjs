/**
 * A floor for `orgspec validate`: a process that only reads the org's files and parses each
 * with one YAML library, nothing else. Usage: node bench/floor.mjs yaml|js-yaml <folder>
 * (reads <folder>/org.yaml and <folder>/branches/*.yaml, the files the root includes).
 * Prints {"files","bytes","ms"} as JSON; ms is the parsing alone, the caller times the process.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [parser, folder] = process.argv.slice(2);
if (!["yaml", "js-yaml"].includes(parser ?? "") || !folder) {
  process.stderr.write("usage: node bench/floor.mjs yaml|js-yaml <folder>\n");
  process.exit(2);
}

const files = [join(folder, "org.yaml")];
try {
  for (const name of readdirSync(join(folder, "branches")).sort()) {
    if (name.endsWith(".yaml")) files.push(join(folder, "branches", name));
  }
} catch {
  // a single-file org
}

const parse = parser === "yaml" ? (await import("yaml")).parseDocument : (await import("js-yaml")).default.load;
const start = performance.now();
let bytes = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  bytes += Buffer.byteLength(text);
  const doc = parse(text);
  if (parser === "yaml" && doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
}
process.stdout.write(`${JSON.stringify({ files: files.length, bytes, ms: performance.now() - start })}\n`);

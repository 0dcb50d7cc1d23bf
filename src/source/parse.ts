/**
 * The one seam between text and data: every YAML file goes through `parseSource`. The fast
 * scanner takes the files it fully understands; everything else (and every file with an
 * error) goes to the `yaml` package, which stays the reference for data, positions and
 * messages.
 */

import { parseFast } from "./parse-fast.js";
import { parseYaml } from "./parse-yaml.js";
import type { ParsedSource } from "./parsed.js";

export type ParserChoice = "auto" | "yaml";

export function parseSource(text: string, choice: ParserChoice = "auto"): ParsedSource {
  return (choice === "auto" ? parseFast(text) : undefined) ?? parseYaml(text);
}

/**
 * orgspec for browsers (and any bundle without Node): the same surface as the Node entry,
 * with no file system by default — `parseOrg(text)`, `parseOrg({ root, files })`, or
 * `loadOrg(path, { fs })` with a FileSystem of your own. Imports no Node built-in.
 *
 * @example
 * import { parseOrg, formatResult } from "orgspec"; // resolved here under the "browser" condition
 * const result = parseOrg({ root: "org.yaml", files: { "org.yaml": text } });
 * console.log(formatResult(result, "text"));
 */
import * as yaml from "yaml";
import { supplyYamlPackage } from "./source/yaml-package.js";

supplyYamlPackage(yaml);

export * from "./core.js";

/**
 * orgspec — an organization's hierarchy and staffing as a typed graph: load and validate
 * org files, then ask who reports to whom. This is the Node entry: `loadOrg(path)` reads
 * the disk unless given `{ fs }`. Browsers get the same surface without the disk
 * (`orgspec/core`, or the `browser` condition).
 *
 * @example
 * import { loadOrg, formatResult } from "orgspec";
 * const result = await loadOrg("org/org.yaml");
 * process.stdout.write(formatResult(result, "text"));
 * if (result.ok) console.log(result.org.person("100231").manager);
 */
import * as yaml from "yaml";
import { useDefaultFileSystem } from "./load/default-fs.js";
import { nodeFileSystem } from "./node/fs.js";
import { supplyYamlPackage } from "./source/yaml-package.js";

supplyYamlPackage(yaml);
useDefaultFileSystem(nodeFileSystem);

export * from "./core.js";

/**
 * The `yaml` package for the CLI, `require`d on first use: most org files never need it (the
 * fast scanner reads them), and loading it costs a run about 30 ms. Only for the CLI, which
 * runs as Node ESM from dist/ (so `import.meta.url` is its file); the library entries import
 * the package statically, which every bundler understands.
 */
import { createRequire } from "node:module";
import type { YamlPackage } from "../source/yaml-package.js";

export function requireYaml(): YamlPackage {
  return createRequire(import.meta.url)("yaml") as YamlPackage;
}

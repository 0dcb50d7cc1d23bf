/**
 * Where the core gets the `yaml` package. The library entries hand it over — a static
 * import, which every bundler understands (browser, Node ESM and CommonJS) — from inside
 * the functions they export (so no bundler can drop the hand-over as an unused top-level
 * statement); the CLI hands over a loader that `require`s it on first use, because most org
 * files never need it (the fast scanner reads them) and loading it costs a run about 30 ms.
 */
export type YamlPackage = typeof import("yaml");

let supplier: (() => YamlPackage) | undefined;
let loaded: YamlPackage | undefined;

/** Set how the `yaml` package is obtained: the package itself, or a function that loads it. */
export function supplyYamlPackage(source: YamlPackage | (() => YamlPackage)): void {
  if (typeof source === "function") {
    supplier = source;
    loaded = undefined;
  } else {
    supplier = undefined;
    loaded = source;
  }
}

/** Supply the package unless something already was (the CLI's lazy loader stays in place). */
export function supplyYamlPackageOnce(pkg: YamlPackage): void {
  if (!loaded && !supplier) loaded = pkg;
}

/** The `yaml` package. Throws (an orgspec bug, not the user's) when no entry supplied it. */
export function yamlPackage(): YamlPackage {
  if (loaded) return loaded;
  if (!supplier)
    throw new Error("orgspec: the yaml package was not supplied (an entry point must call supplyYamlPackage)");
  loaded = supplier();
  return loaded;
}

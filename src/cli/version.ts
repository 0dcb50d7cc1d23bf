import { createRequire } from "node:module";

/** The package version, read from package.json at run time (works from src and from dist). */
export const VERSION: string = (() => {
  const require = createRequire(import.meta.url);
  for (const candidate of ["../package.json", "../../package.json"]) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === "orgspec" && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return "0.0.0";
})();

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (entry: string) => fileURLToPath(new URL(`./src/${entry}.ts`, import.meta.url));

export default defineConfig({
  plugins: [
    {
      // The same as tsup's `loader: { ".yaml": "text" }`: built-in blueprints import as text.
      name: "yaml-as-text",
      transform(code, id) {
        if (id.endsWith(".yaml")) return { code: `export default ${JSON.stringify(code)};`, map: null };
        return undefined;
      },
    },
  ],
  resolve: {
    // The package's entries, from source: "orgspec" and each subpath ("orgspec/export" …).
    alias: [
      { find: /^orgspec$/, replacement: source("index") },
      { find: /^orgspec\/core$/, replacement: source("browser") },
      ...["export", "render", "import", "diff", "generate"].map((entry) => ({
        find: new RegExp(`^orgspec/${entry}$`),
        replacement: source(entry),
      })),
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "forks",
  },
});

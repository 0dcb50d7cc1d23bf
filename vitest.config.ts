import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
    alias: { orgspec: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "forks",
  },
});

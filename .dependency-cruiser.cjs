/**
 * The layers of src/, lowest first (docs/architecture.md). A folder may import its own
 * files and the folders of lower layers, never a higher one or a peer of the same rank;
 * the core (every layer below node/) imports no Node built-in, so one build serves the
 * browser. `npm run lint:deps` checks it; tests/architecture/layers.test.ts plants a
 * cycle, an upward import and a `node:fs` in the core and expects each to be refused.
 */
const LAYERS = [
  ["util"],
  ["source"],
  ["diagnostics"],
  ["schema"],
  ["blueprint"],
  ["load"],
  ["model"],
  ["rules"],
  ["query", "staffing", "demand", "find"],
  ["org"],
  ["report"],
  ["import", "export", "diff", "render", "generate"],
  ["node"],
  ["cli"],
  ["lsp"],
];

/** Folders that may not import Node built-ins: everything below node/. */
const CORE = LAYERS.slice(
  0,
  LAYERS.findIndex((rank) => rank.includes("node")),
).flat();

const folder = (names) => `^src/(${names.join("|")})/`;

const upward = LAYERS.flatMap((rank, i) => {
  const higher = LAYERS.slice(i + 1).flat();
  if (higher.length === 0) return [];
  return [
    {
      name: `layer-${rank.join("-")}`,
      comment: `${rank.join(", ")} may import only lower layers: not ${higher.join(", ")}, nor the entry files`,
      severity: "error",
      from: { path: folder(rank) },
      to: { path: [folder(higher), "^src/[^/]+\\.ts$"] },
    },
  ];
});

const peers = LAYERS.filter((rank) => rank.length > 1).flatMap((rank) =>
  rank.map((name) => ({
    name: `peer-${name}`,
    comment: `${name} is a peer of ${rank.filter((n) => n !== name).join(", ")}: peers do not import each other`,
    severity: "error",
    from: { path: folder([name]) },
    to: { path: folder(rank.filter((n) => n !== name)) },
  })),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment: "no import cycle between files (and so none between folders)",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...upward,
    ...peers,
    {
      name: "core-without-node",
      comment:
        "the core runs in browsers: Node built-ins only in src/node/, src/cli/, src/lsp/ and the Node entry (index.ts)",
      severity: "error",
      from: { path: [folder(CORE), "^src/(?!index\\.ts$)[^/]+\\.ts$"] },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "browser-entry-without-node-layer",
      comment: "the browser entry and the subpath entries are the core only",
      severity: "error",
      from: { path: "^src/(?!index\\.ts$)[^/]+\\.ts$" },
      to: { path: "^src/(node|cli|lsp)/" },
    },
    {
      name: "library-without-cli",
      comment: "the library entries never load the command line",
      severity: "error",
      from: { path: "^src/[^/]+\\.ts$" },
      to: { path: "^src/(cli|lsp)/" },
    },
    {
      name: "src-stays-in-src",
      comment: "shipped code imports nothing from tests, benchmarks or build scripts",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(tests|bench|build|examples)/" },
    },
    {
      name: "runtime-without-dev-dependencies",
      comment:
        "what ships must not need a devDependency; d3-hierarchy and get-east-asian-width are bundled into the build (tsup bundles devDependencies)",
      severity: "error",
      from: { path: "^src/" },
      to: {
        dependencyTypes: ["npm-dev"],
        dependencyTypesNot: ["type-only"],
        pathNot: "node_modules/(d3-hierarchy|get-east-asian-width)/",
      },
    },
    {
      name: "declared-dependencies",
      comment: "every package imported is in package.json",
      severity: "error",
      from: {},
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "resolvable",
      comment: "every import resolves to a file",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|bench/out)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};

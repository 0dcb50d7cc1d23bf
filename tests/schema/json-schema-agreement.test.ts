/**
 * The JSON Schema editors use and the CLI agree on what is well-formed. The schema is the
 * one `orgspec schema` (and `--blueprint`) prints; a JSON Schema validator (ajv, draft-07,
 * strict) runs it over every root file of examples/ (examples/broken included), the
 * blueprint files they name, and the probe documents below, parsed by the `yaml` package as
 * an editor's language server parses them. The CLI's schema-level verdict on a file is that
 * `orgspec validate --format json` reports no `schema` and no `yaml-syntax` diagnostic in it
 * (problems the schema cannot see — references, rules, includes — do not count). Each probe
 * also says what the verdict must be, per docs/format.md.
 *
 * A file that is not YAML (examples/broken/yaml-syntax.yaml) has no JSON to check: the CLI
 * must report `yaml-syntax` there. KNOWN_DIFFERENCES lists what a JSON Schema cannot see and
 * asserts that the two still differ there, so that a fix moves the case into PROBES.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { blueprintJsonSchema, orgJsonSchema } from "orgspec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { BUILTIN_BLUEPRINTS } from "../../src/blueprint/builtin.js";
import { CLI, requireCli } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";

/** A minimal valid root file, with `extra` lines added to the unit and the person (flow mappings). */
function org(options: { top?: string; unit?: string; person?: string; units?: string } = {}): string {
  const unit = options.unit ? `, ${options.unit}` : "";
  const person = options.person ? `, ${options.person}` : "";
  return [
    "orgspec: 1",
    "blueprint: renewal-channel",
    ...(options.top ? [options.top] : []),
    "units:",
    `  - { id: hq, type: hq-premium-dept, name: 总公司保费部${unit} }`,
    ...(options.units ? [options.units] : []),
    "people:",
    `  - { id: "100001", name: 王建国, unit: hq, role: department-head${person} }`,
    "",
  ].join("\n");
}

/** A root file on an inline blueprint with `lines` added to the blueprint mapping. */
function inline(lines: string): string {
  return [
    "orgspec: 1",
    "blueprint:",
    "  orgspec-blueprint: 1",
    "  id: mini",
    "  roles: { head: { title: Head } }",
    "  unitTypes: { dept: { title: Dept, level: 1, headRole: head, roles: [head] } }",
    ...lines.split("\n").map((l) => `  ${l}`),
    "units:",
    "  - { id: hq, type: dept, name: HQ }",
    "",
  ].join("\n");
}

/** A blueprint file with `lines` added (for probes of the blueprint schema). */
function blueprint(lines = "", roleExtra = ""): string {
  return [
    "orgspec-blueprint: 1",
    "id: mini",
    `roles: { head: { title: Head${roleExtra} } }`,
    "unitTypes: { dept: { title: Dept, level: 1, headRole: head, roles: [head] } }",
    ...(lines ? [lines] : []),
    "",
  ].join("\n");
}

interface Probe {
  name: string;
  text: string;
  /** What docs/format.md says: is the file well-formed? */
  valid: boolean;
}

const A64 = "a".repeat(64);

const PROBES: Probe[] = [
  { name: "minimal", text: org(), valid: true },
  // Bare scalars where text is expected keep their source text (format.md, "People").
  { name: "meta number", text: org({ unit: "meta: { n: 5, on: true, code: 0071 }" }), valid: true },
  { name: "person meta number", text: org({ person: "meta: { grade: 7 }" }), valid: true },
  { name: "org meta number", text: org({ top: "org: { id: 7, name: 2024, meta: { year: 2024 } }" }), valid: true },
  {
    name: "id bare number",
    text: org({ units: "  - { id: 0071, type: branch-premium-dept, name: x, parent: hq }" }),
    valid: true,
  },
  {
    name: "id boolean",
    text: org({ units: "  - { id: true, type: branch-premium-dept, name: x, parent: hq }" }),
    valid: true,
  },
  {
    name: "name number",
    text: org({ units: "  - { id: b, type: branch-premium-dept, name: 2024, parent: hq }" }),
    valid: true,
  },
  { name: "type number", text: org({ units: "  - { id: b, type: 5, name: x, parent: hq }" }), valid: true },
  { name: "role boolean", text: org().replace("role: department-head", "role: true"), valid: true },
  { name: "dottedLines numbers", text: org({ person: "dottedLines: [100001, 7]" }), valid: true },
  {
    name: "id of 64 letters",
    text: org({ units: `  - { id: ${A64}, type: branch-premium-dept, name: x, parent: hq }` }),
    valid: true,
  },
  {
    name: "id in Chinese",
    text: org({ units: "  - { id: 北京, type: branch-premium-dept, name: x, parent: hq }" }),
    valid: true,
  },
  { name: "include as a number", text: org({ top: "include: 5" }), valid: true },
  { name: "include list", text: org({ top: "include: [a.yaml, b/*.yaml]" }), valid: true },
  { name: "blueprint path", text: org().replace("renewal-channel", "./bp.yaml"), valid: true },
  { name: "blueprint path YML", text: org().replace("renewal-channel", "BP.YML"), valid: true },
  { name: "blueprint path with a slash", text: org().replace("renewal-channel", "blueprints/mini"), valid: true },
  {
    name: "rules",
    text: org({ top: "rules: { vacancy: off, span-of-control: { max: 3, severity: info } }" }),
    valid: true,
  },
  { name: "plan and planTotal", text: org({ unit: "plan: { deputy-head: 2 }, planTotal: 0" }), valid: true },
  {
    name: "drivers",
    text: org({ unit: 'drivers: { premium-due: 1500, orphan-policies: { "2013": 2, 2014: 3 } }' }),
    valid: true,
  },
  {
    name: "fte and also",
    text: org({ person: "fte: 0.5, also: [{ unit: hq, role: deputy-head }, { unit: hq, role: x, fte: 0 }]" }),
    valid: true,
  },
  {
    name: "norms",
    text: org({
      top: "norms: [{ role: team-lead, in: [t], fixed: 1 }, { role: r, in: [t], per: [{ driver: 5, rate: 1 }], round: floor }]",
    }),
    valid: true,
  },
  { name: "inline blueprint", text: inline("title: { zh: 迷你, en: 5 }"), valid: true },
  {
    name: "inline blueprint lines",
    text: inline("lines: [{ from: { role: 5 }, to: { unitType: 7 } }, { from: { role: head }, to: { role: head } }]"),
    valid: true,
  },

  {
    name: "id with a space",
    text: org({ units: '  - { id: "h q", type: branch-premium-dept, name: x, parent: hq }' }),
    valid: false,
  },
  { name: "id with a slash", text: org({ person: 'reportsTo: "a/b"' }), valid: false },
  {
    name: "id of 65 letters",
    text: org({ units: `  - { id: ${A64}a, type: branch-premium-dept, name: x, parent: hq }` }),
    valid: false,
  },
  { name: "empty id", text: org({ person: 'reportsTo: ""' }), valid: false },
  {
    name: "null parent",
    text: org({ units: "  - { id: b, type: branch-premium-dept, name: x, parent: ~ }" }),
    valid: false,
  },
  { name: "org id with a space", text: org({ top: 'org: { id: "n c l" }' }), valid: false },
  { name: "meta null", text: org({ unit: "meta: { n: ~ }" }), valid: false },
  { name: "meta list", text: org({ unit: "meta: { n: [1] }" }), valid: false },
  { name: "meta mapping", text: org({ unit: "meta: { n: { a: b } }" }), valid: false },
  { name: "unknown field", text: org({ person: 'reportTo: "100001"' }), valid: false },
  { name: "unknown top-level field", text: org({ top: "owner: me" }), valid: false },
  { name: "format 2", text: org().replace("orgspec: 1", "orgspec: 2"), valid: false },
  { name: "format as text", text: org().replace("orgspec: 1", 'orgspec: "1"'), valid: false },
  { name: "no format", text: org().replace("orgspec: 1\n", ""), valid: false },
  { name: "no blueprint", text: org().replace("blueprint: renewal-channel\n", ""), valid: false },
  { name: "unknown built-in blueprint", text: org().replace("renewal-channel", "renewl-channel"), valid: false },
  { name: "blueprint as a number", text: org().replace("renewal-channel", "5"), valid: false },
  { name: "blueprint as a boolean", text: org().replace("renewal-channel", "true"), valid: false },
  { name: "fte 0", text: org({ person: "fte: 0" }), valid: false },
  { name: "fte 1.5", text: org({ person: "fte: 1.5" }), valid: false },
  { name: "fte as text", text: org({ person: "fte: half" }), valid: false },
  { name: "fte infinite", text: org({ person: "fte: .inf" }), valid: false },
  { name: "also fte 2", text: org({ person: "also: [{ unit: hq, role: deputy-head, fte: 2 }]" }), valid: false },
  { name: "also without role", text: org({ person: "also: [{ unit: hq }]" }), valid: false },
  { name: "dottedLines not a list", text: org({ person: 'dottedLines: "100001"' }), valid: false },
  { name: "plan fraction", text: org({ unit: "plan: { deputy-head: 1.5 }" }), valid: false },
  { name: "plan negative", text: org({ unit: "plan: { deputy-head: -1 }" }), valid: false },
  { name: "planTotal infinite", text: org({ unit: "planTotal: .inf" }), valid: false },
  { name: "driver negative", text: org({ unit: "drivers: { premium-due: -5 }" }), valid: false },
  { name: "driver too large", text: org({ unit: "drivers: { premium-due: 1e13 }" }), valid: false },
  { name: "driver not a number", text: org({ unit: 'drivers: { premium-due: { "2013": x } }' }), valid: false },
  { name: "driver NaN", text: org({ unit: "drivers: { premium-due: .nan }" }), valid: false },
  { name: "units not a list", text: org().replace(/units:\n.*\n/, "units: {}\n"), valid: false },
  { name: "people as text", text: org().replace(/people:\n.*\n/, "people: x\n"), valid: false },
  { name: "rule severity unknown", text: org({ top: "rules: { vacancy: sometimes }" }), valid: false },
  { name: "rule for no code", text: org({ top: "rules: { not-a-code: off }" }), valid: false },
  { name: "rule max negative", text: org({ top: "rules: { span-of-control: { max: -1 } }" }), valid: false },
  { name: "rule max on another code", text: org({ top: "rules: { vacancy: { max: 3 } }" }), valid: false },
  { name: "norm with neither fixed nor per", text: org({ top: "norms: [{ role: r, in: [t] }]" }), valid: false },
  {
    name: "norm with fixed and per",
    text: org({ top: "norms: [{ role: r, in: [t], fixed: 1, per: [{ driver: d, rate: 1 }] }]" }),
    valid: false,
  },
  { name: "norm in no type", text: org({ top: "norms: [{ role: r, in: [], fixed: 1 }]" }), valid: false },
  {
    name: "norm rate 0",
    text: org({ top: "norms: [{ role: r, in: [t], per: [{ driver: d, rate: 0 }] }]" }),
    valid: false,
  },
  // The loader takes a number as text in the first mapping form of a union only (load/scalars.ts).
  {
    name: "norm term units as a number",
    text: org({ top: "norms: [{ role: r, in: [t], per: [{ units: 5, rate: 1 }] }]" }),
    valid: false,
  },
  { name: "include list of numbers", text: org({ top: "include: [5]" }), valid: false },
  { name: "include mapping", text: org({ top: "include: { a: 1 }" }), valid: false },
  { name: "top level a list", text: "- orgspec: 1\n", valid: false },
  { name: "empty file", text: "", valid: false },
  { name: "inline blueprint unknown field", text: inline("colour: red"), valid: false },
  {
    name: "inline blueprint line to a role number",
    text: inline("lines: [{ from: { role: head }, to: { role: 5 } }]"),
    valid: false,
  },
];

/** Probes of blueprint files (given by path): verdicts on the blueprint file. */
const BLUEPRINT_PROBES: Probe[] = [
  { name: "minimal", text: blueprint(), valid: true },
  { name: "titles and descriptions", text: blueprint("title: { zh: 迷你, en: 5 }", ", description: 7"), valid: true },
  {
    name: "drivers and norms",
    text: blueprint("drivers: { due: { title: Due, unit: 万元 } }\nnorms: [{ role: head, in: [dept], fixed: 1 }]"),
    valid: true,
  },
  {
    name: "limits",
    text: blueprint().replace("roles: [head] }", "roles: [head], limits: { head: { max: 1 } } }"),
    valid: true,
  },
  { name: "level 0", text: blueprint().replace("level: 1", "level: 0"), valid: false },
  { name: "no roles", text: blueprint().replace(/^roles:.*\n/m, ""), valid: false },
  { name: "unknown field", text: blueprint("colour: red"), valid: false },
  {
    name: "limit negative",
    text: blueprint().replace("roles: [head] }", "roles: [head], limits: { head: { min: -1 } } }"),
    valid: false,
  },
  { name: "line to nothing", text: blueprint("lines: [{ from: { role: head }, to: {} }]"), valid: false },
  { name: "format 2", text: blueprint().replace("orgspec-blueprint: 1", "orgspec-blueprint: 2"), valid: false },
  { name: "aliases", text: blueprint("", ", aliases: [总经理, 5]"), valid: true },
  { name: "aliases not a list", text: blueprint("", ", aliases: 总经理"), valid: false },
];

/** Where a JSON Schema cannot follow the CLI: the schema accepts, the CLI refuses. */
const KNOWN_DIFFERENCES: (Probe & { why: string; blueprint?: true })[] = [
  {
    name: "id +5",
    text: org({ person: "reportsTo: +5" }),
    valid: false,
    why: 'the id is the number\'s source text "+5", which has a "+"; a JSON Schema sees only the number 5',
  },
  {
    name: "blank alias",
    text: blueprint("", ', aliases: ["  "]'),
    valid: false,
    blueprint: true,
    why: "an alias is trimmed before its length is checked; the schema's minLength counts the spaces",
  },
  {
    name: "alias of another role",
    text: blueprint("").replace(
      "roles: { head: { title: Head } }",
      "roles: { head: { title: Head }, deputy: { title: Deputy, aliases: [head] } }",
    ),
    valid: false,
    blueprint: true,
    why: "an alias that is another role's id, title or alias is a schema error (alias_conflict) across fields",
  },
];

interface CliDiagnostic {
  code: string;
  file: string;
  line: number;
  message: string;
}

let scratch = "";
let orgSchema: Record<string, unknown> = {};
let blueprintSchema: Record<string, unknown> = {};
let validateOrg: ValidateFunction;
let validateBlueprint: ValidateFunction;
let diagnostics: CliDiagnostic[] = [];

const probePath = (kind: string, name: string) => `probes/${kind}/${name.replace(/[^\w]+/g, "-")}.yaml`;
/** A blueprint probe is `blueprint.yaml` beside a root file `org.yaml` that names it. */
const blueprintRoot = (name: string) => probePath("blueprint", name).replace(/\.yaml$/, "/org.yaml");
const blueprintFile = (name: string) => probePath("blueprint", name).replace(/\.yaml$/, "/blueprint.yaml");

/** Root files of examples/ (YAML files with an `orgspec:` key), relative to the scratch folder. */
function exampleRoots(dir = "examples"): string[] {
  return readdirSync(join(scratch, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return exampleRoots(path);
    if (!/\.ya?ml$/.test(e.name)) return [];
    return /^orgspec:/m.test(readFileSync(join(scratch, path), "utf8")) ? [path] : [];
  });
}

/** Blueprint files the example roots name by path. */
function exampleBlueprints(roots: string[]): string[] {
  return roots.flatMap((root) => {
    const doc = parseDocument(readFileSync(join(scratch, root), "utf8"));
    const value = doc.errors.length === 0 ? (doc.toJS() as { blueprint?: unknown } | null)?.blueprint : undefined;
    return typeof value === "string" && /\.ya?ml$/.test(value) ? [join(dirname(root), value)] : [];
  });
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(scratch, path)), { recursive: true });
  writeFileSync(join(scratch, path), text);
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.error) throw run.error;
  return run;
}

let roots: string[] = [];
let blueprintFiles: string[] = [];

beforeAll(() => {
  requireCli();
  scratch = mkdtempSync(join(tmpdir(), "orgspec-json-schema-"));
  cpSync(join(REPO, "examples"), join(scratch, "examples"), { recursive: true });
  for (const p of [...PROBES, ...KNOWN_DIFFERENCES.filter((d) => !d.blueprint)])
    write(probePath("org", p.name), p.text);
  for (const p of [...BLUEPRINT_PROBES, ...KNOWN_DIFFERENCES.filter((d) => d.blueprint)]) {
    write(
      blueprintRoot(p.name),
      "orgspec: 1\nblueprint: ./blueprint.yaml\nunits:\n  - { id: hq, type: dept, name: HQ }\n",
    );
    write(blueprintFile(p.name), p.text);
  }
  const examples = exampleRoots();
  roots = [
    ...examples,
    ...[...PROBES, ...KNOWN_DIFFERENCES.filter((d) => !d.blueprint)].map((p) => probePath("org", p.name)),
    ...[...BLUEPRINT_PROBES, ...KNOWN_DIFFERENCES.filter((d) => d.blueprint)].map((p) => blueprintRoot(p.name)),
  ];
  blueprintFiles = exampleBlueprints(examples);

  const org = cli(["schema"]);
  const bp = cli(["schema", "--blueprint"]);
  expect(org.status, org.stderr).toBe(0);
  expect(bp.status, bp.stderr).toBe(0);
  orgSchema = JSON.parse(org.stdout);
  blueprintSchema = JSON.parse(bp.stdout);
  const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
  validateOrg = ajv.compile(orgSchema);
  validateBlueprint = ajv.compile(blueprintSchema);

  const run = cli(["validate", ...roots, "--format", "json"]);
  expect(run.stderr).not.toMatch(/internal error|^\s+at /m);
  diagnostics = (JSON.parse(run.stdout) as { diagnostics: CliDiagnostic[] }).diagnostics;
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The CLI's schema-level verdict on `file`, and the diagnostics behind it. */
function cliVerdict(file: string): { valid: boolean; problems: string[] } {
  const problems = diagnostics
    .filter((d) => d.file === file && (d.code === "schema" || d.code === "yaml-syntax"))
    .map((d) => `${d.line}: ${d.message} [${d.code}]`);
  return { valid: problems.length === 0, problems };
}

/** The JSON Schema's verdict on `file` as YAML parses it; undefined when it is not YAML. */
function schemaVerdict(file: string, validate: ValidateFunction): { valid: boolean; errors: string } | undefined {
  const doc = parseDocument(readFileSync(join(scratch, file), "utf8"));
  if (doc.errors.length > 0) return undefined;
  const valid = validate(doc.toJS()) as boolean;
  return { valid, errors: JSON.stringify(validate.errors ?? []) };
}

function expectAgreement(file: string, validate: ValidateFunction, expected?: boolean) {
  const cliSays = cliVerdict(file);
  const schemaSays = schemaVerdict(file, validate);
  if (schemaSays === undefined) {
    expect(cliSays.problems.join("\n")).toMatch(/\[yaml-syntax\]/);
    return;
  }
  const detail = `${file}\nCLI: ${cliSays.problems.join("; ") || "no schema problem"}\nJSON Schema: ${schemaSays.errors}`;
  expect(schemaSays.valid, detail).toBe(cliSays.valid);
  if (expected !== undefined) expect(cliSays.valid, detail).toBe(expected);
}

describe("the JSON Schema agrees with the CLI", () => {
  it("the schemas `orgspec schema` prints are the ones the package ships", () => {
    const shipped = (name: string) => JSON.parse(readFileSync(join(REPO, "dist", "schema", name), "utf8"));
    expect(orgSchema).toEqual(shipped("org.schema.json"));
    expect(blueprintSchema).toEqual(shipped("blueprint.schema.json"));
  });

  it("names the built-in blueprints the loader has", () => {
    const blueprint = (orgSchema.properties as Record<string, { anyOf: { anyOf?: { enum?: string[] }[] }[] }>)
      .blueprint;
    const names = blueprint?.anyOf.flatMap((b) => b.anyOf ?? []).flatMap((b) => b.enum ?? []);
    expect(names).toEqual(Object.keys(BUILTIN_BLUEPRINTS));
  });

  it("finds the examples (renewal-channel, renewal-plan, custom-blueprint, every broken file)", () => {
    const examples = roots.filter((r) => r.startsWith("examples/"));
    expect(examples).toEqual(
      expect.arrayContaining(["examples/renewal-channel/org.yaml", "examples/broken/schema.yaml"]),
    );
    expect(examples.filter((r) => r.startsWith("examples/broken/")).length).toBeGreaterThanOrEqual(24);
    expect(blueprintFiles).toEqual(["examples/custom-blueprint/blueprint.yaml"]);
  });

  it("on every example root file", () => {
    for (const root of roots.filter((r) => r.startsWith("examples/"))) expectAgreement(root, validateOrg);
  });

  it("on the blueprint files the examples name, and the built-in blueprint", () => {
    for (const file of blueprintFiles) expectAgreement(file, validateBlueprint, true);
    const builtin = parseDocument(
      readFileSync(join(REPO, "src", "blueprint", "builtin", "renewal-channel.yaml"), "utf8"),
    );
    expect(validateBlueprint(builtin.toJS()), JSON.stringify(validateBlueprint.errors)).toBe(true);
  });

  it.each(PROBES.map((p) => [p.name, p] as const))("org probe: %s", (_name, probe) => {
    expectAgreement(probePath("org", probe.name), validateOrg, probe.valid);
  });

  it.each(BLUEPRINT_PROBES.map((p) => [p.name, p] as const))("blueprint probe: %s", (_name, probe) => {
    expectAgreement(blueprintFile(probe.name), validateBlueprint, probe.valid);
  });

  it.each(KNOWN_DIFFERENCES.map((p) => [p.name, p] as const))("known difference: %s", (_name, probe) => {
    const file = probe.blueprint ? blueprintFile(probe.name) : probePath("org", probe.name);
    expect(cliVerdict(file).valid, probe.why).toBe(probe.valid);
    expect(schemaVerdict(file, probe.blueprint ? validateBlueprint : validateOrg)?.valid, probe.why).toBe(!probe.valid);
  });
});

describe("the JSON Schema describes every field", () => {
  /** Paths of properties without a description, anywhere in `schema`. */
  function undescribed(schema: unknown, path = "#"): string[] {
    if (Array.isArray(schema)) return schema.flatMap((s, i) => undescribed(s, `${path}/${i}`));
    if (schema === null || typeof schema !== "object") return [];
    const out: string[] = [];
    const properties = (schema as { properties?: Record<string, { description?: unknown }> }).properties;
    for (const [key, value] of Object.entries(properties ?? {})) {
      if (typeof value.description !== "string" || value.description.length === 0)
        out.push(`${path}/properties/${key}`);
    }
    for (const [key, value] of Object.entries(schema)) out.push(...undescribed(value, `${path}/${key}`));
    return out;
  }

  it.each([
    ["org", orgJsonSchema],
    ["blueprint", blueprintJsonSchema],
  ] as const)("%s files: every property has a description for editor hover", (_name, schema) => {
    const json = schema();
    expect(typeof json.description).toBe("string");
    expect(undescribed(json)).toEqual([]);
  });
});

/**
 * The published types as a user's project sees them: a scratch project (in the OS temp
 * folder) with `node_modules/orgspec` linked to this repository, whose consumer.ts imports
 * "orgspec" and its subpaths and is type-checked by the repository's TypeScript with strict
 * settings and NodeNext resolution (so through package.json's `exports` and dist/*.d.ts).
 * What must not compile is marked `// @ts-expect-error`: an expectation that no longer
 * fails (a `readonly` dropped, an internal made public, `ok` no longer narrowing) is itself
 * an error (TS2578), so the test asks for zero errors in all.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, expect, test } from "vitest";
import { requireBuilt } from "../helpers/cli.js";
import { REPO } from "../helpers/org.js";

/** An ES module consumer of every entry. */
const CONSUMER_TS = `
import {
  type ChainLink,
  type LoadFailure,
  type LoadResult,
  type LoadSuccess,
  Org,
  type Person,
  type PersonRef,
  parseOrg,
  Staffing,
  type StaffingReport,
  type Unit,
  type UnitInfo,
  type Vacancy,
} from "orgspec";
import { parseOrg as parseInBrowser } from "orgspec/core";
import { diffOrgs, formatDiffText, type OrgDiff, type UnitRef } from "orgspec/diff";
import { exportOrg, type ResolvedOrg, resolvedOrg } from "orgspec/export";
import { generateOrg } from "orgspec/generate";
import { importCsv } from "orgspec/import";
import { renderHtml } from "orgspec/render";

declare const text: string;
declare function use(...values: unknown[]): void;
const result: LoadResult = parseOrg(text, { filename: "org.yaml" });

// --- what must compile ---

if (result.ok) result.org.managerOf("x");
if (result.ok) {
  const success: LoadSuccess = result;
  const org: Org = success.org;
  for (const vacancy of org.staffing.vacancies()) {
    const v: Vacancy = vacancy;
    const rollsUpTo: string | undefined = v.rollsUpTo?.name;
    use(v.unit, v.role, v.vacant, rollsUpTo);
  }
  const report: StaffingReport = org.staffing.report();
  for (const band of report.spans.bands) use(band.label, band.managers);
  for (const p of org.allReports("x", { lines: "all" })) use(p.id);
  const chain: readonly PersonRef[] = org.chainOfCommand("x");
  const links: readonly ChainLink[] = org.chainOfCommand("x", { lines: "all" });
  use(links[0]?.line, links[0]?.from[0]?.line, org.staffing.groups("level:3"), org.staffing.groups("branch"));
  const person: Person = org.person("x");
  const unit: Unit = org.unit("hq");
  const info: UnitInfo = org.unitInfo("hq");
  const kids: readonly string[] = unit.children;
  use(chain.length, person.dotted[0]?.source, info.staffing[0]?.vacant, kids, unit.plan["x"]);
  const copy = org.toGraph();
  copy.addNode("person:new", { kind: "person" });
  use(org.graph.order, org.graph.outNeighbors("person:x"));
  const resolved: ResolvedOrg = resolvedOrg(org);
  use(resolved.people[0]?.dotted[0]?.source, exportOrg(org, "mermaid"), renderHtml(org));
  const diff: OrgDiff = diffOrgs(org, org);
  const moved: UnitRef | undefined = diff.people.moved[0]?.to;
  use(moved?.name, formatDiffText(diff));
}
if (!result.ok) {
  const failure: LoadFailure = result;
  failure.org?.managerOf("x");
}
for (const d of result.diagnostics) use(d.code, d.file, d.line);
const inBrowser = parseInBrowser(text);
use(inBrowser.ok, inBrowser.ok && inBrowser.org.managerOf("x"), generateOrg({ people: 50 }).size);
declare const bp: NonNullable<Org["blueprint"]>;
use(importCsv(text, { blueprint: bp }).files.get("org.yaml"));

// --- what must not compile ---

// @ts-expect-error TS18048: \`org\` is possibly undefined until \`ok\` narrows the result
result.org.managerOf("x");

declare const org: Org;
declare const personRef: PersonRef;
// @ts-expect-error TS2540: PersonRef is readonly
personRef.name = "someone else";
// @ts-expect-error TS2540: PersonRef is readonly, every field
personRef.id = "0";

const info = org.unitInfo("hq");
// @ts-expect-error TS2339: an answer's arrays are readonly
info.members.push(personRef);
// @ts-expect-error TS2339: so are the arrays of a staffing answer
org.staffing.spans().bands.push({ label: "x", min: 0, max: null, managers: 0 });
// @ts-expect-error TS2339: and of a person
org.person("x").posts.push({ unit: "hq", role: "x", fte: 1, primary: false });
// @ts-expect-error TS2542: a unit's plan is readonly
org.unit("hq").plan["x"] = 3;
// @ts-expect-error TS2540: staffing figures are readonly
org.staffing.summary().vacant = 0;
// @ts-expect-error TS2322: the chain over solid lines (the default) is people, not links
const solidLinks: ChainLink[] = org.chainOfCommand("x");
declare const link: ChainLink;
// @ts-expect-error TS2540: a chain link is readonly
link.line = "solid";

declare const diff: OrgDiff;
// @ts-expect-error TS2339: a diff is readonly
diff.people.added.push(personRef);
declare const unitRef: UnitRef;
// @ts-expect-error TS2540: UnitRef is readonly
unitRef.name = "x";
declare const resolved: ResolvedOrg;
// @ts-expect-error TS2339: the resolved JSON is readonly
resolved.units.pop();

// @ts-expect-error TS2673: an Org comes from loadOrg or parseOrg; its constructor is private
new Org();
// @ts-expect-error TS2673: Staffing comes from org.staffing; its constructor is private
new Staffing();
// @ts-expect-error TS2339: the model is #private
org._data;
// @ts-expect-error TS2339: so are the indexes
org._personIndex;
// @ts-expect-error TS2339: and the PersonRef cache
org._ref(0);
// @ts-expect-error TS2540: \`staffing\` is a getter without a setter
org.staffing = org.staffing;
`;

/** A CommonJS consumer: the "require" condition, dist/*.d.cts. */
const CONSUMER_CTS = `
import type { LoadResult, PersonRef } from "orgspec";
import orgspec = require("orgspec");
import orgspecDiff = require("orgspec/diff");

const result: LoadResult = orgspec.parseOrg("orgspec: 1\\n");
if (result.ok) {
  const ref: PersonRef | null = result.org.managerOf("x");
  if (ref) {
    // @ts-expect-error TS2540: PersonRef is readonly
    ref.name = "x";
  }
  // @ts-expect-error TS2339: a diff is readonly
  orgspecDiff.diffOrgs(result.org, result.org).plans.pop();
  // @ts-expect-error TS2673: the constructor is private
  new orgspec.Org();
}
// @ts-expect-error TS18048: not narrowed
result.org.hasPerson("x");
`;

/** Proof that the check works: an expectation that does not fail (TS2578), and nothing else. */
const UNUSED_EXPECTATION_TS = `
import { parseOrg } from "orgspec";
const r = parseOrg("");
// @ts-expect-error
if (r.ok) r.org.managerOf("x");
`;

/**
 * A browser project's way in: the Org of `orgspec/core` (what `orgspec` resolves to under the
 * "browser" condition) handed to the subpaths.
 */
const CROSS_ENTRY_TS = `
import { parseOrg } from "orgspec/core";
import { diffOrgs } from "orgspec/diff";
import { exportOrg } from "orgspec/export";
import { renderHtml } from "orgspec/render";
const r = parseOrg("");
if (r.ok) {
  exportOrg(r.org, "mermaid");
  renderHtml(r.org);
  diffOrgs(r.org, r.org);
}
`;

/**
 * A consumer with its \`@ts-expect-error\` directives turned into plain comments, so that the
 * errors they would suppress show: each must be the one the directive names (\`TSnnnn\`), on
 * the line below it, and nothing else may fail. (A directive suppresses any error: without
 * this, \`new Org()\` would stay "expected" on a public constructor, failing for its arity.)
 */
const unmarked = (text: string) => text.replaceAll("// @ts-expect-error", "// (expected)");

const FILES: Readonly<Record<string, string>> = {
  "consumer.ts": CONSUMER_TS,
  "consumer.cts": CONSUMER_CTS,
  "unmarked-consumer.ts": unmarked(CONSUMER_TS),
  "unmarked-consumer.cts": unmarked(CONSUMER_CTS),
  "unused-expectation.ts": UNUSED_EXPECTATION_TS,
  "cross-entry.ts": CROSS_ENTRY_TS,
};

let dir = "";

beforeAll(() => {
  for (const entry of ["index", "browser", "export", "render", "import", "diff", "generate"]) {
    requireBuilt(join(REPO, "dist", `${entry}.d.ts`));
    requireBuilt(join(REPO, "dist", `${entry}.d.cts`));
  }
  dir = mkdtempSync(join(tmpdir(), "orgspec-consumer-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(REPO, join(dir, "node_modules", "orgspec"), "dir");
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "consumer", private: true, type: "module" })}\n`);
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface CheckError {
  /** The scratch file's name, or "" for an error anywhere else (a declaration file). */
  file: string;
  /** 1-based. */
  line: number;
  code: number;
  /** `file:line:col TSnnnn message`. */
  text: string;
}

let checked: CheckError[] | undefined;

/** tsc's errors for the scratch project: one program over every file, checked once. */
function typeErrors(): CheckError[] {
  if (checked) return checked;
  const program = ts.createProgram(
    Object.keys(FILES).map((name) => join(dir, name)),
    {
      strict: true,
      noEmit: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noImplicitOverride: true,
      verbatimModuleSyntax: true,
      skipLibCheck: false,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      // A Node project: its own @types/node (zod's declarations name the global URL).
      typeRoots: [join(REPO, "node_modules", "@types")],
      types: ["node"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    },
  );
  checked = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    const file = d.file?.fileName.startsWith(dir) ? d.file.fileName.slice(dir.length + 1) : "";
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const where = d.file && at ? `${file || d.file.fileName}:${at.line + 1}:${at.character + 1} ` : "";
    return { file, line: (at?.line ?? -1) + 1, code: d.code, text: `${where}TS${d.code} ${message}` };
  });
  return checked;
}

const errorsIn = (file: string) =>
  typeErrors()
    .filter((e) => e.file === file)
    .map((e) => e.text);

/** `line: TSnnnn` for each directive's next line, as the directives of `text` name them. */
function expectations(text: string): string[] {
  return text.split("\n").flatMap((line, index) => {
    const code = /\/\/ @ts-expect-error (TS\d+)/.exec(line)?.[1];
    return code ? [`${index + 2}: ${code}`] : [];
  });
}

test("a strict NodeNext project that imports orgspec type-checks, and what must not compile does not", {
  timeout: 60_000,
}, () => {
  const label = "type errors (TS2578: an expected error that no longer happens)";
  expect(errorsIn("consumer.ts"), `consumer.ts: ${label}`).toEqual([]);
  expect(errorsIn("consumer.cts"), `consumer.cts (the "require" condition, dist/*.d.cts): ${label}`).toEqual([]);
  expect(errorsIn(""), "errors in the declarations the consumer loads").toEqual([]);
});

test("the check has teeth: an expected error that does not happen fails it", { timeout: 60_000 }, () => {
  const errors = errorsIn("unused-expectation.ts");
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^unused-expectation\.ts:4:1 TS2578 /);
});

test.each([
  ["consumer.ts", CONSUMER_TS],
  ["consumer.cts", CONSUMER_CTS],
])(
  "each @ts-expect-error of %s fails for the reason it names, and nothing else does",
  (name, text) => {
    const wanted = expectations(text);
    expect(wanted.length, "directives that name their error code").toBeGreaterThan(0);
    const got = typeErrors()
      .filter((e) => e.file === `unmarked-${name}`)
      .map((e) => `${e.line}: TS${e.code}`);
    expect([...new Set(got)].sort(), errorsIn(`unmarked-${name}`).join("\n")).toEqual([...wanted].sort());
  },
  60_000,
);

/**
 * With #private fields a class is nominal: every entry's declarations come from one build
 * (tsup.config.ts), so the Org of `orgspec/core` (or of `orgspec` under the "browser"
 * condition) is the Org that `orgspec/export`, `/render` and `/diff` take.
 */
test("an Org from orgspec/core is the Org the subpaths take", { timeout: 60_000 }, () => {
  expect(errorsIn("cross-entry.ts")).toEqual([]);
});

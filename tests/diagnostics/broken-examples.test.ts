/**
 * examples/broken/: one root file per diagnostic code, each with a first line
 * `# expect: <code> at [<file>:]<line>:<column>` (see examples/broken/README.md). Each file must
 * yield exactly that diagnostic, at that place in that file (or in the file it names, an
 * included roster for csv-syntax), and nothing else.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES, type DiagnosticCode, loadOrg } from "orgspec";
import { describe, expect, it } from "vitest";
import { byPosition, example, pos, REPO, summary } from "../helpers/org.js";

const BROKEN = example("broken");
/** The codes only `orgspec import` produces (notes on a CSV export, tested in tests/interchange): no org file yields them. */
const IMPORT_CODES: readonly string[] = ["import-skipped", "import-guessed"];
/** Validate's folder mode only (a file no root reaches; tested in tests/cli/validate-folder): no single file shows it. */
const FOLDER_CODES: readonly string[] = ["unreached-file"];
const VALIDATE_CODES = DIAGNOSTIC_CODES.filter((code) => !IMPORT_CODES.includes(code) && !FOLDER_CODES.includes(code));
const FILES = readdirSync(BROKEN)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

interface Expectation {
  code: string;
  line: number;
  column: number;
  /** The file the diagnostic is in, when not the root file itself (a roster it includes). */
  file?: string;
}

function expectation(file: string): Expectation {
  const first = readFileSync(join(BROKEN, file), "utf8").split(/\r?\n/, 1)[0] ?? "";
  const m = /^# expect: ([a-z-]+) at (?:([^\s:]+):)?(\d+):(\d+)\s*$/.exec(first);
  if (!m) throw new Error(`${file}: first line is not "# expect: <code> at [<file>:]<line>:<column>": ${first}`);
  const e: Expectation = { code: m[1] as string, line: Number(m[3]), column: Number(m[4]) };
  if (m[2] !== undefined) e.file = m[2];
  return e;
}

/** The other places the README says each multi-place problem lists in `related`. */
const RELATED: Partial<Record<DiagnosticCode, Array<{ line: number; column: number }>>> = {
  "duplicate-id": [{ line: 14, column: 9 }],
  "unit-cycle": [{ line: 19, column: 13 }],
  "root-count": [{ line: 6, column: 9 }],
  "head-ambiguous": [{ line: 15, column: 11 }],
  limits: [
    { line: 18, column: 11 },
    { line: 22, column: 11 },
  ],
};

describe("examples/broken", () => {
  it("holds one file per diagnostic code, named after the code", () => {
    // Compared as sorted code names ("over-plan.yaml" sorts after "over-plan-total.yaml" as a file name).
    expect(FILES.map((f) => f.replace(/\.yaml$/, "")).sort()).toEqual([...VALIDATE_CODES].sort());
  });

  it.each(FILES)("%s: its first line says which code and where", (file) => {
    const e = expectation(file);
    expect(e.code).toBe(file.replace(/\.yaml$/, ""));
    expect(e.line).toBeGreaterThan(e.file === undefined ? 1 : 0);
    expect(e.column).toBeGreaterThan(0);
  });

  it.each(FILES)("%s yields exactly the expected diagnostic, at its place", async (file) => {
    const path = join(BROKEN, file);
    const e = expectation(file);
    const result = await loadOrg(path);
    const all = summary(result.diagnostics);
    const where = join(BROKEN, e.file ?? file);
    const matching = result.diagnostics.filter(
      (d) => d.code === e.code && d.file === where && d.line === e.line && d.column === e.column,
    );
    expect(matching, `want ${e.code}@${e.line}:${e.column}; got ${all}`).toHaveLength(1);
    // No error of another code, and (as the README promises) nothing else at all.
    expect(result.diagnostics.filter((d) => d.severity === "error" && d.code !== e.code)).toEqual([]);
    expect(result.diagnostics, all).toHaveLength(1);
    const d = matching[0]!;
    expect(d.severity).toBe(DEFAULT_SEVERITY[e.code as DiagnosticCode]);
    expect(result.ok).toBe(d.severity !== "error");
    expect(d.endLine * 1e6 + d.endColumn).toBeGreaterThanOrEqual(d.line * 1e6 + d.column);
    expect(d.message.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(RELATED))("%s lists the other places involved in related", async (code, related) => {
    const path = join(BROKEN, `${code}.yaml`);
    const [d] = (await loadOrg(path)).diagnostics;
    expect(d?.code).toBe(code);
    expect(d?.related?.every((r) => r.file === path && r.message.length > 0)).toBe(true);
    // Further entries (head-ambiguous also points at the unit) are welcome.
    expect((d?.related ?? []).map(pos).sort(byPosition)).toEqual(expect.arrayContaining(related));
  });

  it("reporting-cycle names both people on the cycle", async () => {
    const [d] = (await loadOrg(join(BROKEN, "reporting-cycle.yaml"))).diagnostics;
    expect(d?.message).toContain("100001");
    expect(d?.message).toContain("100002");
  });

  it("gives the did-you-mean hints the README promises", async () => {
    const schema = (await loadOrg(join(BROKEN, "schema.yaml"))).diagnostics[0];
    expect(schema?.hint).toBe('did you mean "reportsTo"?');
    expect(schema?.path).toEqual(["people", 1, "reportTo"]);
    const reference = (await loadOrg(join(BROKEN, "unknown-reference.yaml"))).diagnostics[0];
    expect(reference?.hint).toBe('did you mean "100001"?');
    expect(reference?.path).toEqual(["people", 1, "reportsTo"]);
    const driver = (await loadOrg(join(BROKEN, "unknown-driver.yaml"))).diagnostics[0];
    expect(driver?.hint).toBe('did you mean "premium-due"?');
    expect(driver?.path).toEqual(["units", 0, "drivers", "premium-dew"]);
  });

  it("the staffing-demand examples give the data the README describes", async () => {
    const data = async (code: DiagnosticCode) => (await loadOrg(join(BROKEN, `${code}.yaml`))).diagnostics[0]?.data;
    expect(await data("unknown-driver")).toEqual({
      driver: "premium-dew",
      blueprint: "renewal-mini",
      unit: "team",
      suggestion: "premium-due",
    });
    expect(await data("driver-missing")).toEqual({
      unit: "team",
      role: "renewal-specialist",
      driver: "orphan-policies",
      period: null,
    });
    expect(await data("norm-cycle")).toEqual({ roles: ["team-lead", "renewal-specialist"] });
    expect(await data("plan-below-norm")).toEqual({
      unit: "team",
      role: "renewal-specialist",
      planned: 2,
      required: 3,
      period: null,
    });
    expect(await data("over-plan-total")).toEqual({ unit: "hq", planTotal: 2, posts: 3, over: 1 });
  });
});

describe("every diagnostic code", () => {
  it.each([...DIAGNOSTIC_CODES])(
    "%s has a broken example (or is an import or folder code) and a docs/codes page",
    (code) => {
      const example = existsSync(join(BROKEN, `${code}.yaml`));
      expect(example, `examples/broken/${code}.yaml`).toBe(
        !IMPORT_CODES.includes(code) && !FOLDER_CODES.includes(code),
      );
      const doc = join(REPO, "docs", "codes", `${code}.md`);
      expect(existsSync(doc), `docs/codes/${code}.md`).toBe(true);
      expect(readFileSync(doc, "utf8")).toContain(code);
    },
  );

  it("is one of the spec's 28 stable codes (25 of validate's files, 1 of its folder mode, 2 of import), each with its default severity", () => {
    expect([...DIAGNOSTIC_CODES].sort()).toEqual(
      [
        "yaml-syntax",
        "csv-syntax",
        "schema",
        "duplicate-id",
        "unknown-reference",
        "unit-cycle",
        "root-count",
        "unknown-unit-type",
        "unknown-role",
        "parent-type",
        "role-not-allowed",
        "head-ambiguous",
        "reporting-cycle",
        "reports-outside-chain",
        "over-plan",
        "vacancy",
        "limits",
        "span-of-control",
        "fte-overallocated",
        "include",
        "unreached-file",
        "unknown-driver",
        "driver-missing",
        "norm-cycle",
        "plan-below-norm",
        "over-plan-total",
        "import-skipped",
        "import-guessed",
      ].sort(),
    );
    expect(DIAGNOSTIC_CODES).toHaveLength(28);
    expect(VALIDATE_CODES).toHaveLength(25);
    const warnings = [
      "reports-outside-chain",
      "over-plan",
      "span-of-control",
      "fte-overallocated",
      "driver-missing",
      "over-plan-total",
      "import-skipped",
      "unreached-file",
    ];
    const infos = ["vacancy", "plan-below-norm", "import-guessed"];
    for (const code of DIAGNOSTIC_CODES) {
      const want = infos.includes(code) ? "info" : warnings.includes(code) ? "warning" : "error";
      expect(DEFAULT_SEVERITY[code], code).toBe(want);
    }
  });

  it("has no docs/codes page for a code that does not exist", () => {
    const pages = readdirSync(join(REPO, "docs", "codes")).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(pages.map((f) => f.replace(/\.md$/, "")).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });
});

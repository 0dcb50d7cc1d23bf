/**
 * Shapes shared by org and blueprint files. Messages name what was expected; the path to
 * the field is added where issues become diagnostics (schema/issues.ts). Every field
 * carries a `.describe()` text: the JSON Schema shows it on hover in editors.
 */
import { z } from "zod";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../diagnostics/codes.js";

/** Letters of any script (with their marks), digits, `.`, `_`, `-`; 1–64 characters. */
export const ID_PATTERN = /^[\p{L}\p{M}\p{Nd}._-]{1,64}$/u;

/** How an id is written, appended to the description of every id field. */
const ID_RULE =
  'Letters of any script, digits, ".", "_" or "-"; 1 to 64 characters; a bare number keeps its text (007 is "007").';

export const Id = z
  .string({ error: "expected an id (a string)" })
  .regex(ID_PATTERN, { error: 'expected an id: letters, digits, ".", "_" or "-", 1 to 64 characters' });

/** An id field: `Id` with what it identifies or points at, for editors (`idOf("The parent unit's id.")`). */
export const idOf = (meaning: string) => Id.describe(`${meaning} ${ID_RULE}`);

export const Title = z
  .union([z.string(), z.record(z.string(), z.string())], {
    error: "expected a title: a string or a map of language tag to string",
  })
  .describe(
    "A display title: a string, or a map of language tag to string ({ zh: 续收专员, en: Renewal specialist }).",
  );

export const Meta = z
  .record(z.string(), z.string({ error: "expected a string value" }), {
    error: "expected a map of strings",
  })
  .describe("Free data as a map of strings (cost center, city, code …); orgspec does not interpret it.");

export const Severity = z.enum(["error", "warning", "info", "off"], {
  error: 'expected a severity: "error", "warning", "info" or "off"',
});

const RuleSeverity = Severity.describe('The severity to report the code with; "off" silences it.');

const RuleObject = z.strictObject({ severity: RuleSeverity.optional() });
const SpanRule = z.strictObject({
  severity: RuleSeverity.optional(),
  max: z
    .number()
    .int()
    .min(0, { error: "expected a whole number of at least 0" })
    .optional()
    .describe("The most direct solid-line reports a manager may have."),
});

function ruleShape() {
  const shape: Record<string, z.ZodType> = {};
  for (const code of DIAGNOSTIC_CODES) {
    const span = code === "span-of-control";
    const options = span ? "{ severity?, max? }" : "{ severity? }";
    shape[code] = z
      .union([Severity, span ? SpanRule : RuleObject], {
        error: `expected a severity ("error", "warning", "info" or "off") or ${options}`,
      })
      .optional()
      .describe(
        `The "${code}" diagnostic: a severity ("error", "warning", "info" or "off") or ${options} (docs/codes/${code}.md).`,
      );
  }
  return shape as Record<DiagnosticCode, z.ZodOptional<z.ZodUnion<[typeof Severity, typeof SpanRule]>>>;
}

/** `rules: { vacancy: off, span-of-control: { max: 12 } }` — severities and options by code. */
export const Rules = z
  .strictObject(ruleShape())
  .describe("Severities and options by diagnostic code: { vacancy: off, span-of-control: { max: 12 } }.");

export type RulesInput = z.infer<typeof Rules>;

export const Plan = z
  .record(
    z.string(),
    z
      .number({ error: "expected a headcount (a whole number)" })
      .int({ error: "expected a whole number" })
      .min(0)
      .describe("Authorized posts of this role."),
    { error: "expected a plan: a map of role to headcount" },
  )
  .describe("Authorized headcount (编制) by role: { renewal-specialist: 12, team-lead: 1 }.");

/**
 * Shapes shared by org and blueprint files. Messages name what was expected; the path to
 * the field is added where issues become diagnostics (schema/issues.ts).
 */
import { z } from "zod";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../diagnostics/codes.js";

/** Letters of any script (with their marks), digits, `.`, `_`, `-`; 1–64 characters. */
export const ID_PATTERN = /^[\p{L}\p{M}\p{Nd}._-]{1,64}$/u;

/** Ids are marked so the JSON Schema can also accept bare numbers (`id: 007`). */
export const idRegistry = z.registry<{ orgspecId: true }>();

export const Id = z
  .string({ error: "expected an id (a string)" })
  .regex(ID_PATTERN, { error: 'expected an id: letters, digits, ".", "_" or "-", 1 to 64 characters' });
idRegistry.add(Id, { orgspecId: true });

export const Title = z.union([z.string(), z.record(z.string(), z.string())], {
  error: "expected a title: a string or a map of language tag to string",
});

export const Meta = z.record(z.string(), z.string({ error: "expected a string value" }), {
  error: "expected a map of strings",
});

export const Severity = z.enum(["error", "warning", "info", "off"], {
  error: 'expected a severity: "error", "warning", "info" or "off"',
});

const RuleObject = z.strictObject({ severity: Severity.optional() });
const SpanRule = z.strictObject({
  severity: Severity.optional(),
  max: z.number().int().min(0, { error: "expected a whole number of at least 0" }).optional(),
});

function ruleShape() {
  const shape: Record<string, z.ZodType> = {};
  for (const code of DIAGNOSTIC_CODES) {
    const options = code === "span-of-control" ? "{ severity?, max? }" : "{ severity? }";
    shape[code] = z
      .union([Severity, code === "span-of-control" ? SpanRule : RuleObject], {
        error: `expected a severity ("error", "warning", "info" or "off") or ${options}`,
      })
      .optional();
  }
  return shape as Record<DiagnosticCode, z.ZodOptional<z.ZodUnion<[typeof Severity, typeof SpanRule]>>>;
}

/** `rules: { vacancy: off, span-of-control: { max: 12 } }` — severities and options by code. */
export const Rules = z.strictObject(ruleShape());

export type RulesInput = z.infer<typeof Rules>;

export const Plan = z.record(
  z.string(),
  z.number({ error: "expected a headcount (a whole number)" }).int({ error: "expected a whole number" }).min(0),
  { error: "expected a plan: a map of role to headcount" },
);

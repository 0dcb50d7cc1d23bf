/**
 * Effective rule settings: the blueprint's `rules`, then the org's, merged field by field
 * (`span-of-control: { max: 12 }` in the org keeps the blueprint's severity).
 */
import type { DiagnosticCode, RuleSeverity } from "../diagnostics/codes.js";
import type { RulesInput } from "../schema/common.js";

export interface RuleSetting {
  severity?: RuleSeverity;
  max?: number;
}

export type EffectiveRules = ReadonlyMap<DiagnosticCode, RuleSetting>;

export function mergeRules(...layers: Array<RulesInput | undefined>): EffectiveRules {
  const merged = new Map<DiagnosticCode, RuleSetting>();
  for (const layer of layers) {
    for (const [code, value] of Object.entries(layer ?? {}) as Array<[DiagnosticCode, unknown]>) {
      if (value === undefined) continue;
      const setting: RuleSetting =
        typeof value === "string" ? { severity: value as RuleSeverity } : (value as RuleSetting);
      merged.set(code, { ...merged.get(code), ...withoutUndefined(setting) });
    }
  }
  return merged;
}

function withoutUndefined(setting: RuleSetting): RuleSetting {
  const out: RuleSetting = {};
  if (setting.severity !== undefined) out.severity = setting.severity;
  if (setting.max !== undefined) out.max = setting.max;
  return out;
}

/** The model rules, run in a fixed order once the model is resolved. */
import type { RuleContext } from "./context.js";
import { checkDrivers } from "./drivers.js";
import { checkFte } from "./fte.js";
import { checkLimits } from "./limits.js";
import { checkPlan } from "./plan.js";
import { checkPlanTotal } from "./plan-total.js";
import { checkReportsOutsideChain } from "./reports-outside-chain.js";
import { checkRoles } from "./roles.js";
import { checkSpanOfControl } from "./span-of-control.js";
import { checkUnitTypes } from "./unit-types.js";

export const MODEL_RULES: ReadonlyArray<(ctx: RuleContext) => void> = [
  checkUnitTypes,
  checkRoles,
  checkReportsOutsideChain,
  checkPlan,
  checkLimits,
  checkSpanOfControl,
  checkFte,
  checkDrivers,
  checkPlanTotal,
];

export function runRules(ctx: RuleContext): void {
  for (const rule of MODEL_RULES) rule(ctx);
}

/** span-of-control: more direct solid-line reports than the rule's `max`. */
import { NONE, type PersonData, personAt } from "../model/data.js";
import type { RuleContext } from "./context.js";

export function checkSpanOfControl({ sink, people, rules }: RuleContext): void {
  const max = rules.get("span-of-control")?.max;
  if (max === undefined) return;
  const reports = new Uint32Array(people.length);
  for (const p of people) if (p.manager !== NONE) reports[p.manager] = (reports[p.manager] as number) + 1;
  for (const m of people) {
    const n = reports[m.index] as number;
    if (n > max) {
      sink.report(
        "span-of-control",
        personAt(m as PersonData, "id"),
        `"${m.id}" has ${n} direct reports; the span-of-control rule allows at most ${max}`,
        { manager: m.id, reports: n, max },
      );
    }
  }
}

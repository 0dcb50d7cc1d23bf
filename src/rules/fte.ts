/** fte-overallocated: a person's fte over all posts adds up to more than 1 (beyond 1e-9). */
import { postAt } from "../model/data.js";
import type { RuleContext } from "./context.js";

export function checkFte({ sink, people }: RuleContext): void {
  for (const p of people) {
    let total = 0;
    for (const post of p.posts) {
      total += post.fte;
      if (total > 1 + 1e-9) {
        const sum = p.posts.reduce((s, x) => s + x.fte, 0);
        sink.report(
          "fte-overallocated",
          postAt(p, post, "fte"),
          `"${p.id}" is allocated ${+sum.toFixed(6)} fte across posts; at most 1`,
          { person: p.id, fte: +sum.toFixed(6), max: 1 },
        );
        break;
      }
    }
  }
}

/**
 * Unit heads: the unit's `head` if set, else the one member whose post there has the type's
 * `headRole`. Several such members and no `head` is `head-ambiguous` (the unit stays headless).
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { type PersonData, postAt, type UnitData, unitAt } from "./data.js";
import { reportUnknownReference } from "./references.js";

export function resolveHeads(
  sink: DiagnosticSink,
  units: UnitData[],
  people: PersonData[],
  personById: Map<string, number>,
  brokenPersonIds: Set<string>,
  blueprint: Blueprint | undefined,
): void {
  for (const u of units) {
    const explicit = u.record.data.head;
    if (explicit !== undefined) {
      const h = personById.get(explicit);
      if (h !== undefined) u.head = h;
      else if (!brokenPersonIds.has(explicit)) {
        const reference = { kind: "person", id: explicit, field: "head" } as const;
        const message = `head "${explicit}" is not a person`;
        reportUnknownReference(sink, unitAt(u, "head"), message, reference, personById.keys());
      }
      continue;
    }
    const headRole = blueprint?.unitTypes.get(u.type)?.headRole;
    if (headRole === undefined) continue;
    // One entry per person: holding the head role twice in the same unit is still one holder.
    const holders = u.posts.filter(
      (post, i) =>
        post.role === headRole && u.posts.findIndex((p) => p.person === post.person && p.role === headRole) === i,
    );
    if (holders.length === 1) u.head = (holders[0] as (typeof holders)[0]).person;
    else if (holders.length > 1) {
      const [first, second, ...more] = holders.map((post) => postAt(people[post.person] as PersonData, post));
      if (!first || !second) continue;
      const names = holders.map((post) => `"${(people[post.person] as PersonData).id}"`).join(", ");
      sink.report(
        "head-ambiguous",
        second,
        `unit "${u.id}" has ${holders.length} members in its head role "${headRole}" (${names}) and no head`,
        { unit: u.id, role: headRole, candidates: holders.map((post) => (people[post.person] as PersonData).id) },
        {
          hint: `set "head" on unit "${u.id}" to the one who heads it`,
          related: [
            { ...first, message: "also holds the head role" },
            ...more.map((at) => ({ ...at, message: "also holds the head role" })),
            { ...unitAt(u, "id"), message: "the unit" },
          ],
        },
      );
    }
  }
}

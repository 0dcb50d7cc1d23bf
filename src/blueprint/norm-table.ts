/**
 * The norms in force: the blueprint's, with the org's `norms:` replacing them for the
 * (role, unit type) pairs they name. Within one list a later norm replaces an earlier one
 * for the same pair.
 */
import type { NormDefInput } from "../schema/demand.js";

/** Unit type → role → the norm for that role in that type. */
export type NormTable = ReadonlyMap<string, ReadonlyMap<string, NormDefInput>>;

export function normTable(...lists: ReadonlyArray<readonly NormDefInput[]>): NormTable {
  const table = new Map<string, Map<string, NormDefInput>>();
  for (const list of lists) {
    for (const norm of list) {
      for (const type of norm.in) {
        let roles = table.get(type);
        if (!roles) table.set(type, (roles = new Map()));
        roles.set(norm.role, norm);
      }
    }
  }
  return table;
}

/** The norms in force, as one list (each pair's winner once), for ordering them. */
export function normsInForce(table: NormTable): NormDefInput[] {
  const out = new Set<NormDefInput>();
  for (const roles of table.values()) for (const norm of roles.values()) out.add(norm);
  return [...out];
}

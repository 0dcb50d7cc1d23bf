/**
 * Records + blueprint → resolved model, in one pass per stage: units (parents, root, cycles),
 * people and posts, heads, solid managers, dotted lines. The model reports what keeps it
 * from resolving (unknown references, cycles, ambiguous heads); the rules run after it, in
 * the pipeline (org/pipeline.ts).
 */
import type { Blueprint } from "../blueprint/blueprint.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { Records } from "../load/records.js";
import type { PersonData, UnitData } from "./data.js";
import { resolveDotted } from "./dotted.js";
import { resolveHeads } from "./heads.js";
import { buildPeople } from "./people.js";
import { resolveManagers } from "./solid.js";
import { buildUnits } from "./units.js";

export interface ModelData {
  units: UnitData[];
  people: PersonData[];
  unitById: Map<string, number>;
  personById: Map<string, number>;
}

export function buildModel(sink: DiagnosticSink, records: Records, blueprint: Blueprint | undefined): ModelData {
  const units = buildUnits(sink, records, blueprint);
  const people = buildPeople(sink, records, units);
  resolveHeads(sink, units.units, people.people, people.byId, records.brokenPersonIds, blueprint);
  resolveManagers(sink, units.units, people.people);
  resolveDotted(units.units, people.people, people.byId, blueprint);
  return { units: units.units, people: people.people, unitById: units.byId, personById: people.byId };
}

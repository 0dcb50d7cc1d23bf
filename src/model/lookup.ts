/**
 * Ids → indexes for the API: an unknown id is programmer misuse, so it throws
 * `UnknownIdError` naming the method and the closest ids (never a diagnostic).
 */
import { closestMany } from "../diagnostics/suggest.js";
import type { ModelData } from "./build.js";
import { UnknownIdError } from "./errors.js";

export function personIndex(model: ModelData, id: string, method: string): number {
  const index = model.personById.get(id);
  if (index !== undefined) return index;
  if (typeof id !== "string") throw new TypeError(`${method}: expected a person id (a string)`);
  throw new UnknownIdError(method, "person", id, closestMany(id, model.personById.keys()));
}

export function unitIndex(model: ModelData, id: string, method: string): number {
  const index = model.unitById.get(id);
  if (index !== undefined) return index;
  if (typeof id !== "string") throw new TypeError(`${method}: expected a unit id (a string)`);
  throw new UnknownIdError(method, "unit", id, closestMany(id, model.unitById.keys()));
}

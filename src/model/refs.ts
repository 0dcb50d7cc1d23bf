/** One frozen PersonRef per person, made on first use and shared by every answer. */
import type { ModelData } from "./build.js";
import { NONE, type PersonData, type UnitData } from "./data.js";
import type { PersonRef } from "./types.js";

export class PersonRefs {
  readonly #model: ModelData;
  readonly #refs: Array<PersonRef | undefined> = [];

  constructor(model: ModelData) {
    this.#model = model;
  }

  // NOTE: answers allocate nothing, and a caller cannot change what the next caller sees.
  ref(index: number): PersonRef {
    const cached = this.#refs[index];
    if (cached) return cached;
    const p = this.#model.people[index] as PersonData;
    const unit = p.unit === NONE ? p.record.data.unit : (this.#model.units[p.unit] as UnitData).id;
    const ref: PersonRef = Object.freeze({ id: p.id, name: p.name, unit, role: p.role });
    this.#refs[index] = ref;
    return ref;
  }
}

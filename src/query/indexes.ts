/**
 * The query indexes of one org, each built on first use (in linear time) and then kept:
 * the solid reporting forest, its jump pointers, the dotted lines both ways, the unit tree.
 */
import type { ModelData } from "../model/build.js";
import { buildDotted, type DottedIndex } from "./dotted.js";
import { buildForest, type ReportingForest } from "./forest.js";
import { buildJumps } from "./lca.js";
import { buildNameIndex, type NameIndex } from "./names.js";
import { buildUnitForest, type UnitForest } from "./units.js";

export class QueryIndexes {
  readonly #data: ModelData;
  #forest: ReportingForest | undefined;
  #jumps: Int32Array | undefined;
  #dotted: DottedIndex | undefined;
  #units: UnitForest | undefined;
  #names: NameIndex | undefined;

  constructor(data: ModelData) {
    this.#data = data;
  }

  get forest(): ReportingForest {
    this.#forest ??= buildForest(this.#data.people);
    return this.#forest;
  }

  get jumps(): Int32Array {
    this.#jumps ??= buildJumps(this.forest);
    return this.#jumps;
  }

  get dotted(): DottedIndex {
    this.#dotted ??= buildDotted(this.#data.people);
    return this.#dotted;
  }

  get units(): UnitForest {
    this.#units ??= buildUnitForest(this.#data.units);
    return this.#units;
  }

  get names(): NameIndex {
    this.#names ??= buildNameIndex(this.#data);
    return this.#names;
  }
}

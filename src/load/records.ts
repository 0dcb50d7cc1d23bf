/** What the loader hands to the model: checked records, each remembering where it came from. */
import type { PathSegment } from "../diagnostics/types.js";
import type { PersonInput, UnitInput } from "../schema/org.js";
import type { SourceFile } from "../source/file.js";

export interface SourceRecord<T> {
  data: T;
  file: SourceFile;
  /** Path of the record in its file, e.g. `["people", 3]`. */
  at: readonly PathSegment[];
}

export type UnitRecord = SourceRecord<UnitInput>;
export type PersonRecord = SourceRecord<PersonInput>;

export interface Records {
  /** The root file, for problems of the org as a whole. */
  root: SourceFile;
  units: UnitRecord[];
  people: PersonRecord[];
  /** Ids of records that failed the schema: references to them are not reported again. */
  brokenUnitIds: Set<string>;
  brokenPersonIds: Set<string>;
  /** How many unit records failed the schema (with a readable id or not): a missing root may be one of them. */
  droppedUnits: number;
  /**
   * Unit ids that people records which failed the schema name (`unit`, `also[].unit`): those
   * units' shortfalls (vacancy, a limits minimum) are knock-ons of the reported problem.
   */
  droppedPeopleUnits: Set<string>;
  /**
   * An included file or roster that could not be read as a whole (it does not parse, or its
   * top level is no mapping): its people, wherever they work, are unknown, so no unit's
   * shortfall can be trusted.
   */
  peopleLost: boolean;
}

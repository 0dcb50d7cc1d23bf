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
}

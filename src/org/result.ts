/** What loading returns: the diagnostics, the files read, and the Org whenever it could be built. */
import type { Diagnostic } from "../diagnostics/types.js";
import type { Org } from "./org.js";

interface LoadResultBase {
  /** Every problem found, sorted by file, line, column, code. */
  readonly diagnostics: readonly Diagnostic[];
  /** Every file read for the org, in reading order: root, includes, blueprint file. */
  readonly files: readonly string[];
  /** The text of each file read (by display path), for code frames. */
  readonly sources: ReadonlyMap<string, string>;
  /** Which parser read each file: the fast scanner or the `yaml` package; `csv` for rosters. */
  readonly parsers: ReadonlyMap<string, "fast" | "yaml" | "csv">;
}

/** No error (warnings and infos allowed): the org is there. */
export interface LoadSuccess extends LoadResultBase {
  readonly ok: true;
  readonly org: Org;
}

/** At least one error. The org is still there whenever the graph could be built. */
export interface LoadFailure extends LoadResultBase {
  readonly ok: false;
  readonly org?: Org;
}

/**
 * The result of `loadOrg` and `parseOrg`; `ok` narrows it.
 *
 * @example
 * const result = parseOrg(text);
 * if (result.ok) result.org.managerOf("110212"); // org is an Org here
 */
export type LoadResult = LoadSuccess | LoadFailure;

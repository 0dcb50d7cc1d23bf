/**
 * `generateOrg`: a deterministic, realistic renewal-collection channel of N people for demos
 * and benchmarks (the same options give the same bytes). Pure: returns file contents.
 */
import { buildOrg, MAX_PEOPLE, MIN_PEOPLE } from "./build.js";
import { writeOrg } from "./write.js";

export { MAX_PEOPLE, MIN_PEOPLE };

/** Options of `generateOrg`: the size of the org, the seed, and whether to split it into files. */
export interface GenerateOptions {
  /** Number of people, from 50 to 2,000,000; the org has exactly this many. */
  people: number;
  /** Seed of the pseudo-random generator (default 1): the same seed and size give the same bytes. */
  seed?: number;
  /** One file per branch (`branches/<id>.yaml`) plus a root `org.yaml` that includes them. */
  split?: boolean;
  /**
   * Called as the org is made, for a progress line: after each branch is built (`build`),
   * then after each branch is written as text (`write`), with the people done so far of `total`.
   */
  onProgress?: (progress: GenerateProgress) => void;
}

/** How far `generateOrg` is: `people` of `total` built, then written. */
export interface GenerateProgress {
  readonly stage: "build" | "write";
  readonly people: number;
  readonly total: number;
}

/**
 * Generate an org for the built-in `renewal-channel` blueprint: HQ, branches with their four
 * offices, central sub-branches, sub-branches and teams, with Chinese names, plans with some
 * vacancies and over-plan units, concurrent posts, explicit reportsTo and dotted lines, and
 * driver amounts for 2011–2013 on every team (docs/format.md, "Generated orgs"). It
 * validates with no errors, and every span is within the blueprint's 15 except the HQ
 * head's from 50 branches on (70,000 people). Returns file contents by path relative
 * to the output folder.
 *
 * @example
 * const files = generateOrg({ people: 5000, seed: 7 });
 * const { ok } = parseOrg(files.get("org.yaml") ?? "");
 */
export function generateOrg(options: GenerateOptions): Map<string, string> {
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`generateOrg: seed must be a whole number ≥ 0, got ${seed}`);
  }
  const report = options.onProgress;
  const total = options.people;
  const at = (stage: GenerateProgress["stage"]) => report && ((people: number) => report({ stage, people, total }));
  const org = buildOrg(options.people, seed, at("build"));
  const split = options.split === true;
  const command = `orgspec generate --people ${options.people} --seed ${seed}${split ? " --split" : ""}`;
  return writeOrg(org, { split, command, onBranch: at("write") });
}

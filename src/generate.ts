/**
 * `orgspec/generate`: a synthetic, realistic renewal-channel org of exactly N people
 * (deterministic for a seed), for benchmarks, demos and tests.
 *
 * @example
 * import { generateOrg } from "orgspec/generate";
 * const files = generateOrg({ people: 5000, seed: 1 }); // Map of path → YAML text
 */
export { type GenerateOptions, type GenerateProgress, generateOrg } from "./generate/index.js";

/**
 * Nearest-rank percentiles: the p-th percentile of n values sorted ascending is the value at
 * 1-based rank ⌈p·n/100⌉. Always one of the values (a span is a whole number of people);
 * the median (p = 50) of an even count is the lower of the two middle values.
 */

/**
 * @example nearestRank([1, 2, 3, 4], 50) // 2 (rank ⌈2⌉ = 2)
 * @example nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) // 9 (rank ⌈9⌉ = 9)
 * @example nearestRank([], 50) // null
 */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  // NOTE: p·n is computed before dividing, so integer p and n give an exact rank (0.9 × 10 in
  // floating point is 9.000000000000002, whose ceiling would be 10).
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p * sorted.length) / 100)));
  return sorted[rank - 1] as number;
}

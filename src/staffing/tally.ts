/**
 * A mutable tally of staffing counts, added up over units, roles or groups. FTE is kept in
 * whole millionths so that sums are exact integers: a parent's FTE is exactly its own plus
 * its children's, whatever the order of addition.
 */
import type { Figures } from "./types.js";

export interface Tally {
  planned: number;
  filled: number;
  vacant: number;
  over: number;
  unplanned: number;
  posts: number;
  /** FTE in millionths. */
  fteMicro: number;
}

const MICRO = 1_000_000;

export function emptyTally(): Tally {
  return { planned: 0, filled: 0, vacant: 0, over: 0, unplanned: 0, posts: 0, fteMicro: 0 };
}

/** An fte as whole millionths (fte values are decimals with at most a few places). */
export function toMicro(fte: number): number {
  return Math.round(fte * MICRO);
}

/**
 * The tally of one unit and role, by the staffing arithmetic of format.md.
 *
 * @example roleTally(6, 5, 5_500_000) // planned 6, filled 5, vacant 1, over 0, posts 5
 * @example roleTally(undefined, 2, 0)  // no plan: unplanned 2
 */
export function roleTally(planned: number | undefined, posts: number, fteMicro: number): Tally {
  if (planned === undefined) return { ...emptyTally(), unplanned: posts, posts, fteMicro };
  const filled = Math.min(posts, planned);
  return { planned, filled, vacant: planned - filled, over: posts - filled, unplanned: 0, posts, fteMicro };
}

/** `into += t`, field by field. */
export function addTally(into: Tally, t: Tally): void {
  into.planned += t.planned;
  into.filled += t.filled;
  into.vacant += t.vacant;
  into.over += t.over;
  into.unplanned += t.unplanned;
  into.posts += t.posts;
  into.fteMicro += t.fteMicro;
}

/** The public figures of a tally: FTE in units, fill rate `filled / planned` (null when 0). */
export function toFigures(t: Tally): Figures {
  return {
    planned: t.planned,
    filled: t.filled,
    vacant: t.vacant,
    over: t.over,
    unplanned: t.unplanned,
    posts: t.posts,
    fte: t.fteMicro / MICRO,
    fillRate: t.planned === 0 ? null : t.filled / t.planned,
  };
}

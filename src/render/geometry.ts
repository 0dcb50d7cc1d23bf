/**
 * The chart's grid, shared by the page (stylesheet and script) and the SVG: box size, and
 * the row and column pitch of the left-to-right tree (depth runs along x).
 */
export const BOX_W = 220;
export const BOX_H = 74;
/** Distance between sibling rows. */
export const ROW = BOX_H + 14;
/** Distance between depth columns; the gap holds the links' elbows. */
export const COL = BOX_W + 56;

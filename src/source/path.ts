/** One step of a path from a file's top: a mapping key or a sequence index. */
export type PathSegment = string | number;

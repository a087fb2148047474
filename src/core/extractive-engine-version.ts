/**
 * Bump when the extractive engine's output changes, so cached analyses are recomputed. Who is who counts: its
 * list is stored beside the analysis (articles-009) and read back under the same key, so a change to who is who
 * alone reaches stored stories only through this bump (review s33 B-cold33-1). Its own module: reading it (for the
 * cache key) must not load the engine, which a brief of a story whose analysis is stored never needs.
 */
export const EXTRACTIVE_ENGINE_VERSION = 86;

/**
 * Bump when the extractive engine's output changes, so cached analyses are recomputed. Its own
 * module: reading it (for the cache key) must not load the engine, which a brief of a story whose
 * analysis is stored never needs.
 */
export const EXTRACTIVE_ENGINE_VERSION = 51;

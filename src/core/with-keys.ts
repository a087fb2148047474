/**
 * `{ ...base, ...extra }` for an `extra` that adds keys `base` lacks: the same keys in the same order,
 * the same values (extra's win). Written as a spread, V8 (Node 20) gives almost every such object a
 * hidden class of its own: each article's analysis, story and open-question inputs had a new one, so
 * every function reading them missed its inline caches on every article and the maps piled up for the
 * next full GC. Object.assign onto a fresh literal reuses one class per shape (docs/evaluation/analysis-speed.md,
 * session 54).
 */
export function withKeys<T extends object, U extends object>(base: T, extra: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, extra);
}

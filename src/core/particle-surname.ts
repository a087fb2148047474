import { literalMatches, literalPattern } from './literal-matches';

/** Arabic and Hebrew particles the copy joins to a surname with a hyphen: "al-Assad", "bin-Talal", "ben-Ami". */
export const HYPHEN_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu|ben|ould)-(?=\p{Lu})/u;

/** A given name, then a lower-case word hyphened to a capital: compiled once, not once per name (review, audit 52). */
const WORD_AFTER = literalPattern("(?<![\\w'’-])", " ((?:[a-z]+)-\\p{Lu}[\\p{L}'’-]*)", 'u');

/**
 * "President Bashar al-Assad": a name the name finder cut before its particle (name-runs.ts now reads on to it) keeps
 * "Bashar"; the surname the copy writes right after the given name, particle and all, completes it. Null when the
 * copy writes none.
 */
export function particleSurname(given: string, text: string): string | null {
  for (const m of literalMatches(text, given, WORD_AFTER))
    return HYPHEN_PARTICLE.test(m[1]!) ? m[1]!.replace(/['’]s?$/, '') : null;
  return null;
}

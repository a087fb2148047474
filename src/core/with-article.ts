import { escapeRegExp } from './escape-reg-exp';
import { WORD_EDGE } from './latin-letters';

/**
 * "NRA" as the copy writes it, "the NRA"; "the European Union", "the Federal Reserve": a name the copy
 * gives an article keeps it, as the copy writes it each time (a person's name never takes one). Without
 * it a question reads "Does State Department's claim … hold up?".
 */
export function withArticle(who: string, text: string, isPerson: boolean | undefined): string {
  if (isPerson) return who;
  const named = new RegExp(`${WORD_EDGE}${escapeRegExp(who)}${WORD_EDGE}`, 'g');
  const mentions = [...text.matchAll(named)];
  return mentions.length > 0 && mentions.every((m) => /\bthe\s+$/i.test(text.slice(0, m.index))) ? `the ${who}` : who;
}

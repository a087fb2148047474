import type { Analysis } from './analysis-types';
import { calendarWords } from './calendar-words';
import { HONORIFICS } from './honorifics';
import { PLACE_WORDS, PLACES } from './place-words';
import { TITLE_WORDS } from './split-title';

/** Quoted words: a name inside them is the speaker's, pointing anywhere. */
const QUOTED = /["“][^"”]*["”]/g;
/** A lone capitalised word after another word, no capitalised word beside it, with the word before it. */
const LONE_CAPITAL = /(?<=(\S+)\s+)(?<![\p{Lu}][\p{L}'’.-]*\s+)\p{Lu}[\p{L}'’.-]*(?![\p{L}'’.-]|\s+\p{Lu})/gu;
/** Words after which a lone capitalised word is a hearer, a place or a body, not a rival subject. */
const AFTER = /^(?:told|in|at|from|to|of|for|near|on|into|across|the|a|an)$/i;
/** A demonym or a party's adjective ("Mexican", "Democratic", "British", "Chinese"): no one's name. */
const DEMONYM = /(?:an|ic|ish|ese)$/;

/**
 * Whether `before` holds, outside quotations, a lone capitalised word that may be another person's surname: none of
 * the meant person's names (`name`), nor a body's or a place's the name finder or the place lists know, a calendar
 * word, a title or an acronym, nor the one told ("told Reuters"). "I waited to see if Obama would appoint Preet
 * Bharara" then "He did not." is Obama's, whom the name finder missed: the people index takes a lone capitalised word
 * for a person only as the surname of one it knows (people.ts), so this reads what it leaves. A run of capitalised
 * words ("North Carolina", "the Islamic State") is a name the finder read, a person's only if it is an entity.
 */
export function rivalSurnameBefore(before: string, analysis: Analysis, name: string): boolean {
  const own = before.replace(QUOTED, (q) => ' '.repeat(q.length));
  const known = new Set(name.split(/\s+/));
  for (const e of analysis.entities) if (e.type !== 'person') for (const w of e.name.split(/\s+/)) known.add(w);
  for (const m of own.matchAll(LONE_CAPITAL)) {
    const word = m[0].replace(/['’]s?$|[.,;:]$/, '');
    if (known.has(word) || PLACES.has(word) || PLACE_WORDS.has(word) || calendarWords(word)) continue;
    if (HONORIFICS.has(word) || HONORIFICS.has(`${word}.`) || TITLE_WORDS.test(word) || /^\p{Lu}+$/u.test(word))
      continue;
    // "told Reuters", "in Tucson", "the Democratic caucus", "of Mexican descent": the hearer, a place, a modifier.
    if (AFTER.test(m[1]!) || DEMONYM.test(word) || word === 'I') continue;
    return true;
  }
  return false;
}

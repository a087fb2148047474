import { agentNoun } from './agent-noun';
import { pastParticiple } from './past-participle';
import { peoplePlural } from './people-plural';
import { isRoleHead } from './role-heads';

/** Words that end a noun phrase after "with": prepositions and relatives. */
const PHRASE_STOP = /^(?:of|by|from|in|on|for|at|to|with|who|that|which|about|over|under|near|outside|inside)$/i;

/** Heads that count or gather, whose "of" phrase holds the nouns counted: "a dozen of the mayor's friends". */
const QUANTITY = /^(?:dozens?|hundreds?|thousands?|number|handful|group|score|some|many|most|more|several|few|all)$/i;

/** The head of the noun phrase opening `words`: its last word before a stop, or the counted noun after "of". */
function phraseHead(words: readonly string[]): string | undefined {
  const stop = words.findIndex(
    (w, i) => i > 0 && (PHRASE_STOP.test(w) || (pastParticiple(w) && PHRASE_STOP.test(words[i + 1] ?? ''))),
  );
  const head = words[(stop > 0 ? stop : words.length) - 1];
  if (stop > 0 && /^of$/i.test(words[stop]!) && QUANTITY.test(head ?? '')) return phraseHead(words.slice(stop + 1));
  return head?.replace(/[,.;:]+$/, '');
}

/**
 * Whether a source phrase's "with …" names people: "interviews with the mayor's friends", "talks with Cruz". A
 * message that holds words of people so named has them as its source; "a statement with no signature", "a notice
 * with the council's logo posted on the pier gates" name no one, and stay messages (review 47, B-r47-12: any "with"
 * was read as naming someone). The with-phrase's head decides: a name, or a noun for a person or for people.
 */
export function withPerson(phrase: string): boolean {
  const at = phrase.search(/\swith\s/i);
  if (at < 0) return false;
  const head = phraseHead(
    phrase
      .slice(at + 6)
      .trim()
      .split(/\s+/),
  );
  if (!head || /['’]s?$/.test(head)) return false;
  if (/^[A-Z][a-z]/.test(head)) return true;
  const w = head.toLowerCase();
  const singular = w.replace(/ies$/, 'y').replace(/s$/, '');
  return peoplePlural(w) || [w, singular].some((s) => agentNoun(s) || isRoleHead(s));
}

import type { Sentence } from './analysis-types';
import { escapeRegExp } from './escape-reg-exp';
import { LATIN_LETTERS, WORD_EDGE } from './latin-letters';
import type { PeopleIndex } from './people';
import type { ResolvedSpeaker } from './speaker-resolution';

const NAMED_BY = new Map<string, RegExp>();
// "Transport minister Ayşe Ağaoğlu": accented letters are the name's too; ASCII classes cut it to "Ay".
const CAPITAL = `[A-Z${LATIN_LETTERS}]`;
const NAME_CHAR = `[\\w${LATIN_LETTERS}&'’.-]`;

/**
 * "US magazine Mobile PC" earlier lets "the magazine" mean Mobile PC: per article, the nearest name written right after
 * a description's head at or before a sentence. Per head, per sentence read back so far, the nearest sentence's match
 * (or null for none) is kept, so each sentence is read once per head, not once per description: "the magazine said" in
 * every sentence read the whole article back each time.
 */
export function namedByHead(
  sentences: Sentence[],
  index: PeopleIndex,
): (head: string, sentenceId: number) => ResolvedSpeaker | null {
  const namedAt = new Map<string, Array<RegExpExecArray | null>>();
  return (head, sentenceId) => {
    const escaped = escapeRegExp(head);
    const pattern =
      NAMED_BY.get(escaped) ??
      new RegExp(`${WORD_EDGE}${escaped}\\s+((?:${CAPITAL}${NAME_CHAR}*)(?:\\s+(?:&\\s+)?${CAPITAL}${NAME_CHAR}*)*)`);
    if (NAMED_BY.size > 500) NAMED_BY.clear();
    NAMED_BY.set(escaped, pattern);
    const nearest = namedAt.get(head) ?? [];
    namedAt.set(head, nearest);
    const read: number[] = [];
    let match: RegExpExecArray | null = null;
    for (let id = sentenceId; id >= 0; id--) {
      const known = nearest[id];
      if (known !== undefined) {
        match = known;
        break;
      }
      read.push(id);
      // The pattern holds the head as written: a sentence without it cannot match.
      const text = sentences[id]!.text;
      match = text.includes(head) ? pattern.exec(text) : null;
      if (match) break;
    }
    for (const id of read) nearest[id] = match;
    if (!match) return null;
    const person = index.lookup(match[1]!);
    return person ? { name: person.name, person } : { name: match[1]!.replace(/['’]s$/, ''), person: null };
  };
}

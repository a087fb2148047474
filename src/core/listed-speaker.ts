import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { CAPITALISED_WORD as CAP } from './capitalised-word';
import { eachMatch } from './each-match';
import type { ResolvedSpeaker } from './speaker-resolution';
import { QUOTE_VERBS, REPORTING_VERBS } from './speech-verbs';
import { STOPWORDS } from './stopwords';
import { wholeWordCount } from './whole-word-count';

const NAME = `(?:${CAP}\\s+){0,2}${CAP}`;
/**
 * Three names or more listed with a closing "and" as a clause's subject, its verb next (perhaps after an adverb or an
 * appositive all of them share): "Ann Lee, Tom Ruiz and Jo Bell wrote", "Lee, Ruiz and Bell, all Democrats, said".
 */
const LIST_SUBJECT = new RegExp(
  `(?<![\\p{L}\\p{M}.'’-])(${NAME}(?:,\\s+${NAME}){1,5},?\\s+and\\s+${NAME})(?:,\\s+(?:both|all|each)\\s[^,;.!?"“”]*,)?\\s+(?:(?:also|jointly|later)\\s+)?(\\p{Ll}+)`,
  'gu',
);

/**
 * Whether the ranker's `speaker` is one of three or more people a clause of the quotation's sentences (its own or its
 * tag's) has speak together: the list wrote or said the words, so no one of them is their speaker, and the name nearest
 * the verb (the list's last) would credit one person with what the copy gives to all (issue 11). A name the sentence
 * also gives outside the list ("…, and Bell said") keeps its quotation; a fronted phrase ("In Ohio, Ann Lee and …")
 * is no list.
 */
export function listedSpeaker(
  item: QuoteItem,
  sentences: readonly Sentence[],
  speaker: ResolvedSpeaker | null,
): boolean {
  const surname = speaker?.person?.surname;
  if (!surname) return false;
  const ids = new Set([item.segments[0]!.startSentence, item.tagSentence]);
  for (const id of ids) {
    const text = sentences[id]?.text ?? '';
    // eachMatch, not matchAll: matchAll copies the pattern, and the copy is compiled again after each full collection.
    for (const m of eachMatch(LIST_SUBJECT, text)) {
      const verb = m[2]!;
      if (!QUOTE_VERBS.has(verb) && !REPORTING_VERBS.has(verb)) continue;
      if (STOPWORDS.has(/\p{L}+/u.exec(m[1]!)![0].toLowerCase())) continue;
      const inList = wholeWordCount(m[1]!, surname);
      if (inList > 0 && inList === wholeWordCount(text, surname)) return true;
    }
  }
  return false;
}

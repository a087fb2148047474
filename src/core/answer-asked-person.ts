import type { Analysis } from './analysis-types';
import { HONORIFICS } from './honorifics';

/**
 * "What did Warren call the contract?", "is Pryce sorry?", "why won't Cardin sign on?" ask about one
 * person, the subject after the auxiliary: the answer is what that person says or does. The ranker's
 * name share counts the name anywhere, so another speaker's reaction that mentions the person ranks
 * as well as the person's own words. This says per sentence whether the asked person is its speaker
 * or its subject (1), whether it is someone else's words that leave the person out (-1), or neither (0).
 */

const AUXILIARY = new Set([
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'will',
  'would',
  'can',
  'could',
  'should',
  'won’t',
  "won't",
  'didn’t',
  "didn't",
  'doesn’t',
  "doesn't",
  'isn’t',
  "isn't",
  'wasn’t',
  "wasn't",
  'hasn’t',
  "hasn't",
]);
/** The auxiliary is looked for among the question's first words only ("how many people did the poll…" has none). */
const AUX_WINDOW = 4;
/** A subject's name: at most this many capitalised words after titles. */
const MAX_NAME_WORDS = 3;
/** A name among a sentence's first words stands where its subject does ("Clinton herself has proposed…"). */
const SUBJECT_WINDOW = 6;
const CAPITALISED = /^\p{Lu}[\p{L}.’'-]*$/u;
const POSSESSIVE = /['’]s?$/;
const PRONOUN = new Set(['he', 'she', 'they']);
const ROLE_TITLES = new Set(['president', 'senator', 'sen', 'rep', 'governor', 'gov', 'judge', 'mayor', 'the']);

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu) ?? [];
const bare = (word: string): string => word.toLowerCase().replace(/['’]s$|[.’'-]+$/u, '');

/** The lower-case words naming the question's subject when it is a capitalised name ("Mr Price" -> ["price"]). */
export function askedPersonWords(question: string): string[] {
  const words = wordsOf(question).slice(0, AUX_WINDOW + MAX_NAME_WORDS + 2);
  // "what's Trump saying…": the contracted "is" is the auxiliary.
  const aux = words.findIndex((w, k) => k < AUX_WINDOW && (AUXILIARY.has(w.toLowerCase()) || /^what['’]s$/i.test(w)));
  if (aux < 0) return [];
  const name: string[] = [];
  let k = aux + 1;
  while (k < words.length && (HONORIFICS.has(words[k]!) || ROLE_TITLES.has(words[k]!.toLowerCase().replace(/\.$/, ''))))
    k++;
  for (; k < words.length && name.length < MAX_NAME_WORDS && CAPITALISED.test(words[k]!); k++) {
    // "does Hillary's plan…": the subject is the thing owned, not its owner.
    if (POSSESSIVE.test(words[k]!)) return [];
    name.push(bare(words[k]!));
  }
  return name;
}

/** The asked words and every word of the article's people whose names hold one ("Hillary" -> Hillary Clinton). */
function nameWords(analysis: Analysis, asked: readonly string[]): Set<string> {
  const all = new Set(asked);
  for (const entity of analysis.entities) {
    if (entity.type !== 'person') continue;
    const words = wordsOf(entity.name).map(bare);
    if (asked.some((w) => words.includes(w))) for (const w of words) all.add(w);
  }
  return all;
}

/** Per sentence (in analysis.sentences' order): 1 the asked person speaks or is the subject, -1 another's words without them, else 0. */
export function answerAskedPerson(analysis: Analysis, question: string): number[] {
  const asked = askedPersonWords(question);
  if (asked.length === 0) return analysis.sentences.map(() => 0);
  const names = nameWords(analysis, asked);
  const speakers = new Map<number, string[]>();
  for (const said of [...analysis.quotes, ...analysis.statements]) {
    if (said.speaker === null) continue;
    const list = speakers.get(said.sentenceId) ?? [];
    list.push(said.speaker);
    speakers.set(said.sentenceId, list);
  }
  const isAsked = (speaker: string): boolean => wordsOf(speaker).some((w) => asked.includes(bare(w)));
  const mentions = analysis.sentences.map((s) => wordsOf(s.text).map(bare));
  return analysis.sentences.map((sentence, i) => {
    const words = mentions[i]!;
    const theirs = speakers.get(sentence.id) ?? [];
    if (theirs.some(isAsked)) return 1;
    const early = words.slice(0, SUBJECT_WINDOW);
    if (early.some((w) => names.has(w))) return 1;
    if (i > 0 && PRONOUN.has(words[0] ?? '') && (mentions[i - 1] ?? []).some((w) => names.has(w))) return 1;
    if (theirs.length > 0 && !words.some((w) => names.has(w))) return -1;
    return 0;
  });
}

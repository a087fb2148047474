import type { Analysis } from './analysis-types';
import { finite } from './clause-subject-description';
import { HONORIFICS } from './honorifics';

/**
 * "What did Warren call the contract?", "why won't Cardin sign on?" ask about one person, the subject
 * after the auxiliary: the answer is what that person says or does. The ranker's name share counts the
 * name anywhere, so another speaker's reaction that mentions the person ranks as well as the person's
 * own words. This says per sentence whether the asked person is its speaker or its clause's subject
 * (1), whether it is someone else's words that leave the person out (-1), or neither (0). A question
 * about a state of the person ("how old is Idowu?", "where is Curiel from?") is not: anyone may report
 * it, in a sentence about someone else (chosen on the 808's cross-validation, docs/evaluation.md ans48).
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
/** A subject is at most this many words ("Clinton herself has proposed…"), found among the first SUBJECT_READ. */
const SUBJECT_WINDOW = 6;
const SUBJECT_READ = 12;
const CAPITALISED = /^\p{Lu}[\p{L}.’'-]*$/u;
const POSSESSIVE = /['’]s?$/;
const PRONOUN = new Set(['he', 'she', 'they']);
const ROLE_TITLES = new Set(['president', 'senator', 'sen', 'rep', 'governor', 'gov', 'judge', 'mayor', 'the']);

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu) ?? [];
const bare = (word: string): string => word.toLowerCase().replace(/['’]s$|[.’'-]+$/u, '');

/** How many of the question's words are read: its opening holds the auxiliary, the name and the verb. */
const QUESTION_READ = 12;

/** Where the auxiliary stands among the question's first words; "what's Trump saying…": the contracted "is". */
function auxiliaryAt(words: readonly string[]): number {
  return words.findIndex((w, k) => k < AUX_WINDOW && (AUXILIARY.has(w.toLowerCase()) || /^what['’]s$/i.test(w)));
}

/** The lower-case words naming the question's subject when it is a capitalised name ("Mr Price" -> ["price"]). */
export function askedPersonWords(question: string): string[] {
  const words = wordsOf(question).slice(0, AUX_WINDOW + MAX_NAME_WORDS + 2);
  const aux = auxiliaryAt(words);
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

const BE = /^(?:is|was|are|were|isn['’]t|wasn['’]t|what['’]s)$/i;
/** A lower-case "-ing" or "-ed" word: the act the question asks about ("is Scott endorsing Trump?"). */
const ACT_FORM = /^[a-z]+(?:ing|ed)$/;

/**
 * Whether the question asks a state of the person, not their words or act: a "be" auxiliary and no
 * "-ing"/"-ed" verb after it ("how old is Idowu?", "how popular is Bill?", "is Osei still mayor?").
 */
export function asksState(question: string): boolean {
  const words = wordsOf(question).slice(0, QUESTION_READ);
  const aux = auxiliaryAt(words);
  return aux >= 0 && BE.test(words[aux]!) && !words.slice(aux + 1).some((w) => ACT_FORM.test(w));
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

/**
 * The subject's words: those before the sentence's first finite verb ("Edwards himself kept Idowu off
 * top spot" -> edwards, himself; Idowu is the object).
 */
function subjectWords(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < raw.length && k < SUBJECT_READ; k++) {
    if (k > 0 && finite(raw[k]!, raw[k - 1]!)) return out;
    out.push(bare(raw[k]!));
  }
  return out.slice(0, SUBJECT_WINDOW);
}

/** Per sentence (in analysis.sentences' order): 1 the asked person speaks or is the subject, -1 another's words without them, else 0. */
export function answerAskedPerson(analysis: Analysis, question: string): number[] {
  const asked = askedPersonWords(question);
  if (asked.length === 0 || asksState(question)) return analysis.sentences.map(() => 0);
  const names = nameWords(analysis, asked);
  const speakers = new Map<number, string[]>();
  for (const said of [...analysis.quotes, ...analysis.statements]) {
    if (said.speaker === null) continue;
    const list = speakers.get(said.sentenceId) ?? [];
    list.push(said.speaker);
    speakers.set(said.sentenceId, list);
  }
  const isAsked = (speaker: string): boolean => wordsOf(speaker).some((w) => asked.includes(bare(w)));
  const raws = analysis.sentences.map((s) => wordsOf(s.text));
  const mentions = raws.map((r) => r.map(bare));
  return analysis.sentences.map((sentence, i) => {
    const words = mentions[i]!;
    const theirs = speakers.get(sentence.id) ?? [];
    if (theirs.some(isAsked)) return 1;
    const early = subjectWords(raws[i]!);
    if (early.some((w) => names.has(w))) return 1;
    if (i > 0 && PRONOUN.has(words[0] ?? '') && (mentions[i - 1] ?? []).some((w) => names.has(w))) return 1;
    if (theirs.length > 0 && !words.some((w) => names.has(w))) return -1;
    return 0;
  });
}

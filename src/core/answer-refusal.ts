import type { Analysis } from './analysis-types';
import { UNKNOWN_MARKER } from './answer-evidence';
import { speakerSentences } from './answer-speaker';
import { indexArticle } from './article-index';
import { articleNameWords } from './filler-binding';
import { HONORIFICS } from './honorifics';
import { REFUSAL } from './refusal-cues';
import { cueAfter } from './speech-cues';
import { contentTerms } from './tokenize-words';

/**
 * "Brightwater Marine declined to comment": a party's refusal to speak, which the unknown marker counts
 * as the fact going unreported. Two questions it does not leave unanswered: whether that party spoke
 * ("Did Brightwater Marine comment?" — it declined: that is the answer), and a value the best sentence
 * gives from other sources ("According to two people familiar…, it had asked for £4m"), the refusal
 * beside it being the party's silence about that value, not the article's.
 */

/**
 * A yes/no question on whether someone spoke: "Did X comment / respond / reply / say…?", X a phrase of up to four
 * words ("is Holt actually a Democrat like Trump says?" asks something else).
 */
const ASKS_IF_SPOKE =
  /^\s*(?:did|does|do|has|have|had|will|would|was|were|is)\s+(?:the\s+)?((?:[\p{L}\p{N}'’.-]+\s+){0,3}?[\p{L}\p{N}'’.-]+)\s+(?:(?:ever|yet|already|publicly)\s+)?(?:comment(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|say(?:s|ing)?|said|speak(?:s|ing)?|spoken?|spoke|answer(?:s|ed|ing)?|react(?:s|ed|ing)?)\b/iu;

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
interface Word {
  /** Lower case, straight apostrophe, without a possessive "'s": "council's" is "council". */
  word: string;
  start: number;
  end: number;
  possessive: boolean;
  capital: boolean;
}
const wordsOf = (text: string): Word[] =>
  [...text.matchAll(WORDS)].map((m) => {
    const lower = m[0].toLowerCase().replace(/’/g, "'");
    const word = lower.replace(/'s$/, '');
    const capital = /^\p{Lu}/u.test(m[0]);
    return { word, start: m.index, end: m.index + m[0].length, possessive: word !== lower, capital };
  });
/** Words before a head noun that keep it the same party: "the committee", "Ms. Hale", "its committee". */
const NO_MODIFIER = new Set(
  'the a an this that its his her their our your my of for from by at in on to and or mr mrs ms miss dr prof sir dame lord lady'.split(
    ' ',
  ),
);

/** The asked party's words, when the question asks whether it spoke. */
function askedParty(question: string): string[] | undefined {
  const party = ASKS_IF_SPOKE.exec(question)?.[1];
  const asked = party === undefined ? [] : wordsOf(party).map((w) => w.word);
  // "has Dr Rao responded?": the copy writes "Dr Anil Rao" or "Rao"; the honorific is no word it must share.
  while (asked.length > 1 && HONORIFIC_WORDS.has(asked[0]!)) asked.shift();
  return asked.length > 0 ? asked : undefined;
}
const HONORIFIC_WORDS = new Set(
  [...HONORIFICS.keys(), 'Cllr', 'Councillor'].map((h) => h.replace(/\.$/, '').toLowerCase()),
);

type Mention = { start: number; end: number; kind: 'same' | 'other' | 'unsure' };

/**
 * Where the sentence names the asked party's head noun, and whether it is the party: the whole phrase, head and
 * modifiers ("the planning committee"), or the head alone ("the committee", "Ms. Hale"), may be it; the head with
 * another lower-case modifier is another party ("the finance committee"); with a capitalised one ("Patricia Smith"
 * for "Pat Smith", "the Finance Committee") the copy may be naming the same party otherwise: unsure.
 */
function mentions(party: readonly string[], sentence: string): Mention[] {
  const said = wordsOf(sentence);
  const head = party.at(-1)!;
  const found: Mention[] = [];
  for (let i = 0; i < said.length; i++) {
    if (party.every((w, k) => said[i + k]?.word === w)) {
      found.push({ start: said[i]!.start, end: said[i + party.length - 1]!.end, kind: 'same' });
      i += party.length - 1;
    } else if (said[i]!.word === head) {
      const before = said[i - 1];
      const bare = party.length === 1 || !before || NO_MODIFIER.has(before.word) || before.possessive;
      const kind = bare ? 'same' : before.capital ? 'unsure' : 'other';
      found.push({ start: said[i]!.start, end: said[i]!.end, kind });
    }
  }
  return found;
}

const namesParty = (party: readonly string[], sentence: string): boolean =>
  mentions(party, sentence).some((m) => m.kind === 'same');

/** The sentence names a party of the asked kind that is not the asked one ("the finance committee"), and not it. */
function namesOtherParty(party: readonly string[], sentence: string): boolean {
  const found = mentions(party, sentence);
  return found.length > 0 && found.every((m) => m.kind === 'other');
}

/** The sentence's only unknown marker is a party's refusal to speak. */
export function onlyRefuses(sentence: string): boolean {
  return UNKNOWN_MARKER.test(sentence) && !UNKNOWN_MARKER.test(sentence.replace(REFUSAL, ''));
}

/**
 * The refusal after a sourced value is about that value's party: it opens on a pronoun ("It declined to comment"),
 * or names someone the value's sentence names ("Kestrel Aggregates declined to comment on the documents"; a name is
 * a word the article capitalises inside a sentence). "Police have not said whether the men have been
 * charged" after "The owner of the warehouse, Northern Foods, said…" is another matter (review B-main-84), and
 * appended it reads as part of the answer.
 */
export function refusesOfValue(analysis: Analysis, valueAt: number, refusalAt: number): boolean {
  const valueSentence = analysis.sentences[valueAt]!.text;
  const refusal = analysis.sentences[refusalAt]!.text;
  if (/^["“‘']?(?:it|he|she|they)\b/i.test(refusal.trim())) return true;
  const articleNames = articleNameWords(analysis.sentences.map((s) => s.text));
  const named = new Set(wordsOf(valueSentence).flatMap((w) => (articleNames.has(w.word) ? [w.word] : [])));
  return wordsOf(refusal).some((w) => named.has(w.word));
}

/**
 * "Did X comment?": a sentence in which X (named, not "he": a pronoun may be anyone) refuses to speak answers it.
 */
export function refusalAnswers(question: string, sentence: string): boolean {
  const party = askedParty(question);
  return party !== undefined && namesParty(party, sentence) && onlyRefuses(sentence);
}

/**
 * "Did the council comment?" beside "A neighbour … declined to comment": another party's refusal says nothing of
 * whether X spoke, and cited as the answer (or as what the article "says only") it reads as X's. A refusal whose
 * subject may be X ("It declined to comment") is kept: a pronoun may be anyone. A sentence naming another party of
 * the asked kind ("Did the planning committee comment?" — "the finance committee said…") is not X's either.
 */
export function othersRefusal(question: string, sentence: string): boolean {
  const party = askedParty(question);
  if (party === undefined) return false;
  if (namesOtherParty(party, sentence)) return true;
  return !namesParty(party, sentence) && !/\b(?:he|she|it|they|we)\b/i.test(sentence) && onlyRefuses(sentence);
}

/** Speech nouns the cue table (learned on verbs of attribution) rates low: "in a statement", "a spokesman for". */
const SPEECH_NOUN = /\b(?:statement|spokes(?:man|woman|person))\b/i;
/** A cue the annotators marked as attribution at least this often, beside the party ("said", "told", "responded"). */
const SPEECH_RATE = 0.5;

/**
 * The sentence names the party a "did X comment?" asks about as the one speaking: a speech cue from the cue table right
 * after its name ("the committee said", "a spokesman for the committee commented"), or "according to the committee".
 */
export function partySpeaks(question: string, sentence: string): boolean {
  const party = askedParty(question);
  if (party === undefined) return false;
  const found = mentions(party, sentence).filter((m) => m.kind === 'same');
  if (found.length > 0 && SPEECH_NOUN.test(sentence)) return true;
  // Before the name only "according to": "asked the county", "told the county" make it the one spoken to.
  return found.some(
    (m) =>
      cueAfter(sentence, m.end, sentence.length) >= SPEECH_RATE ||
      /\baccording to (?:the )?$/i.test(sentence.slice(Math.max(0, m.start - 20), m.start)),
  );
}

/**
 * What may follow "say" or "speak" when the question asks only whether the party spoke: nothing, or what it spoke
 * about or to ("has X answered Y?", "did X respond to Y?" take any object). "Does Graham say Trump's roundup would…", "did Trump say sorry" ask what was said (answer-said-content.ts).
 */
const ON_SPEAKING =
  /^\s*(?:[?.!]|$|(?:anything|something|about|on|to|back|publicly|yet|for|at all|regarding|further)\b)/i;

/**
 * "Has Flynn responded?", "Did X comment?": answered by X speaking (named with a speech cue, or credited with the
 * sentence's quote or reported statement, "He said…" included, or its role naming X) or by a refusal that may be X's (named, or a
 * pronoun's); another party's words ("Spicer responded, 'Nope.'", a letter about X) are not. Undefined when the
 * question does not ask whether someone spoke.
 */
export function answersIfSpoke(analysis: Analysis, question: string, index: number): boolean | undefined {
  const party = askedParty(question);
  const asked = ASKS_IF_SPOKE.exec(question);
  if (party === undefined || !asked) return undefined;
  const saying = /(?:say|said|says|saying|speak|spoke|spoken|speaks|speaking)$/i.test(asked[0]);
  if (saying && !ON_SPEAKING.test(question.slice(asked.index + asked[0].length))) return undefined;
  const text = analysis.sentences[index]!.text;
  if (partySpeaks(question, text) || refusalAnswers(question, text)) return true;
  if (onlyRefuses(text) && /\b(?:he|she|it|they|we)\b/i.test(text)) return true;
  // The speaker's role names the party: "…, Spicer said" for the White House when who-is-who has him its secretary.
  const role = new Set(indexArticle(analysis).contextWords[index]);
  if (party.every((w) => role.has(w))) return true;
  if (partyOpensReport(analysis, party, index)) return true;
  return speakerSentences(analysis, party, true).has(index);
}

/**
 * Whether any sentence has the asked party speaking or refusing: "The article does not report that they commented"
 * is said only when none does ("…, her family said." may rank below the sentences the answer weighs).
 */
export function partySpokeAnywhere(analysis: Analysis, question: string): boolean {
  const party = askedParty(question);
  if (party === undefined) return false;
  if (speakerSentences(analysis, party, true).size > 0) return true;
  return analysis.sentences.some((s) => partySpeaks(question, s.text) || refusalAnswers(question, s.text));
}

/** Nothing after the asked verb but a time or manner adverb: "Has the White House responded (yet)?". */
const NOTHING_ASKED_AFTER = /^\s*(?:(?:yet|publicly|at all|so far)\s*)?[?.!]?\s*$/i;

/**
 * "Has the White House responded?" asks only whether the party spoke: when the first-ranked sentence is another
 * party's ("Spicer responded, 'Nope.'", first on the verb), the party's own words a rank or two below ("The White
 * House is not concerned …, Spicer said") answer it, as they answer "Did the White House comment?". A question
 * with an object ("has X answered the prince's tweet?") is left to the first-ranked sentence: X speaking of something
 * else is no answer to it, and neither is the party speaking of something else the question hardly shares. The
 * sentence's index in the article, or undefined.
 */
export function spokeBelow(
  analysis: Analysis,
  question: string,
  ranked: readonly { index: number; share: number }[],
): number | undefined {
  const asked = ASKS_IF_SPOKE.exec(question);
  if (!asked || !NOTHING_ASKED_AFTER.test(question.slice(asked.index + asked[0].length))) return undefined;
  const best = ranked[0];
  if (!best) return undefined;
  const terms = indexArticle(analysis).terms;
  const askedTerms = new Set(contentTerms(question));
  // The party's words on the same matter as the reply ranked first (a third of the sentence's own terms, two at
  // least, besides the question's): "Has Flynn responded?" is not answered by his resignation announcement, which
  // shares only "report" with Spicer's reply.
  const sameMatter = (index: number): boolean => {
    const own = [...terms[index]!].filter((t) => !askedTerms.has(t));
    const shared = own.filter((t) => terms[best.index]!.has(t)).length;
    return shared >= 2 && shared * 3 >= own.length;
  };
  return ranked
    .slice(1, 3)
    .find((r) => r.share > 0 && sameMatter(r.index) && answersIfSpoke(analysis, question, r.index))?.index;
}

/**
 * A credited report whose content opens on the party ("The White House is not concerned that …, Spicer said"): its
 * spokesperson speaks for it, though the copy gives him no role (review s31 B-ux31-5, the Flynn sample).
 */
function partyOpensReport(analysis: Analysis, party: readonly string[], index: number): boolean {
  const credited =
    analysis.statements.some((s) => s.sentenceId === index && s.speaker) ||
    analysis.quotes.some((q) => q.sentenceId === index && q.speaker);
  if (!credited) return false;
  // Not a reply to a question about the party ("Asked whether Mayor Pike had read it, Tom Hale responded"): that is
  // another party speaking about it.
  const said = wordsOf(analysis.sentences[index]!.text.slice(0, 200));
  const from = said[0]?.word === 'the' ? 1 : 0;
  return party.every((w, k) => said[from + k]?.word === w) && !said[from + party.length - 1]!.possessive;
}

import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-features';
import { answerStatementTag } from './answer-statement-tag';
import { contentTerms } from './tokenize-words';

/**
 * "What did Spicer say?" asks for Spicer's own words. The ranker scores sentences by the question's
 * terms, and a bare name matches every sentence naming Spicer alike: his one-word reply inside a
 * reporter's long question, or a paraphrase, can outrank his quotes. The engine already knows whose
 * quote each is, so the question is answered from the quotes it attributes to the person named.
 */

/** "what did/does/has X say/tell/add/argue…" (the speech verb right after the name, nothing between). */
const SPEECH_VERB =
  /^\s*what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|tell|add|argue|claim|respond|reply|answer|state|insist|write)\b/i;
/** "what was X's response/reaction/reply/answer/comment". */
const RESPONSE_NOUN =
  /^\s*what\s+(?:was|is|were|are)\s+(.+?)['’]s?\s+(?:response|reaction|reply|answer|comment|message)s?\b/i;
/** "how did X respond/react/reply": the manner of a response is X's words. */
const HOW_RESPONDED = /^\s*how\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:respond|react|reply|answer)\b/i;
/** Titles a name may carry; every other word of X must be capitalised, so "the exit polls" is no speaker. */
const TITLE = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|president|senator|sen|rep|governor|gov)\.?$/i;

/** The words naming the person a speech question asks about ("Mr Price" -> ["price"]), or undefined. */
export function askedSpeaker(question: string): string[] | undefined {
  const m = SPEECH_VERB.exec(question) ?? RESPONSE_NOUN.exec(question) ?? HOW_RESPONDED.exec(question);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/).filter((w) => !TITLE.test(w));
  if (words.length === 0 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return undefined;
  return words.map((w) => w.toLowerCase());
}

/** Whether a quote's speaker is the person asked about: every asked word is one of the speaker's name words. */
function isSpeaker(speaker: string | null, asked: readonly string[]): boolean {
  if (speaker === null) return false;
  const name = new Set(speaker.toLowerCase().split(/[\s,]+/));
  return asked.every((w) => name.has(w));
}

/**
 * The positions (in analysis.sentences) of the sentences whose quoted words are mostly the asked
 * person's: a one-word reply inside someone else's long question is not where their words are.
 * With `reported`, their statements reported without quote marks count too ("Trump said via Twitter
 * that…"; answerQuestion reads these only after the quotes): another speaker's report of what they
 * believe ("He [Trump] believes…," Spicer said) is not their words.
 */
export function speakerSentences(analysis: Analysis, asked: readonly string[], reported = false): Set<number> {
  const theirs = new Map<number, number>();
  const all = new Map<number, number>();
  // A reported statement counts as theirs only when its tag says so (answer-statement-tag.ts).
  const said = [
    ...analysis.quotes.map((q) => ({ ...q, theirs: isSpeaker(q.speaker, asked) })),
    ...(reported ? analysis.statements : []).map((s) => ({
      ...s,
      theirs: isSpeaker(s.speaker, asked) && answerStatementTag(analysis, s),
    })),
  ];
  for (const q of said) {
    all.set(q.sentenceId, (all.get(q.sentenceId) ?? 0) + q.text.length);
    if (q.theirs) theirs.set(q.sentenceId, (theirs.get(q.sentenceId) ?? 0) + q.text.length);
  }
  const positions = new Set<number>();
  analysis.sentences.forEach((s, i) => {
    const own = theirs.get(s.id) ?? 0;
    if (own > 0 && own * 2 >= (all.get(s.id) ?? 0)) positions.add(i);
  });
  return positions;
}

/**
 * The share of the question a sentence of the asked person's own words covers, their name counted
 * as said: the analysis credits the words to them whichever form of the name the sentence writes
 * ("Mr Bell said…" for "what did Mark Bell say?", "He said…" after the sentence naming them). Only
 * for a sentence saying something of what else the question asks: "what did Mark Bell say about the
 * report?" is not answered by his apology, however well it names him.
 */
export function creditedShares(features: QuestionFeatures, asked: readonly string[]): Map<number, number> {
  const name = new Set(asked.flatMap((w) => contentTerms(w)));
  const isName = features.terms.terms.map((t) => name.has(t));
  const asksMore = isName.some((n) => !n);
  const shares = new Map<number, number>();
  for (const s of features.sentences) {
    const topic = s.termShares.reduce((sum, share, k) => sum + (isName[k] ? 0 : share), 0);
    const names = isName.reduce((sum, n, k) => sum + (n ? features.weights[k]! : 0), 0);
    if (!asksMore || topic > 0) shares.set(s.index, Math.max(s.share, topic + names));
  }
  return shares;
}

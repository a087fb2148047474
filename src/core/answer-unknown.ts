import type { Analysis } from './analysis-types';
import { UNKNOWN_MARKER } from './answer-evidence';
import { FEATURE_NAMES } from './answer-feature-names';
import { relatedStems } from './answer-lexicon';
import { onlyRefuses, refusalAnswers } from './answer-refusal';
import type { QuestionTerms } from './answer-terms';
import { gapOverNameMatch } from './gap-over-name-match';
import { type ParsedUnknown, parseUnknownScope } from './parse-unknown-scope';
import type { AnswerType } from './question-type';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';
import { actOutsideScope, marksAnotherPart, type Question, readUnknown, scopeHoldsAll } from './unknown-scope';

const TYPED_COVER = FEATURE_NAMES.indexOf('typedCover');

/**
 * A refusal leaves the party's own words unknown: it speaks to a question asking what someone said or thinks; a bare
 * one ("The engine's maker declined to comment") to nothing else, not to "what happened to the engine?".
 */
const ASKS_WORDS =
  /\b(?:say|says|said|comment\w*|respon\w*|react\w*|repl\w*|answer\w*|think|thinks|thought|view|views|position|stance|explain\w*|tell|told|statement)\b/i;

/**
 * Each sentence's markers parsed once per analysis: a thread asks many questions of one story, and each question reads
 * a ranked sentence up to three times (kept on the Analysis, as article-index.ts keeps its index; audit 49 B-a49-13).
 */
const PARSED = new WeakMap<Analysis, Map<number, ParsedUnknown>>();
function parsedAt(analysis: Analysis, at: number): ParsedUnknown {
  const byIndex = PARSED.get(analysis) ?? new Map<number, ParsedUnknown>();
  PARSED.set(analysis, byIndex);
  const parsed = byIndex.get(at) ?? parseUnknownScope(analysis.sentences[at]!.text);
  byIndex.set(at, parsed);
  return parsed;
}

/** What the question asks, as an unknown marker's scope is matched against it. */
export interface Asked {
  type: AnswerType;
  terms: QuestionTerms;
}
/** The question as unknown-scope reads it. */
function scopeQuestion(asked: Asked): Question {
  const { terms, nameTerms, questionWords, verb } = asked.terms;
  return { terms, names: nameTerms, words: questionWords, ...(verb === undefined ? {} : { head: verb }) };
}

/**
 * The best sentence, or the one beside it, says outright that the fact is not known ('in'), and the question asks
 * what its marker leaves unknown (unknown-scope.ts). A party's refusal to speak does not, when the question asks
 * whether it spoke, or when it sits beside a best sentence that itself carries a value of the asked type (from
 * other sources). 'out': the only such markers leave something else unknown ("has not said when it will finish"
 * for "what does the drug do?") — the sentence is still no answer, and the reply must not say "not known". A
 * sentence returned is 'in', the marker holding the whole question, which the reply cites.
 */
export function saysUnknown(
  analysis: Analysis,
  ranked: Ranked[],
  best: Ranked,
  question: string,
  asked: Asked,
): 'in' | 'out' | Ranked | undefined {
  // A stated gap holding the predicate the best matches only through the body's full name (gap-over-name-match.ts).
  const holdsAll = (r: Ranked) => scopeHoldsAll(parsedAt(analysis, r.index), asked.type, scopeQuestion(asked));
  const gap = gapOverNameMatch(analysis, ranked, best, asked.terms, holdsAll);
  if (gap) return gap;
  const valued = best.values[TYPED_COVER]! > 0;
  let out = false;
  for (const r of ranked) {
    const text = analysis.sentences[r.index]!.text;
    if (Math.abs(r.index - best.index) > 1 || r.share < 0.5 || !UNKNOWN_MARKER.test(text)) continue;
    // A refusal beside a filler of the asked type is about commenting, not the fact: "Mr Fenwick, who joined the
    // council in 2019, could not be reached for comment" answers "when did Fenwick join?" (review s32 B-main-4).
    if (refusalAnswers(question, text)) continue;
    // "…not clear what will happen to the land, which the company bought" says who bought it: no marker at all.
    const parsed = parsedAt(analysis, r.index);
    // "…for an undisclosed sum" withholds the sum, not who bought: for "who?" the sentence carries no marker.
    if (actOutsideScope(parsed, asked.type, scopeQuestion(asked)) || marksAnotherPart(parsed, asked.type)) continue;
    const { unscoped, bare, inside } = readUnknown(parsed, asked.type, scopeQuestion(asked));
    if (valued && onlyRefuses(text)) {
      // Unless the refusal's own wh-clause holds the asked act and the valued sentence does not say it: "would be
      // inspected over the weekend" does not date the release that "investigators have not said when they expect
      // to release their findings" leaves unknown.
      const bestTerms = new Set(contentTerms(analysis.sentences[best.index]!.text));
      // A shared noun is not the act: "would be published by the end of the year" does not date the Ardley mill's
      // reopening, which "would not block plans to reopen the Ardley mill, but declined to give a timeline" withholds.
      const verb = asked.terms.verb;
      const narrower = scopeHoldsAll(parsed, asked.type, scopeQuestion(asked), true);
      const actUnsaid =
        verb !== undefined && inside.includes(verb) && !narrower && !saysAskedAct(analysis, best, asked);
      if (r === best || inside.length === 0 || (!actUnsaid && inside.some((t) => bestTerms.has(t)))) continue;
      return 'in';
    }
    // A refusal, scoped or not, leaves the party's words unknown: "what did Meridian say?" beside "Meridian declined
    // to say how much it spent" (as before); a bare one leaves nothing else unknown.
    const refuses = onlyRefuses(text);
    if (inside.length > 0 || (refuses && ASKS_WORDS.test(question)) || (unscoped && !(bare && refuses))) return 'in';
    out = true;
  }
  // The marker holding the whole question is the sentence the reply cites.
  const held = best.share < HELD_OVER || !saysAskedAct(analysis, best, asked);
  const marker = held ? heldUnknown(analysis, ranked, asked, false, best) : undefined;
  if (marker) return marker;
  // "…when the bridge will reopen to heavy lorries" for "when will the bridge reopen?": a narrower matter is unknown,
  // so the reply must not say this one is, but the thin best is no answer beside it either.
  if (best.share < HELD_OVER && heldUnknown(analysis, ranked, asked, true)) return 'out';
  return out ? 'out' : undefined;
}

/** A best sentence sharing less of the question's weight than this gives way to a marker holding all of it. */
const HELD_OVER = 0.5;

/**
 * The best sentence says the asked act (its verb or a WordNet relative) outside its own unknown markers: its place or
 * time may be the act's. One that does not ("…was taken from his home in Karen" for "where is he being held?", or
 * "declined to give a timeline for the restart, but said details would be set by the end of the year" for "when will
 * the plant restart?") gives a slot of another act, and a marker holding the whole question outranks it (audit 53
 * B-a53-4). A question with no verb is left to the share alone.
 */
function saysAskedAct(analysis: Analysis, best: Ranked, asked: Asked): boolean {
  const verb = asked.terms.verb;
  if (verb === undefined) return true;
  const said = new Set(contentTerms(parsedAt(analysis, best.index).outside));
  return said.has(verb) || relatedStems(verb).some((t) => said.has(t));
}

/**
 * A marker anywhere whose wh-clause holds the whole question ("…has not said how much the homes will cost",
 * paragraphs below the lead): the copy says this is not known. saysUnknown reads the best's neighbours only, and lets
 * it outrank a best sentence sharing under half of the question; with no answer, it comes before the headline's
 * figure (audit 48 B-a48-5).
 */
export function heldUnknown(
  analysis: Analysis,
  ranked: readonly Ranked[],
  asked: Asked,
  narrow = false,
  best?: Ranked,
): Ranked | undefined {
  const question = scopeQuestion(asked);
  const holds = (r: Ranked) => scopeHoldsAll(parsedAt(analysis, r.index), asked.type, question, narrow);
  // Beside the best sentence, a clause holding only the question's words speaks of what the best names: "Tom Baraka
  // was taken from his home…" then ""We do not know where he is being held"" shares no name, only the act.
  const beside = (r: Ranked) =>
    best !== undefined &&
    Math.abs(r.index - best.index) === 1 &&
    scopeHoldsAll(parsedAt(analysis, r.index), asked.type, question, narrow, true);
  return ranked.find((r) => (r.share >= 0.5 && holds(r)) || beside(r));
}

/**
 * When no sentence answers: an on-topic sentence whose marker leaves exactly the asked thing unknown ("When will the
 * FDA finish?" beside "…has not said when it will finish", "how much did it pay?" beside "did not disclose the price
 * it paid") — the copy says it is not known. A bare "declined to comment" is no evidence about what a reader asked.
 */
export function scopedUnknown(analysis: Analysis, ranked: readonly Ranked[], asked: Asked): Ranked | undefined {
  const question = scopeQuestion(asked);
  return ranked.find((r) => {
    if (r.share < 0.5) return false;
    const parsed = parsedAt(analysis, r.index);
    // A clause limited to a narrower matter ("…reopen to heavy lorries") leaves the question's own matter open.
    if (actOutsideScope(parsed, asked.type, question) || scopeHoldsAll(parsed, asked.type, question, true))
      return false;
    const { inside, object, noun } = readUnknown(parsed, asked.type, question);
    return inside.length > 0 || object.length > 0 || noun;
  });
}

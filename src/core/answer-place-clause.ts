import type { Analysis } from './analysis-types';
import { freshPlace } from './answer-evidence';
import type { QuestionTerms } from './answer-terms';
import { isDeterminer } from './determiners';
import { eachMatch } from './each-match';
import { entityFinder } from './entity-finder';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Marks that close a clause as written. */
const BREAK = /[,;:()—–"“”]/g;
/**
 * A word opening another clause before the verb's: "Ann Lee, who chairs …", "… and chaired", "said that …". Not
 * "after"/"before"/"until": as often prepositions, and "asking Trump after an event in Iowa" places the asking.
 */
const OPENS = /^(?:who|whom|whose|which|where|that|and|but|while|whereas|because|although|though|when|if)$/i;
/** A word opening another clause after the verb's: "… chairs the board where she spoke in Leeds". */
const CLOSES = /^(?:who|whom|whose|which|where|while|whereas|because|although|though|but|when)$/i;
/** The relative adverb standing for a place named before it. */
const WHERE = /^where$/i;
/** A part opening with a preposition is an adjunct of the clause beside it ("In Leeds, Lee chairs…", "…, in Leeds"). */
const ADJUNCT = /^\s*(?:in|at|on|inside|outside|near|across|throughout|from|to|into|within)\b/i;

/** One comma-part of a sentence: where it starts and ends, and its words with their offsets. */
export interface Part {
  start: number;
  end: number;
  words: Array<{ word: string; at: number }>;
}

/** The sentence's parts between the marks that close a clause as written (commas, dashes, brackets, quotes). */
export function partsOf(text: string): Part[] {
  const cuts = [0];
  for (const m of eachMatch(BREAK, text)) cuts.push(m.index, m.index + 1);
  cuts.push(text.length);
  const parts: Part[] = [];
  for (let k = 0; k < cuts.length; k += 2) {
    const [start, end] = [cuts[k]!, cuts[k + 1]!];
    const words: Part['words'] = [];
    for (const m of eachMatch(WORD, text.slice(start, end))) words.push({ word: m[0], at: start + m.index });
    if (words.length > 0) parts.push({ start, end, words });
  }
  return parts;
}

/** A quotation opening the sentence, blanked: its verbs are the speaker's words, the act reported is the saying. */
const OPENING_QUOTE = /^(\s*["“‘'])([^"”’']*)/;
const withoutOpeningQuote = (text: string): string =>
  text.replace(OPENING_QUOTE, (_, open: string, words: string) => open + ' '.repeat(words.length));

/**
 * A label before a colon opening the line ("SPOTTED: Whitfield and Brassard at Corbin's…", "**Spotted:** …"): one to
 * three capitalised words and the colon, markup aside. It is a heading, not a clause: what it labels is the line after.
 */
const LABEL = /^[\s*_]*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}[*_]*:/u;

/**
 * The text of each clause the verb (a term) heads in the sentence: from the verb back to a word opening its clause
 * and on to one opening the next, or to the part's end; a neighbouring part opening with a preposition joins it. The
 * verb as a label's word heads the part after the colon.
 */
function verbClauses(text: string, verb: string): string[] {
  const parts = partsOf(withoutOpeningQuote(text));
  const clauses: string[] = [];
  const labelled = LABEL.test(text) && parts.length > 1;
  parts.forEach((part, p) => {
    if (p === 0 && labelled) {
      if (part.words.some(({ word }) => contentTerms(word.toLowerCase())[0] === verb)) {
        let end = parts[1]!.end;
        for (let q = 2; q < parts.length && ADJUNCT.test(text.slice(parts[q]!.start)); q++) end = parts[q]!.end;
        clauses.push(text.slice(parts[1]!.start, end));
      }
      return;
    }
    part.words.forEach(({ word }, w) => {
      // "being 3, 4 percent in the polls": after a determiner the asked word is a noun, and heads no clause.
      if (contentTerms(word.toLowerCase())[0] !== verb || isDeterminer(part.words[w - 1]?.word ?? '')) return;
      let from = w;
      while (from > 0 && !OPENS.test(part.words[from - 1]!.word)) from--;
      let to = w;
      while (to + 1 < part.words.length && !CLOSES.test(part.words[to + 1]!.word)) to++;
      let start = from > 0 ? part.words[from]!.at : part.start;
      // "In Portree, where she trained as a pilot, …": a relative "where" stands for the place before it, which joins.
      if (from > 0 && WHERE.test(part.words[from - 1]!.word)) start = antecedentStart(parts, p, from - 1);
      let end = to + 1 < part.words.length ? part.words[to + 1]!.at : part.end;
      for (let q = p - 1; from === 0 && q >= 0 && ADJUNCT.test(text.slice(parts[q]!.start, parts[q]!.end)); q--)
        start = parts[q]!.start;
      for (let q = p + 1; end === part.end && q < parts.length && ADJUNCT.test(text.slice(parts[q]!.start)); q++)
        end = parts[q]!.end;
      clauses.push(text.slice(start, end));
    });
  });
  return clauses;
}

/**
 * Where the place a relative "where" (the `at`th word of the `p`th part) stands for begins: the words before it back to
 * a word opening another clause ("the town where she trained"), or, when "where" opens its part, the part before it
 * ("In Portree, where she trained").
 */
function antecedentStart(parts: readonly Part[], p: number, at: number): number {
  const words = parts[p]!.words;
  if (at === 0) return p > 0 ? parts[p - 1]!.start : parts[p]!.start;
  let from = at;
  while (from > 0 && !OPENS.test(words[from - 1]!.word)) from--;
  return from > 0 ? words[from]!.at : parts[p]!.start;
}

/**
 * "Where does Ann Lee chair the board?" over "Ann Lee, who chairs the board, spoke in Leeds": the sentence says the
 * asked verb and names a place, but the place is another act's (review s45 B-r45-16). A place answers only when it
 * stands in a clause the asked verb heads. Undefined when the sentence does not say the verb in the question's own word
 * (a synonym's clause is not read), else whether such a clause names a place the question lacks.
 */
export function placeInActClause(analysis: Analysis, at: number, terms: QuestionTerms): boolean | undefined {
  if (terms.verb === undefined) return undefined;
  const clauses = verbClauses(analysis.sentences[at]!.text, terms.verb);
  if (clauses.length === 0) return undefined;
  const entitiesIn = entityFinder(analysis.entities);
  // "In Portree, where she trained": a preposition opening the sentence is capitalised for that alone.
  const read = (clause: string) => clause.replace(/^\s*\p{Lu}/u, (c) => (ADJUNCT.test(clause) ? c.toLowerCase() : c));
  return clauses.some((clause) => freshPlace(read(clause), terms.questionWords, entitiesIn));
}

/** How far down the ranking a sentence naming a place may come first over a best naming none: the next two. */
const PLACED_WITHIN = 3;
/**
 * An occasion in progress told in a clause of the best ("…heard the shouts as he was mending nets", "while walking
 * the dog"): where the person was is said as what they were doing, so no placed sentence below it comes first, which
 * may place a later act ("He later drove the pair to the hospital in Golspie"; review 49 B-r49-2).
 */
const OCCASION = /\b(?:as|while|when)\s+(?:(?:he|she|they|we|I|\p{Lu}[\p{L}'’-]*)\s+(?:was|were)\s+)?\p{Ll}+ing\b/u;

/**
 * The ranking for a where-question with a sentence naming the asked act's place first, when the ranker's best says
 * the verb but names only another act's place; one on as much of the question's topic as the best. Failing that, a
 * best naming no place or occasion at all, nor the asked verb, gives way to the next-ranked that names one, not as
 * another act's ("where was Murphy when he heard?": "He was on a train platform in Bridgeport" over "…something I'd
 * never heard before"): its words were the asked person's as a pronoun, which the ranker's shares do not count.
 */
export function placeClauseFirst(analysis: Analysis, ranked: Ranked[], terms: QuestionTerms): Ranked[] {
  const top = ranked[0];
  if (!top) return ranked;
  const byClause = placeByClause(analysis, ranked, terms, top);
  if (byClause[0] !== top) return byClause;
  const entitiesIn = entityFinder(analysis.entities);
  const placed = (r: Ranked) => freshPlace(analysis.sentences[r.index]!.text, terms.questionWords, entitiesIn);
  // A best saying the asked verb does the asked act: a place in another sentence may be another act's.
  const said = analysis.sentences[top.index]!.text;
  if (placed(top) || OCCASION.test(said) || placeInActClause(analysis, top.index, terms) !== undefined) return ranked;
  return firstWhere(
    ranked,
    (r, at) => at >= 1 && at < PLACED_WITHIN && placed(r) && placeInActClause(analysis, r.index, terms) !== false,
  );
}

/** The first step: the best-ranked sentence placing the asked act in the asked verb's clause (review s45 B-r45-16). */
function placeByClause(analysis: Analysis, ranked: Ranked[], terms: QuestionTerms, top: Ranked): Ranked[] {
  const inTop = placeInActClause(analysis, top.index, terms);
  // "Where did Ann Lee train?" over a sentence naming her and places of other acts, and one placing her training with
  // more of the question's words: the one placing the asked act goes first.
  if (inTop === undefined) {
    return firstWhere(ranked, (r) => r.share > top.share + 1e-9 && placeInActClause(analysis, r.index, terms));
  }
  if (inTop) return ranked;
  return firstWhere(ranked, (r) => r.share >= top.share - 1e-9 && placeInActClause(analysis, r.index, terms));
}

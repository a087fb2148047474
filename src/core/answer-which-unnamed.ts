import type { Analysis, AnswerResult } from './analysis-types';
import { citing } from './answer-cited';
import { relatedStems } from './answer-lexicon';
import { namesClassMember } from './class-members';
import { compoundModifier } from './compound-modifier';
import { eachMatch } from './each-match';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { contentTerms } from './tokenize-words';

/**
 * "Which fund …?": the wh-word with its noun, not "which of …". "What weapons …?" is left out: it asks for a kind,
 * which a common noun names ("two weapons, a sword and a shotgun").
 */
const WHICH_NOUN =
  /^\W*which\s+(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|of|about)\b)[a-z]/i;
/** Words and the punctuation that binds an apposition, in order. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[,;:()—–]/gu;
/**
 * A determiner or quantifier that introduces a member of the class without naming it: "at least one private
 * equity group", "another bidder", "several funds". The definite "the fund" may point back to a named one.
 */
const INDEFINITE = /^(?:a|an|another|one|some|several|two|three|four|many|various|unnamed|unidentified|undisclosed)$/i;
/** Words an apposition or label uses to hand the class's name over ("a fund called Arden", "groups such as Arden"). */
const NAMING = /^(?:called|named|dubbed|including|like|such)$/i;
/** How far back from the class noun its determiner may sit ("at least one private equity group"). */
const NP_WORDS = 4;

const capitalised = (word: string | undefined): boolean => !!word && /^\p{Lu}/u.test(word);

/**
 * Where the phrase of the class noun at `at` opens when it is an unnamed member, else -1: an indefinite determiner
 * opens it, no name stands in apposition before ("Arden, a private equity group") or after it ("a private equity
 * group, Arden," / "called Arden"), and no name is its copula's subject ("Arden is a private equity group").
 */
function unnamedAt(words: string[], at: number): number {
  let det = -1;
  for (let i = at - 1; i >= Math.max(0, at - NP_WORDS); i--) {
    if (INDEFINITE.test(words[i]!)) {
      det = i;
      break;
    }
    if (/^\W/.test(words[i]!)) break;
  }
  if (det < 0) return -1;
  const before = words[det - 1];
  if (before === ',' || before === '(' || /^(?:is|was|are|were|be|as)$/i.test(before ?? '')) return -1;
  const after = words[at + 1];
  if (after === undefined) return det;
  if (NAMING.test(after) || after === '(' || capitalised(after)) return -1;
  return (after === ',' || after === '—' || after === '–') && capitalised(words[at + 2]) ? -1 : det;
}

/**
 * "Which private equity group is competing?" over "…faced competition from at least one private equity group":
 * the sentence says such a member exists but not which. When every mention of the asked class noun in the cited
 * sentence is an unnamed indefinite one, the question's "which" is not answered there (the reply says so, with
 * the sentence). Only for a wh-word and its own noun; a sentence not saying the noun is left to the ranker.
 */
function unnamedOnly(analysis: Analysis, index: number, question: string, heads: ReadonlySet<string>): boolean {
  return WHICH_NOUN.test(question) && unnamedMentionsOnly(analysis, index, heads);
}

/**
 * Whether the sentence at `index` says the class noun (`heads`) only as unnamed members ("at least one fund", "a
 * Florida-based company"), and names no member of the class elsewhere in it.
 */
export function unnamedMentionsOnly(analysis: Analysis, index: number, heads: ReadonlySet<string>): boolean {
  if (heads.size === 0) return false;
  const sentence = analysis.sentences[index];
  const words: string[] = [];
  for (const m of eachMatch(TOKEN, sentence?.text ?? '')) words.push(m[0]);
  const phrase = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (!contentTerms(words[i]!).some((t) => heads.has(t))) continue;
    // "the bank book": the class noun modifies another and names no member.
    if (compoundModifier(words, i)) {
      phrase.add(i);
      continue;
    }
    const det = unnamedAt(words, i);
    if (det < 0) return false;
    for (let k = det; k <= i; k++) phrase.add(k);
  }
  // "Which weapons…?" over "two weapons, a sword and a shotgun": members named outside the phrase itself answer
  // ("pension" in "another pension fund" is the phrase's own modifier).
  const terms = new Set(words.filter((_, k) => !phrase.has(k)).flatMap((w) => contentTerms(w)));
  return phrase.size > 0 && !!sentence && ![...heads].some((h) => namesClassMember(terms, h));
}

/**
 * Whether the text says the class (its word, a WordNet synonym or a member's) beside a name: "Circuit Justice Mara
 * Ellison", "Arden, the fund", "the fund Arden". A capital opening the text is no name.
 */
export function namedMention(text: string, heads: ReadonlySet<string>): boolean {
  const words: string[] = [];
  for (const m of eachMatch(TOKEN, text)) words.push(m[0]);
  const kinds = new Set([...heads].flatMap((h) => [h, ...relatedStems(h)]));
  return words.some((word, k) => {
    const term = contentTerms(word)[0];
    if (term === undefined || !(kinds.has(term) || [...heads].some((h) => namesClassMember(new Set([term]), h))))
      return false;
    return capitalised(words[k + 1]) || (k > 1 && capitalised(words[k - 1]));
  });
}

/**
 * The reply when the best sentence names the asked class only as an unnamed member (`unnamedOnly`): the best-ranked
 * other sentence that says the class (or a synonym, "Justice" for "judge") beside a name answers instead ("Justice
 * Frank Nervo rejected…" under "A New York judge has rejected…"); failing one, the article does not say which, shown
 * with the sentence. Undefined when the best is no such sentence.
 */
export function answerWhichUnnamed(
  analysis: Analysis,
  ranked: readonly Ranked[],
  question: string,
  heads: ReadonlySet<string>,
): AnswerResult | undefined {
  const best = ranked[0];
  if (!best || !unnamedOnly(analysis, best.index, question, heads)) return undefined;
  const named = ranked
    .slice(1)
    .find(
      (r) => namedMention(analysis.sentences[r.index]!.text, heads) && !unnamedOnly(analysis, r.index, question, heads),
    );
  if (named) return citing(analysis, [named.index]);
  const id = analysis.sentences[best.index]!.id;
  return { answer: null, sentenceIds: [], reason: 'The article does not say which.', nearestId: id };
}

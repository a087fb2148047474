import { contentTerms, tokenizeWords } from '../core/tokenize-words';
import { normaliseForMatch } from './grounding-text';

/**
 * Words a sentence may use without the cited sentences containing them: grammar that carries no
 * claim. The project's tokenizer already ignores its own stopword list; these are the remaining
 * prepositions, conjunctions and determiners a fluent summary adds.
 */
const FUNCTION_WORDS = new Set(
  (
    'about above across after against along amid among amongst around before behind below beneath beside ' +
    'besides between beyond despite during except inside like near since through throughout toward towards ' +
    'until unto upon within because although though while whereas whether unless however therefore thus ' +
    'meanwhile instead another many much several either whose whom whatever whichever itself himself herself ' +
    'themselves yourself ourselves something anything someone anyone everyone everything according including'
  ).split(' '),
);

/** Words that flip what follows them in their clause. */
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'cannot']);

/** Where a negation's reach ends: punctuation and the conjunctions that start a new assertion. */
const CLAUSE_BREAK =
  /[,;:.!?()[\]\u2014\u2013"\u201C\u201D]+|\s-\s|\b(?:but|although|though|whereas|however|while|yet)\b/iu;

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || /n['\u2019]t$/u.test(word);
}

/** Each content term of the text with whether it sits under a negation in its clause. */
function polarisedTerms(text: string): { term: string; negated: boolean; word: string }[] {
  const out: { term: string; negated: boolean; word: string }[] = [];
  for (const clause of text.split(CLAUSE_BREAK)) {
    let negated = false;
    for (const word of tokenizeWords(clause)) {
      if (isNegator(word)) {
        negated = true;
        continue;
      }
      if (FUNCTION_WORDS.has(word)) continue;
      for (const term of contentTerms(word)) out.push({ term, negated, word });
    }
  }
  return out;
}

export interface SupportProblem {
  kind: 'unsupported-word' | 'negation-mismatch';
  word: string;
}

/**
 * What in a model sentence its cited sentences do not back: a content word (after stemming and
 * the tokenizer's paraphrase folding) that none of them contains, or one the model asserts where
 * the article negates it ("is concerned" vs "is not concerned") or the reverse. Returns [] when
 * every content word and every negation is supported.
 */
export function unsupportedContent(prose: string, cited: string): SupportProblem[] {
  const support = new Map<string, Set<boolean>>();
  // The cited sentences come normalised from the grounding index: "O’Malley" must meet "O'Malley".
  for (const { term, negated } of polarisedTerms(normaliseForMatch(cited))) {
    const seen = support.get(term) ?? new Set<boolean>();
    seen.add(negated);
    support.set(term, seen);
  }
  const problems: SupportProblem[] = [];
  for (const { term, negated, word } of polarisedTerms(normaliseForMatch(prose))) {
    const seen = support.get(term);
    if (!seen) problems.push({ kind: 'unsupported-word', word });
    else if (!seen.has(negated)) problems.push({ kind: 'negation-mismatch', word });
  }
  return problems;
}

import type { Analysis } from './analysis-types';
import { relatedStems } from './answer-lexicon';
import type { QuestionTerms } from './answer-terms';
import { type ArticleIndex, indexArticle } from './article-index';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { matchTerm, termWeight } from './term-match';
import { contentTerms } from './tokenize-words';

/**
 * Headlines often say what the body never reports ("Committee Rejects Flynn's Request" over a story
 * about a press briefing). Citing a body sentence for it would be a confident error, and a bare
 * "doesn't say" hides what the reporter can see on the page: the honest reply is that only the
 * headline says it.
 */

/** The headline must say at least this share of the question's weight, its verb included. */
const HEADLINE_SHARE = 0.5;
/** A headline that denies or negates ("Hospital denies figures were altered") reports no such act. */
const NEGATED = /\b(?:den(?:y|ies|ied|ial)|disputes?|not|never|no)\b|n['’]t\b/i;

export interface HeadlineAnswer {
  readonly headline: string;
  /** The headline says the asked verb only inside a denial or a negation. */
  readonly negated: boolean;
}

function saidIn(terms: ReadonlySet<string>, term: string): boolean {
  return terms.has(term) || relatedStems(term).some((alt) => terms.has(alt));
}

/** Whether any body sentence says the asked verb: exactly, through its speaker, by synonym or medium. */
function bodySays(index: ArticleIndex, term: string): boolean {
  for (let i = 0; i < index.sentenceCount; i++) {
    const m = matchTerm(index, i, term, true);
    if (m.exact > 0 || m.synonym > 0) return true;
  }
  return false;
}

/**
 * The headline, when it alone says what the question asks: the question's verb ("who rejected…", "did X reject…",
 * "when did X resign?") is in the headline (or a synonym of it) and in no body sentence, and the
 * headline says most of the question. Otherwise undefined. A headline that only denies the act is
 * returned as negated: it says no one did it, so the honest reply is that the article doesn't say.
 */
export function headlineAnswer(analysis: Analysis, terms: QuestionTerms): HeadlineAnswer | undefined {
  const verb = terms.verb;
  const title = analysis.title.trim();
  if (verb === undefined || title === '') return undefined;
  // Folded as the body is ("Turns Down" -> rejected), so both sides read the verb alike.
  const headline = new Set(contentTerms(foldPhrasalVerbs(title)));
  if (!saidIn(headline, verb)) return undefined;
  const index = indexArticle(analysis);
  if (bodySays(index, verb)) return undefined;
  let said = 0;
  let total = 0;
  for (const term of terms.terms) {
    const weight = termWeight(index, term);
    total += weight;
    if (saidIn(headline, term)) said += weight;
  }
  return total > 0 && said / total >= HEADLINE_SHARE ? { headline: title, negated: NEGATED.test(title) } : undefined;
}

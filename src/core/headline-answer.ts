import type { Analysis } from './analysis-types';
import { relatedStems } from './answer-lexicon';
import type { QuestionTerms } from './answer-terms';
import { type ArticleIndex, indexArticle } from './article-index';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { carriesAnswerType } from './question-type';
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

/** The headline's terms, folded as the body is ("Turns Down" -> rejected), so both sides read the verb alike. */
const headlineTerms = (title: string): Set<string> => new Set(contentTerms(foldPhrasalVerbs(title)));

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
  const headline = headlineTerms(title);
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

/** A sentence reporting a denial or dispute, not any negation ("has not independently verified"). */
const DENIAL = /\b(?:den(?:y|ies|ied|ial|ials)|disput(?:e|es|ed|ing)|reject(?:s|ed)?|rebut(?:s|ted)?)\b/i;

/**
 * The body sentence reporting the denial a negated headline names ("Riverside General Hospital has
 * denied claims that…"): of the sentences carrying a denial, the one sharing most of the headline's
 * terms, the earlier on a tie; undefined when no sentence denies anything the headline says.
 */
export function headlineDenial(analysis: Analysis): number | undefined {
  const headline = headlineTerms(analysis.title.trim());
  let best: { index: number; shared: number } | undefined;
  analysis.sentences.forEach((sentence, index) => {
    if (!DENIAL.test(sentence.text)) return;
    const shared = new Set(contentTerms(foldPhrasalVerbs(sentence.text)).filter((t) => headline.has(t))).size;
    if (shared >= 2 && shared > (best?.shared ?? 0)) best = { index, shared };
  });
  return best?.index;
}

/** A figure as copy writes it: "£1.2m", "$40 million", "3,000", "12%". */
const FIGURE =
  /[£$€]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion|trillion)\b)?|\b\d[\d,.]*\s?(?:m|bn|million|billion|trillion|%|per ?cent)?(?=\W|$)/gi;
const NUMERIC: ReadonlySet<string> = new Set(['count', 'amount', 'money', 'quantity']);

/** A magnitude spelled out, as the short form a headline writes: "£1.2 million" is the "£1.2m" of "…cut £1.2m". */
const SPELLED_MAGNITUDE = /(million|billion|trillion|percent)$/;
const SHORT_MAGNITUDE: Readonly<Record<string, string>> = { million: 'm', billion: 'bn', trillion: 'tn', percent: '%' };

/**
 * The figure written the same way everywhere: spaces dropped, lower case ("£1.2 M" = "£1.2m"), a magnitude
 * spelled out shortened ("£1.2 million" = "£1.2m", "10 per cent" = "10%"). The currency sign stays: "1.2
 * million passengers" is no "£1.2m".
 */
const normalised = (figure: string): string =>
  figure
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(SPELLED_MAGNITUDE, (word) => SHORT_MAGNITUDE[word]!);

/**
 * "How much is cut?" under "Trustees cut £1.2m": the headline says the asked act with a figure, so the
 * article does give the amount. The answer is the first body sentence repeating that figure (the lead,
 * usually: "…as it looks for £1.2m of savings"), when the ranker found none; -1 when the body never
 * repeats it (then the headline alone says it), undefined when the headline does not answer.
 */
export function headlineFigure(analysis: Analysis, terms: QuestionTerms, type: string): number | undefined {
  const title = analysis.title.trim();
  if (!NUMERIC.has(type) || terms.terms.length === 0 || title === '') return undefined;
  // "How much did the study cost?" under "Daily walk of 20 minutes …": a figure of another kind is no sum.
  if (type === 'money' && !carriesAnswerType('money', title, new Set())) return undefined;
  const headline = headlineTerms(title);
  if (!terms.terms.every((t) => saidIn(headline, t))) return undefined;
  const figures = (title.match(FIGURE) ?? []).map(normalised).filter((f) => /\d/.test(f));
  if (figures.length !== 1) return undefined;
  const figure = figures[0]!;
  return analysis.sentences.findIndex((s) => (s.text.match(FIGURE) ?? []).some((f) => normalised(f) === figure));
}

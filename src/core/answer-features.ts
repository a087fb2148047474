import { affirmativeQuestion } from './affirmative-question';
import type { Analysis } from './analysis-types';
import { answerAskedPerson } from './answer-asked-person';
import { definiteAntecedents } from './answer-definite-antecedent';
import { countBonus, countFocus, countsFocus, freshPeople, freshPlace, shapeBonus } from './answer-evidence';
import type { QuestionFeatures, SentenceFeatures } from './answer-feature-types';
import { nameVariants } from './answer-name-variants';
import { pronounNames } from './answer-pronoun-name';
import { CREDIT_LINE, DATE, FURNITURE, POLAR, PRONOUN_START } from './answer-sentence-marks';
import { type SoftMatches, softMatches } from './answer-soft';
import { questionTerms } from './answer-terms';
import { answerTypeGroup } from './answer-type-group';
import { answerTyping } from './answer-typing';
import { indexArticle } from './article-index';
import { namesClassMember } from './class-members';
import { countsOnlyAhead } from './count-ahead';
import { askedCurrencySign, countsSignedSum } from './count-figures';
import { entityFinder } from './entity-finder';
import { articleNameWords, fillerBinding } from './filler-binding';
import { lacksFiller, saysCause } from './lacks-filler';
import { type AnswerType, answerTypeBonus, numericEchoes, questionType } from './question-type';
import { bigramsOf, matchTerm, SYNONYM_SHARE, type TermMatch, termWeight } from './term-match';
import { questionTimes, timeClash } from './time-clash';
import { contentTerms } from './tokenize-words';

export type { QuestionFeatures } from './answer-feature-types';

// One row of features per sentence for the answer ranker; the names and their order live in
// answer-feature-names.ts, the per-term matching in term-match.ts.

/** Neighbouring sentences lend part of their evidence: answers often straddle two lines. */
const NEIGHBOUR_SHARE = 0.35;

const TYPED: ReadonlySet<AnswerType> = new Set(['person', 'time', 'count', 'money', 'amount', 'age', 'quantity']);

/** Features of every sentence of the article as an answer to the question. */
export function answerFeatures(analysis: Analysis, asker: string): QuestionFeatures {
  // "Didn't the committee reject…?" is read as "did the committee reject…?": the same fact is asked.
  const question = affirmativeQuestion(asker);
  const index = indexArticle(analysis);
  const type = questionType(question);
  const group = answerTypeGroup(type, question);
  const terms = questionTerms(question, type);
  const n = index.sentenceCount;
  if (terms.terms.length === 0 || n === 0) return { type, group, terms, sentences: [], missing: 1, weights: [] };

  const weights = terms.terms.map((t) => termWeight(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  const focusCut = Math.max(2, Math.round(n * 0.08));
  const isFocus = terms.terms.map((t) => (index.documentFrequency.get(t) ?? 0) <= focusCut);
  const focusTotal = weights.reduce((sum, w, k) => sum + (isFocus[k] ? w : 0), 0);
  const premiseTotal = total - focusTotal;
  const isName = terms.terms.map((t) => terms.nameTerms.has(t));
  const nameCount = isName.filter(Boolean).length;
  const echoes = numericEchoes(question);
  const termSet = new Set(terms.terms);
  const focus = countFocus(question);
  const numeric = type === 'count' || type === 'amount' || type === 'quantity' || type === 'money';
  // "How many pounds …?" is counted by "£4m" as by "4m pounds" (review s45 B-r45-11).
  const sign = askedCurrencySign(question);
  // "How many buses were bought?" is not counted by "the fund would pay for ten more buses", an act ahead.
  const counts = (i: number, siblings = false): boolean =>
    (countsFocus(index.words[i]!, focus, siblings) && !countsOnlyAhead(index.words[i]!, focus, question)) ||
    countsSignedSum(analysis.sentences[i]!.text, sign);
  const focusCounted = focus.size > 0 && index.words.some((_, i) => counts(i));
  const questionBigrams = [...bigramsOf(terms.sequence)];
  const leadTerms = new Set([...contentTerms(analysis.title), ...(index.terms[0] ?? [])]);
  const isNovel = terms.terms.map((t) => !leadTerms.has(t));
  const asked = questionTimes(question);
  const articleNames = articleNameWords(analysis.sentences.map((s) => s.text));
  const relation = terms.relation === undefined ? -1 : terms.terms.indexOf(terms.relation);
  const novelTotal = weights.reduce((sum, w, k) => sum + (isNovel[k] ? w : 0), 0);
  const askedPerson = answerAskedPerson(analysis, question);
  // Who and where questions look up each sentence's entities: the names are read once for the whole answer.
  const entitiesIn = type === 'person' || type === 'place' ? entityFinder(analysis.entities) : undefined;

  // "Bernie" asked of copy that says "Sanders": the person's other name words match as the name itself.
  const variants = nameVariants(analysis, terms.nameTerms, terms.terms);
  // "She later compared …" after a sentence naming the asked person (answer-pronoun-name.ts): the name, but only in
  // a sentence already on the question's matter, and only for the ranking (`pronouns`; see SentenceFeatures.held).
  const byPronoun = pronounNames(analysis, terms.nameTerms);
  // "The commission said …" after "The Ethiopian Human Rights Commission said …": the full name's asked words.
  const carried = definiteAntecedents(analysis, terms.terms);
  // Matched once: the pronoun rows only put SAME_PERSON in name cells (review s50 B-r50-10).
  // "What weapons…?" over "a rifle and a handgun": the asked class noun is said as a synonym by one of its kinds.
  const member = (i: number, term: string): boolean => terms.heads.has(term) && namesClassMember(index.terms[i]!, term);
  const plainRows = analysis.sentences.map((_, i) =>
    terms.terms.map((term) => {
      const m = matchTerm(index, i, term, term === terms.verb);
      return m.exact === 0 && m.synonym === 0 && member(i, term) ? { exact: 0, synonym: SYNONYM_SHARE } : m;
    }),
  );
  const matchRows = (pronouns: boolean): TermMatch[][] =>
    analysis.sentences.map((_, i) => {
      const plain = plainRows[i]!;
      const on = plain.some((m, k) => !m.rare && !isName[k] && (m.exact > 0 || m.synonym > 0));
      const pronoun = pronouns && byPronoun[i] && on;
      const row = plain.map((m, k) =>
        m.exact < 1 &&
        (variants.get(terms.terms[k]!)?.some((v) => index.terms[i]!.has(v)) ||
          (pronoun && isName[k]) ||
          carried[i]!.has(terms.terms[k]!))
          ? SAME_PERSON
          : m,
      );
      // A rarer sense ranks a sentence already on the question's topic; alone it puts none on it ("who is involved?"
      // is not answered by "concerned").
      return row.some((m) => !m.rare && (m.exact > 0 || m.synonym > 0)) ? row : row.map((m) => (m.rare ? m0 : m));
    });
  const best = (m: { exact: number; synonym: number }): number => Math.max(m.exact, m.synonym);
  const soft: SoftMatches = softMatches(index, terms.terms, [...terms.heads]);
  const { checkSums, namesNoun, typedOf } = answerTyping(
    analysis,
    index,
    question,
    type,
    terms.terms,
    echoes,
    terms.verb,
  );
  const fixedParts = (i: number, text: string) => {
    const shape =
      (numeric ? (countsSignedSum(text, sign) ? 0.4 : countBonus(index.words[i]!, termSet, focus)) : 0) +
      shapeBonus(type, question, text);
    let fresh = 0;
    if (type === 'person') fresh = freshPeople(text, terms.questionWords, entitiesIn!);
    else if (type === 'place') fresh = freshPlace(text, terms.questionWords, entitiesIn!) ? 1 : 0;
    const sentenceBigrams = bigramsOf(index.sequences[i]!);
    return { shape, fresh, bigramHits: questionBigrams.filter((b) => sentenceBigrams.has(b)).length };
  };
  // The parts of a sentence's row no match row changes, read once though a resolved pronoun describes twice.
  const fixed = analysis.sentences.map((s, i) => fixedParts(i, s.text));
  const typedOnce = new Map<number, { typed: boolean; lacks: boolean }>();
  const describe = (matches: TermMatch[][]): SentenceFeatures[] => {
    const namesIn = (row: Array<{ exact: number }>): number => row.filter((m, k) => isName[k] && m.exact > 0).length;
    const own = matches.map((row) => row.reduce((sum, m, k) => sum + weights[k]! * best(m), 0) / total);
    const topShare = Math.max(...own);
    // Each term's best evidence in each sentence: exact, synonym or close vector.
    const full = matches.map((row, i) => row.map((m, k) => Math.max(best(m), soft.terms[i]![k]!)));
    const softOwn = full.map((row) => row.reduce((sum, v, k) => sum + weights[k]! * v, 0) / total);
    // The best match of each question term anywhere in each paragraph.
    const paragraphMatch = new Map<number, number[]>();
    analysis.sentences.forEach((sentence, i) => {
      const row = paragraphMatch.get(sentence.paragraph) ?? terms.terms.map(() => 0);
      matches[i]!.forEach((m, k) => {
        row[k] = Math.max(row[k]!, best(m));
      });
      paragraphMatch.set(sentence.paragraph, row);
    });
    const paragraphCover = new Map(
      [...paragraphMatch].map(([p, row]) => [p, row.reduce((sum, v, k) => sum + weights[k]! * v, 0) / total]),
    );

    return analysis.sentences.map((sentence, i): SentenceFeatures => {
      const row = matches[i]!;
      let covered = 0;
      let exact = 0;
      let synonym = 0;
      let focusCovered = 0;
      let names = 0;
      let novelCovered = 0;
      let softOnly = 0;
      let softNovel = 0;
      row.forEach((m, k) => {
        const f = full[i]![k]!;
        if (best(m) === 0) softOnly += weights[k]! * f;
        if (isNovel[k]) softNovel += weights[k]! * f;
        if (isNovel[k]) novelCovered += weights[k]! * best(m);
        const near = Math.max(best(matches[i - 1]?.[k] ?? m0), best(matches[i + 1]?.[k] ?? m0));
        covered += weights[k]! * Math.max(best(m), NEIGHBOUR_SHARE * near);
        exact += weights[k]! * m.exact;
        if (m.exact === 0) synonym += weights[k]! * m.synonym;
        if (isFocus[k]) focusCovered += weights[k]! * best(m);
        if (isName[k] && m.exact > 0) names++;
      });
      let coverage = Math.min(1, covered / total);
      if (focusCounted && !counts(i)) coverage *= 0.75;
      const { shape, fresh, bigramHits } = fixed[i]!;
      // Typed reads the row only through namesNoun, and only when sums are checked.
      const key = 2 * i + (checkSums && namesNoun(row) ? 1 : 0);
      let typing = typedOnce.get(key);
      if (!typing) {
        const typed = typedOf(i, sentence.text, row);
        const lacks = lacksFiller(type, {
          typed,
          fresh,
          counted: focus.size === 0 || counts(i, true),
          text: sentence.text,
        });
        typing = { typed, lacks };
        typedOnce.set(key, typing);
      }
      const typed = typing.typed;
      const words = index.words[i]!;
      const values = [
        1,
        coverage,
        exact / total,
        synonym / total,
        focusTotal > 0 ? focusCovered / focusTotal : 0,
        premiseTotal > 0 ? (own[i]! * total - focusCovered) / premiseTotal : 0,
        nameCount > 0 ? names / nameCount : 0,
        questionBigrams.length > 0 ? bigramHits / questionBigrams.length : 0,
        TYPED.has(type) && !typed ? 1 : 0,
        shape,
        fresh,
        type === 'reason' ? answerTypeBonus('reason', sentence.text) : 0,
        i === 0 ? 1 : 0,
        n > 1 ? i / (n - 1) : 0,
        index.contextWords[i]!.length > 0 ? 1 : 0,
        type === 'yesno' && POLAR.test(sentence.text) ? 1 : 0,
        Math.log(1 + words.length) / 4,
        own[i]! >= topShare - 1e-9 ? 1 : 0,
        FURNITURE.test(sentence.text.trim()) ? 1 : 0,
        type === 'reason' && saysCause(sentence.text) ? 1 : 0,
        type === 'time' && DATE.test(sentence.text) ? 1 : 0,
        focus.size > 0 && counts(i) ? 1 : 0,
        PRONOUN_START.test(sentence.text) && i > 0 && namesIn(matches[i - 1]!) > 0 ? 1 : 0,
        novelTotal > 0 ? novelCovered / novelTotal : 0,
        terms.heads.size === 0
          ? 0
          : [...terms.heads].some((h) => index.terms[i]!.has(h) || index.context[i]!.has(h) || member(i, h))
            ? 1
            : -1,
        own[i - 1] ?? 0,
        own[i + 1] ?? 0,
        paragraphCover.get(sentence.paragraph) ?? 0,
        TYPED.has(type) && typed ? coverage : 0,
        typing.lacks ? 1 : 0,
        softOnly / total,
        novelTotal > 0 ? softNovel / novelTotal : 0,
        soft.head[i]!,
        Math.max(softOwn[i - 1] ?? 0, softOwn[i + 1] ?? 0),
        timeClash(asked, sentence.text),
        relation < 0 ? 0 : full[i]![relation]! - 1,
        fillerBinding(type, sentence.text, terms.nameWords, terms.nameTerms, articleNames),
        askedPerson[i]!,
      ];
      // The rules after the ranker read the share as what the sentence surely says: a rarer sense ranks, never vouches.
      const termShares = row.map((m, k) => (m.rare ? 0 : weights[k]! * best(m)) / total);
      return { index: i, values, share: termShares.reduce((a, b) => a + b, 0), termShares };
    });
  };
  const matches = matchRows(false);
  const held = describe(matches);
  // The shares the later rules read stay the pronoun-free ones: a resolved pronoun ranks, never vouches.
  const sentences = byPronoun.some(Boolean)
    ? describe(matchRows(true)).map((s, k) => ({
        ...s,
        share: held[k]!.share,
        termShares: held[k]!.termShares,
        held: held[k]!.values,
      }))
    : held;
  const candidates = sentences.filter((s) => !CREDIT_LINE.test(analysis.sentences[s.index]!.text.trim()));
  const missing =
    terms.terms.reduce((sum, _, k) => sum + (matches.every((row) => best(row[k]!) === 0) ? weights[k]! : 0), 0) / total;
  return { type, group, terms, sentences: candidates, missing, weights: weights.map((w) => w / total) };
}

const m0: TermMatch = { exact: 0, synonym: 0 };
const SAME_PERSON: TermMatch = { exact: 1, synonym: 0 };

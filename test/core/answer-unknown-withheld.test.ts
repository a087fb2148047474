import { describe, expect, it } from 'vitest';
import type { Analysis, AnswerResult } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { parseUnknownScope } from '../../src/core/parse-unknown-scope';

const NOT_KNOWN = 'The article reports that this is not known.';

const story = (title: string, lines: string[]) => analyzeArticle(lines.join('\n\n'), { title });
const text = (article: Analysis, id: number | undefined) => article.sentences.find((s) => s.id === id)?.text ?? '';
/** The cited sentences, or the sentence an abstention points at. */
const cited = (article: Analysis, r: AnswerResult) =>
  r.answer === null ? text(article, r.nearestId) : r.sentenceIds.map((id) => text(article, id)).join(' ');

const organiser = story('Union organiser detained after port strike', [
  'Dock union organiser Lena Morrow was taken from her flat in the Harbourside district late on Friday, her brother said.',
  '"We do not know where she is being held," said the brother, Owen Morrow.',
  'Police said she would appear before a magistrate next week.',
]);

const ferry = story('Ferry operator to resume island service', [
  'The Calder Isles ferry operator said on Tuesday it would restore its winter sailings after repairs to its only vessel.',
  'Its chief executive, Nadia Frost, declined to give a timeline for reopening the Skerra terminal, but said the repairs would be finished by the end of the month.',
  'Islanders have relied on a chartered fishing boat since October.',
]);

const mill = story('Regulator clears way for paper mill', [
  'The environment regulator said the licence conditions for the Ardley paper mill would be published by the end of the year.',
  'It also said it would not block plans to reopen the Ardley mill, but declined to give a timeline.',
  'About 300 people worked at the mill before it closed in 2019.',
]);

/**
 * Audit 53 B-a53-4: a sentence saying the asked place or time is not known — a negated verb of knowing or telling
 * before a wh-clause ("We do not know where she is being held") or a typed object ("declined to give a timeline") —
 * outranks a place or time the best sentence gives another act.
 */
describe('a withheld place or time is not answered by another act’s', () => {
  it.each([
    ['Where is Lena Morrow being held?', organiser, 'do not know where'],
    ['When will the Skerra terminal reopen?', ferry, 'declined to give a timeline for reopening'],
    ['When will the Ardley mill reopen?', mill, 'declined to give a timeline'],
  ])('not known: %s', (question, article, marker) => {
    const result = answerQuestion(article, question);
    expect(result.answer === null ? result.reason : result.answer).toBe(NOT_KNOWN);
    expect(cited(article, result)).toContain(marker);
  });

  it.each([
    ['Where was Lena Morrow taken from?', organiser, 'Harbourside'],
    ['When will the repairs be finished?', ferry, 'end of the month'],
    ['When will the licence conditions be published?', mill, 'end of the year'],
  ])('control, the copy answering its own act: %s', (question, article, filler) => {
    const result = answerQuestion(article, question);
    expect(result.answer).not.toBeNull();
    expect(cited(article, result)).toContain(filler);
  });

  it('reads a negated verb of knowing or telling only before a wh-clause or a typed object', () => {
    expect(parseUnknownScope('Officials would not confirm the location of the talks.').scopes.map((s) => s.wh)).toEqual(
      ['where'],
    );
    expect(parseUnknownScope('Neighbours did not know the family well.').scopes).toEqual([]);
    expect(parseUnknownScope('Neighbours did not know the family well.').unscoped).toBe(false);
  });
});

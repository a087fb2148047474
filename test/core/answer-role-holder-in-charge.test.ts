import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { inChargeVerb } from '../../src/core/in-charge-verb';

const story = (title: string, lines: string[]) => analyzeArticle(lines.join('\n\n'), { title });
/** The first sentence the answer cites. */
const first = (article: Analysis, question: string) => {
  const result = answerQuestion(article, question);
  return article.sentences.find((s) => s.id === result.sentenceIds[0])?.text ?? '';
};

const club = story('Cycling club plans coast race', [
  'A new road race along the coast will be held in June, organisers said on Monday.',
  'Coastline Riders spokeswoman Ana Ruiz said the club would run the race with the county council.',
  'The route was approved after a safety review by the council.',
  'Coastline Riders President Omar Reyes said the members had waited years for it.',
]);

const union = story('Port strike called off', [
  'Dock workers at Port Ellis called off a strike on Friday after Harbour Union Kent won a new pay deal.',
  'Harbour Union Kent spokesman Dev Patel said the union would run a ballot on the deal next week.',
  'The deal was agreed after talks at the port offices.',
  'Harbour Union Kent chief executive Lena Hart told reporters the deal protected jobs at the port.',
]);

/**
 * Session 52's left item: "who runs X?", "who is running X?", "who's in charge of X?" ask, as "who leads X?" does, for
 * the holder of X's leading role (WordNet's verbs of being in charge, in-charge-verbs.json), not for the spokesman whose
 * sentence says the word "run"; a title of two words ("chief executive") names the role by its last word.
 */
describe('who runs or is in charge of a body: its head is cited', () => {
  it.each([
    ['Who runs Coastline Riders?', club, 'Omar Reyes'],
    ['Who is running Coastline Riders?', club, 'Omar Reyes'],
    ["Who's in charge of Coastline Riders?", club, 'Omar Reyes'],
    ['Who runs Harbour Union Kent?', union, 'Lena Hart'],
    ['Who leads Harbour Union Kent?', union, 'Lena Hart'],
  ])('%s', (question, article, holder) => {
    expect(first(article, question)).toContain(holder);
  });

  it.each([
    ['Who is the spokeswoman for Coastline Riders?', club, 'Ana Ruiz'],
    ['Who is the spokesman for Harbour Union Kent?', union, 'Dev Patel'],
  ])('control, another role: %s', (question, article, holder) => {
    expect(first(article, question)).toContain(holder);
  });

  it('reads the inflected forms of the lexicon verbs, and not other verbs', () => {
    expect(['runs', 'ran', 'running', 'heads', 'headed', 'chairs'].filter((v) => !inChargeVerb(v))).toEqual([]);
    expect(['holds', 'works', 'said', 'ruins'].filter((v) => inChargeVerb(v))).toEqual([]);
  });

  // Review B-r54-1: a lower-case word before the role is a rank ("chief executive"), never a time or a verb.
  const unseated = (line: string) =>
    story('Port strike called off', [
      'Dock workers at Port Ellis called off a strike on Friday after Harbour Union Kent won a new pay deal.',
      'Harbour Union Kent spokesman Dev Patel said the union would run a ballot on the deal next week.',
      line,
    ]);
  it.each([
    ['Harbour Union Kent former chairman Lena Hart told reporters the deal was weak.', 'Who runs Harbour Union Kent?'],
    ['Harbour Union Kent former chairman Lena Hart told reporters the deal was weak.', 'Who leads Harbour Union Kent?'],
    ['Harbour Union Kent fired president Lena Hart in March, the union records show.', 'Who runs Harbour Union Kent?'],
  ])('does not cite a former or fired holder as the head: %s %s', (line, question) => {
    expect(first(unseated(line), question)).not.toContain('Lena Hart');
  });
  it('control: an acting head is the head', () => {
    const article = unseated('Harbour Union Kent acting president Lena Hart told reporters the deal protected jobs.');
    expect(first(article, 'Who runs Harbour Union Kent?')).toContain('Lena Hart');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { closeGap } from '../../src/core/close-gap';
import { type PhraseContext, vagueSource } from '../../src/core/phrase-question';
import { cutClause } from '../../src/core/question-clauses';
import { singleSource } from '../../src/core/single-source';
import { isCleanQuestion } from '../../src/core/vet-question';
import { withoutTags } from '../../src/core/without-tags';

/**
 * The shapes hand-read sample 18 found (docs/hand-read-questions.md, "Classes sample 18 shows", engine 38), each in
 * copy written for the test: an attribution tag set off by commas kept inside the claim a question wraps (#3), and an
 * attribution cut out of a clause leaving its comma behind (#14).
 */

function context(text: string): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set() };
}

describe('a tag set off by commas never stays inside the claim a question wraps (#3)', () => {
  it.each([
    // A tag closing the clause, before a dash or at the end.
    [
      'Selling the ferry could cost the trust its majority, party allies believe',
      'Selling the ferry could cost the trust its majority',
    ],
    [
      'The levy will hit night crossings hardest, harbour staff privately fear',
      'The levy will hit night crossings hardest',
    ],
    [
      'The levy will hit night crossings hardest, said Mr. Price on Monday',
      'The levy will hit night crossings hardest',
    ],
    // A tag inside the clause goes with both its commas.
    ['The ferry, its owners say, will run until the end of May', 'The ferry will run until the end of May'],
    [
      'Whatever the trust has spent, officials said, could be lost in a single storm',
      'Whatever the trust has spent could be lost in a single storm',
    ],
    [
      'Under the new timetable, islanders say, the last boat leaves at six',
      'Under the new timetable the last boat leaves at six',
    ],
    // A tag after a whole clause ends it, even a predicate with no subject of its own.
    ['The ferry will run until May, its owners said, adding that fares would rise', 'The ferry will run until May'],
    ['run until the end of May, the owners said, adding that fares would rise', 'run until the end of May'],
  ])('%s', (clause, cut) => {
    expect(cutClause(clause)).toBe(cut);
  });

  it.each([
    // No tag: an apposition, a second verb of the clause, a list, a relative clause.
    'The ferry, its oldest boat, will run until the end of May',
    'He waved to the crowd, said goodbye and left the quay',
    'Owners of yachts, ferries and trawlers say the rules are unfair',
    'He says the ferry will run, as it did last year',
  ])('leaves a clause with no tag alone: %s', (clause) => {
    expect(withoutTags(clause)).toBe(clause);
  });

  it('asks of the claim without the tag, before a dash', () => {
    expect(
      vagueSource(
        context('Such a move could cost the mayor his seat, council allies believe — a seat he will need in May.'),
      ),
    ).toBe('Can a named source confirm that such a move could cost the mayor his seat?');
    // The unnamed source's own verb is followed by a dash, not by its claim.
    expect(
      vagueSource(
        context('Such a move could cost the mayor his seat, party insiders believe — a seat he will need in May.'),
      ),
    ).toBe('Which insiders say such a move could cost the mayor his seat, and can they be named?');
  });

  it('the last gate refuses a question that still holds a tag', () => {
    const copy = 'The ferry will close in May, harbour staff believe, and the pier with it.';
    expect(
      isCleanQuestion('Can a named source confirm that the ferry will close in May, harbour staff believe?', copy),
    ).toBe(false);
    expect(
      isCleanQuestion(
        'Which sources say the ferry, harbour staff believe, will close in May, and can they be named?',
        copy,
      ),
    ).toBe(false);
    expect(isCleanQuestion('Can a named source confirm that the ferry will close in May?', copy)).toBe(true);
  });

  it('in an article', () => {
    const article = [
      'Harbour trust weighs ferry sale',
      'The harbour trust is weighing a sale of the night ferry, its chairman said on Monday.',
      'Selling the ferry could alienate the island’s commuters, trust allies believe — commuters the chairman will need at the next vote.',
      'Islanders have started a petition against the sale.',
    ].join('\n\n');
    const texts = analyzeArticle(article).questions.map((q) => q.text);
    expect(texts).toContain('Can a named source confirm that selling the ferry could alienate the island’s commuters?');
  });
});

describe('an attribution taken out of a clause takes its commas with it (#14)', () => {
  it.each([
    [
      'The ferry ran aground in 1998 after, according to him, the harbour master ignored a warning.',
      'Can anyone besides him confirm that the ferry ran aground in 1998 after the harbour master ignored a warning?',
    ],
    [
      'Ticket sales, according to the trust, have doubled since the spring.',
      'Can anyone besides the trust confirm that ticket sales have doubled since the spring?',
    ],
    [
      'According to the trust, ticket sales have doubled since the spring.',
      'Can anyone besides the trust confirm that ticket sales have doubled since the spring?',
    ],
    // Between a whole clause and an adjunct, the adjunct keeps its comma.
    [
      'Ticket sales rose 5 percent in May, according to the trust, with the night crossing the busiest.',
      'Can anyone besides the trust confirm that ticket sales rose 5 percent in May, with the night crossing the busiest?',
    ],
  ])('%s', (sentence, question) => {
    expect(singleSource(context(sentence))).toBe(question);
  });

  it('joins the two sides of a removed aside', () => {
    expect(closeGap('He left after', ', the network censured him')).toBe('He left after the network censured him');
    expect(closeGap('The implication', ', is that the trust sold early')).toBe(
      'The implication is that the trust sold early',
    );
    expect(closeGap('', ', sales rose')).toBe('sales rose');
    expect(closeGap('Sales rose, ', '.')).toBe('Sales rose.');
    expect(closeGap('Sales rose 5 percent', ', with May the busiest')).toBe(
      'Sales rose 5 percent, with May the busiest',
    );
  });
});

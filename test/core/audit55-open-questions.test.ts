import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { conditionalPresent, presentOfPast } from '../../src/core/conditional-present';
import { perfectQuestion } from '../../src/core/perfect-question';
import { findCues } from '../../src/core/question-cues';
import { willQuestion } from '../../src/core/will-question';

// Audit 55's open-question shapes (issue 13), on invented copy: a withheld whether-clause asked plainly (B-a55-3, 20,
// 30), "has not indicated whether" (B-a55-16), a reported condition's tense (B-a55-16), a role denier's number (B-a55-9).

const questions = (body: string) => analyzeArticle(`Harbour row deepens\n\n${body}`).questions.map((q) => q.text);

describe('a withheld whether-clause is asked plainly, without "and will X say?"', () => {
  it.each([
    [
      'The port board met on Monday. A harbour official declined to say whether the port board would approve the dredging contract.',
      'Will the port board approve the dredging contract?',
    ],
    [
      'The audit found gaps in the accounts. A council spokesman, Len Ward, would not say whether the council had paid the contractor in full.',
      'Has the council paid the contractor in full? (Len Ward)',
    ],
    [
      'The museum trust chair, Paul Grant, said the vote was close. He declined to say whether he personally backed the merger.',
      'Did Paul Grant personally back the merger?',
    ],
    [
      'The ferry was halted in May. The transport minister, Ruth Kale, has not indicated whether the ferry service would resume in March.',
      'Will the ferry service resume in March?',
    ],
  ])('%s', (body, asked) => {
    const all = questions(body);
    expect(all).toContain(asked);
    expect(all.join(' ')).not.toMatch(/and will .* say\?|Is it the case/);
  });
});

describe('perfectQuestion restores the backshifted perfect or gives none', () => {
  it.each([
    ['the department had withheld any payments', 'Has the department withheld any payments?'],
    ['the trustees had sold the land', 'Have the trustees sold the land?'],
    ['its lawyers have met the judge', 'Have its lawyers met the judge?'],
  ])('%s', (clause, asked) => {
    expect(perfectQuestion(clause)).toBe(asked);
  });
  it.each([
    'the board had the money', // "had" no auxiliary
    'the board had met and voted on it', // a second verb keeps its tense
    'Greta Lind had signed the lease', // a name: didQuestion's
  ])('%s: none', (clause) => {
    expect(perfectQuestion(clause)).toBeNull();
  });
});

describe('a reported condition asks in the present', () => {
  it('restores the condition in a will-question', () => {
    expect(willQuestion('her members would call a strike if the owners cancelled the bonus', new Set())).toBe(
      'Will her members call a strike if the owners cancel the bonus?',
    );
  });
  it.each([
    ['vote no if the board wanted a delay', 'vote no if the board wants a delay'],
    ['table a motion if the cabinet used the decree', 'table a motion if the cabinet uses the decree'],
    ['wait until the court ruled', 'wait until the court rules'],
    ['sell once the market recovered', 'sell once the market recovers'],
    ['resign if the trustees agreed', 'resign if the trustees agree'],
    ['move if it rained', 'move if it rained'], // a pronoun subject is left
    ['appeal after the court ruled', 'appeal after the court ruled'], // "after" may tell a real past
  ])('%s', (phrase, present) => {
    expect(conditionalPresent(phrase)).toBe(present);
  });
  it('the vetting reads the present as the copy’s past', () => {
    const copy = new Set(['used', 'agreed', 'carried']);
    expect(['uses', 'agrees', 'carries'].every((w) => presentOfPast(w, copy))).toBe(true);
    expect(presentOfPast('wants', copy)).toBe(false);
  });
});

it('a role phrase with a prepositional phrase takes the verb of its head', () => {
  const asked = questions(
    'The mayor said the opposition raised the bridge only after the bishop spoke. Opposition spokesman on roads, Dale Brent Hyde, rejected the suggestion.',
  ).join(' ');
  expect(asked).toMatch(/What exactly does opposition spokesman on roads deny/);
  expect(asked).not.toMatch(/What exactly do /);
});

it('"has not indicated" is a refusal only before what is held back', () => {
  const shapes = (s: string) => findCues(s).map((c) => c.shape);
  expect(shapes('The harbour board has not indicated when the pier will reopen.')).toContain('refusal');
  expect(shapes('The senator has not indicated any interest in the harbour post.')).not.toContain('refusal');
});

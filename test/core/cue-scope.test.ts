import { describe, expect, it } from 'vitest';
import { type CueScope, cueScope } from '../../src/core/cue-scope';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { findCues } from '../../src/core/question-cues';
import { questionInputOf } from '../support/question-input-of';

const shapes = (text: string) => findCues(text).map((c) => c.shape);
const scopeOf = (text: string, cue: string) => cueScope(text, text.indexOf(cue), text.indexOf(cue) + cue.length);

/** Sentence, the cue's words in it, where it sits. */
const APART: Array<[string, string, CueScope]> = [
  ['The senator, who has criticized the plan, voted for it.', 'criticized', 'relative'],
  ['It was the flat with which the family planned to stay.', 'planned to', 'relative'],
  ['The mayor (who plans to retire) opened the bridge.', 'plans to', 'aside'],
  ['Local chairs - some of whom are expected to vote - met.', 'are expected to', 'aside'],
  ['A pending lawsuit forced the firm to settle.', 'pending', 'modifier'],
  // A person's own future only describes them.
  ['Ms Carr, who will race in Paris next month, finished third.', 'will', 'relative'],
  ['The senator criticized the plan.', 'criticized', 'main'],
  ['The lawsuit is pending.', 'pending', 'main'],
];

/**
 * A relative clause that is the claim itself: an indirect question, an existential "there are … who",
 * reported words, a pro-verb for the main clause, a modal after a restrictive clause's own words, a
 * thing's dated future.
 */
const CLAIM_ITSELF: Array<[string, string]> = [
  ['It is unclear who will decide the case next week.', 'will'],
  ['There are economists who argue that the tax should go.', 'argue that'],
  ['Mr Park, who said the council will vote on it, left.', 'will vote'],
  ['She must raise revenue, which she plans to do through a tax.', 'plans to'],
  ['Airlines which fly from the EU will have to pay from next year.', 'will'],
  ['The lawsuit, which will be filed on Friday, names the county.', 'will'],
];

describe('cueScope: where a cue sits in its sentence', () => {
  it('reads a relative clause, a bracketed or dashed aside and a noun modifier apart from the main clause', () => {
    for (const [text, cue, scope] of APART) expect(scopeOf(text, cue), text).toBe(scope);
  });

  it('keeps a relative clause that is the claim itself', () => {
    for (const [text, cue] of CLAIM_ITSELF) expect(scopeOf(text, cue), text).toBe('main');
  });

  it('drops a pending or one-sided challenge cue that governs no main claim', () => {
    expect(shapes('The senator, who has long criticized the plan, voted for it on Tuesday.')).not.toContain(
      'challenge',
    );
    expect(shapes('A pending ballot measure pushed the council to act last year.')).not.toContain('schedule');
    expect(shapes('The runner, who will compete in Paris next month, finished third.')).not.toContain('future');
    // A challenge still to come disputes nothing yet.
    expect(shapes('She is expected to argue that the senator has lost touch with voters.')).not.toContain('contested');
    expect(shapes('You could dismiss these claims as schoolyard talk.')).not.toContain('challenge');
    expect(shapes('The senator criticized the plan on Tuesday, calling it reckless.')).toContain('challenge');
    expect(shapes('The board will decide next week.')).toContain('schedule');
  });

  it('reads an infinitive as a decision to come only after a word that looks forward', () => {
    for (const text of [
      'The president went on to name the cities that lost people.',
      'Every citizen has the right to vote early.',
      'Coin tosses were used to decide two of the seats.',
      'He was asked to name one thing he would change.',
      // A past form narrates: the vote has been cast.
      'He decided to vote for the bill last year.',
      'The two sides agreed to publish the report in 2014.',
      // A decision made is no longer to come.
      'At the end of that campaign, he made a decision.',
    ])
      expect(shapes(text), text).not.toContain('schedule');
    for (const text of [
      'The council is expected to vote on the budget.',
      'The board has to decide by Friday.',
      'The party hopes to announce its candidate soon.',
      'She has not made a decision on the appeal.',
    ])
      expect(shapes(text), text).toContain('schedule');
  });

  it('keeps sourcing cues and charges that name both sides wherever the clause', () => {
    expect(shapes('The e-mail, which was apparently meant for an aide, was leaked.')).toContain('hedged');
    expect(shapes('The firm published the letter, which contradicts the press reports.')).toContain('conflict');
    expect(shapes('The vote followed a debate in which unions accused the board of hiding losses.')).toContain(
      'accusation',
    );
    expect(shapes('The company, which declined to comment, has closed the plant.')).toContain('refusal');
  });

  it('asks nothing of a narration whose only cue sits in a relative clause', () => {
    const questions = findOpenQuestions(
      questionInputOf(['The senator, who has long criticized the plan, voted for it on Tuesday.']),
    );
    expect(questions).toEqual([]);
  });
});

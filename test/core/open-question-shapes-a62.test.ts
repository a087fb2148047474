import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { didQuestion } from '../../src/core/did-question';
import { findCues } from '../../src/core/question-cues';

/** Issue 13, session 61 (fu62): audit 62's B-a62-14 shapes. Copy written for the test. */
const questions = (...sentences: string[]) =>
  analyzeArticle(
    `Harbour dredging row\n\nThe harbour board voted on Monday to dredge the old quay.\n\n${sentences.join('\n\n')}\n`,
  ).questions;
const texts = (...sentences: string[]) => questions(...sentences).map((q) => `${q.text} [${q.kind}]`);
const shapes = (sentence: string) => findCues(sentence).map((c) => c.shape);

describe('a rebuttal whose object is a bare "that" is shown with the claim it answers', () => {
  it('shows the claim before "The board disputes that."', () => {
    const claim =
      'Fisherman Tomas Arendt told the Gazette that silt from the dredging would smother the oyster beds within a year.';
    const shown = texts(claim, 'The board disputes that.').find((t) => t.includes('disputes that'));
    expect(shown).toBe(`Disputed: “${claim} The board disputes that.” [disputed]`);
  });
});

describe('pending needs a decision to come, not the word "decision" or a conditional', () => {
  it.each([
    'For many fishermen the decision is about more than money.',
    'The decision is a blow for the oyster growers.',
    'The decision will ripple through the whole coast.',
  ])('a described decision is no schedule cue: %s', (sentence) => expect(shapes(sentence)).not.toContain('schedule'));

  it.each([
    'A decision is expected in March.',
    'The decision is now due before the summer.',
    'The decision is up to the county council.',
  ])('control, a decision awaited: %s', (sentence) => expect(shapes(sentence)).toContain('schedule'));

  it('people who "will go to" somewhere on a condition travel, they decide nothing', () => {
    expect(
      shapes('"If the quay closes, they will go to the fish market in Dunmore instead," the trader said.'),
    ).not.toContain('conditional-decision');
    expect(shapes('If the quay closes, we would go to the market in Dunmore.')).not.toContain('conditional-decision');
  });

  it('control: a thing on a condition still goes to a deciding body', () => {
    expect(shapes('If no deal is reached, it will go to the harbour board, where it could be settled.')).toContain(
      'conditional-decision',
    );
  });
});

describe('the phrasing of two questions', () => {
  it('asks a withheld whether of "the" and a title plainly', () => {
    expect(didQuestion('the Speaker supported the dredging plan')).toBe('Did the Speaker support the dredging plan?');
    expect(didQuestion('the Senate approves the condition')).toBe('Does the Senate approve the condition?');
    // Not a title after "the": no question from its parts.
    expect(didQuestion('the board supported the dredging plan')).toBeNull();
  });

  it('gives no bracket of a body whose name was cut to its head noun', () => {
    // The name finder cuts "People's Council" at the possessive (B-a62-15); the bracket would read "(Council)".
    const asked = texts(
      "The provincial People's Council is weighing a plan to charge trawlers a fee to land at the old quay, a plan that has drawn strong objections from fishermen and boat owners.",
    );
    expect(asked.some((t) => /\((?:Committee|Council)\)/.test(t))).toBe(false);
  });
});

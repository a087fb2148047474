import { describe, expect, it } from 'vitest';
import { challenge } from '../../src/core/challenge-question';
import { noEvidence } from '../../src/core/no-evidence';
import type { PhraseContext } from '../../src/core/phrase-question';
import { reportedClause } from '../../src/core/question-clauses';
import { roleOf } from '../../src/core/role-of';

/**
 * The defects hand-read sample 27 found (docs/hand-read-questions.md, "Sample 27", engine 49), each in copy written
 * for the test: an organisation's possessive without the article the copy gives it (#18), a sentence's connective
 * kept at the head of the clause asked (#21), a criticism the actor aims at someone else put to the actor (#21), and
 * a lone "rival" given as a role (who-is-who #5, #16, #45).
 */

const names = new Set(['Ellen', 'Park', 'Marsh', 'Lind', 'Varga', 'Okafor']);

function context(fields: Partial<PhraseContext> & { text: string }): PhraseContext {
  return { actor: null, mainActor: null, properWords: names, ...fields };
}

describe('an organisation the copy names with "the" keeps it in the possessive (#18)', () => {
  it.each([
    [
      'The Water Authority said it found no evidence that the pipe was ever tested with the faulty gauge.',
      'Water Authority',
      "What is the Water Authority's claim of no evidence that the pipe was ever tested with the faulty gauge based on, and has anyone checked it?",
    ],
    [
      'The Transit Board claimed, without evidence, that the contractor skipped the pressure tests on the new main.',
      'Transit Board',
      "What evidence backs the Transit Board's claim that the contractor skipped the pressure tests on the new main?",
    ],
  ])('"%s"', (text, actor, expected) => {
    expect(noEvidence(context({ text, actor, actorIsPerson: false }))).toBe(expected);
  });

  it.each([
    // Controls: a person's name never takes an article, and a name the copy writes bare stays bare.
    [
      'Ellen Park said she found no evidence that the pipe was ever tested with the faulty gauge.',
      'Ellen Park',
      true,
      "What is Ellen Park's claim of no evidence that the pipe was ever tested with the faulty gauge based on, and has anyone checked it?",
    ],
    [
      'NASA said it found no evidence that the probe was ever tested with the faulty gauge.',
      'NASA',
      false,
      "What is NASA's claim of no evidence that the probe was ever tested with the faulty gauge based on, and has anyone checked it?",
    ],
  ])('control: "%s"', (text, actor, actorIsPerson, expected) => {
    expect(noEvidence(context({ text, actor, actorIsPerson }))).toBe(expected);
  });
});

describe('a connective pointing to the sentence before is no part of the clause asked (#21)', () => {
  it.each([
    [
      'Instead, the council voted to close the depot by the end of the year.',
      'the council voted to close the depot by the end of the year',
    ],
    [
      'Rather, the council will close the depot by the end of the year.',
      'the council will close the depot by the end of the year',
    ],
  ])('"%s"', (text, expected) => {
    expect(reportedClause(text)).toBe(expected);
  });

  it('in a criticism put to the one criticised', () => {
    const text = 'Instead, union leaders have been attacking the budget as wasteful and late.';
    expect(challenge(context({ text, mainActor: 'Varga', mainIsPerson: true }))).toBe(
      'How does Varga answer the criticism that union leaders have been attacking the budget as wasteful and late?',
    );
  });

  it.each([
    // Controls: "Instead of …", "Rather than …" open a phrase of the sentence's own.
    'Instead of waiting, the council voted to close the depot by the end of the year',
    'Rather than wait, the council voted to close the depot',
  ])('control: "%s"', (text) => {
    expect(reportedClause(`${text}.`)).toBe(text);
  });
});

describe('a criticism aimed at someone the copy names is not put to the actor (#21)', () => {
  it('the passage is shown', () => {
    const text =
      'Instead, he was back to touting the budget, while taking slams at council member Ellen Park and ignoring Lind.';
    expect(challenge(context({ text, mainActor: 'Varga', mainIsPerson: true }))).toBeNull();
  });

  it.each([
    // Controls: the actor named as the one slamming is asked what he objects to; a criticism of what the actor
    // owns is still put to him.
    [
      'Varga was back to touting the budget, while taking slams at council member Ellen Park.',
      'What exactly is Varga objecting to, and what evidence is there either way?',
    ],
  ])('control: "%s"', (text, expected) => {
    expect(challenge(context({ text, mainActor: 'Varga', mainIsPerson: true }))).toBe(expected);
  });

  it('control: a criticism of what the actor owns is still put to him (the property, not one phrasing)', () => {
    const text = 'The budget drew slams from the council as wasteful and late.';
    expect(challenge(context({ text, mainActor: 'Varga', mainIsPerson: true }))).toMatch(
      /^How does Varga answer the criticism that .*budget.*\?$/,
    );
  });

  // Review s31 B-main-12: the actor as the criticism's target is not the one objecting.
  it('a criticism aimed at the actor is not the actor objecting', () => {
    const text = 'Union leaders took slams at Varga over the late budget.';
    expect(challenge(context({ text, mainActor: 'Varga', mainIsPerson: true }))).toBeNull();
  });

  // Review s31 B-sample27-1: a day or a month after "on"/"at" is no one the criticism is aimed at.
  it.each([
    'Union leaders complained on Monday that the budget was late and underfunded the schools.',
    'Union leaders complained on Christmas Eve that the budget was late and underfunded the schools.',
  ])('a date after the criticism keeps its question: "%s"', (text) => {
    expect(challenge(context({ text, mainActor: 'Varga', mainIsPerson: true }))).toMatch(
      /^How does Varga answer the criticism that union leaders complained .+\?$/,
    );
  });
});

describe('a lone "rival" is no role (who-is-who #5, #16, #45)', () => {
  it.each([
    'Rival Ellen Park, however, has said she would not debate.',
    'The ad paints rival Ellen Park as a tax raiser.',
    'Rival Ellen Park said the plan would fail.',
  ])('"%s"', (text) => {
    expect(roleOf('Ellen Park', undefined, text)).toBeNull();
  });

  it('control: a rivalry the copy says with whom keeps its role', () => {
    expect(
      roleOf('Ellen Park', undefined, 'Ellen Park, a longtime rival of the mayor, said she would not debate.'),
    ).toBe('longtime rival of the mayor');
  });
});

import { describe, expect, it } from 'vitest';
import { challenge } from '../../src/core/challenge-question';
import type { PhraseContext } from '../../src/core/phrase-question';
import { findCues } from '../../src/core/question-cues';
import { isCleanQuestion } from '../../src/core/vet-question';

/**
 * The ungrammatical shapes hand-read sample 19 found (docs/hand-read-questions.md, "Sample 19", engine 39), each in
 * copy written for the test: a fronted time phrase (#1) or the first of two joined clauses (#38) in the subject slot of
 * "Why did … attack …?", a sentence-opening "Nor" kept inside a that-clause (#8), and a negated "unfounded" read as a
 * claim of no evidence (#17: "…but campus skepticism was not completely unfounded").
 */

function context(text: string, names: string[] = []): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(names) };
}

describe('the subject slot of "Why did … attack …?" holds only a noun phrase (#1, #38)', () => {
  it.each([
    // A fronted adverbial before the subject: refused, not put in the slot (nor skipped, see subject-slot.ts).
    'Early in the season, Ruiz attacked the harbour levy as a tax on fishermen.',
    'Continuing to explain his plan, Ruiz rejected the notion that the ferry could pay its way.',
    'Like the mayor, the harbour master also rejected the levy.',
    'Later he attacked the harbour levy as a tax on fishermen.',
    // What follows the adverbial's own comma is no subject either ("in Dover, Kent, the harbour master").
    'At a hearing in the town of Dover, Kent, the harbour master rejected the plan to close the quay.',
    // A joined clause: the verb found is the second clause's.
    'Later, she closed the ferry office, and, a week after, she attacked the levy.',
    'The mayor raised fares, and later the council criticized the levy.',
    // The words before the verb are a clause of their own (a relative's verb took "brands" for the verb).
    'Ms. Obi, whose firm helps brands reach buyers, said the levy was fair.',
    // A dateline before the subject: the dash and the agency are no subject.
    'DOVER, Kent, May 4 (PA) — The harbour master criticized the levy.',
    // A subject the engine cannot vouch for: a bare singular noun with no determiner.
    'Campaign criticizes ferry levy and timing of its release.',
  ])('refuses when no noun phrase fills the slot: %s', (text) => {
    expect(challenge(context(text, ['Ruiz', 'Obi', 'Dover', 'Kent', 'PA']))).toBeNull();
  });

  it.each([
    // Controls the slot must keep: a name, a relative clause and appositions between commas, a bare plural.
    ['Ruiz, who had backed the plan in May, criticized the levy.', 'Why did Ruiz criticize the levy?'],
    ['Grace Obi, the harbour master, has rejected the levy.', 'Why did Grace Obi reject the levy?'],
    ['Grace Obi, the harbour master, also rejected the levy.', 'Why did Grace Obi reject the levy?'],
    [
      'Low-cost ferry operators have criticised the new fares.',
      'Why have low-cost ferry operators criticised the new fares?',
    ],
    [
      'Supporters of the levy have rejected the islanders’ concerns.',
      'Why have supporters of the levy rejected the islanders’ concerns?',
    ],
    // A short time phrase the clause surgery already takes off leaves the subject first.
    [
      'On Tuesday, both of the mayor’s rivals criticized the levy.',
      'Why did both of the mayor’s rivals criticize the levy?',
    ],
    ['Harbour master Grace Obi rejected the levy.', 'Why did harbour master Grace Obi reject the levy?'],
    ['Ruiz again criticized the levy.', 'Why did Ruiz again criticize the levy?'],
    // A name that looks like an adverb or a participle is still the subject.
    ['Reilly, the harbour master, rejected the levy.', 'Why did Reilly reject the levy?'],
    // A verb with neither ending is a plural subject's present.
    ['Islanders rebut claim of ferry savings.', 'Why do Islanders rebut claim of ferry savings?'],
  ])('keeps %s', (text, question) => {
    expect(challenge(context(text, ['Ruiz', 'Grace', 'Obi', 'Islanders', 'Reilly']))).toBe(question);
  });
});

describe('an inverted negative connective is never wrapped inside a clause (#8)', () => {
  const copy =
    'Nor are those tasked with watching the harbour board seeing any defections, according to several officials. Neither airlines nor passengers were consulted over the changes. Neither is ready, the board said.';

  it.each([
    'Can anyone besides several officials confirm that nor are those tasked with watching the harbour board seeing any defections?',
    'Is it true that nor has the board met since May?',
    'Can it be confirmed that neither do the islanders want the levy?',
  ])('refuses %s', (question) => {
    expect(isCleanQuestion(question, copy)).toBe(false);
  });

  it.each([
    'Is it true that neither airlines nor passengers were consulted over the changes?',
    'Can anyone besides the board confirm that neither is ready?',
  ])('keeps %s', (question) => {
    expect(isCleanQuestion(question, copy)).toBe(true);
  });
});

describe('a negated "unfounded" is no claim of missing evidence (#17)', () => {
  const noEvidence = (text: string) => findCues(text).some((cue) => cue.shape === 'no-evidence');

  it.each([
    'The harbour board’s fears about the levy were not completely unfounded.',
    'The islanders’ complaint was not unfounded: the ferry had been late all winter.',
    'Her doubts about the figures weren’t entirely unsubstantiated.',
  ])('does not flag %s', (text) => {
    expect(noEvidence(text)).toBe(false);
  });

  it.each([
    'The claims about the levy are unfounded, the harbour master said.',
    'The board called the charge not only unfounded but reckless.',
    'The mayor repeated the unsubstantiated claim that the ferry was losing money.',
    'Officials said they had seen no evidence of fraud in the ferry accounts.',
  ])('still flags %s', (text) => {
    expect(noEvidence(text)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { challenge } from '../../src/core/challenge-question';
import { hedged, type PhraseContext } from '../../src/core/phrase-question';
import { cutClause, dropLeading } from '../../src/core/question-clauses';
import { schedule } from '../../src/core/schedule-question';
import { isCleanQuestion } from '../../src/core/vet-question';

/**
 * The ungrammatical shapes hand-read sample 25 found (docs/hand-read-questions.md, "Sample 25", engine 46), each in
 * copy written for the test: an opening place phrase cut at the comma inside "City, State," (#14), a participle of
 * saying kept when the clause is cut before its quote (#12), a cleft's "that …" kept after the claim it frames (#2),
 * and a that-clause that is only a subordinate clause (#8); and one misread, the target of an attack asked what he
 * objects to, the attack told in a relative clause on him (#35).
 */

const names = new Set(['Ellen', 'Park', 'Marshalltown', 'Iowa', 'Springfield', 'Lind', 'Gazette']);

function context(text: string): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: names };
}

describe('an opening place phrase goes whole, its state with it (#14)', () => {
  it.each([
    [
      'In Marshalltown, Iowa, Pastor Ellen Park plans to open a second food bank in the spring.',
      'Pastor Ellen Park plans to open a second food bank in the spring.',
    ],
    [
      'At Springfield, Ill., the union plans to hold a strike vote next month.',
      'the union plans to hold a strike vote next month.',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(dropLeading(sentence)).toBe(expected);
  });

  it('the plan is asked of its subject, not of the state', () => {
    expect(
      schedule(context('In Marshalltown, Iowa, Pastor Ellen Park plans to open a second food bank in the spring.')),
    ).toBe('Will Pastor Ellen Park open a second food bank in the spring?');
  });

  it.each([
    // Controls: a time phrase before a list of states, and a place phrase with no state after it.
    [
      'In January, Iowa, New Hampshire and Nevada are expected to vote first.',
      'Iowa, New Hampshire and Nevada are expected to vote first.',
    ],
    ['In Des Moines, organizers plan to hold a rally on Saturday.', 'organizers plan to hold a rally on Saturday.'],
  ])('control: "%s"', (sentence, expected) => {
    expect(dropLeading(sentence)).toBe(expected);
  });
});

describe('a participle of saying that opens a quote ends the claim (#12)', () => {
  it.each([
    [
      'The mayor scoffed at the suggestion that she had ordered the audit to punish the treasurer, saying, "I ordered it because the books were a mess."',
      'Is it true that she had ordered the audit to punish the treasurer?',
    ],
    [
      'Mr. Lind brushed off the claim that he had sold the land to a donor, adding: "Every sale was public and every price was fair."',
      'Is it true that he had sold the land to a donor?',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(hedged(context(sentence))).toBe(expected);
  });

  it('control: a participle aside before the verb is dropped as before', () => {
    expect(cutClause('the council, citing costs, will close the pool in May')).toBe(
      'the council will close the pool in May',
    );
  });

  it('control: a claim with no participle is asked whole', () => {
    expect(
      hedged(
        context(
          'Critics have made the suggestion that the new stadium will cost the city far more than the team admits.',
        ),
      ),
    ).toBe('Is it true that the new stadium will cost the city far more than the team admits?');
  });
});

describe('a cleft\'s own "that" is no part of the claim it frames (#2)', () => {
  it.each([
    [
      "Instead, it was the mayor's suggestion that the library would close unless residents paid a new levy that angered the council.",
      'Is it true that the library would close unless residents paid a new levy?',
    ],
    [
      'It is the claim that the count was rigged in two wards that worries the election board most.',
      'Is it true that the count was rigged in two wards?',
    ],
  ])('"%s"', (sentence, expected) => {
    expect(hedged(context(sentence))).toBe(expected);
  });

  it('control: a relative "that" inside a claim that is no cleft stays', () => {
    expect(
      hedged(
        context(
          'Residents rejected the suggestion that the council had ignored a petition that thousands of them signed.',
        ),
      ),
    ).toBe('Is it true that the council had ignored a petition that thousands of them signed?');
  });

  it("control: the claim's own that-clause, which has a subject, stays in a cleft-shaped sentence", () => {
    expect(hedged(context('It was the claim that the former finance minister knew that the money was missing.'))).toBe(
      'Is it true that the former finance minister knew that the money was missing?',
    );
  });
});

describe('a subordinate clause alone is no claim (#8)', () => {
  const copy =
    'When asked about the closure of the depot, 62, the mayor said: "Nothing is decided." When the plant closes next year, 300 jobs will go. If elected, she would cut the levy.';

  it.each([
    'Can it be confirmed that when asked about the closure of the depot, 62?',
    'Can it be confirmed that when asked about the closure of the depot?',
  ])('"%s" is not printed', (question) => {
    expect(isCleanQuestion(question, copy)).toBe(false);
  });

  it.each([
    // Controls: the subordinate clause with its main clause after the comma.
    'Can it be confirmed that when the plant closes next year, 300 jobs will go?',
    'Is it true that if elected, she would cut the levy?',
  ])('control: "%s" is printed', (question) => {
    expect(isCleanQuestion(question, copy)).toBe(true);
  });
});

describe('the target of an attack told in a relative clause on him is not asked what he objects to (#35)', () => {
  const people = new Set(['Ada', 'Okafor', 'Brandt']);
  const about = (text: string): PhraseContext => ({
    text,
    actor: null,
    mainActor: 'Ada Okafor',
    mainIsPerson: true,
    properWords: people,
  });

  it('"who says the mayor is attacking her": she is the one attacked, and the passage is shown', () => {
    expect(
      challenge(
        about(
          'Okafor, who says the mayor is attacking her because the polls have tightened, said voters should back her record on housing.',
        ),
      ),
    ).toBeNull();
  });

  it.each([
    // Controls: the one attacked is named, not the actor; a pronoun outside a relative clause on the actor.
    'Okafor, who says the mayor is attacking Brandt because the polls have tightened, said voters should back her record on housing.',
    'Okafor said the mayor was attacking him because the polls have tightened.',
  ])('control: "%s" still asks what she objects to', (sentence) => {
    expect(challenge(about(sentence))).toBe(
      'What exactly is Ada Okafor objecting to, and what evidence is there either way?',
    );
  });
});

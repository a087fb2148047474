import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { questionInputOf } from '../support/question-input-of';

// How much evidence a question needs: the relative bar, the noun-phrase subject of "Is X right
// that…", a plan the copy denies, and cue-less sentences admitted only when the choice asks for them.

describe('findOpenQuestions asks fewer when the evidence is weak', () => {
  const lead = 'Officials say the mayor misled investigators, but he denies it.';
  const weak = 'The city budget will be set next week.';
  const story = (texts: string[]) => ({
    ...questionInputOf(texts),
    title: 'Mayor accused of misleading investigators',
  });

  it('does not pad a story with one strong lead with a far weaker question', () => {
    const texts = [lead, weak, 'The park opened in 1990.'];
    const asked = findOpenQuestions(story(texts)).map((q) => q.sentenceIds);
    expect(asked).toEqual([[0]]);
    // Without the bar the weak sentence is asked too: the bar, not the cue lists, left it out.
    expect(
      findOpenQuestions(story(texts), { relativeBar: Number.POSITIVE_INFINITY }).map((q) => q.sentenceIds),
    ).toEqual([[0], [1]]);
  });

  it('still asks the weaker question when it is the best the story has (the bar is relative)', () => {
    const asked = findOpenQuestions(story([weak, 'The park opened in 1990.']));
    expect(asked.map((q) => q.sentenceIds)).toEqual([[0]]);
    expect(asked[0]!.text).toBe('Will the city budget be set next week?');
  });
});

describe('"Is X right that…" only of a noun phrase', () => {
  const ask = (text: string) => findOpenQuestions(questionInputOf([text])).map((q) => q.text);

  it('shows the passage when the words before the verb are a clause, an adverb or a cut abbreviation', () => {
    for (const text of [
      'Trump, speaking at a rally in Wilmington, N.C., warned that Clinton would appoint liberal judges.',
      'Obama repeatedly argued that the sanctions had worked.',
      'Mook refused to argue that the polls were wrong.',
      // With a contrary: alone, a position argued in the perfect is on record, no dispute (kind-gates.ts).
      'Republicans have often argued that the tax cuts pay for themselves, but economists disagree.',
    ]) {
      const asked = ask(text);
      expect(asked).toHaveLength(1);
      expect(asked[0]).not.toMatch(/right that/);
      expect(asked[0]).toContain(text);
    }
  });

  it('still asks it of a named source', () => {
    expect(ask('Senator Bob Corker argued that the sanctions had worked.')).toEqual([
      'Is Senator Bob Corker right that the sanctions had worked?',
    ]);
  });
});

describe('no "Will…?" of a plan the copy says does not exist', () => {
  it('shows "no immediate plans to…" as the passage', () => {
    const text = 'Police have said they have no immediate plans to release two recordings of the shooting.';
    const asked = findOpenQuestions(questionInputOf([text])).map((q) => q.text);
    expect(asked).toHaveLength(1);
    expect(asked[0]).not.toMatch(/^Will/);
    expect(asked[0]).toContain(text);
  });
});

describe('findOpenQuestions with a sentence that carries no cue', () => {
  const plain = 'The mayor opened the new bridge on Tuesday.';

  it('asks nothing of it by default: a cue is required', () => {
    const asked = findOpenQuestions(questionInputOf([plain]));
    expect(asked).toEqual([]);
  });

  it('shows it as its flagged passage, word for word, when the choice admits cue-less sentences', () => {
    const asked = findOpenQuestions(questionInputOf([plain]), { cueless: 0.5, model: () => 0.9 });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.sentenceIds).toEqual([0]);
    expect(asked[0]!.text).toContain(plain);
  });

  it('keeps it out below the probability the choice asks of it', () => {
    expect(findOpenQuestions(questionInputOf([plain]), { cueless: 0.5, model: () => 0.4 })).toEqual([]);
  });
});

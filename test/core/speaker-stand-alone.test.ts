import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { quoteSpeakerInputs } from '../../src/core/quote-speaker-inputs';
import { FEATURE_NAMES } from '../../src/core/speaker-feature-names';
import { splitSentences } from '../../src/core/split-sentences';

type Name = (typeof FEATURE_NAMES)[number];

/** The named features of each candidate of the quotation starting `start`, by candidate name. */
function featuresOf(body: string, start: string, names: Name[]): Record<string, Array<number | undefined>> {
  const sentences = splitSentences(cleanArticle(`Headline\n\n${body}`, {}));
  const input = quoteSpeakerInputs(sentences).find((i) => i.item.text.startsWith(start));
  if (!input) throw new Error(`no quotation starting "${start}"`);
  return Object.fromEntries(
    input.candidates.map((c) => [c.speaker.name, names.map((n) => c.features[FEATURE_NAMES.indexOf(n)])]),
  );
}

describe('a quotation standing alone at the head of its paragraph', () => {
  it('marks the sole subject of the sentence before, not the person it speaks of', () => {
    const body =
      'Maria Delgado spoke to voters in Reno on Friday.\n\n' +
      'Delgado praised Tom Becker for his work on the water bill.\n\n' +
      '"We need someone who will get things done in this state."';
    const f = featuresOf(body, 'We need someone', ['stand-alone-sole-subject-before']);
    expect(f['Maria Delgado']).toEqual([1]);
    expect(f['Tom Becker']).toEqual([0]);
  });

  it('marks the subject of a colon introduction in the paragraph before', () => {
    const body =
      'Governor Sam Pike spoke in Boise on Monday.\n\n' +
      'Pike answered Senator Ruth Alder with a statement:\n\n' +
      '"The state will pay every cent it owes."';
    const f = featuresOf(body, 'The state will pay', ['stand-alone-colon-subject']);
    expect(f['Sam Pike']).toEqual([1]);
    expect(f['Ruth Alder']).toEqual([0]);
  });

  it('carries the previous quotation’s speaker only when no one else was named in between', () => {
    const carried =
      '"We will win this district," said Ana Ruiz, the party chair. ' +
      'The district has voted Republican since 1994.\n\n' +
      '"Nobody thought we could do it."';
    expect(featuresOf(carried, 'Nobody thought', ['stand-alone-carries-previous-quote'])['Ana Ruiz']).toEqual([1]);
    const interrupted =
      '"We will win this district," said Ana Ruiz, the party chair. ' +
      'Her opponent, Dale Brooks, has held the seat since 1994.\n\n' +
      '"Nobody thought we could do it."';
    expect(featuresOf(interrupted, 'Nobody thought', ['stand-alone-carries-previous-quote'])['Ana Ruiz']).toEqual([0]);
  });

  it('leaves a quotation after the reporter’s words in its sentence unmarked (control)', () => {
    const body =
      'Maria Delgado spoke to voters in Reno on Friday.\n\n' +
      'Delgado praised Tom Becker, who called the bill "a good start for the state."';
    const f = featuresOf(body, 'a good start', ['stand-alone-sole-subject-before', 'stand-alone-colon-subject']);
    expect(Object.keys(f).length).toBeGreaterThan(0);
    for (const values of Object.values(f)) expect(values).toEqual([0, 0]);
  });
});

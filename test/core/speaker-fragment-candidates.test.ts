import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { quoteSpeakerInputs } from '../../src/core/quote-speaker-inputs';
import { splitSentences } from '../../src/core/split-sentences';

/** Each speech quotation's kind, words and the names the ranker may choose among. */
const candidates = (body: string, wideFragments = true): Array<[string, string, string[]]> =>
  quoteSpeakerInputs(splitSentences(cleanArticle(`Headline\n\n${body}`, {})), { wideFragments })
    .filter(({ item }) => item.kind === 'utterance' || item.kind === 'fragment')
    .map(({ item, candidates }) => [item.kind, item.text, candidates.map((c) => c.speaker.name)]);

const LEAD = 'Jaime Harrison spoke in Columbia on Tuesday. The party met later.';

describe('candidates of a quotation read as a fragment', () => {
  it('come from any sentence the fragment spans, not only its first', () => {
    // The splitter ends a sentence inside the quotation: the name is in the fragment's last sentence.
    const body = `${LEAD}\n\nTalks went on for hours. "The deal is dead. We walk away" was the message from Maria Lopez on Monday night.`;
    expect(candidates(body)).toEqual([['fragment', 'The deal is dead. We walk away', ['Maria Lopez']]]);
    // Off at analysis time (the shipped ranker was fitted without it): the first sentence only.
    expect(candidates(body, false)).toEqual([['fragment', 'The deal is dead. We walk away', []]]);
  });

  it('include the previous quotation’s speaker when the fragment opens its sentence in the same paragraph', () => {
    const body = `${LEAD}\n\n"We will win this seat," said Jaime Harrison, chair of the state party. "A second term" is what the governor wants, and the party will fight it.`;
    expect(candidates(body)).toEqual([
      ['utterance', 'We will win this seat,', ['Jaime Harrison']],
      ['fragment', 'A second term', ['Jaime Harrison']],
    ]);
    expect(candidates(body, false)[1]).toEqual(['fragment', 'A second term', []]);
  });

  it('carry no one on to a fragment inside the reporter’s sentence or in another paragraph', () => {
    // Words borrowed mid-sentence belong to someone that sentence names, here no one.
    const inside = `${LEAD}\n\n"We will win this seat," said Jaime Harrison, chair of the state party. The governor wants what aides call "a second term" for the plan.`;
    expect(candidates(inside)[1]).toEqual(['fragment', 'a second term', []]);
    // A new paragraph is a new turn: the speaker of the paragraph before is not carried on.
    const next = `${LEAD}\n\n"We will win this seat," said Jaime Harrison, chair of the state party.\n\n"A second term" is what the governor wants, and the party will fight it.`;
    expect(candidates(next)[1]).toEqual(['fragment', 'A second term', []]);
  });
});

import { expect, it } from 'vitest';
import { chooseKeyQuotes } from '../../src/core/key-quotes';

const quote = (text: string, speaker: string, sentenceId: number) => ({
  text,
  speaker,
  sentenceId,
  key: false,
  kind: 'utterance',
});

// Audit 61, B-a61-16: a piece of the reporter's sentence ("awarded to a firm "with no record of such work."") was
// shown as the speaker's key quote over her own whole sentence a line later.
it("shows a speaker's quotation that stands alone before a piece of the reporter's sentence", () => {
  const quotes = [
    quote('with no record of such work in the county.', 'Ada Quill', 1),
    quote('The county is paying more for less, and nobody will tell us why.', 'Ada Quill', 2),
    quote('The rules were followed to the letter, every one of them.', 'Ben Rowe', 4),
    quote('We will publish the scores once the appeal period is over.', 'Ben Rowe', 5),
  ];
  chooseKeyQuotes(quotes);
  const key = quotes.filter((q) => q.key).map((q) => q.sentenceId);
  expect(key).toContain(2);
  expect(key).not.toContain(1);
});

it('control: a speaker quoted only in pieces still has one shown', () => {
  const quotes = [
    quote('with no record of such work in the county.', 'Ada Quill', 1),
    quote('The rules were followed to the letter, every one of them.', 'Ben Rowe', 4),
  ];
  chooseKeyQuotes(quotes);
  expect(quotes.map((q) => q.key)).toEqual([true, true]);
});

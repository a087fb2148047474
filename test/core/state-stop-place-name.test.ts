import { expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

const split = (text: string) => splitSentences(cleanArticle(text, { title: 'T' })).map((s) => s.text);

// Review B-r44-5: a known first name after "Town, N.J." was read as a person opening a new sentence even when it opens
// a place's or a building's name ("Grace Church", "Virginia Street bridge"), leaving a fragment on each side.
it('keeps a state abbreviation before a place or body named after a first name inside its sentence', () => {
  for (const sentence of [
    'He spoke at the Bedminster, N.J. Grace Church on Sunday and left early.',
    'The Trenton, N.J. Virginia Street bridge was closed.',
    'Workers at the Paterson, N.J. Charles Street depot walked out.',
    'Nurses at the Camden, N.J. Mercy Hospital went on strike.',
  ])
    expect(split(sentence)).toEqual([sentence]);
});

it('controls: a person after the state still opens a sentence; a lower-case word or a title does not', () => {
  expect(split('He met donors at Bedminster, N.J. Roger Ailes, the former Fox chairman, also attended.')).toEqual([
    'He met donors at Bedminster, N.J.',
    'Roger Ailes, the former Fox chairman, also attended.',
  ]);
  expect(split('She grew up in Trenton, N.J. Grace Lee, her sister, said the family moved often.')).toHaveLength(2);
  expect(split('The Washington, D.C. officials said nothing.')).toHaveLength(1);
  expect(split('The Austin, Tex. City Council voted on Tuesday to raise fees.')).toHaveLength(1);
});

import { expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

const split = (text: string) => splitSentences(cleanArticle(text, { title: 'T' })).map((s) => s.text);

// Audit B-a60-2: a sentence ending on a company's "Ltd." / "Inc." ran on into the next one, putting an unattributed
// sentence into the previous speaker's statement and naming an entity "Harwell Marine Ltd. The".
it('ends the sentence after a company suffix when the next word opens one', () => {
  expect(split('The hull was refitted by Brackwater Yards Ltd. The firm has held the contract since 2011.')).toEqual([
    'The hull was refitted by Brackwater Yards Ltd.',
    'The firm has held the contract since 2011.',
  ]);
  expect(split('The site was bought by Fennick Holdings Inc. It plans forty flats.')).toHaveLength(2);
  expect(split('Supplies come from Ordway & Co. They arrive each Monday.')).toHaveLength(2);
  expect(split('The bid went to Halden Rail Corp. Maria Lopez, its founder, declined to comment.')).toEqual([
    'The bid went to Halden Rail Corp.',
    'Maria Lopez, its founder, declined to comment.',
  ]);
});

it('keeps a company suffix before a role, a title or a lower-case word inside its sentence', () => {
  for (const sentence of [
    'Brackwater Yards Ltd. chairman Tom Reyes said the yard would stay open.',
    'Fennick Holdings Inc. Chief Executive Maria Lopez resigned.',
    'He wrote for Ordway Inc. magazine for a decade.',
    'The Halden Rail Corp. Board met on Friday.',
  ])
    expect(split(sentence)).toEqual([sentence]);
});

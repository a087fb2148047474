import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { tagBefore } from '../../src/core/tag-before';

const lead = 'Senator Ada Brook released a statement on Friday';

/**
 * Session 49 (sp61): the tag before a quotation read a capitalised verb form inside a name as the tag's verb, so
 * ", insisting that the United States "…"" gave the tag "the United" ("States" read as "states"; in PolNeAR train
 * the ranker then named no one). A capitalised verb form right after another capitalised word is that name's
 * word, as a capital inside a tag after a quotation already was; the participle before it is the tag, its subject
 * the sentence's.
 */
describe('a verb form inside a name is no tag verb', () => {
  it.each([`${lead}, insisting that the United States `, `${lead}, warning that the Lowland Post `])(
    'reads the participle clause, not the name before "States"/"Post": %s',
    (text) => {
      expect(tagBefore(text, 0)).toMatchObject({ kind: 'clause', text: `${lead}, ` });
    },
  );

  it('control: a lower-case subject after "that" keeps the participle reading', () => {
    expect(tagBefore(`${lead}, insisting that the country `, 0)).toMatchObject({ kind: 'clause', text: `${lead}, ` });
  });

  it('control: a capitalised verb after a comma is still a verb', () => {
    expect(tagBefore('Ada Brook, the senator for Lowland, Tweeted: ', 0)).toMatchObject({
      kind: 'phrase',
      text: 'Ada Brook, the senator for Lowland',
    });
  });

  it('control: the whole reading credits the senator', () => {
    const quotes = analyzeArticle(
      `Tariff row\n\n${lead}, insisting that the United States "cannot keep treating allies as rivals."`,
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Ada Brook']);
  });
});

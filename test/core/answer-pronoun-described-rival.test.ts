import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { pronounNames } from '../../src/core/answer-pronoun-name';

/**
 * Review s50 B-r50-10: "she" was read as the one woman named before it even when the copy brought in another,
 * unnamed person between them ("met a retired teacher who …. She …"): only named people blocked the antecedent.
 * A described person between the name and the pronoun now leaves it unread, as two named women do. Composed copy.
 */
const article = (middle: string) =>
  analyzeArticle(`Library hours to be cut

Councillor Rosa Penhale visited the Tregarth library on Saturday to hear from readers.

${middle}

The council will vote on the budget in April.
`);
const read = (middle: string) => {
  const a = article(middle);
  const marks = pronounNames(a, new Set(['penhal']));
  return a.sentences.filter((_, i) => marks[i]).map((s) => s.text);
};

describe('a pronoun after an unnamed person', () => {
  it('leaves "she" unread after "Penhale spoke with a retired teacher who …"', () => {
    expect(
      read(
        'In the reading room, Penhale spoke with a retired teacher who walks there every morning. She has borrowed a book a day since the branch opened.',
      ),
    ).toEqual([]);
  });

  it('leaves "she" unread after "… and her daughter"', () => {
    expect(
      read(
        'Penhale was joined by her daughter at the front desk. She has borrowed a book a day since the branch opened.',
      ),
    ).toEqual([]);
  });

  it('control: with no one else between, "she" is still Penhale', () => {
    expect(
      read('Penhale spent an hour in the reading room. She has borrowed a book a day since the branch opened.'),
    ).toEqual(['She has borrowed a book a day since the branch opened.']);
  });

  it('control: a description of Penhale herself ("Penhale, a former teacher, …") does not block her', () => {
    expect(
      read(
        'Penhale, a former teacher, spent an hour in the reading room. She has borrowed a book a day since the branch opened.',
      ),
    ).toEqual(['She has borrowed a book a day since the branch opened.']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Sample 47's #17 (issue 11): "On Sunday, Mr. Trump was magnanimous …. Turning his attention to the general election,
 * he said he was the candidate best suited …" was credited to a Bush listed two sentences before, because the title
 * between the comma and the name hid that the name opens its clause. The copy here is written for the test.
 */
const story = (opener: string): string =>
  [
    'County party picks its man',
    'Voters in Harlow County will choose a new council leader in May.',
    'The county party of Peter Lang, Colin Lang and Hugh Lang is, for now, the party of Oliver Dale.',
    `${opener} was cheerful at a string of town-hall meetings.`,
    'Turning to the May vote, he said he was the candidate best placed to win over undecided voters and beat Ruth Carver.',
  ].join('\n\n');

const credited = (opener: string) => {
  const analysis = analyzeArticle(story(opener));
  const said = analysis.statements.find((s) => s.text.includes('best placed'));
  const passage = analysis.questions.find((q) => q.text.includes('best placed'));
  return { speaker: said?.speaker ?? null, passage: passage?.text ?? '' };
};

describe('a titled name after an opening phrase and its comma is the subject "he" stands for', () => {
  it('credits "he said" to "On Monday, Mr. Dale …", not to a Lang listed two sentences before', () => {
    const { speaker, passage } = credited('On Monday, Mr. Dale');
    expect(speaker).toBe('Oliver Dale');
    expect(passage).not.toMatch(/says \w+ Lang/);
  });

  it('reads a capitalised role before the name the same way ("On Monday, Councillor Dale")', () => {
    expect(credited('On Monday, Councillor Dale').speaker).toBe('Oliver Dale');
  });

  // Control: with no title between the comma and the name, the name already opened its clause.
  it('credits "he said" to "On Monday, Oliver Dale …" (no title)', () => {
    expect(credited('On Monday, Oliver Dale').speaker).toBe('Oliver Dale');
  });

  // Control: a title after a preposition with no comma between still governs an object ("at a rally for Mr. Dale").
  it('keeps a titled object of a preposition weak: "At a rally for Mr. Dale, Colin Lang …"', () => {
    const { speaker } = credited('At a rally for Mr. Dale, Colin Lang');
    expect(speaker).toBe('Colin Lang');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 61 (sp76), audit 62's B-a62-12: "She accused <someone> of "<fragment>"" — the charge is the accuser's words,
// and the pronoun is the previous sentence's subject. Invented copy.
const speakerOf = (...lines: string[]): string | null | undefined =>
  analyzeArticle(['School roofs still missing', ...lines].join('\n\n')).quotes.at(-1)?.speaker;

describe('a pronoun accusing someone of a quoted charge', () => {
  it("credits the pronoun's antecedent with the fragment", () => {
    const line = 'She accused district officials of "sitting on the money" while pupils learned outside.';
    expect(speakerOf('Councillor Maria Ndlovu said she had raised the matter at three meetings.', line)).toBe(
      'Maria Ndlovu',
    );
  });

  it('reads an adverb before the verb', () => {
    const line = 'He openly accused the contractor of "walking off the site".';
    expect(speakerOf('Headmaster Tobias Mhlanga said the pupils had waited a year.', line)).toBe('Tobias Mhlanga');
  });

  it('control: no one when the copy named no one before the pronoun', () => {
    const line = 'She accused district officials of "sitting on the money" while pupils learned outside.';
    expect(speakerOf('The roofs blew off in March.', line)).toBeNull();
  });
});

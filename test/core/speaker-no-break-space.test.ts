import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { visibleText } from '../../src/core/visible-text';

const NBSP = '\u00a0';
const analyze = (body: string) => analyzeArticle(`Harbor plan\n\n${body}`);

/**
 * Session 39 (sp51): web copy puts a no-break space (U+00A0) inside names and after titles ("Newt\u00a0Gingrich",
 * "Sens.\u00a0Mike Crapo"); the engine reads it as the space it shows, so a name is one name, not two.
 */
describe('a no-break space inside a name', () => {
  it('prints the whole name of a tag after the quotation', () => {
    const body = `"The harbor plan is dead on arrival," mused radio co-host Dana${NBSP}Whitcombe.\n\n"Not to mention the cost."`;
    expect(analyze(body).quotes.map((q) => q.speaker)).toEqual(['Dana Whitcombe', 'Dana Whitcombe']);
  });

  it('lists one person with the role before the name, and gives the surname tag to that person', () => {
    const analysis = analyze(
      `Former House Speaker Ruth${NBSP}Okafor said the vote would come in May.\n\n"We will win it," Okafor said.`,
    );
    expect(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ruth Okafor']);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Ruth Okafor']);
  });

  it('keeps every offset: sentences still cite the input', () => {
    const text = `Harbor plan\n\nSen.${NBSP}Ruth Okafor said the vote would come in May.`;
    const sentence = analyzeArticle(text).sentences.at(-1)!;
    expect(text.slice(sentence.start, sentence.end)).toBe(`Sen.${NBSP}Ruth Okafor said the vote would come in May.`);
    const visible = visibleText(`a${NBSP}b\u00adc`);
    expect(visible.text).toBe('a bc');
    expect(visible.original(3)).toBe(4);
  });

  it('reads the same copy with plain spaces as before (control)', () => {
    const analysis = analyze(
      'Former House Speaker Ruth Okafor said the vote would come in May.\n\n"We will win it," Okafor said.',
    );
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Ruth Okafor']);
    expect(visibleText('plain words').text).toBe('plain words');
  });
});

// Review B-r40-8: only U+00A0 was read as a space; the narrow no-break space (U+202F) and the figure and thin spaces
// (U+2007, U+2009) that typographers and date formatting put in copy still cut a name in two.
describe('every other one-unit space inside a name (narrow no-break, figure, thin)', () => {
  for (const [label, space] of [
    ['U+202F', '\u202f'],
    ['U+2007', '\u2007'],
    ['U+2009', '\u2009'],
  ] as const) {
    it(`reads ${label} as a space: the whole name, its office, and offsets kept`, () => {
      const text = `Harbor plan\n\n"The harbor plan is dead on arrival," said Sen.${space}Ruth${space}Okafor.`;
      const analysis = analyzeArticle(text);
      expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Ruth Okafor']);
      const sentence = analysis.sentences.at(-1)!;
      expect(text.slice(sentence.start, sentence.end)).toContain(`Ruth${space}Okafor`);
      expect(visibleText(`a${space}b\u00adc`).text).toBe('a bc');
    });
  }

  it('control: a tab and a line break are not turned into spaces', () => {
    expect(visibleText('a\tb\nc').text).toBe('a\tb\nc');
  });
});

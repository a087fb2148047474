import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { determinerThat } from '../../src/core/determiner-that';

const statement = (body: string) => analyzeArticle(`Port news\n\n${body}`).statements[0]?.text;

// Audit B-a60-9: "… and said that link needed more work" printed "link needed more work": the determiner was cut as
// if it were the complementiser.
it('keeps "that" before a lone singular noun and its own past or present verb', () => {
  expect(statement('Harbour master Ines Dunlop said that survey needed a second diver.')).toBe(
    'that survey needed a second diver',
  );
  expect(determinerThat('bridge showed signs of wear')).toBe(true);
  expect(determinerThat('passenger numbers rose again')).toBe(false);
  expect(determinerThat('content related to the case was')).toBe(false);
  expect(determinerThat('ruling passed without debate')).toBe(true);
});

it('cuts "that" before a plural, a group noun, a pronoun or a quantifier', () => {
  expect(statement('Harbour master Ines Dunlop said that divers needed more time.')).toBe('divers needed more time');
  expect(statement('Harbour master Ines Dunlop said that police wanted more time.')).toBe('police wanted more time');
  expect(determinerThat('most needed more time')).toBe(false);
  expect(determinerThat('she needed more time')).toBe(false);
  expect(determinerThat('soon followed')).toBe(false);
});

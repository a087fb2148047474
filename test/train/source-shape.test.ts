import { describe, expect, it } from 'vitest';
import { type SourceShape, sourceShape } from '../../src/train/source-shape';

/** Sources as PolNeAR's annotators span them, by the shape they should be read as. */
const EXAMPLES: Record<SourceShape, string> = {
  // One person, by a definite determiner or a possessive.
  description: `the Florida senator | The presumptive nominee | Trump's campaign manager | his longtime personal physician
    | the billionaire real estate mogul | the 46-year-old`,
  // Indefinite, quantified or plural, whatever the head noun.
  anonymous: `a senior White House official | an intelligence source, who was not authorized to speak on the record,
    | aides | people familiar with the matter | officials in the administration | some Republicans | another
    | one of those advisers, who spoke on the condition of anonymity | the committee chairmen | children | those surveyed`,
  // Texts, outlets and bodies, indefinite or not.
  document: 'the statement | A letter to platform committee members | CNN | the DNC | the campaign',
  // A span with no noun in it (an annotation slip).
  none: 'said',
};

describe('the shape of a source the annotation leaves unnamed', () => {
  for (const [shape, sources] of Object.entries(EXAMPLES)) {
    it(`reads ${shape} sources`, () => {
      for (const source of sources.split('|').map((s) => s.trim())) expect(sourceShape(source), source).toBe(shape);
    });
  }

  it('reads a definite source as anonymous when its words keep it so, or it refers back to an anonymous one', () => {
    for (const source of [
      'the official, who was not authorized to speak publicly',
      'the aide, who spoke on condition of anonymity',
      'the person familiar with the matter',
    ]) {
      expect(sourceShape(source), source).toBe('anonymous');
    }
    expect(sourceShape('the source')).toBe('description');
    expect(sourceShape('the source', ['Mr. Trump', 'a source close to the campaign'])).toBe('anonymous');
    expect(sourceShape('the official', ['senior officials'])).toBe('anonymous');
    // A description after a named or described source stays one.
    expect(sourceShape('the senator', ['a spokesman', 'the senator'])).toBe('description');
  });

  it('reads no source at all as none', () => {
    expect(sourceShape(null)).toBe('none');
    expect(sourceShape('  ')).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13: a titled person named once is a source when the verb after the name is one PolNeAR's annotators mostly
 * mark as an attribution's cue (speech-cues.ts), though the hand list of speech verbs lacks it; a verb they rarely
 * mark leaves the name in passing. Copy written for the test.
 */
const names = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Harbour levy to rise', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map(
    (p) => p.name,
  );

describe('who is who, a source named once by a learned cue verb', () => {
  it('lists "Sen. Ana Ruiz defended the levy": a verb annotated as a cue most of the time', () => {
    const people = names(
      'Ardal Quenby, chairman of the harbour board, said the levy would rise. "We have no choice," Quenby said.',
      'Sen. Ana Ruiz defended the levy on Monday, and boat owners were not pleased.',
      'Quenby will meet the owners on Friday.',
    );
    expect(people).toContain('Ana Ruiz');
  });

  it('control: a verb the annotators rarely mark ("used") leaves the senator named in passing', () => {
    const people = names(
      'Ardal Quenby, chairman of the harbour board, said the levy would rise. "We have no choice," Quenby said.',
      'Sen. Ana Ruiz used the levy to fund a new pier in 2019.',
      'Quenby will meet the owners on Friday.',
    );
    expect(people).toContain('Ardal Quenby');
    expect(people).not.toContain('Ana Ruiz');
  });

  it('a name after a preposition and role words ("with senior aide X", "to then-Mayor X") is the object, not the subject', () => {
    const people = names(
      'Ardal Quenby, chairman of the harbour board, said the levy would rise. "We have no choice," Quenby said.',
      'A friendship with senior aide Mira Dunn, cited by critics, drew attention.',
      'Juan Tellez, an adviser to then-Mayor Tomas Wren, also questioned the plan.',
    );
    expect(people).toContain('Juan Tellez');
    expect(people).not.toContain('Mira Dunn');
    expect(people).not.toContain('Tomas Wren');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findNameRuns } from '../../src/core/name-runs';
import { residenceRuns } from '../../src/core/residence-runs';

/**
 * Audit 57, B-a57-4: "<Name> of <Place> said …" was one capitalised run, read as a name titled "<Name> of" and called
 * "<Place>", so the town took her quotes and the "she said" after them. Copy written for the test.
 */
const runsOf = (text: string): string[] =>
  residenceRuns(findNameRuns(text)).map((r) => r.words.map((w) => w.text).join(' '));

describe('a person named with where she lives', () => {
  it('"Dolores Anne Whitcombe of Pine Hollow said …": the quotes are hers, the town is no person', () => {
    const copy =
      'Dolores Anne Whitcombe of Pine Hollow said she had waited a year for a bus shelter. "We stand in the rain every morning," she said.';
    const a = analyzeArticle(copy, { title: 'Bus shelters' });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Dolores Anne Whitcombe']);
    expect(a.statements.map((s) => s.speaker)).toEqual(['Dolores Anne Whitcombe']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Dolores Anne Whitcombe']);
  });

  it('the run is split in two: the person, then the place', () => {
    expect(runsOf('We spoke to Gordon Pell of Ashby Marsh today.')).toEqual(['We', 'Gordon Pell', 'Ashby Marsh']);
  });

  it('a pair of full names before "of <Place>\'s": the pair, then the place (fix57a)', () => {
    expect(
      runsOf("The memo by analysts Maria Feld and Jonas Brandt-Olsen of Boston's Institute for Arms Control leaked."),
    ).toEqual(['The', 'Maria Feld and Jonas Brandt-Olsen', 'Boston', 'Institute for Arms Control']);
  });

  it('control: a post, a title or a body before "of" keeps the run whole', () => {
    expect(runsOf('The book on Elinor Queen of the Marches sold well.')).toContain('Elinor Queen of the Marches');
    expect(runsOf('A loan from Gordon Pell Holdings of Ashby Marsh came late.')).toContain(
      'Gordon Pell Holdings of Ashby Marsh',
    );
    expect(runsOf('Then Secretary of State Ann Pell spoke.')).toContain('Then Secretary of State Ann Pell');
  });
});

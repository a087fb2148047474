import { describe, expect, it } from 'vitest';
import { judgeRole, protagonistsOf, silverRole } from '../../src/eval/score-roles';

describe('who-is-who silver roles from annotated "Name, role" sources', () => {
  it('reads the name and the role up to a relative clause or a second apposition', () => {
    expect(silverRole('Brian Fallon, the campaign’s press secretary,')).toEqual({
      name: 'Brian Fallon',
      role: 'the campaign’s press secretary',
    });
    expect(silverRole('Douglas Brinkley, a historian who attended the session,')).toEqual({
      name: 'Douglas Brinkley',
      role: 'a historian',
    });
    expect(silverRole('Keron Blair, executive director of AROS,')?.role).toBe('executive director of AROS');
  });

  it('takes no label from a clause, a place or a bare name', () => {
    expect(silverRole('Johnnie Wilson, of Springfield, Va.,')).toBeNull();
    expect(silverRole('Luis Rubio, who heads the Center of Research')).toBeNull();
    expect(silverRole('Mr. Trump')).toBeNull();
    expect(silverRole('officials, speaking privately,')).toBeNull();
  });

  it('counts a role right only with the head word and no words from elsewhere', () => {
    expect(judgeRole('campaign’s press secretary', 'the campaign’s press secretary')).toEqual({
      right: true,
      whole: true,
    });
    expect(judgeRole('professor', 'a professor of geosciences at Princeton University')).toEqual({
      right: true,
      whole: false,
    });
    // A title in place of the apposition, a relative clause run on, or a neighbour's role: wrong.
    expect(judgeRole('Senator', 'a Tennessee Republican').right).toBe(false);
    expect(judgeRole('liberal columnist who is gay and writes often', 'a liberal columnist').right).toBe(false);
    expect(judgeRole('noted cryptography expert', 'a retired teacher').right).toBe(false);
  });
});

describe('protagonists from the annotation', () => {
  const copy = 'Donald Trump spoke. Mr. Trump and Hillary Clinton met. Senate Democrats objected. Aides left.';

  it('are named sources of two or more attributions that the copy writes after a first name or a title', () => {
    expect(protagonistsOf(['Mr. Trump', 'Trump', 'Clinton’s', 'Hillary Clinton', 'he', 'he'], copy)).toEqual([
      'Trump',
      'Clinton',
    ]);
  });

  it('leave out groups, pronouns and people with one attribution', () => {
    expect(protagonistsOf(['Democrats', 'Democrats', 'Aides', 'Aides', 'Donald Trump'], copy)).toEqual([]);
  });
});

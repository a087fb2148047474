import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { gluedRun } from '../../src/core/glued-run';
import { whoIsWho } from '../../src/core/who-is-who';

/** The name layer of who is who (issue 13): which runs are names, and whose a shared surname is. */
const names = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map((p) => p.name);

describe('who-is-who, the name layer', () => {
  it('reads no page furniture glued on to a name as a person', () => {
    expect(gluedRun('Dana WhitfieldFlagShareLikeReplyMara Quill')).toBe(true);
    for (const name of ['Ron DeSantis', 'KellyAnne Conway', 'Frank VanderSloot', 'Hugh MacNab', 'Jim VandeHei'])
      expect(gluedRun(name)).toBe(false);
    // A comment thread's bylines run on into its buttons: the people stay, the glued runs go.
    const people = names(
      'Live: the council debate',
      'Councillor Ivo Strand said the budget was "a disgrace." Strand added that he would vote no.',
      'Dana WhitfieldFlagShareLikeReplyMara Quill: Strand is right. Quill',
      'Ben TorresFlagShareLikeReplyDana Whitfield: no he is not.',
      'Strand spoke for twenty minutes, Dana Whitfield said.',
    );
    expect(people).toContain('Ivo Strand');
    expect(people).toContain('Dana Whitfield');
    expect(people.filter((p) => gluedRun(p))).toEqual([]);
  });

  it('keeps camel-cased organisations and hyphenated names: only a run of glued words is furniture', () => {
    for (const name of ['RealClearPolitics', 'GlaxoSmithKline', 'FiveThirtyEight', 'iHeartMedia', 'Ian MacLeod-McKay'])
      expect(gluedRun(name), name).toBe(false);
    const who = whoIsWho(
      analyzeArticle(
        [
          'Polls tighten',
          '',
          'The averages at RealClearPolitics and FiveThirtyEight moved on Monday, and GlaxoSmithKline paid for a poll.',
          '',
          '"The race is close," said Ian MacLeod-McKay, a spokesman for the campaign.',
          '',
          'RealClearPolitics and FiveThirtyEight both showed a lead of two points; GlaxoSmithKline did not comment.',
        ].join('\n'),
      ),
    );
    expect(who.organizations).toEqual(expect.arrayContaining(['FiveThirtyEight', 'GlaxoSmithKline']));
    expect(who.people.map((p) => p.name)).toContain('Ian MacLeod-McKay');
  });

  it('gives a shared surname to the namesake whose honorific the copy uses, when only one namesake can bear it', () => {
    const story = (other: string) =>
      names(
        'Nomination decided',
        `Helen Brandt won the nomination on Tuesday. ${other} Brandt, who ran in 2010, stayed at home.`,
        'Mrs. Brandt thanked her volunteers at a rally, and Brandt promised to visit every county.',
        'Mrs. Brandt will campaign in the north next week, and Brandt expects a close race.',
      );
    expect(story('Walter')).toContain('Helen Brandt');
    expect(story('Walter')).not.toContain('Walter Brandt');
    // Two women: "Mrs. Brandt" names neither, so both named in full keep their lines.
    expect(story('Clara')).toEqual(expect.arrayContaining(['Helen Brandt', 'Clara Brandt']));
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const read = (paragraphs: string[]) => whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'A court race' }));

/**
 * Issue 13, "not people": a body's name that opens with a word the lead-in check takes off ("One", "Now", "Still") is
 * kept whole when the copy heads it with a body's noun ("the progressive group One Harwick Now"): the group is an
 * organisation, and no person "Harwick Now" is listed.
 */
describe('who is who: a body named after its noun keeps its first word', () => {
  it('"the progressive group One Harwick Now" lists no person "Harwick Now"', () => {
    const who = read([
      'The race made headlines after the progressive group One Harwick Now unearthed columns Mara Quist wrote while she was a student.',
      'Tobias Lund, executive director of One Harwick Now, said the spending numbers he saw were even more troubling.',
      '"This is money from outside the state," Lund said. Quist said the columns were written long ago.',
    ]);
    const people = who.people.map((p) => p.name);
    expect(people).not.toContain('Harwick Now');
    expect(people).toContain('Tobias Lund');
    expect(who.organizations).toContain('One Harwick Now');
  });

  it('control: a person after a lead-in word, with no body noun before, is still listed', () => {
    const who = read([
      'Former Mayor Mara Quist said the race was close.',
      '"We will count every vote," Quist said on Tuesday. Quist said the result would come on Friday.',
    ]);
    expect(who.people.map((p) => p.name)).toContain('Mara Quist');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const names = (title: string, paragraphs: string[]) =>
  whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title })).people.map((p) => p.name);

/**
 * Issue 13: every person quoted or named twice or more. A speaker's surname made everyone bearing it "quoted", so a
 * husband named once beside his quoted wife, or a brother beside his quoted brother, was listed as a protagonist.
 */
describe('who is who: a quote of one namesake is no quote of another', () => {
  it('a husband named once beside his quoted wife is not listed, and his bare title is not given to her', () => {
    const found = whoIsWho(
      analyzeArticle(
        [
          'Margaret Thornby opened the new library in Elmford on Monday.',
          '"Books change lives," Margaret Thornby said at the door.',
          'Her husband, Peter Thornby, watched from the back of the hall, built when Mayor Thornby ran the town.',
        ].join('\n\n'),
        { title: 'Library opens' },
      ),
    ).people;
    expect(found.map((p) => p.name)).not.toContain('Peter Thornby');
    expect(found).toContainEqual({ name: 'Margaret Thornby', role: null });
  });

  it('a brother named once in "brothers John and Brian X" is not listed beside the quoted one', () => {
    const listed = names('Rally', [
      'Not far from the stage, brothers John and Brian Varnell, 22 and 19, talked about why they had come.',
      '"We read the news on our phones," Brian Varnell said.',
    ]);
    expect(listed).toContain('Brian Varnell');
    expect(listed).not.toContain('John Varnell');
  });

  it('controls: both namesakes quoted are both listed; a lone surname speaker still counts for the full name', () => {
    const both = names('Library opens', [
      'Margaret Thornby opened the new library in Elmford on Monday.',
      '"Books change lives," Margaret Thornby said at the door.',
      '"It took ten years," Peter Thornby said.',
    ]);
    expect(both).toEqual(expect.arrayContaining(['Margaret Thornby', 'Peter Thornby']));
    const lone = names('Library opens', [
      'Margaret Thornby opened the new library in Elmford on Monday.',
      '"Books change lives," Thornby said at the door.',
    ]);
    expect(lone).toContain('Margaret Thornby');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const brief = (title: string, paragraphs: string[]) => whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title }));
const names = (title: string, paragraphs: string[]) => brief(title, paragraphs).people.map((p) => p.name);

/**
 * Issue 13: staff "at" a name ("officials at", "researchers at", "a professor at") and a journalist "for" it ("a
 * reporter for") make it a body: no one is an official at a person. It goes to the organisations line, not the people.
 */
describe('who is who: staff at a body, a reporter for an outlet', () => {
  it('US style: "Officials at Harbour Safety Inspections said" is a body', () => {
    const listed = brief('Port reopens', [
      'Officials at Harbour Safety Inspections said on Tuesday the reports were false. Harbour Safety Inspections was set up in 2003.',
      'The port reopened on Monday.',
    ]);
    expect(listed.people.map((p) => p.name)).not.toContain('Harbour Safety Inspections');
    expect(listed.organizations).toContain('Harbour Safety Inspections');
  });

  it('British style: "Researchers at Morgan Hale found" is a body, though "Morgan" is a given name', () => {
    const listed = brief('Study finds rise in fares', [
      'Researchers at Morgan Hale found that fares had risen by a fifth since 2019.',
      'The figures were "stark", Morgan Hale said on Tuesday.',
    ]);
    expect(listed.people.map((p) => p.name)).not.toContain('Morgan Hale');
    expect(listed.organizations).toContain('Morgan Hale');
  });

  it('wire style: "A correspondent for Kessel Brandt called it …, he said" lists no Kessel Brandt', () => {
    expect(
      names('Fares double', [
        'The figures were published on Tuesday. A correspondent for Kessel Brandt called them "stark". "We saw fares double," he said.',
        'Ministers declined to comment.',
      ]),
    ).not.toContain('Kessel Brandt');
  });

  it('controls: a person beside officials at a place, asked by a reporter for a paper, or with a spokesman', () => {
    expect(
      names('Road plan', [
        'Aides to Tom Hallworth met officials at the town hall. Tom Hallworth said he was pleased.',
        '"We will build it," Tom Hallworth said.',
      ]),
    ).toContain('Tom Hallworth');
    expect(
      names('Road plan', [
        'A reporter for the Daily Courier asked Tom Hallworth about the road. Tom Hallworth said he was pleased.',
        '"We will build it," Hallworth said.',
      ]),
    ).toContain('Tom Hallworth');
    expect(
      names('Road plan', [
        'A spokesman for Tom Hallworth said the plan was sound. Tom Hallworth said he was pleased.',
        '"We will build it," Tom Hallworth said.',
      ]),
    ).toContain('Tom Hallworth');
  });
});

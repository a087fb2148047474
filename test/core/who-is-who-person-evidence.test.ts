import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const people = (body: string, title = 'Mill closure row deepens'): string[] =>
  whoIsWho(analyzeArticle(body, { title })).people.map((p) => p.name);

/** Issue 13, people only: a quoted name with no person's evidence in the copy (a body speaks too) is not listed. */
describe('who is who lists a quoted name only with a person’s evidence', () => {
  it('US style: a website named by English words, and a firm cut after "General", quoted and never a person', () => {
    const listed = people(
      [
        'In a comparison done on Plain Signal, the claims of two senators were set side by side.',
        'Plain Signal asked, "Why is one claim true and the other false?"',
        '"On this basis," Plain Signal said, "the rate is far higher than reported."',
        'Tax bills vary widely. General Foundry says that in 2015 it paid $2 billion in income taxes worldwide.',
        '"We stand by our numbers," said Dana Whitfield, a spokeswoman for the office.',
      ].join('\n\n'),
      'Jobless figures disputed',
    );
    expect(listed).not.toContain('Plain Signal');
    expect(listed).not.toContain('Foundry');
    expect(listed).toContain('Dana Whitfield');
  });

  it('British style: single quotes, a union named by English words speaks in the plural', () => {
    const listed = people(
      [
        "'Members are angry and they want answers,' Northern Weavers said on Wednesday.",
        'Northern Weavers have balloted their members twice this year.',
        "'We will not be rushed,' Brackley said, adding that talks would resume next week.",
        'Brackley have run the site since 1998.',
        "The firm's chief executive, Priya Kaur, said the decision was final.",
      ].join('\n\n'),
      'Weavers vow to fight mill closure',
    );
    expect(listed).not.toContain('Northern Weavers');
    expect(listed).not.toContain('Brackley');
    expect(listed).toContain('Priya Kaur');
  });

  it('controls: a lone surname quoted after the full name, titled, or taken up by "she" stays listed', () => {
    const listed = people(
      [
        'Tom Brightwell, the plant manager, met the unions on Monday.',
        '"We will try to find every worker a new post," Brightwell said.',
        '"This is a sad day for the town," Mr Okonjo said.',
        'Okonjo has been mayor since 2019.',
        '"I have worked here all my life," Farrant said. She said she would not move away.',
        'Farrant has lived in Ashford since she was a child.',
      ].join('\n\n'),
    );
    expect(listed).toEqual(expect.arrayContaining(['Tom Brightwell', 'Okonjo', 'Farrant']));
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import peoplePlurals from '../../src/core/people-plurals.json' with { type: 'json' };
import { ROLE_HEADS } from '../../src/core/role-heads';
import { storyPeople } from '../support/story-people';

/** An invented three-paragraph story around one sentence. */
const story = (sentence: string) =>
  `Mine talks\n\nThe coal board met union leaders on Monday to discuss the future of the Harwick pit.\n\n${sentence}\n\nThe board said no decision had been made.\n`;

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** A role head's plural as copy writes it: "Chairmen", "Deputies", "Coaches", "Senators". */
function plural(head: string): string {
  if (head.endsWith('man')) return `${head.slice(0, -3)}men`;
  if (/(?:s|x|ch|sh)$/.test(head)) return `${head}es`;
  return /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
}

// Review B-r44-1: a name run ending on a people plural before "and" was read as if a name followed the plural, and
// the analysis threw ("Cannot read properties of undefined"), so the article could not be stored.
describe('a people plural that ends a name run before "and"', () => {
  it('analyses every sentence the review found crashing', () => {
    for (const sentence of [
      'United Mine Workers and Teamsters agreed to join the talks next week.',
      'Lehman Brothers and Warner Brothers said the bill would protect jobs.',
      'Lehman Brothers and Senators agreed.',
      'Ohio Senators and Governors agreed.',
      'The Jonas Brothers and Foreign Ministers met.',
    ])
      expect(() => analyzeArticle(story(sentence)), sentence).not.toThrow();
  });

  it('does not throw on "<X> <people plural> and <Y> <verb>" for every role plural and WordNet group noun', () => {
    const roles = [...ROLE_HEADS].filter((head) => /^[a-z]+$/.test(head)).map(plural);
    const groups = (peoplePlurals as string[]).filter((word) => /^[a-z]+$/.test(word));
    const before = ['United Mine', 'Ohio', 'The Jonas', 'Lehman'];
    const after = ['Teamsters', 'Foreign Ministers', 'Sam Patel', 'Senators'];
    const thrown: string[] = [];
    [...roles, ...groups].map(capital).forEach((word, i) => {
      const sentence = `${before[i % 4]} ${word} and ${after[(i >> 2) % 4]} agreed to join the talks.`;
      try {
        analyzeArticle(story(sentence));
      } catch {
        thrown.push(sentence);
      }
    });
    expect(thrown).toEqual([]);
  });

  it('control: a plural that opens a list of two people still gives them their role', () => {
    const people = storyPeople('Ministers meet', [
      'Foreign Ministers Ruth Okonkwo and Carl Brandvik met in Oslo on Monday to discuss the fishing dispute.',
      '"We made progress," Okonkwo said.',
      '"There is more to do," Brandvik said.',
    ]).map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['Ruth Okonkwo', 'Carl Brandvik']));
  });
});

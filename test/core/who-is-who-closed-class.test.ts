import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { closedClassGiven } from '../../src/core/closed-class-given';
import { looksLikePerson } from '../../src/core/looks-like-person';
import { whoIsWho } from '../../src/core/who-is-who';
import { wholeName } from '../../src/core/whole-name';

/**
 * Review s23 A6: a sentence-opening preposition or conjunction before a surname ("Despite Santilli's…", "Against
 * Sanders") was listed as a given name. Copy written for the test.
 */
const names = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map((p) => p.name);

describe('who-is-who, a closed-class word is no given name', () => {
  it('reads prepositions, conjunctions and sentence adverbs as closed-class, names and titles as not', () => {
    for (const word of ['Despite', 'Against', 'Beyond', 'Although', 'Whether', 'Meanwhile', 'Among'])
      expect(closedClassGiven(word)).toBe(true);
    // Spelled like a closed-class word, but a given name, an honorific or a title.
    for (const word of ['Will', 'May', 'Dr', 'Gov', 'Sen', 'Paula', 'Despina'])
      expect(closedClassGiven(word)).toBe(false);
  });

  it('lists no run a closed-class word opens, and keeps the person it names', () => {
    const copy = [
      'Rancher stays defiant',
      'Rancher Dale Marsh said on Monday that he would not leave the refuge.',
      'Despite Marsh’s insistence that he broke no law, prosecutors charged him. “I stand by it,” Marsh said.',
      'Against Marsh, the state called three witnesses. Marsh told reporters he was calm.',
    ];
    const listed = names(copy[0]!, ...copy.slice(1));
    expect(listed).toContain('Dale Marsh');
    expect(listed.filter((n) => /^(?:Despite|Against)\b/.test(n))).toEqual([]);
    const text = copy.join('\n');
    expect(looksLikePerson('Despite Marsh', text, true)).toBe(false);
    expect(looksLikePerson('Against Marsh', text, true)).toBe(false);
  });

  it('cuts the whole name at a closed-class word and keeps a given name spelled like one', () => {
    const text = 'Against Marsh, the state called witnesses. Despite Dale Marsh’s plea, it went on. Will Marsh spoke.';
    expect(wholeName('Marsh', text)).toBe('Dale Marsh');
    expect(wholeName('Marsh', 'Against Marsh, the state called witnesses.')).toBe('Marsh');
    expect(looksLikePerson('Will Marsh', `${text} “No,” Will Marsh said.`, true)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { familyNames } from '../../src/core/family-names';
import { gluedRun } from '../../src/core/glued-run';
import { whoIsWho } from '../../src/core/who-is-who';
import { functionWord } from '../../src/core/whole-name';

/** The name layer of who is who (issue 13): which runs are names, and which word a name is counted by. */
const names = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map((p) => p.name);

describe('who-is-who, the name layer', () => {
  it('reads no page furniture glued on to a name as a person', () => {
    expect(gluedRun('Dana WhitfieldFlagShareLikeReplyMara Quill')).toBe(true);
    for (const name of ['Ron DeSantis', 'KellyAnne Conway', 'Frank VanderSloot', 'Hugh MacNab', 'Jim VandeHei'])
      expect(gluedRun(name)).toBe(false);
    const people = names(
      'Live: the council debate',
      'Mara Quill 5ptsmoderator Dana WhitfieldFlagShareLikeReplyMara Quill posted at 9:40PM.',
      'Councillor Ivo Strand said the budget was "a disgrace." Strand added that he would vote no.',
      'Strand spoke for twenty minutes.',
    );
    expect(people).toContain('Ivo Strand');
    expect(people.some((p) => p.includes('FlagShare'))).toBe(false);
  });

  it('takes a preposition or a conjunction before a surname for no given name', () => {
    expect(functionWord('Against')).toBe(true);
    expect(functionWord('Despite')).toBe(true);
    // A title the same word list holds, and a given name that is also a word, stay names.
    expect(functionWord('Gen')).toBe(false);
    expect(functionWord('Will')).toBe(false);
    const people = names(
      'Harmon gains on rivals',
      'Senator Lucia Harmon won the vote on Tuesday. "We did it," Harmon said.',
      'Against Harmon, the party elders had little to offer. The Coalition Against Harmon held a rally.',
      'Harmon thanked her staff, and Harmon will campaign on Friday.',
    );
    expect(people).toContain('Lucia Harmon');
    expect(people.filter((p) => p.endsWith('Harmon'))).toEqual(['Lucia Harmon']);
  });

  it('gives a shared surname to the namesake whose honorific the copy uses', () => {
    const people = names(
      'Nomination decided',
      'Helen Brandt won the nomination on Tuesday. Walter Brandt, who ran in 2010, stayed at home.',
      'Mrs. Brandt thanked her volunteers at a rally, and Brandt promised to visit every county.',
      'Mrs. Brandt will campaign in the north next week, and Brandt expects a close race.',
    );
    expect(people).toContain('Helen Brandt');
    expect(people).not.toContain('Walter Brandt');
  });

  it('counts a name by the word the copy names the person by, first or last', () => {
    const east =
      'Chinese President Xu Minghao arrived on Monday. President Xu met the prime minister. Xu said trade would grow.';
    expect(familyNames(east)('Xu Minghao')).toBe('Xu');
    const west = 'Prime Minister Shinzo Abe arrived on Monday. Abe said trade would grow. Mr. Abe left on Tuesday.';
    expect(familyNames(west)('Shinzo Abe')).toBe('Abe');
    // "Trump Tower" beside "Donald Trump": the first word is someone's surname, no family name put first.
    const thing = 'Donald Trump spoke at Trump Tower. Mr. Trump said the tower was full. Trump left.';
    expect(familyNames(thing)('Trump Tower')).toBe('Tower');
    // A known given name titled only before the full name ("Sen. Ted Kennedy") is no family name.
    const given = 'Sen. Ted Kennedy spoke. Ted was tired, friends said.';
    expect(familyNames(given)('Ted Kennedy')).toBe('Kennedy');
    const people = names(
      'Xu visits the capital',
      'Chinese President Xu Minghao arrived on Monday for two days of talks on trade.',
      '"We are partners," Xu said at the airport. Xu met the prime minister in the afternoon.',
      'The mayor, Ada Lorne, said the city was ready. Xu leaves on Wednesday.',
    );
    expect(people[0]).toBe('Xu Minghao');
  });
});

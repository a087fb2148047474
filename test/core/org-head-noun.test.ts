import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { orgHeadNoun } from '../../src/core/org-head-noun';
import { whoIsWho } from '../../src/core/who-is-who';

const who = (paragraphs: string[]) => {
  const w = whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Local news' }));
  return { people: w.people.map((p) => p.name), organizations: w.organizations };
};

/** Issue 13: a body whose name ends on a head no hand list holds was listed as a person. */
describe('a capitalised run ending on a WordNet head of organisations’ names', () => {
  it('"Dunmore Fire Brigade said" is an organisation, and the officer it quotes a person', () => {
    const w = who([
      'Dunmore Fire Brigade said the blaze was under control by noon.',
      '"The crews worked through the night," said Tom Ellery, a station officer.',
      'Dunmore Fire Brigade will review the response.',
    ]);
    expect(w.people).toEqual(['Tom Ellery']);
    expect(w.organizations).toContain('Dunmore Fire Brigade');
  });

  it('"Harlow Marine Patrol" is a body too', () => {
    const w = who([
      'Harlow Marine Patrol said two boats were checked on Sunday.',
      '"It was calm," said Jo Pike, a skipper.',
      'Harlow Marine Patrol later thanked the public.',
    ]);
    expect(w.people).not.toContain('Harlow Marine Patrol');
  });

  it('a person whose surname is such a head stays one when titled or given a role', () => {
    expect(who(['Sen. Frank Church said the inquiry would go on.', '"We will find out," Church said.']).people).toEqual(
      ['Frank Church'],
    );
    expect(who(['Mary Staff, a nurse, said the ward was full.', '"We were overwhelmed," Staff said.']).people).toEqual([
      'Mary Staff',
    ]);
  });

  it('only the title case is a head: prose words and capitals are not read', () => {
    expect(orgHeadNoun('Brigade')).toBe(true);
    expect(orgHeadNoun('brigade')).toBe(false);
    expect(orgHeadNoun('BRIGADE')).toBe(false);
    expect(orgHeadNoun('Power')).toBe(false);
  });
});

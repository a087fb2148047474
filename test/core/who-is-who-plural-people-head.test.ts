import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const who = (paragraphs: string[]) => {
  const w = whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title: 'Ferry strike talks' }));
  return { people: w.people.map((p) => p.name), organizations: w.organizations };
};

const UNIONS = 'Two holdout unions, the Harbour Pilots and the Federation of Ferry Workers, backed Quell on Monday.';
const LEADER = '"We will not sign," said Marta Quell, the council leader.';

/**
 * Issue 13 (people only): a run closed by a plural noun for people ("United Dock Workers") is a body's shape, as a
 * body's head word is; a person's name is singular. It needs a person's evidence (a given name of the lists, a title, a
 * pronoun) to stay among the people.
 */
describe("who is who asks a name closed by a plural for people for a person's evidence", () => {
  it('drops "Dock Workers" from the people', () => {
    const w = who([
      UNIONS,
      'Another holdout — the United Dock Workers — is unlikely to back Marta Quell after her March comment on pay.',
      LEADER,
    ]);
    expect(w.people).toEqual(['Marta Quell']);
  });

  it('keeps a person whose surname reads as such a plural when the copy says "he" of him (control)', () => {
    const w = who([
      UNIONS,
      'Another holdout — Kemal Judges — is unlikely to back Marta Quell after her March comment on pay.',
      LEADER,
      'Judges said he would vote no.',
    ]);
    expect(w.people).toEqual(['Marta Quell', 'Kemal Judges']);
  });

  it('keeps a person whose surname reads as such a plural after a given name of the lists (control)', () => {
    const w = who([UNIONS, '"We will vote no," Sarah Judges said on Monday.', LEADER]);
    expect(w.people).toContain('Sarah Judges');
  });

  // Review s46 B-r46-5: a given name of stdlib's lists, or a person's noun set after the name, is a person's evidence
  // too; a listed word that opens a firm's name ("Warner") is not, where the copy writes the name as a body's.
  it.each([
    ['"The fumes are unbearable," said Siobhan Drivers on Monday.', 'Siobhan Drivers'],
    ['"The fumes are unbearable," said Kwabena Singers, a neighbour.', 'Kwabena Singers'],
  ])('keeps a name after a given name of the longer lists, or beside a noun for a person: %s', (line, name) => {
    expect(who([UNIONS, line, LEADER]).people).toContain(name);
  });

  it('keeps a body a body when a listed word opens it and the copy writes "its" or sets a thing beside it (control)', () => {
    expect(who([UNIONS, 'Warner Brothers said its film about the strike would open in May.', LEADER]).people).toEqual([
      'Marta Quell',
    ]);
    expect(who([UNIONS, 'Warner Brothers, a film studio, backed the strikers.', LEADER]).people).toEqual([
      'Marta Quell',
    ]);
  });
});

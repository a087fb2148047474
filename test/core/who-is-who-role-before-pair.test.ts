import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

function read(paragraphs: string[]) {
  const analysis = analyzeArticle(['Harbour rail link approved', '', ...paragraphs].join('\n\n'));
  const who = whoIsWho(analysis);
  return {
    roles: Object.fromEntries(who.people.map((p) => [p.name, p.role])),
    speakers: analysis.statements.map((s) => s.speaker),
  };
}

describe('a role before "A and B"', () => {
  it('is the first person’s: "the minister" later is not the second one named', () => {
    const { roles, speakers } = read([
      'Transport minister Anna Berg and Tim Hale opened the line on Monday.',
      '"It is late," Hale said. The minister said the cost was fair.',
    ]);
    expect(roles['Tim Hale']).toBeNull();
    expect(speakers).toEqual(['Anna Berg']);
  });

  it('takes up an accented name whole, not cut at its first accented letter', () => {
    const { roles, speakers } = read([
      'Transport minister Ayşe Ağaoğlu and Tim Hale opened the line on Monday.',
      '"It is late," Hale said. The minister said the cost was fair.',
    ]);
    expect(roles['Tim Hale']).toBeNull();
    expect(speakers).toEqual(['Ayşe Ağaoğlu']);
  });

  it('control: a role written before the second name is still that name’s', () => {
    const { roles } = read([
      'Transport minister Anna Berg and rail campaigner Tim Hale opened the line on Monday.',
      'Mr Hale said it was late. Ms Berg said the cost was fair.',
    ]);
    expect(roles['Tim Hale']).toBe('rail campaigner');
    expect(roles['Anna Berg']).toBe('Transport minister');
  });
});

describe('"<Office> of <two-word place> <given name> <surname>"', () => {
  it('keeps a place’s last word out of the name when it is also a given name', () => {
    const { roles } = read([
      'Governor of West Virginia Roy Tarrant said the line would open.',
      '"It is late," Tarrant said.',
    ]);
    expect(roles['Roy Tarrant']).toBe('Governor of West Virginia');
    expect(roles['Virginia Roy Tarrant']).toBeUndefined();
  });
});

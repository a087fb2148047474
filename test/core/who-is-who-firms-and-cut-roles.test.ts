import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { roleCutAtAnd } from '../../src/core/role-cut-at-and';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * who36 (session 26, review B-main-17): a firm quoted with "said" listed as a person, a role cut inside a coordinated
 * name, and a role set off before "Sir Name". Copy written for the test (not the BBC's).
 */
function who(headline: string, paragraphs: string[]) {
  return whoIsWho(analyzeArticle([headline, '', ...paragraphs].join('\n\n')));
}
const roles = (w: ReturnType<typeof who>) => Object.fromEntries(w.people.map((p) => [p.name, p.role]));

describe('who-is-who, a firm named with "said"', () => {
  it('moves a run set after an organisation head noun to the organisations, with its other spelling', () => {
    const w = who('Profits rise at Kestrel Marine', [
      'Quarterly profits at UK shipping giant KestrelMarine rose 40% to £1.2bn in the last three months of the year.',
      'KestrelMarine said sales rose 2% to £11bn. Kestrel Marine said on Friday that it now owns 8% of a port.',
      'Kestrel Marine expects higher revenue. KestrelMarine also has to restate its 2003 results.',
      'Chief executive Owen Price said the group was in good shape. Mr Price said more ships would be ordered.',
    ]);
    const names = w.people.map((p) => p.name);
    expect(names).not.toContain('KestrelMarine');
    expect(names).not.toContain('Kestrel Marine');
    expect(w.organizations.filter((o) => o.replace(/\s+/g, '') === 'KestrelMarine')).toHaveLength(1);
    // Control: the person the copy quotes stays, with his role.
    expect(roles(w)['Owen Price']).toBe('Chief executive');
  });

  it('keeps a person quoted with "said" when the copy gives no organisation evidence', () => {
    const w = who('Harbour plan approved', [
      'Jane Thornbury said the harbour plan would go ahead. Thornbury said the council agreed.',
      'Publisher Rupert Hale said the plan was welcome. Hale said so again on Friday.',
    ]);
    const names = w.people.map((p) => p.name);
    expect(names).toContain('Jane Thornbury');
    // "publisher" stands before a person as often as before a firm: it is no evidence.
    expect(names).toContain('Rupert Hale');
  });
});

describe('who-is-who, a role cut inside a coordinated name', () => {
  it('gives no role rather than half a show name ("Richard and Judy executive producer")', () => {
    const found = roles(
      who('Book club shortlist out', [
        '"We think this year\'s books will do even better," said Richard and Judy executive producer Amanda Ross.',
        'Ms Ross said the list was hard to choose. The show is presented by Richard Madeley and Judy Finnigan.',
      ]),
    );
    expect(found['Amanda Ross']).toBeNull();
  });

  it('keeps a role opening on a place or a body after "and" (controls)', () => {
    const copy = 'said Senator Tim Kaine and Virginia Gov. Terry McAuliffe. said Tom Reid and Labour MP Jane Doe.';
    expect(roleCutAtAnd('Virginia Gov.', ['Terry McAuliffe'], copy)).toBe(false);
    expect(roleCutAtAnd('Labour MP', ['Jane Doe'], copy)).toBe(false);
    expect(
      roleCutAtAnd('Judy executive producer', ['Amanda Ross'], 'said Richard and Judy executive producer Amanda Ross.'),
    ).toBe(true);
  });
});

describe('who-is-who, "said its chairman, Sir Name"', () => {
  it('reads the role set off before an honoured name', () => {
    const found = roles(
      who('Exams reform criticised', [
        'The exams authority warned against the plan. "Any partial change would harm the system," said its chairman, Sir Anthony Greener.',
        'Sir Anthony said the authority would study the report. The report is due in May.',
      ]),
    );
    expect(found['Anthony Greener']).toMatch(/chairman$/);
  });
});

/** ux29 (session 29, review s28 B-main-5): "Hillary Clinton — Secretary" from the address "Secretary Clinton". */
describe('who-is-who, an office that needs its department', () => {
  it('gives no role cut to "Secretary" when the copy only addresses her as "Secretary Clinton"', () => {
    const w = who('Tax plan unveiled', [
      'Hillary Clinton unveiled a tax plan on Monday. Clinton spoke in Ohio.',
      '"Secretary Clinton believes the wealthy should pay more," said Mike Schmidt, an adviser to the campaign.',
      'Secretary Clinton will speak again on Friday.',
    ]);
    expect(roles(w)['Hillary Clinton']).toBeNull();
    // Control: the whole office, and an office that stands alone, are kept.
    expect(roles(w)['Mike Schmidt']).toBe('adviser to the campaign');
  });

  it('control: keeps the whole office the copy writes before the name, and a title that stands alone', () => {
    const w = who('Talks in Ohio', [
      'Secretary of State Hillary Clinton met Governor Kasich in Ohio. Clinton said the talks went well.',
      'Governor Kasich said he agreed. Kasich spoke to reporters after the talks, and Clinton left.',
    ]);
    expect(roles(w)['Hillary Clinton']).toBe('Secretary of State');
    expect(roles(w).Kasich).toBe('Governor');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/** Copy written for the test: a town hall, its questioner, its host, the president who answers. */
const who = (paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Town hall', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const role = (name: string, paragraphs: string[]) => who(paragraphs).people.find((p) => p.name === name)?.role;
const OBAMA = '"It is a manufactured issue," Obama said. Obama added that the words did not matter.';
/** Named once, a journalist is no protagonist (the issue: quoted, or named twice or more): named again here. */
const FENWICK = 'Fenwick asked again about the law.';
const HOLLIS = 'Hollis asked again about the law.';

describe('who is who: an outlet’s possessive before a full name (review A-brief-2 f)', () => {
  it('gives the journalist the outlet as role, never lists the outlet as a person', () => {
    const w = who(['KNTV’s Laura Fenwick then followed up with a question about the law.', FENWICK, OBAMA]);
    expect(w.people).toContainEqual({ name: 'Laura Fenwick', role: 'KNTV' });
    expect(w.people.map((p) => p.name)).not.toContain('KNTV');
  });

  it('reads a multi-word outlet and drops its leading "The"', () => {
    expect(role('Mark Hollis', ['The Harbour Herald’s Mark Hollis asked the last question.', HOLLIS, OBAMA])).toBe(
      'Harbour Herald',
    );
  });

  it('a person’s possessive is no role: "Trump’s Steve Bannon" says whose ally, not what he does', () => {
    const w = who(['Obama’s Laura Fenwick asked the last question.', FENWICK, OBAMA]);
    expect(w.people.find((p) => p.name === 'Laura Fenwick')).toEqual({ name: 'Laura Fenwick', role: null });
  });

  it('a show or a team is possessed too: no person without a known given name, nor a plural', () => {
    const names = who([
      'Trump spoke on KNTV’s Squawk Box on Monday.',
      'The game was played where the National Football League’s Charlotte Panthers play.',
      OBAMA,
    ]).people.map((p) => p.name);
    expect(names).not.toContain('Squawk Box');
    expect(names).not.toContain('Charlotte Panthers');
  });
});

describe('who is who: an outlet’s possessive never runs across a sentence end (session 51, sp64’s dump)', () => {
  it('starts the outlet after the stop that ends the sentence before it', () => {
    const copy = [
      'The mayor hopes the delay will become untenable for the NDP. As The Harbour Herald’s Mark Hollis puts it, the mayor is waiting.',
      HOLLIS,
      OBAMA,
    ];
    expect(role('Mark Hollis', copy)).toBe('Harbour Herald');
  });

  it('drops a function word a sentence opens on: "As The Herald’s …" names the Herald', () => {
    expect(role('Mark Hollis', ['As The Harbour Herald’s Mark Hollis put it, nobody moved.', HOLLIS, OBAMA])).toBe(
      'Harbour Herald',
    );
  });

  it('control: an abbreviation’s stop inside the run is no sentence end', () => {
    expect(role('Mark Hollis', ['Then the St. Kilda Herald’s Mark Hollis asked about the law.', HOLLIS, OBAMA])).toBe(
      'St. Kilda Herald',
    );
  });
});

describe('who is who: "who helmed the DNC" is a role', () => {
  it('reads a relative clause whose verb heads a named body, to the clause’s end', () => {
    const copy = [
      '"Now is the time," said Don Fowler, who helmed the DNC from 1995 to 1997, during a call.',
      'Fowler said the party needed a plan.',
    ];
    expect(role('Don Fowler', copy)).toBe('who helmed the DNC from 1995 to 1997');
  });

  it('control: a clause that tells what someone did is no role', () => {
    const copy = ['"Now is the time," said Don Fowler, who led the charge against the plan.', 'Fowler said more.'];
    expect(role('Don Fowler', copy) ?? null).toBeNull();
  });
});

describe('who is who: an acronym and its expansion are one organisation', () => {
  it('shows the form the copy writes first, once', () => {
    const w = who([
      'The Democratic National Committee met on Monday. The DNC chose a plan.',
      'Critics of the Democratic National Committee said the DNC moved too slowly.',
      OBAMA,
    ]);
    expect(w.organizations.filter((o) => /Democratic National Committee|DNC/.test(o))).toEqual([
      'Democratic National Committee',
    ]);
  });

  it('control: initials that are not the name’s are another organisation', () => {
    const w = who([
      'The Kestrel Harbour Trust met the KHA board on Monday.',
      'The KHA board and the Kestrel Harbour Trust disagreed.',
      OBAMA,
    ]);
    expect(w.organizations).toEqual(expect.arrayContaining(['Kestrel Harbour Trust', 'KHA']));
  });
});

describe('who is who: an organisation named once as the copy’s source (the Flynn brief’s Wall Street Journal)', () => {
  const orgs = (paragraphs: string[]) => who([...paragraphs, OBAMA]).organizations;

  it('keeps the outlet the copy cites, after those named twice', () => {
    const found = orgs([
      'The Harbour Herald as well as other media reported on Friday that the law would pass.',
      'Kestrel Council met. Kestrel Council voted.',
    ]);
    expect(found).toEqual(['Kestrel Council', 'Harbour Herald']);
  });

  it('reads "according to"', () => {
    expect(orgs(['Prices rose 4%, according to the Harbour Herald.'])).toContain('Harbour Herald');
  });

  it('control: an organisation named once and not cited stays off the line', () => {
    expect(orgs(['The Harbour Herald said on Friday that the law would pass.'])).not.toContain('Harbour Herald');
  });
});

describe('who is who: a description in apposition after an indefinite article', () => {
  it('is the role beside the name ("Tina Houchins, a Gold Star mother,")', () => {
    const copy = ['During a town hall, Tina Houchins, a Gold Star mother, asked a question.', '"Why?" Houchins said.'];
    expect(role('Tina Houchins', copy)).toBe('Gold Star mother');
  });
});

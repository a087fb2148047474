import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 61 (who65), audit 61's B-a61-4 and B-a61-11 (with B-a61-13's "a/l"): a long capitalised run whose word the copy later writes alone
 * beside a speech verb names the person from that word ("Tan Sri Lim Boon Keat … Lim said"); a Malay name's short
 * form is its leading given names. Copy written for the tests.
 */
const read = (...paragraphs: string[]) =>
  analyzeArticle(['Drainage row', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
const names = (...paragraphs: string[]) => whoIsWho(read(...paragraphs)).people.map((p) => p.name);

describe('who is who, Malaysian names', () => {
  it('keeps the given names after a family name the copy writes alone', () => {
    const analysis = read(
      'Batu Lintang assemblyman Tan Sri Teo Kah Meng said the drains were blocked.',
      '"We have asked twice," Teo said.',
    );
    // The form of address the copy writes only before his name is no part of the role before it.
    expect(whoIsWho(analysis).people.map((p) => `${p.name} — ${p.role}`)).toContain(
      'Teo Kah Meng — Batu Lintang assemblyman',
    );
    expect(analysis.quotes.map((q) => q.speaker)).toContain('Teo Kah Meng');
  });

  it('reads the name from the given name the copy writes alone after a long title', () => {
    const people = names(
      'Johor Menteri Besar Datuk Seri Hisham Rahmat Yaacob defended the contract in a statement.',
      '"Every step was followed," Hisham said.',
    );
    expect(people).toContain('Hisham Rahmat Yaacob');
    expect(people.some((n) => n.includes('Menteri'))).toBe(false);
  });

  it('control: a word the copy never writes alone names no one inside a long run', () => {
    const people = names(
      'Johor Menteri Besar Datuk Seri Hisham Rahmat Yaacob defended the contract in a statement.',
      'The state will pay for the repairs, the statement said.',
    );
    expect(people).not.toContain('Hisham Rahmat Yaacob');
  });

  it('merges a Malay short form, the leading given names, with the full name after a form of address', () => {
    const people = names(
      'State councillor Datuk Ramli Faizul Osman said the tender was open.',
      '"Nothing was hidden," he said.',
      'Ramli Faizul said the work would begin next year.',
      'Company director Datuk Chan Wei Ming said the firm was ready.',
    );
    expect(people.filter((n) => n.startsWith('Ramli Faizul'))).toEqual(['Ramli Faizul Osman']);
  });

  it('keeps "a/l" inside a Malaysian Indian name', () => {
    const analysis = read(
      'Water department director Ir Dr Kumar Pillai a/l Rajan said the study had not arrived.',
      '"We need the study first," Kumar said.',
    );
    expect(whoIsWho(analysis).people.map((p) => p.name)).toEqual(['Kumar Pillai a/l Rajan']);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Kumar Pillai a/l Rajan']);
  });

  it('reads the post before a seat the person is styled by ("Minister of X Senator Dr")', () => {
    const people = whoIsWho(
      read(
        'But Minister of Fisheries Senator Dr Alana Price said the committee had followed the rules.',
        '"It is as simple as that," Price said.',
      ),
    ).people.map((p) => `${p.name} — ${p.role}`);
    expect(people).toEqual(['Alana Price — Minister of Fisheries']);
  });

  it('control: a body\'s officer before a form of address keeps the head ("Bank of Lomai Governor Dr")', () => {
    const [person] = whoIsWho(
      read('Bank of Lomai Governor Dr Alana Price said rates would hold.', '"It is as simple as that," Price said.'),
    ).people;
    // No post stands before the "of", so "Governor" is the post itself, not a seat (the body is read short as before).
    expect(person?.role).toMatch(/Governor$/);
  });

  it('control: a title between an adjective and the name is the post, no address ("conservative Justice")', () => {
    const people = whoIsWho(
      read(
        'The retirement of liberal Justice Marian Holt left the bench split.',
        'Holt served for 30 years. "I leave it in good hands," Holt said.',
      ),
    ).people;
    expect(people.find((p) => p.name === 'Marian Holt')?.role).not.toBe('liberal');
  });
});

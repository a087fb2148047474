import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 52, issue 13 (audit 52's leftover "GRC Jessica Lim"): an acronym before a given name is no part of the name.
 * Copy written for the tests.
 */
const listed = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Library opens', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map(
    (p) => `${p.name} — ${p.role ?? '-'}`,
  );
const speakers = (body: string) => analyzeArticle(`Headline\n\n${body}`).quotes.map((q) => q.speaker);

describe('who is who, an acronym before a given name', () => {
  it('keeps "GRC" of "East Coast GRC" out of the name', () => {
    const people = listed(
      'Member of Parliament for East Coast GRC Jessica Lim said the hawker stalls would get new fans by June.',
      'Ms Lim said the work would start after the school holidays.',
    );
    expect(people.map((p) => p.split(' — ')[0])).toEqual(['Jessica Lim']);
  });

  it('gives "Member of Parliament for East Coast GRC" to her as her role, the acronym closing the constituency', () => {
    expect(
      listed(
        'Member of Parliament for Harbour Point GRC Ahmad Faisal said the ferry would run again by June.',
        'Mr Faisal said the pier would be mended first.',
      ),
    ).toEqual(['Ahmad Faisal — Member of Parliament for Harbour Point GRC']);
  });

  it('control: an acronym ending the run after a role\'s object names no one ("Minister for Housing HDB")', () => {
    expect(listed('The Minister for Housing HDB said the flats would be ready by June.')).toEqual([]);
  });

  it('control: an acronym opening a body\'s name before no given name stays ("the TRACE Monitoring Group")', () => {
    expect(
      speakers('"They were celebrating," according to the TRACE Monitoring Group, which tracks the posts.'),
    ).toEqual(['the TRACE Monitoring Group']);
  });
});

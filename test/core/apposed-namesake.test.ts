import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { apposedNamesake } from '../../src/core/apposed-namesake';
import { namesakeCarries } from '../../src/core/namesake-carries';

const speakerOf = (text: string, words: string): string | null | undefined =>
  [...analyzeArticle(text).quotes, ...analyzeArticle(text).statements].find((q) => q.text.includes(words))?.speaker;

// Two people share a surname: a bare surname must name the one the copy means (audit 63, B-a63-3).
const HARBOUR = [
  'Harbour board delays dredging vote',
  '',
  'The Port Mirren harbour board on Tuesday put off a vote on dredging the inner channel.',
  '',
  'Board member Sean Ferrity, who proposed the delay, said the cost had doubled since spring.',
  '',
  '"We were shown one figure in March and another in June," Ferrity said. "No one has explained the gap."',
  '',
  'Ferrity said the board should commission its own survey.',
  '',
  'Another Ferrity, fishing co-operative secretary Nuala Ferrity, said members would lose a season if the work slipped. She is not related to the board member.',
].join('\n');

describe('apposed namesake', () => {
  it('reads the full name a bare surname stands in apposition to', () => {
    const text = 'Another Ferrity, fishing co-operative secretary Nuala Ferrity, said the work would slip.';
    expect(apposedNamesake(text, 'Another Ferrity'.length, 'Ferrity')).toBe('Nuala Ferrity');
  });

  it('reads no list of people as an apposition', () => {
    const text = 'Ferrity, Ruiz and Nuala Ferrity, all members, voted against.';
    expect(apposedNamesake(text, 'Ferrity'.length, 'Ferrity')).toBeNull();
  });

  it('reads no relative clause as an apposition', () => {
    const text = 'said Mr. Ferrity, who runs J.K. Ferrity, a survey firm.';
    expect(apposedNamesake(text, 'said Mr. Ferrity'.length, 'Ferrity')).toBeNull();
  });

  it('lets only the last-named namesake with a given name carry a tag into the next paragraph', () => {
    expect(namesakeCarries('Sean Ferrity', true, false)).toBe(true);
    expect(namesakeCarries('Kim Soo-yeon', true, false)).toBe(true);
    expect(namesakeCarries('Team Ferrity', true, false)).toBe(false);
    expect(namesakeCarries('Sean Ferrity', false, false)).toBe(false);
    expect(namesakeCarries('Sean Ferrity', true, true)).toBe(false);
  });

  it('gives a bare surname to the namesake named in full in the paragraph before, and carries it on', () => {
    expect(speakerOf(HARBOUR, 'We were shown one figure')).toBe('Sean Ferrity');
    expect(speakerOf(HARBOUR, 'commission its own survey')).toBe('Sean Ferrity');
  });

  it('gives "Another Ferrity, … Nuala Ferrity, said" to the apposed namesake', () => {
    expect(speakerOf(HARBOUR, 'lose a season')).toBe('Nuala Ferrity');
  });
});

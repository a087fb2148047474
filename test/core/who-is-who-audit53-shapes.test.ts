import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 52, audit 53 (B-a53-11, B-a53-13) and issue 13's leftover portfolio: a role cut on a possessive, a place
 * after a sentence's opening "In", a portfolio of words no dictionary holds. Copy written for the tests.
 */
const article = (...paragraphs: string[]) =>
  analyzeArticle(['Studio signs festival director', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
const listed = (...paragraphs: string[]) =>
  whoIsWho(article(...paragraphs)).people.map((p) => `${p.name} — ${p.role ?? '-'}`);
const entity = (name: string, ...paragraphs: string[]) =>
  article(...paragraphs).entities.find((e) => e.name === name)?.type ?? 'none';

describe('who is who, audit 53 shapes', () => {
  // The class's name after "director <preposition> <determiner>": a modifier of "class", no one holding the role.
  const classmates = (preposition: string) => {
    const paragraphs = [
      'Director Dana Voss has signed to make a studio thriller, her agency said on Monday.',
      `Voss is the third director ${preposition} Halden class to sign with a studio this year.`,
    ];
    return [entity('Halden', ...paragraphs), entity('Dana Voss', ...paragraphs)];
  };

  it('reads no role ending on a possessive: "director of her Halden class" lists no "Halden"', () => {
    expect(classmates('of her')).toEqual(['none', 'person']);
  });

  it('control: "director from the Halden class" lists no "Halden" either', () => {
    expect(classmates('from the')).toEqual(['none', 'person']);
  });

  it('types "Tottori Prefecture" a place after a sentence\'s opening "In"', () => {
    expect(
      entity(
        'Tottori Prefecture',
        'In Tottori Prefecture, where wages are among the lowest in the country, shop owners say some stores may close.',
        '"We cannot pay more," said Kenta Ishii, who runs a grocery in the town.',
      ),
    ).toBe('place');
  });

  it('control: "in Tottori Prefecture" mid-sentence is a place too', () => {
    expect(
      entity(
        'Tottori Prefecture',
        'Shop owners in Tottori Prefecture, where wages are among the lowest in the country, say some stores may close.',
        '"We cannot pay more," said Kenta Ishii, who runs a grocery in the town.',
      ),
    ).toBe('place');
  });

  it('ends a portfolio no dictionary holds before a given name and a surname ("Peeni Henare")', () => {
    const people = listed(
      'Minister for Whenua Kaupapa Rawiri Tane said the fund for rural marae would open in March.',
      'Tane said marae in the north would be first.',
    );
    expect(people).toEqual(['Rawiri Tane — Minister for Whenua Kaupapa']);
  });

  it('control: a portfolio WordNet knows ends where it did ("Minister for Rural Development")', () => {
    const people = listed(
      'Minister for Rural Development Rawiri Tane said the fund for rural marae would open in March.',
      'Tane said marae in the north would be first.',
    );
    expect(people).toEqual(['Rawiri Tane — Minister for Rural Development']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const story = (...paragraphs: string[]): string => ['Clinic opens in Dayton', '', ...paragraphs].join('\n\n');
const listed = (text: string): string[] => whoIsWho(analyzeArticle(text)).people.map((p) => p.name);
const speakers = (text: string): string[] => analyzeArticle(text).quotes.map((q) => q.speaker ?? '');

describe('two given names sharing one surname ("Khizr and Ghazala Khan")', () => {
  const pair = story(
    'The founders, Arjun and Priya Mehta, opened the clinic on Monday after a two-year fundraising drive.',
    '"We wanted a place the whole town could use," Mr. Mehta said at the opening.',
    'The Mehtas moved to Dayton in 2009. Mr. Mehta said the clinic would open seven days a week.',
  );

  it('lists each given name with the shared surname as its own person', () => {
    expect(listed(pair)).toEqual(expect.arrayContaining(['Arjun Mehta', 'Priya Mehta']));
  });

  it('gives a later bare "Mr. Mehta" to neither of them: with two Mehtas that would be a guess', () => {
    expect(speakers(pair)).toEqual(['Mehta']);
  });

  it('takes a known first name without the plural ("Bill and Hillary Clinton")', () => {
    const text = story(
      'The donors, Walter and Hillary Okafor, gave the land for the clinic.',
      'Hillary Okafor said the town had waited too long. Okafor said the family would pay for a second site.',
    );
    // The name reading, not the list: Walter, named once and quoted never, is rightly left out of who is who.
    const people = analyzeArticle(text).entities.map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Walter Okafor', 'Hillary Okafor']));
  });

  it('reads a title before the pair ("Presidents George and Laura Bush") as no name of its own', () => {
    const text = story(
      'Senators Walter and Hillary Okafor backed the clinic. Okafor said the state would help.',
      'Okafor said the money was in the budget.',
    );
    expect(listed(text)).toEqual(expect.arrayContaining(['Walter Okafor', 'Hillary Okafor']));
  });

  it('never joins a surname to the next person ("Obama and Hillary Clinton", "Richard Alba and Nancy Foner")', () => {
    const text = story(
      'President Obama and Hillary Clinton spoke in Dayton on Monday. Clinton said the clinic would help.',
      'The study by Richard Alba and Nancy Foner found the same. Foner said so on Tuesday.',
    );
    const names = listed(text);
    expect(names).not.toContain('Obama Clinton');
    expect(names).not.toContain('Alba Foner');
  });

  it('needs the pair or the full name in the copy when the word is in no first-name table', () => {
    const text = story(
      'He counts himself a devout Catholic and Donald Trump supporter, and said so in Dayton.',
      'Mr. Trump said the clinic was a fine idea. Trump said so again on Tuesday.',
    );
    expect(listed(text)).not.toContain('Catholic Trump');
  });
});

describe('two full names one run joins ("Jeb Bush and Marco Rubio")', () => {
  it('keeps the first when a namesake makes the full name the only way to tell them apart', () => {
    const text = [
      'Rivals collide in Florida',
      '',
      'Floridians Jeb Bush and Marco Rubio are racing to bank early votes in the state.',
      '',
      'Bush has spent heavily on mail, and Bush told donors he would win. Rubio said the race was close.',
      '',
      'Former President George W. Bush campaigned for his brother on Monday. Bush drew a crowd in Miami, and Bush aides said turnout was strong.',
    ].join('\n');
    expect(listed(text)).toEqual(expect.arrayContaining(['Jeb Bush', 'George W. Bush', 'Marco Rubio']));
  });
});

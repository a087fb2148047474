import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { articleWordCase } from '../../src/core/article-word-case';

// Review B-r39-7: "An Post said" printed "— an Post": a capital "An" before a consonant sound cannot be the article,
// so it is part of the name; English grammar decides it, not a list of names.
it('a capital "An" before a consonant sound, or "A" before a vowel sound, is part of the name', () => {
  expect(articleWordCase('An Post')).toBe('An Post');
  expect(articleWordCase('An Post spokeswoman')).toBe('An Post spokeswoman');
  expect(articleWordCase('An Bord Pleanála inspector')).toBe('An Bord Pleanála inspector');
  expect(articleWordCase('A Isle Council spokesman')).toBe('A Isle Council spokesman');
});

it('controls: a real article is lower case mid-line, by the sound of the next word', () => {
  expect(articleWordCase('A Halden Rail spokesman')).toBe('a Halden Rail spokesman');
  expect(articleWordCase('An Ofwat spokesman')).toBe('an Ofwat spokesman');
  expect(articleWordCase('An MP')).toBe('an MP');
  expect(articleWordCase('A UN official')).toBe('a UN official');
  expect(articleWordCase('A University spokesman')).toBe('a University spokesman');
  expect(articleWordCase('An hour-long statement')).toBe('an hour-long statement');
  expect(articleWordCase('The Environment Agency')).toBe('the Environment Agency');
});

it('a story: "An Post said" keeps the name whole; "A Halden Rail spokesman said" lowers the article', () => {
  const speakers = analyzeArticle(
    [
      'Parcel news',
      'Deliveries in Tralee were held up by two days after a flood at a depot on the quay.',
      '"We are sorry to every household that waited," An Post said in a statement on Friday.',
      '"The line reopens on Monday," A Halden Rail spokesman said.',
    ].join('\n\n'),
  ).quotes.map((quote) => quote.speaker);
  expect(speakers).toEqual(['An Post', 'a Halden Rail spokesman']);
});

// Review B-r40-7: "An 18-year-old shop worker", "An MoD spokesman" kept the capital mid-line: only a capitalised word
// can be a name's next part, so before a number, a lower-case word or an initialism the article is lowered.
it('before a number, a lower-case word or an initialism a capital article is lowered, whatever the sound', () => {
  expect(articleWordCase('An 18-year-old shop worker')).toBe('an 18-year-old shop worker');
  expect(articleWordCase('An 80-year-old resident')).toBe('an 80-year-old resident');
  expect(articleWordCase('An MoD spokesman')).toBe('an MoD spokesman');
  expect(articleWordCase('A HMRC spokesman')).toBe('a HMRC spokesman');
  expect(articleWordCase('An unnamed official')).toBe('an unnamed official');
  expect(articleWordCase('A 11-year-old pupil')).toBe('a 11-year-old pupil');
});

it('control: a capital article before a capitalised name part still stays; a fitting one is still lowered', () => {
  expect(articleWordCase('An Garda spokesman')).toBe('An Garda spokesman');
  expect(articleWordCase('A 40-year-old farmer')).toBe('a 40-year-old farmer');
  expect(articleWordCase('An Ofwat spokesman')).toBe('an Ofwat spokesman');
});

it('a story: "An 18-year-old shop worker said" is printed with a lower-case article', () => {
  const speakers = analyzeArticle(
    [
      'Shop flood',
      'Shops in the market town of Pellby were flooded on Tuesday after the river rose overnight.',
      '"The water came in under the door in minutes," An 18-year-old shop worker said.',
      '"We are counting the cost," An MoD spokesman said of the depot.',
    ].join('\n\n'),
  ).quotes.map((quote) => quote.speaker);
  expect(speakers).toEqual(['an 18-year-old shop worker', 'an MoD spokesman']);
});

// Session 61, issue 11: "One official in Brussels said" printed "official in Brussels" — the name reader's opener cut
// took the sentence's capital "One" for a word a name run swallowed.
it("a number or quantifier before a lower-case noun is the description's, lowered, not cut", () => {
  expect(articleWordCase('One official in Brussels')).toBe('one official in Brussels');
  expect(articleWordCase('Another aide')).toBe('another aide');
  expect(articleWordCase('Two officials in Paris')).toBe('two officials in Paris');
  // Control: before a capitalised word it may be a name's own ("One Nation"): left as written.
  expect(articleWordCase('One Nation')).toBe('One Nation');
});

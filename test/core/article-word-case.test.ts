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

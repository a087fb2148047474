import { expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';

// Review s45 B-r45-9: a story with no headline line is titled by its opening sentence, which was cut at every stop:
// "Sen. Ann Lee, Rep. Tom Brack and …" was titled "Sen". The title is now the engine's first sentence, whose
// splitter reads an abbreviation's stop. Invented copy, one paragraph too long to be a headline itself.
const REST =
  ' Volunteers who campaigned for the old bridge said it was safe and asked the council to wait for a second survey.' +
  ' The council will vote on the plan in May, and the work would take two years.';

it.each([
  'Sen. Ann Lee, Rep. Tom Brack and Rep. Jo Smith said on Monday that the Harwick bridge must be rebuilt.',
  'Dr. Ruth Hale told the U.S. Army Corps of Engineers on Monday that the Harwick bridge must be rebuilt.',
])('titles the story by its whole opening sentence: %s', (opening) => {
  expect(cleanArticle(`${opening}${REST}\n`).title).toBe(opening);
});

it('control: an opening sentence with no abbreviation is the title as before', () => {
  const opening = 'Harwick Council said on Monday that the old bridge over the Kell must be rebuilt.';
  expect(cleanArticle(`${opening}${REST}\n`).title).toBe(opening);
});

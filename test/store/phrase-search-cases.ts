import { expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';

// Past PostgreSQL's last tsvector position (16,383): each "filler" is a word and a position.
const PAST_LIMIT = 'filler '.repeat(16_400);

/** A phrase (a word joined by marks) found alike on SQLite and PostgreSQL (both store contracts run these). */
export function phraseSearchCases(store: () => AsyncStore) {
  const ids = async (query: string) => (await store().articles.search(query)).map((h) => h.id);

  it('does not read a phrase across the title, the entity names and the body (SQLite keeps them apart)', async () => {
    const add = async (title: string, text: string, entityNames: string[] = []) =>
      (await store().articles.add({ source: 's', title, text }, { entityNames })).article.id;
    // PostgreSQL's tsvector was one run of title, names and body: "9" ending the title and "11"
    // opening the body read as "9 11".
    await add('Memorial marks 9', '11 families gathered.');
    await add('Ward reopens', '19 beds are ready.', ['Covid']);
    await add('Talks on 2024', 'Leaders met.', ['25 Councils']);
    const inTitle = await add('Memorial marks 9/11 anniversary', 'Families gathered.');
    const inNames = await add('Ward closes', 'Beds are full.', ['Covid-19 Inquiry']);
    const inBody = await add('Budget passed', 'The 2024/25 budget passed.');
    expect(await ids('9/11')).toEqual([inTitle]);
    expect(await ids('covid-19')).toEqual([inNames]);
    expect(await ids('2024/25')).toEqual([inBody]);
    // The phrase's last word typed as a prefix ("york" for "Yorkshire") stays in one field too.
    await add('Fares rise in New', 'Yorkshire trains are late.');
    const prefixed = await add('Trains in New Yorkshire run late', 'Fares rise.');
    expect(await ids('new-york')).toEqual([prefixed]);
  });

  it('finds a phrase past the 16,383rd word of a long live blog, and only where its words are adjacent', async () => {
    const add = async (title: string, text: string) =>
      (await store().articles.add({ source: 's', title, text })).article.id;
    const late = await add('Live: the day in politics', `${PAST_LIMIT}Families marked 9/11 at the memorial.`);
    await add('Live: the day in sport', `${PAST_LIMIT}Nine (9) teams played; 11 won.`);
    // "11" more than 255 times before the phrase: PostgreSQL keeps 255 positions of a word (the
    // story of 16,383 bytes or more, the length PostgreSQL rechecks).
    const repeated = await add('Scores', `${'11 '.repeat(300)}then 9-11 at the end. ${'filler '.repeat(2400)}`);
    expect(await ids('9/11')).toEqual(expect.arrayContaining([late, repeated]));
    expect(await ids('9/11')).toHaveLength(2);
    expect(await ids('memorial 9/11')).toEqual([late]);
    // Accents and case are read as the index reads them.
    const cafe = await add('Live: the day in food', `${PAST_LIMIT}Diners ordered Café-Crème at noon.`);
    expect(await ids('cafe-creme')).toEqual([cafe]);
    expect(await ids('politics 9/11')).toEqual([late]);
  });
}

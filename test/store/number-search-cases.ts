import { expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';

/** Numbers and words joined by marks: found alike on SQLite and PostgreSQL (both store contracts run these). */
export function numberSearchCases(store: () => AsyncStore) {
  it('finds numbers and words joined by marks as the same phrase on either store ("9/11", "£1.2m", "g7")', async () => {
    const add = async (title: string, text: string) =>
      (await store().articles.add({ source: 's', title, text })).article.id;
    const memorial = await add('Memorial marks 9/11 anniversary', 'Families gathered at the memorial.');
    const budget = await add('Council sets its budget', 'The 2024/25 budget of £1.2m was set for 2024.');
    const summit = await add('G7 leaders agree climate fund', 'The summit ended early.');
    const harbour = await add('Harbour works begin', 'Work starts on 11 March under covid-19 rules; 9 firms bid.');
    const ids = async (query: string) => (await store().articles.search(query)).map((h) => h.id);
    // PostgreSQL kept "9/11" whole and "-19" signed: "9/11" found only the story with "11 March".
    expect(await ids('9/11')).toEqual([memorial]);
    expect(await ids('2024/25')).toEqual([budget]);
    expect(await ids('£1.2m')).toEqual([budget]);
    expect(await ids('2024')).toEqual([budget]);
    expect(await ids('19')).toEqual([harbour]);
    expect(await ids('covid-19')).toEqual([harbour]);
    expect(await ids('G7')).toEqual([summit]);
    expect(await ids('g7 fund')).toEqual([summit]);
    // A lone digit typed as a word is still no term.
    expect(await ids('9')).toEqual([]);
  });
}

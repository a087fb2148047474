import { expect, it } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';

/** Search cases both stores must agree on: a function word typed in capitals is its acronym. */
export function acronymSearchCases(store: () => AsyncStore) {
  it('reads a function word typed in capitals as its acronym, in capitals in the copy ("WHO", "US")', async () => {
    const add = async (title: string, text: string) =>
      (await store().articles.add({ source: 's', title, text })).article.id;
    const who = await add('Measles cases rise', 'The World Health Organization (WHO) said cases rose in Europe.');
    const everyday = await add(
      'Who will pay for the bridge?',
      'Residents who use the bridge ask who pays. WHOLESALE prices rose. The council, who met, did not say who.',
    );
    const us = await add('Tariff row deepens', 'The US will raise tariffs on steel, officials said on Monday.');
    const nato = await add('Summit opens', 'Nato leaders met in Vilnius to discuss defence spending.');
    const ids = (hits: { id: number }[]) => hits.map((h) => h.id);
    expect(ids(await store().articles.search('WHO'))).toEqual([who]);
    expect(ids(await store().articles.search('WHO measles'))).toEqual([who]);
    expect(ids(await store().articles.search('WHO’s cases'))).toEqual([who]);
    expect(ids(await store().articles.search('US tariffs'))).toEqual([us]);
    expect(await store().articles.matchingAmong('WHO', [who, everyday])).toEqual([who]);
    // Controls: the lower-case word and a capitalised name are searched case-blind, as before.
    expect(ids(await store().articles.search('who')).sort()).toEqual([who, everyday].sort());
    expect(ids(await store().articles.search('NATO'))).toEqual([nato]);
    // No story holds both: the any-word search keeps the acronym required, not the everyday "who".
    expect(ids(await store().articles.search('bridge WHO'))).toEqual([who]);
  });
}

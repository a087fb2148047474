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
    // No story holds both: the any-word search ranks the acronym's story first and keeps the
    // bridge story main found (main searched "bridge" alone), not every story with "who".
    expect(ids(await store().articles.search('bridge WHO'))).toEqual([who, everyday]);
  });

  it('reads an acronym typed in capitals in its dotted form too ("US" ↔ "U.S.", "UK" ↔ "U.K.")', async () => {
    const add = async (title: string, text: string) =>
      (await store().articles.add({ source: 's', title, text })).article.id;
    const election = await add('Clinton leads in U.S. election polls', 'The U.S. election is close, a poll found.');
    const trade = await add('Trade talks stall', 'Ministers met in Geneva. It was the US delegation that walked out.');
    const vote = await add('Voters head to the polls', 'The U.K. votes on Thursday after a six-week campaign.');
    const summit = await add('Summit host named', 'The UK will host the climate summit next year, officials said.');
    const ids = async (query: string) => (await store().articles.search(query)).map((h) => h.id);
    expect(await ids('US election')).toEqual([election]);
    expect((await ids('US')).sort()).toEqual([election, trade].sort());
    expect((await ids('UK')).sort()).toEqual([vote, summit].sort());
    expect(await ids('UK votes')).toEqual([vote]);
    expect(await store().articles.matchingAmong('US election', [election, trade])).toEqual([election]);
    const letters = await add('Readers write', 'Tell us what you think of the new bridge.');
    // Typed in lower case, "us" is the pronoun: no term, so the election is searched, not every
    // story with "us" in it (the letters page, the US delegation); "U.S." typed finds "U.S.".
    expect(await ids('us election')).toEqual([election]);
    expect(await ids('tell us')).toEqual([letters]);
    // "mine" is a news noun before it is a pronoun: kept, so "gold mine" is not any story with "gold".
    const mine = await add('Gold mine sale agreed', 'The Glenmoor mine was sold on Friday.');
    await add('Gold price rises', 'Gold rose to a record on Friday.');
    expect(await ids('gold mine')).toEqual([mine]);
    expect(await ids('U.S. election')).toEqual([election]);
  });
}

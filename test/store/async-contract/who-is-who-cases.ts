import { expect, it } from 'vitest';
import type { WhoIsWho } from '../../../src/core/who-is-who';
import { analysisTitled, flynn } from '../store-samples';
import type { ContractContext } from './contract-context';

const WHO: WhoIsWho = {
  people: [
    { name: 'Sean Spicer', role: 'White House spokesman' },
    { name: 'Ada Brennan', role: null },
  ],
  organizations: ['Port Ellis Council'],
};

/** Who is who kept beside a cached analysis (a brief writes it, the next brief reads it). */
export function whoIsWhoCases(ctx: ContractContext) {
  const articles = () => ctx.store().articles;

  it('keeps who is who beside the analysis it was made from, and nowhere else', async () => {
    const { article } = await articles().add(flynn());
    // No analysis cached under the key: there is nothing to keep it beside.
    await articles().saveWhoIsWho(article.id, 'extractive@1', analysisTitled('A'), WHO);
    expect(await articles().getWhoIsWho(article.id, 'extractive@1')).toBeUndefined();
    await articles().saveAnalysis(article.id, 'extractive@1', analysisTitled('A'));
    expect(await articles().getWhoIsWho(article.id, 'extractive@1')).toBeUndefined();
    // Made from another analysis than the one cached now (replaced meanwhile): not kept.
    await articles().saveWhoIsWho(article.id, 'extractive@1', analysisTitled('B'), WHO);
    expect(await articles().getWhoIsWho(article.id, 'extractive@1')).toBeUndefined();
    await articles().saveWhoIsWho(article.id, 'extractive@1', analysisTitled('A'), WHO);
    expect(await articles().getWhoIsWho(article.id, 'extractive@1')).toEqual(WHO);
    expect(await articles().getWhoIsWho(article.id, 'llm:m@p1')).toBeUndefined();
  });

  it('forgets who is who when the analysis is saved again or the story is rewritten in place', async () => {
    const story = { source: 'council.txt', url: 'https://example.test/council', title: 'Vote delayed', text: 'First.' };
    const { article } = await articles().add(story);
    await articles().saveAnalysis(article.id, 'extractive@1', analysisTitled('A'));
    await articles().saveWhoIsWho(article.id, 'extractive@1', analysisTitled('A'), WHO);
    await articles().saveAnalysis(article.id, 'extractive@1', analysisTitled('A2'));
    expect(await articles().getWhoIsWho(article.id, 'extractive@1')).toBeUndefined();
    await articles().saveWhoIsWho(article.id, 'extractive@1', analysisTitled('A2'), WHO);
    expect(await articles().getWhoIsWho(article.id, 'extractive@1')).toEqual(WHO);
    const rewritten = await articles().add({ ...story, text: 'Second.' });
    expect(rewritten.outcome).toBe('updated');
    expect(await articles().getWhoIsWho(article.id, 'extractive@1')).toBeUndefined();
  });
}

import { expect, it } from 'vitest';
import type { ContractContext } from './contract-context';

/** Which thread is about which story, and what its last answers cited. */
export function threadMemoryCases(ctx: ContractContext) {
  const articles = () => ctx.store().articles;

  it('remembers which thread is about which article, and handles each event key once', async () => {
    const conversations = ctx.store().conversations;
    const a = (await articles().add({ source: 's', title: 'A', text: 'alpha' })).article.id;
    const b = (await articles().add({ source: 's', title: 'B', text: 'beta' })).article.id;
    expect(await conversations.articleForThread('discord:1')).toBeUndefined();
    await conversations.linkThread('discord:1', a);
    await conversations.linkThread('slack:C1:2.0', b);
    expect(await conversations.articleForThread('discord:1')).toBe(a);
    await conversations.linkThread('discord:1', b);
    expect(await conversations.articleForThread('discord:1')).toBe(b);
    expect(await conversations.articleForThread('slack:C1:2.0')).toBe(b);
    expect(await conversations.markEventHandled('slack:Ev1')).toBe(true);
    expect(await conversations.markEventHandled('slack:Ev1')).toBe(false);
    expect(await conversations.markEventHandled('slack:Ev2')).toBe(true);
    expect(await conversations.markEventHandled('slack:Ev1')).toBe(false);
  });

  it('remembers what the last answer in a thread cited, until the next answer or a new link', async () => {
    const { articles, conversations } = ctx.store();
    const a = (await articles.add({ source: 's', title: 'A', text: 'alpha' })).article.id;
    const cited = (...ids: number[]) => ids.map((id) => ({ id, text: `Sentence ${id}, “quoted”.` }));
    await conversations.linkThread('discord:7', a);
    await conversations.linkThread('slack:C1:7.0', a);
    expect(await conversations.citedInThread('discord:7')).toEqual([]);
    await conversations.rememberCited('discord:7', cited(3, 5));
    expect(await conversations.citedInThread('discord:7')).toEqual(cited(3, 5));
    expect(await conversations.citedInThread('slack:C1:7.0')).toEqual([]);
    await conversations.rememberCited('discord:7', []);
    expect(await conversations.citedInThread('discord:7')).toEqual([]);
    await conversations.rememberCited('discord:7', cited(2));
    await conversations.linkThread('discord:7', a);
    expect(await conversations.citedInThread('discord:7')).toEqual([]);
    // A thread never linked keeps nothing.
    await conversations.rememberCited('discord:8', cited(1));
    expect(await conversations.citedInThread('discord:8')).toEqual([]);
  });

  it('keeps the last three questions of a thread with what each cited; a row from before reads as one turn', async () => {
    const { articles, conversations } = ctx.store();
    const a = (await articles.add({ source: 's', title: 'A', text: 'alpha' })).article.id;
    const cited = (...ids: number[]) => ids.map((id) => ({ id, text: `Sentence ${id}.` }));
    await conversations.linkThread('discord:9', a);
    expect(await conversations.threadTurns('discord:9')).toEqual([]);
    // What a version before the thread kept its questions wrote: the last answer's sentences alone.
    await conversations.rememberCited('discord:9', cited(4));
    expect(await conversations.threadTurns('discord:9')).toEqual([{ question: '', cited: cited(4) }]);
    await conversations.rememberTurn('discord:9', { question: 'when did he resign?', cited: cited(1) });
    await conversations.rememberTurn('discord:9', { question: 'why did he resign?', cited: [] });
    await conversations.rememberTurn('discord:9', { question: 'who said that?', cited: cited(2, 3) });
    expect(await conversations.threadTurns('discord:9')).toEqual([
      { question: 'when did he resign?', cited: cited(1) },
      { question: 'why did he resign?', cited: [] },
      { question: 'who said that?', cited: cited(2, 3) },
    ]);
    // The last turn's sentences are the last answer's, for what reads only those.
    expect(await conversations.citedInThread('discord:9')).toEqual(cited(2, 3));
    // Linked again (a new brief in the thread): nothing of the old story's questions is kept.
    await conversations.linkThread('discord:9', a);
    expect(await conversations.threadTurns('discord:9')).toEqual([]);
    // A thread never linked keeps nothing.
    await conversations.rememberTurn('discord:10', { question: 'why?', cited: cited(1) });
    expect(await conversations.threadTurns('discord:10')).toEqual([]);
  });
}

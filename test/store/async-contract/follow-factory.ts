import type { ContractContext } from './contract-context';

/** A follow-up schedule maker for the schedule cases: each call stores a new story and follows it. */
export function followFactory(ctx: ContractContext) {
  let stories = 0;
  // A new story each time: a second follow-up of one story in a channel moves the first.
  return async (channelId = 'C1') => {
    const text = `The ferry is late (${++stories}).`;
    const { article } = await ctx.store().articles.add({ source: 's', title: 'Ferry', text });
    return ctx.store().schedules.create({
      channelId,
      kind: 'follow',
      articleId: article.id,
      query: 'ferry',
      time: '09:00',
      timezone: 'Europe/London',
      createdBy: 'U1',
    });
  };
}

import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { runBriefCommand } from '../../commands/index';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { fakeClock } from '../scheduler/scheduler-fixture';

const STORIES = [
  {
    title: 'G7 leaders agree climate fund',
    text: 'G7 leaders agreed a climate fund on Tuesday. The summit ended early.',
  },
  { title: 'Memorial marks 9/11 anniversary', text: 'Families gathered at the memorial for the anniversary.' },
  { title: 'Council sets 2024 budget', text: 'The council set its 2024 budget of £1.2m on Monday.' },
  { title: 'Harbour works begin', text: 'Work on the harbour starts on 11 March under covid-19 rules.' },
];

/**
 * `/brief`, `follow`, autocomplete and the id `/brief list` shows resolve the same words to the same
 * story: one search path, the store's. Numbers and words joined by marks included ("2024", "9/11");
 * a bare number no story has is offered by `follow`, never followed.
 */
export function describeSameStoryPaths(name: string, fresh: () => Promise<AsyncStore>): void {
  describe(`one story for the same words on ${name}`, () => {
    it('/brief, follow, autocomplete and the listed id name the same story', async () => {
      const store = await fresh();
      try {
        const clock = fakeClock('2026-03-02T09:00:00Z');
        const app = createNewsbriefApp({ store, logger: silentLogger(), now: clock.now });
        const ids = new Map<string, number>();
        for (const story of STORIES) ids.set(story.title, (await app.ingest({ source: 's', ...story })).article.id);
        const ctx: CommandContext = { channelId: 'console:C1', userId: 'console:U1', app };
        const listed = (await runBriefCommand('list', ctx)).sections[0]!.items;
        const cases: [string, string][] = [
          ['g7', 'G7 leaders agree climate fund'],
          ['9/11', 'Memorial marks 9/11 anniversary'],
          ['2024', 'Council sets 2024 budget'],
          ['£1.2m', 'Council sets 2024 budget'],
          ['covid-19', 'Harbour works begin'],
          ['harbour', 'Harbour works begin'],
        ];
        for (const [query, title] of cases) {
          const id = ids.get(title)!;
          const brief = await runBriefCommand(query, ctx);
          expect(brief.threadArticleId, `/brief ${query}`).toBe(id);
          const follow = JSON.stringify((await runBriefCommand(`follow ${query} 09:00 UTC`, ctx)).sections);
          // A bare number no story has is no story for a command that acts: the story is offered by id.
          const followed = /^\d+$/.test(query) ? `"args":"#${id} 09:00 UTC"` : `(#${id})`;
          expect(follow, `follow ${query}`).toContain(followed);
          expect((await app.suggestStories(query, 25))[0]?.id, `autocomplete ${query}`).toBe(id);
          // The list names the story by the id that briefs it.
          expect(listed.find((item) => item.text === title)?.command?.args).toBe(`#${id}`);
          expect((await runBriefCommand(`#${id}`, ctx)).threadArticleId).toBe(id);
        }
        // "#2024" is an id, and no story has it.
        expect((await runBriefCommand('#2024', ctx)).kind).toBe('error');
        // Once a story has the number as its id, the bare number briefs that story and still lists
        // the one whose words hold it; autocomplete offers both.
        while (
          (await app.ingest({ source: 's', title: `Filler ${ids.size}`, text: `Filler story ${ids.size}.` })).article
            .id < 24
        )
          ids.set(`Filler ${ids.size}`, 0);
        await app.ingest({
          source: 's',
          title: 'Ward 24 by-election called',
          text: 'A by-election in ward 24 is set.',
        });
        const ward = (await app.findStoryByTitle('ward by-election'))!.id;
        const byNumber = await app.briefStory('24');
        expect(byNumber.kind === 'found' && byNumber.article.id).toBe(24);
        expect(byNumber.kind === 'found' && byNumber.others.map((o) => o.id)).toContain(ward);
        expect((await app.suggestStories('24', 5)).map((s) => s.id)).toEqual([24, ward]);
        expect((await app.briefStory('#24')).kind === 'found' && (await app.suggestStories('#24', 5)).length).toBe(1);
      } finally {
        await store.close();
      }
    });
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { answerThreadQuestion, runBriefCommand } from '../../commands/index';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import { createExtractiveEngine } from '../../src/app/extractive-engine';
import { parseTextFile } from '../../src/ingest/parse-text-file';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { fakeClock } from '../scheduler/scheduler-fixture';

const SAMPLES = join(import.meta.dirname, '../../samples');
const sample = (file: string) => parseTextFile(file, readFileSync(join(SAMPLES, file), 'utf8'), 'UTC');
const replyText = (reply: { sections: { items: { text: string }[] }[] }) =>
  reply.sections.flatMap((s) => s.items.map((i) => i.text)).join('\n');

/**
 * "Who wrote this story?" answers from the byline a text file carries, through the store and back, in a
 * thread and on `ask` (both go through answerAbout); a question about a third party still goes to the engine.
 */
export function describeAuthorshipPaths(name: string, fresh: () => Promise<AsyncStore>): void {
  describe(`authorship questions on ${name}`, () => {
    it('answers "who wrote this?" from a text file\'s byline, in the thread and on ask, and shows it in the brief', async () => {
      const store = await fresh();
      try {
        const app = createNewsbriefApp({ store, logger: silentLogger(), now: fakeClock('2026-03-02T09:00:00Z').now });
        const ferry = (
          await app.ingest({ source: 'harbour-ferry-contract.txt', ...sample('harbour-ferry-contract.txt') })
        ).article.id;
        const ctx: CommandContext = { channelId: 'console:C1', userId: 'console:U1', app };
        const thread = replyText(await answerThreadQuestion(ferry, 'Who wrote this story?', ctx));
        expect(thread).toBe('The byline is Nadia Okafor, Local Democracy Reporter.');
        expect((await app.answerAbout(ferry, 'Who is the reporter?'))?.result.answer).toBe(
          'The byline is Nadia Okafor, Local Democracy Reporter.',
        );
        expect((await runBriefCommand(`#${ferry}`, ctx)).subtitle).toMatch(
          /^by Nadia Okafor, Local Democracy Reporter · /,
        );

        // A story with no byline says so rather than "doesn't say" or a name from the copy.
        const bare = await app.ingest({
          source: 'pasted',
          title: 'Ferry vote delayed',
          text: 'Ferry vote delayed\n\nThe council postponed its vote on the ferry contract.',
        });
        expect((await app.answerAbout(bare.article.id, 'Who wrote this?'))?.result.answer).toMatch(/carries no byline/);
      } finally {
        await store.close();
      }
    });

    it('sends "who reported the claims?" to the engine as before', async () => {
      const store = await fresh();
      try {
        const app = createNewsbriefApp({ store, logger: silentLogger(), now: fakeClock('2026-03-02T09:00:00Z').now });
        const parsed = sample('riverside-waiting-lists.txt');
        const id = (await app.ingest({ source: 'riverside-waiting-lists.txt', ...parsed })).article.id;
        const question = 'Who reported the claims?';
        const answer = await app.answerAbout(id, question);
        const engine = createExtractiveEngine();
        expect(answer?.result).toEqual(await engine.answer(answer!.analysis, question, answer!.article.text));
        expect(answer?.result.answer ?? '').not.toMatch(/byline/);
      } finally {
        await store.close();
      }
    });
  });
}

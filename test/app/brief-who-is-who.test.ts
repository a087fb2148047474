import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildBriefReply } from '../../src/app/build-brief-reply';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import type { Analysis } from '../../src/core/analysis-types';
import { whoIsWho } from '../../src/core/who-is-who';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';
import { FLYNN_SAMPLE } from '../support/make-test-app';

let store: AsyncStore;
afterEach(() => store.close());

async function appWith(make: (analysis: Analysis) => Promise<ReturnType<typeof whoIsWho>>) {
  store = openAsyncSqliteStore({ path: ':memory:' });
  const app = createNewsbriefApp({ store, logger: silentLogger(), whoIsWho: make });
  const text = readFileSync(FLYNN_SAMPLE, 'utf8');
  await app.ingest({ source: basename(FLYNN_SAMPLE), title: text.split('\n', 1)[0]!, text });
  return app;
}

const whoSection = (reply: ReturnType<typeof buildBriefReply>) =>
  reply.sections.find((s) => s.heading === 'Who is who')?.items.map((i) => i.text);

it('makes a brief’s who is who with the maker it is given (the bot’s worker), once per story', async () => {
  const made: Analysis[] = [];
  const app = await appWith(async (analysis) => {
    made.push(analysis);
    return whoIsWho(analysis);
  });
  const first = await app.briefStory('flynn');
  const again = await app.briefStory('flynn');
  expect(made).toHaveLength(1);
  if (first.kind !== 'found' || again.kind !== 'found') throw new Error('the Flynn story is stored');
  const expected = whoIsWho(first.analysis);
  expect(first.who).toEqual(expected);
  expect(whoSection(buildBriefReply(again))).toEqual(
    expected.people
      .map((p) => (p.role ? `${p.name} — ${p.role}` : p.name))
      .concat(
        expected.alsoNamed?.length
          ? [`Also named: ${expected.alsoNamed.map((p) => `${p.name} (${p.role})`).join('; ')}`]
          : [],
      )
      .concat(expected.organizations.length > 0 ? [`Organisations: ${expected.organizations.join(', ')}`] : []),
  );
});

it('shows the people named once and not quoted on one "Also named" line, after the people', async () => {
  const app = await appWith(async () => ({
    people: [{ name: 'Ada Vellacott', role: 'mayor' }],
    alsoNamed: [
      { name: 'Tomas Quillan', role: 'retired ferry captain' },
      { name: 'Rhea Monk', role: 'harbour master' },
    ],
    organizations: [],
  }));
  const brief = await app.briefStory('flynn');
  if (brief.kind !== 'found') throw new Error('the Flynn story is stored');
  expect(whoSection(buildBriefReply(brief))).toEqual([
    'Ada Vellacott — mayor',
    'Also named: Tomas Quillan (retired ferry captain); Rhea Monk (harbour master)',
  ]);
});

it('briefs without who is who when the worker cannot make it, rather than fail the brief', async () => {
  const app = await appWith(async () => {
    throw new Error('the worker stopped');
  });
  const brief = await app.briefStory('flynn');
  expect(brief.kind).toBe('found');
  if (brief.kind !== 'found') return;
  expect(whoSection(buildBriefReply(brief))).toBeUndefined();
  expect(buildBriefReply(brief).sections.find((s) => s.heading === 'Summary')).toBeDefined();
});

// ux30 (session 30): "what is <Name>'s job?" asks what "who is <Name>?" asks, so it reads the story's who is who made
// by the bot's maker (remembered per story), not one made again in the chat process.
it('answers "what is <Name>’s job?" from the who is who the maker makes for the story', async () => {
  const made: Analysis[] = [];
  const app = await appWith(async (analysis) => {
    made.push(analysis);
    return whoIsWho(analysis);
  });
  const id = (await store.articles.recent(1))[0]!.id;
  // A question on what was done is not one on the person's role: no who is who is made for it (control).
  await app.answerAbout(id, 'What did Kelner write?');
  expect(made).toHaveLength(0);
  await app.answerAbout(id, 'What is Kelner’s job?');
  expect(made).toHaveLength(1);
});

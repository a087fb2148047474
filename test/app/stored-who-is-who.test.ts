import { afterEach, expect, it } from 'vitest';
import { buildBriefReply } from '../../src/app/build-brief-reply';
import { createNewsbriefApp } from '../../src/app/create-newsbrief-app';
import type { Analysis } from '../../src/core/analysis-types';
import { type WhoIsWho, whoIsWho } from '../../src/core/who-is-who';
import { silentLogger } from '../../src/logging/create-logger';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openAsyncSqliteStore } from '../../src/store/async/open-async-sqlite-store';

const STORY = {
  source: 'quarry.txt',
  url: 'https://example.test/quarry',
  title: 'Quarry expansion refused after objections',
  text: [
    'Quarry expansion refused after objections',
    '',
    'Planners in Dunmore have refused an application to extend the Holloway quarry by 40 hectares.',
    '',
    '"The noise alone would have made the valley unliveable," said Marion Aske, who chairs the parish council.',
    '',
    'Holloway Aggregates said it would consider an appeal.',
  ].join('\n'),
};

let store: AsyncStore;
afterEach(() => store.close());

/** Each app is a new process's: its own remembered lists, the same store. */
function appsOverOneStore() {
  store = openAsyncSqliteStore({ path: ':memory:' });
  const made: Analysis[] = [];
  const make = async (analysis: Analysis): Promise<WhoIsWho> => {
    made.push(analysis);
    return whoIsWho(analysis);
  };
  return { made, newApp: () => createNewsbriefApp({ store, logger: silentLogger(), whoIsWho: make }) };
}

async function briefOf(app: ReturnType<typeof createNewsbriefApp>) {
  const brief = await app.briefStory('quarry');
  if (brief.kind !== 'found') throw new Error('the quarry story is stored');
  return brief;
}

it('a brief keeps its who is who in the store: the next process briefs from it without making it', async () => {
  const { made, newApp } = appsOverOneStore();
  const first = newApp();
  await first.ingest(STORY);
  const made1 = await briefOf(first);
  expect(made).toHaveLength(1);
  const read = await briefOf(newApp());
  expect(made).toHaveLength(1);
  expect(read.who).toEqual(made1.who);
  expect(buildBriefReply(read)).toEqual(buildBriefReply(made1));
});

// Controls (pass before and after who is who was stored): what the brief shows is who is who of its analysis.
it('the who is who a brief shows is the one its analysis gives, stored or made', async () => {
  const { newApp } = appsOverOneStore();
  await newApp().ingest(STORY);
  for (const app of [newApp(), newApp()]) {
    const brief = await briefOf(app);
    expect(brief.who).toEqual(whoIsWho(brief.analysis));
    expect(brief.who.people.map((p) => p.name)).toContain('Marion Aske');
  }
});

it('a story rewritten in place is briefed with the who is who of its new text', async () => {
  const { made, newApp } = appsOverOneStore();
  const app = newApp();
  await app.ingest(STORY);
  await briefOf(app);
  await app.ingest({ ...STORY, text: STORY.text.replace(/Marion Aske/g, 'Colin Tredwell') });
  const rewritten = await briefOf(newApp());
  expect(made).toHaveLength(2);
  expect(rewritten.who.people.map((p) => p.name)).toContain('Colin Tredwell');
  expect(rewritten.who.people.map((p) => p.name)).not.toContain('Marion Aske');
});

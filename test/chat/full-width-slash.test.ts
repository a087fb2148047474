import { afterEach, expect, it } from 'vitest';
import type { PostedMessage } from '../../src/app/channel-poster';
import type { Reply } from '../../src/app/reply';
import type { ChatTurn, TurnResponder } from '../../src/chat/chat-turn';
import { dispatchChatTurn } from '../../src/chat/dispatch-chat-turn';
import { runCli } from '../../src/cli/run-cli';
import { silentLogger } from '../../src/logging/create-logger';
import { replyText } from '../scheduler/scheduler-fixture';
import { captureIo } from '../support/capture-io';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { sharedWorkerPool } from '../support/shared-worker-pool';
import { tempStoreCli } from '../support/temp-store-cli';

// No test here looks at the ingest pool itself: one thread serves every command the file runs.
const pool = sharedWorkerPool();

// ux37 (session 36): a Chinese or Japanese keyboard types the slash full-width ("／brief ferry").
// The console read it as a remark ("Not taken as a question") and a mention as a question about no
// story, never as the command or a mistyped one. The opening word is now read NFKC-normalised.
const { dir } = tempStoreCli('newsbrief-full-width-', pool);

it('the console runs ／brief and ／ｂｒｉｅｆ as /brief, and names a mistyped one', async () => {
  const io = captureIo(
    { NEWSBRIEF_DB: `${dir()}/newsbrief.db`, NEWSBRIEF_LOG_LEVEL: 'silent' },
    ['／brief ferry', '／ｂｒｉｅｆ list', '／breif list'],
    pool,
  );
  expect(await runCli(['start'], io)).toBe(0);
  const out = io.out();
  const after = (line: string) => out.slice(out.indexOf(`> ${line}`) + line.length + 2).split('\n> ')[0]!;
  expect(after('／brief ferry')).toContain('== Harbour council delays vote on ferry contract');
  expect(after('／ｂｒｉｅｆ list')).toContain('== Recent stories (3 of 3) ==');
  expect(after('／breif list')).toContain('“/breif” is not a command. Did you mean /brief list?');
  expect(out).not.toContain('Not taken as a question');
});

// ux38 (session 37): a bare "／brief add" (or "@newsbrief /brief add") ran as a command with no
// text ("Paste the article…") and the article typed after it was read line by line as questions.
it('a bare ／brief add opens the article as /brief add does, and a ／brief line ends it', async () => {
  const io = captureIo(
    { NEWSBRIEF_DB: `${dir()}/newsbrief.db`, NEWSBRIEF_LOG_LEVEL: 'silent' },
    [
      '／brief add',
      'Quarry lorries to use the bypass',
      '',
      'Lorries leaving the Hollins quarry will use the new bypass from March, the county said on Tuesday.',
      'The parish council had asked for the change after two years of complaints about dust and noise.',
      '／brief list',
      '@newsbrief /brief add',
      'Library opening hours extended',
      '',
      'The town library will open until eight on weekday evenings from next month, the trust said.',
      'Its chair said the longer hours were paid for by a grant from the district council this year.',
      '.',
    ],
    pool,
  );
  expect(await runCli(['start'], io)).toBe(0);
  const out = io.out();
  expect(out).toContain('Added: “Quarry lorries to use the bypass” (#4)');
  expect(out).toContain('Added: “Library opening hours extended” (#5)');
  expect(out.slice(out.indexOf('> ／brief list'))).toContain('Quarry lorries to use the bypass');
  expect(out).not.toContain('Not taken as a question');
});

let t: TestApp | undefined;
afterEach(() => t?.close());

function responder(): { responder: TurnResponder; posted: Reply[] } {
  const posted: Reply[] = [];
  return {
    posted,
    responder: {
      async post(reply): Promise<PostedMessage> {
        posted.push(reply);
        return { channelId: 'slack:C1', messageRef: `r${posted.length}`, threadRef: `r${posted.length}` };
      },
      async postPrivately(reply) {
        posted.push(reply);
      },
      apology: () => 'sorry',
      describeError: (error) => ({ message: String(error) }),
    },
  };
}

const mention = (text: string): ChatTurn => ({
  platform: 'slack',
  channelId: 'slack:C1',
  userId: 'slack:U1',
  kind: 'mention',
  text,
  eventKeys: [],
  log: silentLogger(),
});

const FERRY = `${import.meta.dirname}/../../samples/harbour-ferry-contract.txt`;

it('a mention opening with ／brief runs the command', async () => {
  t = await makeTestApp({ articles: [FERRY] });
  const listed = responder();
  await dispatchChatTurn(t.app, mention('／brief list'), listed.responder);
  expect(replyText(listed.posted[0]!)).toContain('Harbour council delays vote on ferry contract');
});

it('control: /brief list in a mention and a plain mention question are unchanged', async () => {
  t = await makeTestApp({ articles: [FERRY] });
  const listed = responder();
  await dispatchChatTurn(t.app, mention('/brief list'), listed.responder);
  expect(replyText(listed.posted[0]!)).toContain('Harbour council delays vote on ferry contract');
  // A question said to the bot outside a thread is about no story yet, as before.
  const asked = responder();
  await dispatchChatTurn(t.app, mention('who paid?'), asked.responder);
  expect(replyText(asked.posted[0]!)).not.toContain('Recent stories');
});

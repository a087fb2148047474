import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/create-logger';
import { startConsoleChat } from '../../src/platforms/console/start-console-chat';
import { makeTestApp, type TestApp } from '../support/make-test-app';

const BRIDGE = [
  'The county closed the old river bridge on Monday after inspectors found cracks in two of its supports, officials said.',
  '"We will not reopen it until we are sure it is safe," said county engineer Maria Lopez, who leads the repair team.',
  'Repairs could take six months, and a ferry will carry foot passengers in the meantime, the county said.',
].join('\n\n');

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0)) await step();
});

/** The transcript a pipe of these lines gets. */
async function transcript(lines: string[]): Promise<string> {
  const t: TestApp = await makeTestApp();
  cleanup.push(() => t.close());
  await t.app.ingest({ source: 'bridge.txt', title: 'County shuts river bridge after cracks found', text: BRIDGE });
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk) => (out += String(chunk)));
  const input = Readable.from(lines.map((l) => `${l}\n`));
  const chat = startConsoleChat({ app: t.app, input, output, logger: silentLogger(), interactive: false });
  await chat.done;
  return out;
}

/** What the console printed after the line typed last-but-`n`… up to the next echo. */
function replyTo(out: string, typed: string, nth = 0): string {
  const parts = out.split(`> ${typed}\n`);
  return (parts[nth + 1] ?? '').split('\n> ')[0]!;
}

const NAMED = 'From #1 “County shuts river bridge after cracks found”, the story briefed last:';

describe('the console after a /brief that briefs no story', () => {
  it('the next reply names the story it answers from', async () => {
    const out = await transcript(['/brief bridge', '/brief #40', 'who leads the repair team?']);
    expect(replyTo(out, '/brief #40')).toContain('There is no story #40.');
    const reply = replyTo(out, 'who leads the repair team?');
    expect(reply.startsWith(`${NAMED}\n`)).toBe(true);
    expect(reply).toContain('Maria Lopez');
  });

  it('a story search with no match names it too, once: the question after is answered plainly', async () => {
    const out = await transcript([
      '/brief bridge',
      '/brief tramway',
      'who leads the repair team?',
      'how long will repairs take?',
    ]);
    expect(replyTo(out, 'who leads the repair team?')).toContain(NAMED);
    expect(replyTo(out, 'how long will repairs take?')).not.toContain('From #1');
  });

  it('a hint in between ("thanks") does not spend the name: the answer after it carries it', async () => {
    const out = await transcript(['/brief bridge', '/brief #40', 'thanks', 'who leads the repair team?']);
    expect(replyTo(out, 'thanks')).toContain('Not taken as a question');
    expect(replyTo(out, 'thanks')).not.toContain('From #1');
    const reply = replyTo(out, 'who leads the repair team?');
    expect(reply.startsWith(`${NAMED}\n`)).toBe(true);
    expect(reply).toContain('Maria Lopez');
  });

  it('controls: after a brief, or after /brief list, questions are answered as before', async () => {
    const out = await transcript([
      '/brief bridge',
      'who leads the repair team?',
      '/brief list',
      'how long will repairs take?',
    ]);
    expect(out).not.toContain('From #1');
    expect(replyTo(out, 'who leads the repair team?')).toContain('Maria Lopez');
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { makeTestApp } from '../support/make-test-app';
import { tempStoreCli } from '../support/temp-store-cli';

// Session 42: copy saved as UTF-8, read as Windows-1252 and saved again ("FranÃ§ois", "donâ€™t"; 13 PolNeAR train
// articles show it) was stored and analysed as it came, so names and quotes carried the garbage. Ingest repairs it
// when the text is unambiguously double-encoded, and says so; valid text is never altered. Invented copy.
const STORY = (name: string, text: string) =>
  `Harbour festival moves to the pier\n\n${name}, the festival's director, said the event would move to the pier in June. ` +
  `“We ${text} want to lose a single stall,” ${name} said. The council said it would pay for the new lighting and ` +
  'that the old car park would close for the weekend. Traders asked how much the stalls would cost this year.';
const MOJIBAKE = STORY('FranÃ§ois MÃ¼ller', 'donâ€™t');
const REPAIRED = STORY('François Müller', 'don’t');
/** Valid copy the repair must leave alone: accents, Polish, Greek, an emoji, curly quotes and a pound sign. */
const VALID = `${STORY('Zofia Łękawa-Müller', 'don’t')} “Ça va”, said Ελένη Παπαδοπούλου, 👍 at £5 a café crème.`;

it('`/brief add` of double-encoded copy stores it repaired and says so; valid copy is stored as pasted', async () => {
  const t = await makeTestApp();
  try {
    const ctx = { channelId: 'console', userId: 'console:U1', app: t.app };
    const added = renderConsoleReply(await runBriefCommand(`add ${MOJIBAKE}`, ctx));
    expect(added).toMatch(/^Added: /);
    expect(added).toContain(
      'Note: its text had been saved in the wrong encoding (“Ã©” for “é”); 5 characters repaired before storing',
    );
    expect((await t.store.articles.get(1))?.text).toBe(REPAIRED);
    // Control: nothing in valid copy reads as double-encoded, so it is stored byte for byte, without a note.
    const valid = renderConsoleReply(await runBriefCommand(`add ${VALID}`, ctx));
    expect(valid).toMatch(/^Added: /);
    expect(valid).not.toContain('Note:');
    expect((await t.store.articles.get(2))?.text).toBe(VALID);
  } finally {
    await t.close();
  }
});

const { cli, dir } = tempStoreCli('newsbrief-double-encoded-');

it('`newsbrief ingest` of a double-encoded file repairs it with a warning on its line; a valid file has none', async () => {
  writeFileSync(join(dir(), 'garbled.txt'), MOJIBAKE);
  writeFileSync(join(dir(), 'valid.txt'), VALID);
  const run = await cli(['ingest', join(dir(), 'garbled.txt'), join(dir(), 'valid.txt')]);
  expect(run.code).toBe(0);
  const lines = run.out.trim().split('\n');
  expect(lines.find((l) => l.includes('garbled.txt'))).toContain(
    '— warning: its text had been saved in the wrong encoding',
  );
  expect(lines.find((l) => l.includes('valid.txt'))).not.toContain('warning');
  const brief = await cli(['brief', 'harbour festival']);
  expect(brief.out).toContain('François Müller');
  expect(brief.out).not.toContain('Ã');
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { consoleSession } from '../support/console-session';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { useTestDatabase } from '../support/shared-postgres';

// Session 41 (issues 12 and 13): the thread kept only its last answer's cited sentences, so a follow-up that leans on
// an earlier question could not be read: "and why?" after "when did he resign?", "what about the mayor?", and "they"
// after an answer about one body. The thread now keeps its last three questions, as read, with what each cited. Invented copy: a man who resigned (the reason given), one
// body (a trust) quoted through its spokesman, and a councillor whose sentence names no organisation.
const HARBOUR = `Elmouth mayor resigns over ferry deal

Mayor Tom Reed resigned on Monday, two days after the ferry contract vote.

He resigned because the council had rejected his ferry deal, officials said.

The Elmouth Harbour Trust said it would appeal against the decision in the spring.

"We will take this to the courts," a spokesman for the Elmouth Harbour Trust said.

Councillor Ann Ode said the vote had been fair and that the council would not reopen it.
`;

const database = useTestDatabase();
let t: TestApp | undefined;
afterEach(() => t?.close());

const stores: Array<[string, () => Promise<AsyncStore | undefined>]> = [
  ['SQLite', async () => undefined],
  ['PostgreSQL', () => openPostgresStore({ url: database().url, schema: database().freshSchema(), poolSize: 2 })],
];

describe.each(stores)('on %s', (_, store) => {
  async function consoleSays(lines: string[]): Promise<string[]> {
    const file = join(mkdtempSync(join(tmpdir(), 'nb-thread-memory-')), 'harbour.txt');
    writeFileSync(file, HARBOUR);
    const given = await store();
    t = await makeTestApp({ articles: [file], ...(given ? { store: given } : {}) });
    return consoleSession(t.app, ['/brief elmouth mayor', ...lines]);
  }

  test('"and why?" and "what about …?" are the last question asked anew, and said so', async () => {
    const [, when, why, mayor] = await consoleSays(['when did Tom Reed resign?', 'and why?', 'what about the mayor?']);
    expect(when).toMatch(/resigned on Monday/);
    expect(why).toMatch(/Taking “and why\?” as “why did Tom Reed resign\?”, after the last question\./);
    expect(why).toMatch(/rejected his ferry deal/);
    // The question as read is what the thread keeps: the next one leans on "why did Tom Reed resign?".
    expect(mayor).toMatch(/Taking “what about the mayor\?” as “why did the mayor resign\?”/);
  });

  test('"they" is the one body the last answer named; after an answer naming none, the reply says so', async () => {
    const [, , appeal, , none] = await consoleSays([
      'what will the trust do?',
      'when will they appeal?',
      'what did Ann Ode say?',
      'what did they say?',
    ]);
    expect(appeal).toMatch(
      /Taking “they” as the Elmouth Harbour Trust, which the last answer named \(asked as “when will the Elmouth Harbour Trust appeal\?”\)\./,
    );
    expect(appeal).toMatch(/in the spring/);
    expect(none).toMatch(/I couldn't tell whom “they” means: the last answer named no group or body\./);
  });

  test('control (same on main): "and when?" opening the thread asks nothing, and is told what to ask', async () => {
    const [, first] = await consoleSays(['and when?']);
    expect(first).toMatch(/asks nothing I can look up/);
  });

  // Review s43 B-r43-7: "what about …?" there was answered as a new search with no word of how it was read.
  test('"and when?" after a question it cannot reuse says so; "what about …?" there gives what the article says of it, said so', async () => {
    // Session 44: "who resigned?" is now asked again of the one its answer has resigning (thread-relative-doer); a
    // question with no subject to swap keeps the refusal.
    const [, , after, about] = await consoleSays(['what happened on Monday?', 'and when?', 'what about the deal?']);
    expect(after).toMatch(
      /I couldn't tell what “and when\?” asks after: the last question \(“what happened on Monday\?”\)/,
    );
    expect(about).toMatch(
      /Taking “what about the deal\?” as what the article says about the deal: the last question \(“what happened on Monday\?”\) is not one I can ask again of someone else\./,
    );
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { consoleSession } from './console-session';
import { makeTestApp, type TestApp } from './make-test-app';

/** One invented story typed at the console: its copy (headline first) and the lines typed before a test's own. */
export interface ConsoleStory {
  /** The article, headline on its first line, ingested into a fresh store for each session. */
  copy: string;
  /** Typed first when given ("/brief dunmore pools"): the brief whose thread the test's lines ask in. */
  brief?: string;
}

/**
 * For a thread test file: a function that ingests the story into a fresh app, types the lines into one console
 * session, and gives back one reply per line (the brief's reply first when `brief` is set). The app is closed after
 * each test. A call may give another story in place of the file's (`{ copy }` for the same thread with a line added).
 */
export function useConsoleStory(
  story: ConsoleStory,
): (lines: string[], instead?: Partial<ConsoleStory>) => Promise<string[]> {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });
  return async (lines, instead = {}) => {
    const { copy, brief } = { ...story, ...instead };
    const file = join(mkdtempSync(join(tmpdir(), 'nb-console-story-')), 'story.txt');
    writeFileSync(file, copy);
    t = await makeTestApp({ articles: [file] });
    return consoleSession(t.app, brief === undefined ? lines : [brief, ...lines]);
  };
}

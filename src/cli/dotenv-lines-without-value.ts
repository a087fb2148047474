import { readFileSync } from 'node:fs';

/**
 * Lines of .env files that dotenv passes over but that name one of our settings, one problem
 * each: `NEWSBRIEF_DB /srv/newsroom.db` (a space for the "=") left the store at its default path,
 * and `SLACK_BOT_TOKEN xoxb-…` started a console chat, without a word. Only the name and the line
 * number are reported, never the value (it may be a token). Comments, blank lines, other tools'
 * lines and the forms dotenv reads (`KEY=v`, `export KEY=v`, `KEY: v`) pass.
 */
export function dotenvLinesWithoutValue(
  files: readonly string[],
  parse: (line: string) => Record<string, string>,
  settings: readonly string[],
): string[] {
  const ours = new Map(settings.map((name) => [name.toUpperCase(), name]));
  const problems: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    lines.forEach((line, at) => {
      const name = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_=:])/.exec(line)?.[1];
      const setting = name === undefined ? undefined : ours.get(name.toUpperCase());
      if (setting === undefined || Object.keys(parse(line)).length > 0) return;
      problems.push(`${name} (line ${at + 1} of ${file}): has no "=", so it was not read; write ${setting}=<value>`);
    });
  }
  return problems;
}

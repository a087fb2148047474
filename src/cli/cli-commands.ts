/** One CLI command as `help` and `<command> --help` describe it. */
export interface CliCommandInfo {
  name: string;
  /** Usage lines, without the leading `newsbrief `. */
  usage: string[];
  summary: string;
  /** Further lines for `<command> --help`. */
  details?: string[];
  /** Full command lines; they use the stored sample stories, so they work on a first run. */
  examples: string[];
}

/** Every command, in the order `help` lists them. Examples only use the samples in samples/. */
export const CLI_COMMANDS: readonly CliCommandInfo[] = [
  {
    name: 'start',
    usage: ['start'],
    summary: 'Run the bot: Slack / Discord when their tokens are set, the scheduler, and a console chat otherwise.',
    details: [
      'The console reads /brief lines typed at a prompt (with line editing and history), or from a pipe.',
      'On first run it stores the sample stories in samples/. Stop with quit, Ctrl-D or Ctrl-C.',
    ],
    examples: ['newsbrief start', "printf '/brief ferry\\nwho chairs the finance committee?\\n' | newsbrief start"],
  },
  {
    name: 'ingest',
    usage: ['ingest <file | folder | url>... [--json]'],
    summary: 'Store articles: .txt .md .html files, folders of them, links.',
    details: [
      'An article needs at least 200 characters of prose: a pasted attachment, encoded data, a dump of',
      'figures or a file of links is refused with the reason (give a link itself to fetch its page). A story',
      'stored already is listed as "already #<id>", not stored twice ("(analysis refreshed)" when an older',
      'engine had analysed it and it was redone). Bad items get their own error line; the rest are stored.',
    ],
    examples: ['newsbrief ingest samples', 'newsbrief ingest samples/library-sunday-hours.txt --json'],
  },
  {
    name: 'list',
    usage: ['list [--limit <n>] [--json]'],
    summary: 'The most recently added stories, newest first, with their ids.',
    examples: ['newsbrief list', 'newsbrief list --limit 50'],
  },
  {
    name: 'brief',
    usage: ['brief <words from the story | id> [--json]'],
    summary: 'Brief the best-matching stored story: summary, key quotes, open questions, who is who.',
    examples: ['newsbrief brief ferry', 'newsbrief brief 2 --json'],
  },
  {
    name: 'ask',
    usage: ['ask <words from the story | id> "<question>" [--json]', 'ask --file <path> "<question>" [--json]'],
    summary: 'Answer a question from a stored story or a file, citing its sentences.',
    details: [
      'The question comes last, in quotes. --json prints {answer, sentenceIds}; answer null when the article does not say.',
    ],
    examples: [
      'newsbrief ask ferry "who chairs the finance committee?"',
      'newsbrief ask --file samples/library-sunday-hours.txt "when will the libraries close?" --json',
    ],
  },
  {
    name: 'analyze',
    usage: ['analyze <file | folder>... [--json]'],
    summary: 'The full analysis of article files, without storing them.',
    details: ['--json prints one JSON object per file per line, with `file` and every field of the analysis.'],
    examples: ['newsbrief analyze samples/harbour-ferry-contract.txt', 'newsbrief analyze samples --json'],
  },
  {
    name: 'delete',
    usage: ['delete <id>... [--json]'],
    summary: 'Remove stored stories with their analyses, search entries and resolved questions (find ids with list).',
    details: [
      "A model's cached results for the story's text go too (and for any earlier text of it, replaced when its",
      "page changed), so nothing made from the text is kept. A question asked in a deleted story's thread is told",
      'it is gone; a follow-up of it posts once that it is gone, then stops. For a legal takedown, docs/deploy.md',
      'says how to rewrite the database files without the deleted bytes, and which copies to reach.',
    ],
    examples: ['newsbrief delete 3', 'newsbrief delete 3 4 --json'],
  },
  {
    name: 'schedules',
    usage: ['schedules [--json]'],
    summary: 'Every follow-up and digest schedule, with its next slot and last post in its own time zone.',
    examples: ['newsbrief schedules'],
  },
  {
    name: 'tick',
    usage: ['tick --at <ISO 8601 time with zone> [--json]'],
    summary:
      'Post, once, every scheduled slot due at that simulated moment (printed here when no Slack or Discord token is set).',
    details: [
      'The time needs a zone: Z or ±hh:mm. Only slots due at that moment are posted; missed slots are',
      'caught up or skipped by the running bot, never by a tick.',
    ],
    // A literal time: `$(date -d tomorrow …)` needs GNU date, and fails on macOS and BSD shells.
    examples: ['newsbrief tick --at 2026-12-02T09:00:00Z', 'newsbrief tick --at 2026-12-02T09:00:00+01:00 --json'],
  },
  {
    name: 'migrate',
    usage: ['migrate [--database <postgres-url | sqlite-path>]'],
    summary: "Bring the database's schema up to this version (start does it too when the schema is behind).",
    examples: ['newsbrief migrate'],
  },
  {
    name: 'export',
    usage: ['export <file.jsonl | -> [--from <postgres-url | sqlite-path>] [--force]'],
    summary: "Write a newsroom's data (stories, analyses, threads, schedules, feeds) to one JSON Lines file.",
    details: ['An existing file is replaced only with --force; the file appears only once the export is complete.'],
    examples: ['newsbrief export newsroom.jsonl', 'newsbrief export newsroom.jsonl --force'],
  },
  {
    name: 'import',
    usage: ['import <file.jsonl | -> [--to <postgres-url | sqlite-path>]'],
    summary: 'Load an export into an empty database, ids and thread links intact.',
    details: [
      'Without --to, the database is the configured one. For PostgreSQL, give its URL:',
      '--to postgres://<user>@<host>/<database>. - reads the export from standard input.',
    ],
    // Examples run as written, after the export example above: a server address would not.
    examples: ['newsbrief import newsroom.jsonl --to newsroom-copy.db'],
  },
  {
    name: 'register-discord',
    usage: ['register-discord'],
    summary: 'Register the /brief command with Discord (to DISCORD_GUILD_ID when set, else globally).',
    examples: ['newsbrief register-discord'],
  },
  {
    name: 'eval',
    usage: ['eval [--dir <eval folder>] [--json]'],
    summary: 'Score the engine on the labelled evaluation data (default ../shared/eval).',
    examples: ['newsbrief eval', 'newsbrief eval --dir ../shared/eval --json'],
  },
  {
    name: 'help',
    usage: ['help [<command>]', '<command> --help', '--version'],
    summary: 'This text, or one command in detail; the version.',
    examples: ['newsbrief help ask'],
  },
];

export function findCliCommand(name: string): CliCommandInfo | undefined {
  return CLI_COMMANDS.find((c) => c.name === name);
}

/** `newsbrief help`: every command with its first example. */
export function overviewHelp(): string {
  const rows = CLI_COMMANDS.flatMap((c) => [
    ...c.usage.map((u) => `  ${u}`),
    `      ${c.summary}`,
    ...(c.examples[0] ? [`      e.g. ${c.examples[0]}`] : []),
  ]);
  return [
    'newsbrief — instant, trustworthy story briefings for newsrooms',
    '',
    'Usage: newsbrief <command> [options]',
    '',
    ...rows,
    '',
    'Run `newsbrief <command> --help` for one command. Settings come from the environment or a .env',
    'file (see .env.example); the database is NEWSBRIEF_DB (relative paths are inside the newsbrief folder),',
    'or PostgreSQL when NEWSBRIEF_DATABASE_URL is set.',
    '',
  ].join('\n');
}

/** `newsbrief <command> --help`. */
export function commandHelp(info: CliCommandInfo): string {
  return [
    `newsbrief ${info.name} — ${info.summary}`,
    '',
    'Usage:',
    ...info.usage.map((u) => `  newsbrief ${u}`),
    ...(info.details ? ['', ...info.details] : []),
    '',
    'Examples:',
    ...info.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/** The known command closest to a mistyped one, if any is close enough to be what was meant. */
export function closestCommand(typed: string): string | undefined {
  return closestName(
    typed,
    CLI_COMMANDS.map((c) => c.name),
  );
}

/** The name a typo most likely meant (a few edits away, fewer for short names), if any. */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typed.toLowerCase(), name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(1, Math.min(3, Math.floor(best.name.length / 2))) ? best.name : undefined;
}

/** Optimal string alignment distance: edits, counting a swap of neighbours as one ("brfe" → "brief" is 2). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

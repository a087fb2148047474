/** What a Markdown file's front matter says of its story, and the body after it. */
export interface FrontMatter {
  title?: string;
  author?: string;
  date?: string;
  body: string;
}

/** Front matter longer than this is not looked for: the search stays bounded on any file. */
const MAX_FRONT_MATTER = 16_384;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * The YAML front matter a Markdown file opens with (Jekyll, Hugo, Obsidian, many CMS exports:
 * "---", `title: …` lines, "---"), read for its title, author and date; undefined when the file
 * has none. Without this the story was stored as "---" with its settings as its first paragraph.
 * Only top-level `key: value` lines are read; nested and list lines are passed over. A file that
 * opens with a rule ("---") followed by prose is not front matter: every top-level line must be
 * a `key: value`.
 */
export function markdownFrontMatter(source: string): FrontMatter | undefined {
  if (!/^---[ \t]*\n/.test(source)) return undefined;
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source.slice(3, MAX_FRONT_MATTER));
  if (!close) return undefined;
  const fields = new Map<string, string>();
  for (const line of source.slice(source.indexOf('\n') + 1, 3 + close.index).split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#') || /^[ \t]/.test(line) || line.startsWith('- ')) continue;
    const pair = KEY_VALUE.exec(line);
    if (!pair) return undefined;
    fields.set(pair[1]!.toLowerCase(), unquoted(pair[2]!.trim()));
  }
  if (fields.size === 0) return undefined;
  const pick = (...keys: string[]) => keys.map((key) => fields.get(key)).find((value) => value);
  return {
    title: pick('title', 'headline'),
    author: pick('author', 'byline', 'by'),
    date: pick('date', 'published', 'publishdate', 'published_at', 'pubdate'),
    body: source.slice(3 + close.index + close[0].length),
  };
}

function unquoted(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return (quoted ? quoted[2]! : value).trim();
}

import { frontMatterDate } from './front-matter-date';

/** What a Markdown file's front matter says of its story, and the body after it; `note`: what was left out, and why. */
export interface FrontMatter {
  title?: string;
  author?: string;
  date?: string;
  note?: string;
  body: string;
}

/** Front matter longer than this is not looked for: the search stays bounded on any file. */
const MAX_FRONT_MATTER = 16_384;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * The YAML front matter a Markdown file opens with (Jekyll, Hugo, Obsidian, many CMS exports:
 * "---", `title: …` lines, "---"), read for its title, author and date; undefined when the file
 * has none. Without this the story was stored as "---" with its settings as its first paragraph.
 * Top-level `key: value` lines are read, and a key's list of plain values, block ("author:" then
 * "  - Nadia Okafor" lines) or flow ("authors: [A, B]"), as Hugo and many CMS exports write authors;
 * other nested lines are passed over. A file that opens with a rule ("---") followed by prose is not
 * front matter: every top-level line must be a `key: value` or a list item.
 */
export function markdownFrontMatter(source: string): FrontMatter | undefined {
  if (!/^---[ \t]*\n/.test(source)) return undefined;
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source.slice(3, MAX_FRONT_MATTER));
  if (!close) return undefined;
  const fields = new Map<string, string>();
  const lists = new Map<string, string[]>();
  let key: string | undefined;
  for (const line of source.slice(source.indexOf('\n') + 1, 3 + close.index).split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    // "  - Nadia Okafor" under "author:": an item of the key just opened with no value.
    const item = /^[ \t]*- +(.*)$/.exec(line);
    if (item && key !== undefined && fields.get(key) === '') lists.get(key)!.push(unquoted(item[1]!.trim()));
    if (item || /^[ \t]/.test(line)) continue;
    const pair = KEY_VALUE.exec(line);
    if (!pair) return undefined;
    key = pair[1]!.toLowerCase();
    const value = pair[2]!.trim();
    const flow = /^\[(.*)\]$/.exec(value);
    fields.set(key, flow ? '' : unquoted(value));
    lists.set(key, flow ? flowItems(flow[1]!).map(unquoted) : []);
  }
  if (fields.size === 0) return undefined;
  const pick = (...keys: string[]) =>
    keys.map((k) => fields.get(k) || joinedNames(lists.get(k) ?? [])).find((value) => value);
  const written = pick('date', 'published', 'publishdate', 'published_at', 'pubdate');
  const { date, note } = written ? frontMatterDate(written) : {};
  const author = pick('author', 'authors', 'byline', 'by');
  // "authors:" then "  - name: Nadia Okafor" entries: a list given but no plain name in it is said, not dropped.
  const listed = ['author', 'authors', 'byline', 'by'].some((k) => (lists.get(k) ?? []).length > 0);
  const lost = !author && listed ? "the front matter's author list was not understood and was left out" : undefined;
  const notes = [note, lost].filter(Boolean).join('; ');
  return {
    title: pick('title', 'headline'),
    author,
    date,
    ...(notes ? { note: notes } : {}),
    body: source.slice(3 + close.index + close[0].length),
  };
}

/**
 * "Nadia Okafor and Tom Reed", "A, B and C": a byline of the plain names listed (a nested entry is no name).
 * A name written "Okafor, Nadia" is printed as written, not re-ordered: the comma may not mean "Surname, First"
 * ("Reed, Jr." or "Okafor, Editor"), and a wrong re-ordering would misname the writer. With such a name in the list
 * every name is parted by "; " and no "and", so no comma or "and" can be read as a name's end: "Okafor, Nadia and
 * Tom Reed" read as three people (reviews B-r39-8, B-r40-15).
 */
function joinedNames(items: readonly string[]): string {
  const names = items.filter((name) => name !== '' && !/[:{}[\]]/.test(name));
  if (names.some((name) => name.includes(','))) return names.join('; ');
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The items of a YAML flow sequence's inside, split on commas outside quotes: ["Okafor, Nadia", "Reed, Tom"]. A quote
 * opens an item only as its first non-space character, as in YAML: the apostrophe of "Dara O'Brien" opens nothing
 * (review B-r40-6). In a single-quoted item "''" is one apostrophe, so it closes and at once reopens the quote.
 */
function flowItems(inside: string): string[] {
  const items = [''];
  let quote = '';
  let justClosed = '';
  for (const char of inside) {
    const item = items[items.length - 1]!;
    if (quote === '' && char === ',') items.push('');
    else items[items.length - 1] = item + char;
    const closing = quote !== '' && char === quote;
    if (closing) quote = '';
    else if (quote === '' && ((item.trim() === '' && /["']/.test(char)) || (char === "'" && justClosed === "'")))
      quote = char;
    justClosed = closing ? char : '';
  }
  return items.map((item) => item.trim());
}

/** A value without its quotes; in a single-quoted value "''" is one apostrophe, as YAML reads it. */
function unquoted(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (!quoted) return value.trim();
  return (quoted[1] === "'" ? quoted[2]!.replaceAll("''", "'") : quoted[2]!).trim();
}

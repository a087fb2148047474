import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WEEKDAY = /^[a-z]+_(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** WordNet's lexicographer file of time nouns (noun.time): days, not people ("girl Friday", "Billy Sunday"). */
const NOUN_TIME = '28';

/**
 * Days WordNet names with a weekday, read as times after "on" ("said on Good Friday", "posted on Ash Wednesday"):
 * a two-word noun ending in a weekday whose first sense is a time noun. A capitalised word before a weekday is
 * otherwise a medium ("said on Twitter Thursday"), so the names come from the lexicon, not the copy's casing.
 */
export function namedDays(dict: string): string[] {
  const data = readFileSync(join(dict, 'data.noun'));
  const days: string[] = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    const f = line.trim().split(' ');
    if (!WEEKDAY.test(f[0] ?? '')) continue;
    const senses = Number.parseInt(f[2]!, 10);
    const first = Number.parseInt(f[f.length - senses]!, 10);
    const entry = data.toString('utf8', first, first + 40).split(' ');
    if (entry[1] === NOUN_TIME) days.push(f[0]!);
  }
  return days.sort();
}

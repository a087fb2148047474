import { HONORIFICS } from './honorifics';
import { literalMatches, literalPattern } from './literal-matches';
import { occupationNoun } from './occupation-noun';
import { postHead } from './post-head';

/**
 * The post after "the", its comma and up to two words of address right before the name, and the comma closing the
 * apposition: read from the name's occurrences, compiled once (who is who asks this of every name on a roster).
 */
const ADDRESSED = literalPattern('\\bthe\\s+((?:[a-z][a-z-]*\\s+){0,3}([a-z][a-z-]*)),\\s+((?:\\S+\\s+){1,2})', ',');

/**
 * "had approached the provincial development coordinator, Mrs Jane Roe, in February": a lower-case post after "the"
 * whose apposition, closed by a comma, is a form of address and the whole name is that person's role wherever the
 * phrase stands (audit 62, B-a62-11). The form of address is what makes the name the post's own: a bare name after
 * the comma may open a clause of its own ("To reach the minister, Roe drove …"). The post must end on a post's head
 * or a noun WordNet calls an occupation ("coordinator").
 */
export function addressedApposition(name: string, text: string): string | null {
  if (!name.includes(' ')) return null;
  for (const m of literalMatches(text, name, ADDRESSED)) {
    const address = m[3]!.trim().split(/\s+/);
    if (!address.every((w) => HONORIFICS.has(w))) continue;
    if (postHead(m[2]!) || occupationNoun(m[2]!)) return m[1]!;
  }
  return null;
}

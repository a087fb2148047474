import { subjectAside } from './holds-main-verb';
import { interruptingClause } from './interrupting-clause';
import { openRelativeAside } from './open-relative-aside';

/**
 * Whether the comma ending words[i] closes an aside, so that no clause ends there and a passage cut at it would lose
 * the verb that follows: a verbless aside after a relative "that," (sample 36's #49), or a participle aside on the
 * passage's subject ("An Istanbul-based professor, accused by the Turkish government of …, is at the center of …",
 * sample 37's #18), or either comma of a subordinate clause interrupting its clause (sample 42's #29).
 */
export function asideComma(words: readonly string[], from: number, i: number): boolean {
  return (
    openRelativeAside(words.slice(Math.max(from, i - 12), i + 1).join(' '), words[i + 1]) ||
    subjectAside(words.slice(from, i + 1).join(' ')) ||
    interruptingClause(words, from, i)
  );
}

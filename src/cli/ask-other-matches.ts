import { terminalSafeText } from '../platforms/console/terminal-safe-text';
import type { ArticleHit } from '../store/article-repository';
import { shellQuoted } from './shell-quoted';

/** More would bury the answer; the brief of the same words lists them all. */
const SHOWN = 3;

/**
 * `ask council "when is the budget set?"` with "council" in two stories answered from the best
 * match without a word on which one, though the other held the answer ("due to set its budget on 3
 * March"). Where the words match more than one story, this names the story the answer comes from
 * and offers the others by id with the same question; for stderr, so stdout stays the answer.
 */
export function askOtherMatches(
  answered: { id: number; title: string },
  others: readonly ArticleHit[],
  query: string,
  question: string,
): string {
  if (others.length === 0) return '';
  const title = (t: string) => `“${terminalSafeText(t)}”`;
  const offered = others
    .slice(0, SHOWN)
    .map((o) => `  #${o.id} ${title(o.title)}: newsbrief ask ${o.id} ${shellQuoted(question)}`);
  const more =
    others.length > SHOWN ? [`  and ${others.length - SHOWN} more: newsbrief brief ${shellQuoted(query)}`] : [];
  return [
    `Answered from #${answered.id} ${title(answered.title)}; “${terminalSafeText(query)}” also matches:`,
    ...offered,
    ...more,
  ]
    .join('\n')
    .concat('\n');
}

/** The same for --json: which story answered, and the others (id and title), only when there are others. */
export function askOtherMatchesJson(answered: { id: number; title: string }, others: readonly ArticleHit[]) {
  if (others.length === 0) return {};
  return {
    story: { id: answered.id, title: answered.title },
    others: others.map(({ id, title }) => ({ id, title })),
  };
}

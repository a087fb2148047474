/** The hand-read sample's seeded draw (sample-questions.ts): which article and question each row reads. */

import { seededRandom } from './seeded-random';

export interface DrawnQuestion {
  article: string;
  /** Position of the article in the seeded shuffle. */
  position: number;
  question: number;
}

/**
 * Seeded draw: Fisher–Yates over the article ids, then one question per article from `from` on.
 * `questionCount` says how many questions an article has (0 skips it).
 */
export function drawQuestions(
  articles: readonly string[],
  questionCount: (article: string) => number,
  options: { seed: number; n: number; from: number },
): DrawnQuestion[] {
  return drawAmong(articles, (article) => [...Array(questionCount(article)).keys()], options);
}

/**
 * The same seeded walk, picking among the question indices `choices` gives (none skips the
 * article). With every index it is `drawQuestions`: the pick stream draws once per position.
 * `drew` hears each pick before the walk asks `choices` of the next article.
 */
export function drawAmong(
  articles: readonly string[],
  choices: (article: string) => readonly number[],
  options: { seed: number; n: number; from: number },
  drew?: (drawn: DrawnQuestion) => void,
): DrawnQuestion[] {
  const random = seededRandom(options.seed);
  const order = [...articles].sort();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // A second stream for the question index, so the shuffle never depends on the engine's output.
  const pick = seededRandom(options.seed ^ 0x5bd1e995);
  const drawn: DrawnQuestion[] = [];
  for (let position = options.from; position < order.length && drawn.length < options.n; position++) {
    const article = order[position]!;
    const open = choices(article);
    const r = pick();
    if (open.length === 0) continue;
    const one = { article, position, question: open[Math.floor(r * open.length)]! };
    drawn.push(one);
    // The caller may count what was just drawn as read, so a later position's copy of it is not drawn again.
    drew?.(one);
  }
  return drawn;
}

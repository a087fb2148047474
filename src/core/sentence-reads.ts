import type { ArticleYear } from './article-year';

/**
 * What the kind gates derive from one sentence, each read once however many cue matches in it ask (linear time
 * on hostile copy), and kept only while that sentence is judged: findCues makes one per sentence, so nothing read
 * from one article's copy outlives it in module state (review s38 B-r38-13).
 */
export class SentenceReads {
  readonly #memo = new Map<(text: string) => unknown, unknown>();

  /** The article's year (article-year.ts), looked up once per article, not read from this sentence. */
  constructor(
    readonly text: string,
    readonly year?: ArticleYear,
  ) {}

  /** `derive(text)`, computed on the first ask for this sentence. */
  once<T>(derive: (text: string) => T): T {
    if (!this.#memo.has(derive)) this.#memo.set(derive, derive(this.text));
    return this.#memo.get(derive) as T;
  }
}

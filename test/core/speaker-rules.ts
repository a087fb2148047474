import { analyzeArticle } from '../../src/core/analyze-article';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

/** Three people named before the paragraph under test, so a wrong choice has somewhere to go. */
const LEAD = 'Ted Cruz spoke in Detroit on Thursday. Marco Rubio spoke there too. So did Donald Trump.';

/** The rules' speaker and route of the quotation starting `start` (before the ranker weighs them). */
export function speakerRules(body: string, start: string): [string | undefined, string] {
  const { items } = attributeQuotes(splitSentences(cleanArticle(`Headline\n\n${LEAD}\n\n${body}`, {})));
  const item = items.find((i) => i.text.startsWith(start));
  if (!item) throw new Error(`no quotation starting "${start}"`);
  return [item.speaker?.name, item.route];
}

/** The speaker the engine prints for it. */
export function printedSpeaker(body: string, start: string): string | null | undefined {
  return analyzeArticle(`Headline\n\n${LEAD}\n\n${body}`).quotes.find((q) => q.text.startsWith(start))?.speaker;
}

import type { Analysis } from '../core/analysis-types';
import { lowerCaseWords, properWordsOf } from '../core/proper-words-of';

/** What an article's own copy says about the case of its words. */
export interface CaseWords {
  /** Words the copy writes as names (capitalised mid-sentence, or a word of a name the analysis found). */
  proper: ReadonlySet<string>;
  /** Words the copy writes in lower case somewhere. */
  lower: ReadonlySet<string>;
}

/**
 * The evidence the question templates use to tell a name from a sentence's capital, read once per reply: a
 * sentence-opening "Members" or "Supporters" is lowered after "It says only that" only when the copy itself
 * writes the word in lower case and never as a name, so "Price said…" (Owen Price) and "Wednesday…" keep theirs.
 */
export function articleCaseWords(
  analysis: Pick<Analysis, 'title' | 'sentences' | 'entities' | 'quotes' | 'statements'>,
): CaseWords {
  const texts = [analysis.title, ...analysis.sentences.map((s) => s.text)];
  const speakers = [...analysis.quotes, ...analysis.statements].flatMap((q) => (q.speaker ? [q.speaker] : []));
  const names = [...analysis.entities.map((e) => e.name), ...speakers];
  // A speaker or a person the finder read ("Banks") keeps a surname that looks like a body type's plural.
  const people = new Set([...analysis.entities.filter((e) => e.type === 'person').map((e) => e.name), ...speakers]);
  return { proper: properWordsOf(texts, names, people), lower: lowerCaseWords(texts) };
}

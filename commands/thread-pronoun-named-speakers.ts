import type { Analysis } from '../src/core/analysis-types';
import { REPORTING_VERBS } from '../src/core/speech-verbs';

/**
 * The people of the article a cited sentence names as reporters of speech ("…, and its chairman, Sam Lee, said the
 * trust would pay"): a person's full name followed (after at most a comma) by a reporting verb. The analysis holds
 * one reported statement per sentence (the first speaker, there the trust), so a thread's "he" missed the second
 * (review B-r41-21). Only names the article's who-is-who lists as people are read, so no body or place comes in.
 */
export function threadPronounNamedSpeakers(analysis: Analysis, texts: readonly string[]): string[] {
  const people = analysis.entities.filter((e) => e.type === 'person').map((e) => e.name);
  const named: string[] = [];
  for (const text of texts)
    for (const name of people) {
      let at = text.indexOf(name);
      while (at >= 0) {
        const verb = /^,?\s+(\p{Ll}+)/u.exec(text.slice(at + name.length))?.[1];
        if (verb && REPORTING_VERBS.has(verb)) named.push(name);
        at = text.indexOf(name, at + name.length);
      }
    }
  return named;
}

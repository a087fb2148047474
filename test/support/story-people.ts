import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The people who is who lists for an invented story: its title, and its paragraphs a blank line apart. The shape the
 * who-is-who tests write their copy in (seven files had each defined it).
 */
export function storyPeople(title: string, paragraphs: string[]) {
  return whoIsWho(storyAnalysis(title, paragraphs)).people;
}

/** The analysis of such a story, for a test that reads more of it than who is who's people. */
export function storyAnalysis(title: string, paragraphs: string[]): Analysis {
  return analyzeArticle(paragraphs.join('\n\n'), { title });
}

import { stemmer } from 'stemmer';
import type { Analysis } from '../core/analysis-types';
import { headlineWords } from './headline-words';

/** Shared people and headline terms needed before a newer article counts as "on the story". */
const RELEVANCE_THRESHOLD = 2;

export interface StoryFacts {
  title: string;
  analysis: Pick<Analysis, 'entities'>;
}

/**
 * How much a newer article is about the followed story: people both name (by surname) plus
 * headline terms both use (stemmed, stopwords out). One shared word ("libraries" in an
 * unrelated "online libraries" story) is not enough.
 */
function storyOverlap(story: StoryFacts, candidate: StoryFacts): number {
  const shared = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
  return shared(surnames(story), surnames(candidate)) + shared(titleTerms(story.title), titleTerms(candidate.title));
}

export function isOnTheStory(story: StoryFacts, candidate: StoryFacts): boolean {
  return storyOverlap(story, candidate) >= RELEVANCE_THRESHOLD;
}

/** Headline words, stemmed: "libraries" and "library" count as one shared term. */
function titleTerms(title: string): Set<string> {
  return new Set(headlineWords(title).map((w) => stemmer(w)));
}

function surnames(facts: StoryFacts): Set<string> {
  const names = facts.analysis.entities
    .filter((e) => e.type === 'person')
    .map((e) => e.name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '')
    .filter((n) => n.length > 1);
  return new Set(names);
}

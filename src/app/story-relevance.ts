import { stemmer } from 'stemmer';
import type { Analysis } from '../core/analysis-types';

/** Words that say nothing about which story a headline is about. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from has have he her his in into is it its of on or over she ' +
    'than that the their they this to up was were will with after amid about new says said say could ' +
    'would should may might not no yes more most less first last who what when where why how report reports ' +
    'update updates latest live today week year day'
  ).split(' '),
);

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

function titleTerms(title: string): Set<string> {
  const words =
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)).map((w) => stemmer(w)));
}

function surnames(facts: StoryFacts): Set<string> {
  const names = facts.analysis.entities
    .filter((e) => e.type === 'person')
    .map((e) => e.name.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '')
    .filter((n) => n.length > 1);
  return new Set(names);
}

import type { ArticleHit, StoredArticle } from '../store/article-repository';
import type { AsyncArticleRepository } from '../store/async/async-store';
import { leadingStoryId } from './leading-story-id';
import { isNearTitle } from './near-title';
import type { NewsbriefApp } from './newsbrief-app';
import { storyIdIn } from './story-id-in';

type StoryFinder = Pick<
  NewsbriefApp,
  'findStory' | 'findStoryByTitle' | 'storyTitle' | 'recentStories' | 'suggestStories' | 'mentionsWord'
> & {
  /** The story a query names and the store's search hits for it (none for an id), best first. */
  findStories(query: string, limit: number): Promise<FoundStories>;
};

interface FoundStories {
  article?: StoredArticle;
  hits: ArticleHit[];
}

/**
 * The ways commands name a stored story: "#12", words from it, words from its title. One path for
 * `/brief`, `follow`, `unfollow`, `resolve` and autocomplete, so the same words name the same story
 * in each. A bare number ("12", "2024") names that story when there is one, the stories its digits
 * find listed after it; else its digits are searched as words, so "/brief 2024" finds the 2024
 * budget. "#2024" is always an id.
 */
export function createStoryFinder(articles: AsyncArticleRepository): StoryFinder {
  /** The story an id names, 'words' when the query is no id (or a bare number no story has). */
  const byId = async (query: string): Promise<StoredArticle | 'words' | undefined> => {
    const id = storyIdIn(query);
    if (id === undefined) return leadingStoryId(query) === undefined ? 'words' : undefined;
    const article = await articles.get(Number(id));
    return article ?? (query.includes('#') ? undefined : 'words');
  };
  const findStories = async (query: string, limit: number): Promise<FoundStories> => {
    const named = await byId(query);
    // A bare number that names a story is read as its id, and its words still searched: once the
    // store holds story #2024, "/brief 2024" briefs it and lists the 2024 budget among the others.
    if (named !== 'words')
      return { article: named, hits: named && !query.includes('#') ? await articles.search(query, limit) : [] };
    const hits = await articles.search(query, limit);
    return { article: hits[0] && (await articles.get(hits[0].id)), hits };
  };
  // Newest first, the way the store orders them; a later page reads the pages before it too,
  // which is cheap at the few pages anyone reads.
  const recentStories = async (limit: number, offset = 0): Promise<ArticleHit[]> =>
    (await articles.recent(limit + offset)).slice(offset);
  return {
    findStories,
    findStory: async (query) => (await findStories(query, 1)).article,
    async findStoryByTitle(query) {
      const named = await byId(query);
      if (named !== 'words') return named;
      const wanted = words(query);
      if (wanted.length === 0) return undefined;
      // Body-text matches are not enough for a command that changes the story's state.
      const hit = (await articles.search(query, 20)).find((h) => {
        const title = new Set(words(h.title));
        return wanted.every((w) => title.has(w));
      });
      return hit ? articles.get(hit.id) : undefined;
    },
    storyTitle: (id) => articles.titleOf(id),
    recentStories,
    async suggestStories(partial, limit) {
      const text = partial.trim();
      if (!text) return recentStories(limit);
      // "#12 …" still being typed offers story 12.
      const named = await byId(leadingStoryId(text) === undefined ? text : `#${leadingStoryId(text)}`);
      if (named !== 'words') {
        if (!named) return [];
        const others = text.includes('#') ? [] : (await findStories(text, limit)).hits;
        return [{ ...named, score: 1 }, ...others.filter((hit) => hit.id !== named.id)].slice(0, limit);
      }
      const { hits } = await findStories(text, limit);
      if (hits.length > 0) return hits;
      // The store's trigram candidates, kept only where a word is shared or nearly typed; a few
      // extra, since some fall away.
      const near = await articles.suggest(text, limit * 3);
      return near.filter((hit) => isNearTitle(text, hit.title)).slice(0, limit);
    },
    mentionsWord: async (word) => (await articles.search(word, 1)).length > 0,
  };
}

function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

import type { ArticleHit, StoredArticle } from '../store/article-repository';
import type { AsyncArticleRepository } from '../store/async/async-store';
import { leadingStoryId } from './leading-story-id';
import { isNearTitle } from './near-title';
import type { NewsbriefApp } from './newsbrief-app';
import { storyIdIn } from './story-id-in';

type StoryFinder = Pick<
  NewsbriefApp,
  'findStory' | 'findStoryByTitle' | 'storyTitle' | 'recentStories' | 'suggestStories' | 'mentionsWord'
>;

/** The ways commands name a stored story: "#12", words from it, words from its title. */
export function createStoryFinder(articles: AsyncArticleRepository): StoryFinder {
  const byId = async (query: string): Promise<StoredArticle | undefined> => {
    const id = storyIdIn(query);
    return id === undefined ? undefined : articles.get(Number(id));
  };
  // Newest first, the way the store orders them; a later page reads the pages before it too,
  // which is cheap at the few pages anyone reads.
  const recentStories = async (limit: number, offset = 0): Promise<ArticleHit[]> =>
    (await articles.recent(limit + offset)).slice(offset);
  return {
    async findStory(query) {
      if (storyIdIn(query) !== undefined) return byId(query);
      // "#1 extra" is no search: the not-found reply offers story #1 (see suggestStories).
      if (leadingStoryId(query) !== undefined) return undefined;
      const hit = (await articles.search(query, 1))[0];
      return hit ? articles.get(hit.id) : undefined;
    },
    async findStoryByTitle(query) {
      if (storyIdIn(query) !== undefined) return byId(query);
      if (leadingStoryId(query) !== undefined) return undefined;
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
      const id = storyIdIn(text) ?? leadingStoryId(text);
      if (id !== undefined) {
        const article = await byId(`#${id}`);
        return article ? [{ ...article, score: 1 }] : [];
      }
      const hits = await articles.search(text, limit);
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

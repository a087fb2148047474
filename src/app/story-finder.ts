import type { ArticleHit, StoredArticle } from '../store/article-repository';
import type { AsyncArticleRepository } from '../store/async/async-store';
import { titleWords } from './headline-words';
import { leadingStoryId } from './leading-story-id';
import { isNearTitle } from './near-title';
import type { NewsbriefApp } from './newsbrief-app';
import { storyIdIn } from './story-id-in';

type StoryFinder = Pick<
  NewsbriefApp,
  'findStory' | 'findStoryByTitle' | 'storyTitle' | 'recentStories' | 'suggestStories' | 'mentionsWord'
> & {
  /**
   * The story a query names and the store's search hits for it (none for a "#" id), best first. A
   * bare number no story has names none, its hits offered instead, unless `yearAsWords` (the brief's
   * reading) takes a year's best hit.
   */
  findStories(query: string, limit: number, options?: { yearAsWords?: boolean }): Promise<FoundStories>;
};

interface FoundStories {
  article?: StoredArticle;
  hits: ArticleHit[];
}

/**
 * The ways commands name a stored story: "#12", words from it, words from its title. One path for
 * `/brief`, `follow`, `unfollow`, `resolve` and autocomplete, so the same words name the same story
 * in each. A bare number ("12", "2024") names that story when there is one, the stories its digits
 * find listed after it. One no story has is most likely an id typed wrong or copied from an old
 * list, and numbers are everywhere in copy ("15 January"): it names no story, and the stories
 * holding it are offered (by id), never acted on. Only `/brief` reads a year no story has as words,
 * so "/brief 2024" finds the 2024 budget. "#2024" is always an id.
 */
export function createStoryFinder(articles: AsyncArticleRepository): StoryFinder {
  /** The story an id names, 'words' when the query is no id, undefined when no story has the id. */
  const byId = async (query: string): Promise<StoredArticle | 'words' | undefined> => {
    const id = storyIdIn(query);
    if (id === undefined) return leadingStoryId(query) === undefined ? 'words' : undefined;
    return articles.get(Number(id));
  };
  const findStories: StoryFinder['findStories'] = async (query, limit, { yearAsWords = false } = {}) => {
    const named = await byId(query);
    if (named === 'words') {
      const hits = await articles.search(query, limit);
      return { article: hits[0] && (await articles.get(hits[0].id)), hits };
    }
    if (query.includes('#')) return { article: named, hits: [] };
    // A bare number is read as an id, and its digits still searched: once the store holds story
    // #2024, "/brief 2024" briefs it and lists the 2024 budget among the others.
    const hits = await articles.search(query, limit);
    if (named || !(yearAsWords && isYear(storyIdIn(query)))) return { article: named, hits };
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
      const wanted = titleWords(query);
      if (wanted.length === 0) return undefined;
      // Body-text matches are not enough for a command that changes the story's state.
      const hit = (await articles.search(query, 20)).find((h) => {
        const title = new Set(titleWords(h.title));
        return wanted.every((w) => title.has(w));
      });
      return hit ? articles.get(hit.id) : undefined;
    },
    storyTitle: (id) => articles.titleOf(id),
    recentStories,
    async suggestStories(partial, limit) {
      const text = partial.trim();
      if (!text) return recentStories(limit);
      // "#12 …" still being typed offers story 12, then the stories its words find (a "#1 show
      // this week?" read as a rank is searched as words: the not-found reply says so).
      const leading = leadingStoryId(text);
      const named = await byId(leading === undefined ? text : `#${leading}`);
      const searched = async () =>
        leading !== undefined
          ? articles.search(text, limit)
          : text.includes('#')
            ? []
            : (await findStories(text, limit)).hits;
      if (named && named !== 'words') {
        const others = await searched();
        // Whether the words found it too: "#1 Flynn" on story 1 about Flynn matched something.
        const idOnly = !others.some((hit) => hit.id === named.id);
        return [{ ...named, score: 1, idOnly }, ...others.filter((hit) => hit.id !== named.id)].slice(0, limit);
      }
      if (!named && text.includes('#')) return searched();
      // Words, or a bare number no story has: the stories holding it are offered.
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

/** A bare number read as a year ("/brief 2024"), not an id, when no story has it. */
function isYear(digits: string | undefined): boolean {
  return digits !== undefined && /^(19|20)\d\d$|^2100$/.test(digits);
}

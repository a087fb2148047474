/**
 * The year an article is written in, read once per article (review s40 B-r40-5): its stored date's year when the
 * engine has one (`dated`), else the latest year its headline and copy name, a lower bound only. Kept in a WeakMap on
 * the article object, so nothing outlives the article and every sentence's lookup is constant time.
 */
export interface ArticleYear {
  year: number;
  /** From the stored publication date, not from the copy. */
  dated: boolean;
}

interface YearSource {
  title: string;
  sentences: ReadonlyArray<{ text: string }>;
  publishedAt?: string;
}

const READ = new WeakMap<object, ArticleYear | null>();
const YEARS = /\b(?:1[89]\d\d|20\d\d)\b/g;

export function articleYear(article: YearSource): ArticleYear | undefined {
  let found = READ.get(article);
  if (found === undefined) {
    found = readYear(article);
    READ.set(article, found);
  }
  return found ?? undefined;
}

function readYear(article: YearSource): ArticleYear | null {
  const stored = /^(\d{4})-/.exec(article.publishedAt ?? '');
  if (stored) return { year: Number(stored[1]), dated: true };
  let latest = 0;
  for (const text of [article.title, ...article.sentences.map((s) => s.text)])
    for (const m of text.matchAll(YEARS)) latest = Math.max(latest, Number(m[0]));
  return latest > 0 ? { year: latest, dated: false } : null;
}

import { DETERMINER_SOURCE } from './determiners';
import { eachMatch } from './each-match';

/**
 * The year an article is written in, read once per article (review s40 B-r40-5): its stored date's year when the
 * engine has one (`dated`), else the latest year its headline and copy name in past or present narration, a lower
 * bound only: a year in a plan, hope or forecast ("hopes to start building in 2028", "will open in 2027", "by 2030")
 * is ahead of the article, so its clause is read first (B-r41-5); with no year left the challenge is kept. Kept in a WeakMap on
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
    for (const m of eachMatch(YEARS, text))
      if (!ahead(text.slice(Math.max(0, m.index - 90), m.index))) latest = Math.max(latest, Number(m[0]));
  return latest > 0 ? { year: latest, dated: false } : null;
}

/** The year's own clause (after its last comma, semicolon, colon or sentence end) looks forward. */
function ahead(lead: string): boolean {
  const clause = lead.slice(
    Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('.')) + 1,
  );
  return FORWARD.test(clause) || /\b(?:by|until|before|from)\s+(?:[A-Za-z]+\s+)?$/i.test(clause);
}
/** A future or conditional modal, a verb of planning or hoping, or an infinitive ("to open", not "to Leeds", "to the"). */
const FORWARD = new RegExp(
  String.raw`\b(?:will|shall|would|['’]ll|hopes?|hoped|hoping|plans?|planned|planning|aims?|aimed|expects?|expected|intends?|intended|forecasts?|projected|due)\b|\bto\s+(?!(?:${DETERMINER_SOURCE})\b)[a-z]+\b`,
);

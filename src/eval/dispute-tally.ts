/**
 * How often the editors flag a dispute, and how often the engine's central dispute (central-dispute.ts: two named
 * sources a few sentences apart, the second contradicting the first) is asked and cites one (issue 13: "the story's
 * central dispute as its first question"). Printed per label set by `npm run train:followups`, so a change to the
 * dispute reading is measured against the labels, not against the stories it was written from.
 */
import type { EditorArticle } from './followup-editor-data';

export interface DisputeTally {
  articles: number;
  /** Articles with at least one passage flagged `disputed`, and those passages. */
  disputedArticles: number;
  disputedPassages: number;
  /** Articles whose questions open on the central dispute. */
  asked: number;
  /** Of those, the ones citing a flagged passage, and a `disputed` one. */
  citing: number;
  citingDisputed: number;
}

/** The tally over `articles` (a label's type is read where the loader kept it; otherwise it counts as no dispute). */
export function disputeTally(articles: readonly EditorArticle[]): DisputeTally {
  const out: DisputeTally = {
    articles: 0,
    disputedArticles: 0,
    disputedPassages: 0,
    asked: 0,
    citing: 0,
    citingDisputed: 0,
  };
  for (const a of articles) {
    const disputed = (key: string): boolean => a.typeOf?.get(key) === 'disputed';
    const flagged = a.labelKeys.filter(disputed).length;
    out.articles++;
    out.disputedPassages += flagged;
    if (flagged > 0) out.disputedArticles++;
    const { dispute } = a.prepared;
    if (!dispute) continue;
    const keys = a.keysOf(dispute.sentenceIds);
    out.asked++;
    if (keys.length > 0) out.citing++;
    if (keys.some(disputed)) out.citingDisputed++;
  }
  return out;
}

/** The tally as one report line. */
export function disputeLine(articles: readonly EditorArticle[]): string {
  const t = disputeTally(articles);
  return (
    `disputes: ${t.disputedArticles} of ${t.articles} articles hold a passage flagged disputed (${t.disputedPassages} passages); ` +
    `the central dispute is asked on ${t.asked}, ${t.citing} citing a flagged passage, ${t.citingDisputed} a disputed one`
  );
}

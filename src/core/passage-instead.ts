import type { Entity, Quote, Sentence, Statement } from './analysis-types';
import { asksWhoDeclined } from './declined-parties';
import { documentQuotedNext } from './document-quoted-next';
import { figureCaption } from './figure-caption';
import { onRecordNext } from './on-record-next';
import { oughtClaim } from './ought-claim';
import { questionCut } from './question-cut';
import { reasonQuotedNext } from './reason-quoted-next';
import { sourceOwnerDropped } from './source-owner-dropped';

/** Where the phrased question stands: the article's sentences, the flagged one, its actors, quotes and statements. */
export interface PassageInsteadContext {
  sentences: Sentence[];
  index: number;
  actors: Entity[];
  quotes: Quote[];
  statements: Statement[];
}

/**
 * Whether a phrased question is shown as its passage instead, because the copy already answers what it would ask:
 * the party declined to comment, a named person takes the claim up on record next, the document is quoted next,
 * the critic's reason is quoted next, or the passage is a figure's caption; nor when it was cut to its word budget
 * (question-cut.ts), nor when asking for a named source drops whose the source is while a pronoun
 * keeps pointing at them, nor when it asks to confirm an ought (ought-claim.ts; issue 13).
 */
export function passageInstead(question: string, at: PassageInsteadContext): boolean {
  const { sentences, index, actors, quotes, statements } = at;
  return (
    asksWhoDeclined(question, sentences, actors) ||
    onRecordNext(question, sentences, index, quotes, statements) ||
    documentQuotedNext(question, sentences, index) ||
    reasonQuotedNext(question, sentences, index, quotes, statements) ||
    figureCaption(sentences, index) ||
    questionCut(question, sentences[index]?.text ?? '') ||
    sourceOwnerDropped(question, sentences[index]?.text ?? '') ||
    oughtClaim(question)
  );
}

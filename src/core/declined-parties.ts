import type { Entity, Sentence } from './analysis-types';
import { escapeRegExp } from './escape-reg-exp';
import { surname } from './mentions-entity';

/** "declined to comment", "did not respond to requests for comment", "could not be reached". */
const NO_COMMENT =
  /\b(?:declined|refused|declines|refuses) to (?:comment|respond|answer|discuss)|\b(?:did not|didn['’]t|has not|have not|had not) (?:immediately )?(?:respond|return|reply)|\bcould not (?:immediately )?be reached|\bwould not comment|\bno comment\b/i;

/** A question that asks a party for its side: "How does X answer…", "Will X comment on…", "Will X give their side?". */
const ASKS_FOR_SIDE = (name: string): RegExp =>
  new RegExp(
    `^(?:How |Why |When |What )?(?:[Dd]oes|[Dd]o|[Dd]id|[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould) ${escapeRegExp(name)}(?:['’]s? \\w+)? (?:answer|respond|reply|comment|explain|say|give (?:their|its|his|her) (?:side|account))\\b`,
  );

/** The sentences saying someone declined, per article: every phrased question of the article asks. */
const declinedOf = new WeakMap<Sentence[], Sentence[]>();
function declinedSentences(sentences: Sentence[]): Sentence[] {
  let declined = declinedOf.get(sentences);
  if (!declined) {
    declined = sentences.filter((s) => NO_COMMENT.test(s.text));
    declinedOf.set(sentences, declined);
  }
  return declined;
}

/**
 * Whether a question asks for the side of someone the article says declined to comment (or did
 * not respond): asking again is no lead, and presumes an answer the copy says was not given.
 */
export function asksWhoDeclined(question: string, sentences: Sentence[], actors: Entity[]): boolean {
  const declined = declinedSentences(sentences);
  if (declined.length === 0) return false;
  return actors.some((actor) => {
    const last = surname(actor.name);
    const named = (text: string): boolean =>
      text.includes(actor.name) || (actor.type === 'person' && text.includes(last));
    // The pattern holds the name as written: a question without it cannot match.
    return (
      declined.some((s) => named(s.text)) &&
      [actor.name, last].some((n) => question.includes(n) && ASKS_FOR_SIDE(n).test(question))
    );
  });
}

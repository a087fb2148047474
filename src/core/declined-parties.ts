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

/**
 * Whether a question asks for the side of someone the article says declined to comment (or did
 * not respond): asking again is no lead, and presumes an answer the copy says was not given.
 */
export function asksWhoDeclined(question: string, sentences: Sentence[], actors: Entity[]): boolean {
  const declined = sentences.filter((s) => NO_COMMENT.test(s.text));
  if (declined.length === 0) return false;
  return actors.some((actor) => {
    const last = surname(actor.name);
    const named = (text: string): boolean =>
      text.includes(actor.name) || (actor.type === 'person' && text.includes(last));
    return declined.some((s) => named(s.text)) && [actor.name, last].some((n) => ASKS_FOR_SIDE(n).test(question));
  });
}

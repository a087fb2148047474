import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { futureActSubject } from './future-act-subject';
import { reportedClauseSubject } from './reported-clause-subject';
import type { ResolvedSpeaker } from './speaker-resolution';

/**
 * The speaker to print when the ranker's pick is the subject of the clause a tag before the quotation reports
 * (reported-clause-subject.ts): `The union said Jane Kim "had no business running the fund"`, `He said Jane Kim
 * "…"`. The ranker weighs the name nearest the mark; the tag reader read the reporting verb's own subject, and that
 * subject spoke. Its speaker stands when it is another than the clause's subject and no message ("the statement");
 * otherwise no one, as before. The pick itself when it is no clause subject.
 */
export function clauseSubjectFallback(
  item: QuoteItem,
  sentences: readonly Sentence[],
  ranked: ResolvedSpeaker | null,
): ResolvedSpeaker | null {
  // "… said the minister would decide "before the summer"": an act to come, the words the tag's (future-act-subject.ts).
  const future = futureActSubject(item, sentences, ranked);
  if (!future && !reportedClauseSubject(item, sentences, ranked)) return ranked;
  const tagged = item.speaker;
  if ((item.route !== 'tag-before' && !future) || !tagged || tagged.message || !ranked?.person) return null;
  if (tagged.person === ranked.person || tagged.name.includes(ranked.person.surname)) return null;
  return tagged;
}

import { personNoun } from './person-noun';
import { thingNoun } from './thing-noun';

/**
 * Prepositions that open an adjunct of time, place or manner: a quotation opening on one after a verb with no "to"
 * or "that" says when or how, not what was said.
 */
const ADJUNCT_OPENERS = new Set([
  'within',
  'by',
  'in',
  'before',
  'after',
  'until',
  'at',
  'on',
  'over',
  'during',
  'from',
  'through',
  'throughout',
]);

/**
 * Whether a reported clause's subject cannot be the voice of the quotation after its verb: `Jo Reed said that the review
 * would report "within weeks"` — the subject is a common noun WordNet files as neither a person nor a made thing or a
 * body (noun.person / artifact / group: "the minister", "the council" may speak), and the quoted words open on a
 * preposition, an adjunct of the clause (audit 60's B-a60-14). The reporting subject's own words then stand.
 */
export function adjunctQuoteSubject(subject: string, quoted: string): boolean {
  const head = subject.split(/\s+/).at(-1)!;
  if (!/^\p{Ll}+$/u.test(head) || personNoun(head) || thingNoun(head) === 'thing') return false;
  const first = /^\s*(\p{Ll}+)\b/u.exec(quoted)?.[1];
  return !!first && ADJUNCT_OPENERS.has(first);
}

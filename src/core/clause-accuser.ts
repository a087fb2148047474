import { gateWindow } from './gate-window';

/**
 * Who accuses when the words before "accuse" are not a plain subject: an infinitive "… to accuse" or a relative
 * clause "…, who has accused" (split out of charge-questions.ts, near its line limit).
 */

/**
 * Who accuses in an infinitive "… to accuse": the named object of the verb before it ("it prompted Anderson Cooper to
 * accuse Bondi of …", sample 48's #50), else a named subject the verb's own words follow ("Ann Bell, who …, went on
 * to", "Ann Bell wants to"); else nobody, since the words before "to" are a clause, not an accuser.
 */
const NAMED_SUBJECT =
  /^(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|His|Her|Its|Their)\b)((?:\p{Lu}[\p{L}\w'’.-]*\s+){0,3}\p{Lu}[\p{L}\w'’.-]*)(?:,|\s+(?:[a-z]+\s+){1,2}to$)/u;
function infinitiveAccuser(head: string): string {
  const object = /\b(?:[a-z]+ed|led|got)\s+((?:\p{Lu}[\p{L}\w'’.-]*\s+){1,4})to$/u.exec(head);
  if (object) return object[1]!.trim();
  return NAMED_SUBJECT.exec(head)?.[1] ?? '';
}

/**
 * The capitalised run right before the relative: "the Scottish National Party which", "Residents who". Each word must
 * end at whitespace, so a run splits one way only: with `\s*` between words an all-caps name before ", who" split
 * 2^letters ways and hung the analysis (audit 53, B-a53-1). Read within the last RUN_WINDOW characters, so a long
 * capitalised run costs a bounded scan per start.
 */
const CAPITALISED_BEFORE = /((?:the\s+)?(?:\p{Lu}[\p{L}\w'’-]*\s+)+)(?:which|who)$/u;
const RUN_WINDOW = 160;

/**
 * A name closed by its comma, then "who" or an apposed description and "who": "said Ann Bell, who", "said Ann Bell,
 * a ferry captain and harbour campaigner who" (sample 49's #32 lost "Bob Mulholland, a California superdelegate and
 * Clinton supporter who has accused …"). "who" takes a person, so the description describes the name; one holding a
 * finite verb or a second comma is a clause of its own, not an apposition, and names no accuser.
 */
const NAME_THEN_WHO =
  /(?:^|[\s"“”‘’(])((?:\p{Lu}[\p{L}\w'’.-]*\s+){0,3}\p{Lu}[\p{L}\w'’.-]*),\s+(?:((?:an?|the|[a-z][\w'’-]*)\s[^,;"“”]{0,80}?)\s+)?who$/u;
const FINITE = /\b(?:is|are|was|were|has|have|had|said|says|will|would|can|could|did|does|[a-z]{3,}ed)\b/;
/**
 * "a retired teacher", "an elected member", "a recently appointed judge": a participle between the description's
 * article and its head is an adjective, not the finite verb of a clause (review 52's B-r52-8).
 */
const ATTRIBUTIVE = /^(?:an?|the)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed\s+)+(?=[a-z])/;
/**
 * A preposition before the capitalised run makes it a date or a place ("In March, a resident who"), not a name; a
 * conjunction or a comma makes it a list's last name ("Juanita Broaddrick and Kathleen Willey, two of the women who"),
 * and the relative is the whole list's: no one name is the accuser.
 */
const AFTER_PREPOSITION = /(?:\b(?:in|on|at|by|for|from|since|until|after|before|during|of|to|and|or|nor)|,)\s+$/i;

function relativeAccuser(head: string): string {
  const capitalised = CAPITALISED_BEFORE.exec(gateWindow.before(head, head.length, RUN_WINDOW))?.[1]?.trim();
  if (capitalised) return capitalised;
  if (!/\swho$/i.test(head)) return '';
  const named = NAME_THEN_WHO.exec(head);
  if (!named) return '';
  const description = named[2];
  if (description && FINITE.test(description.replace(ATTRIBUTIVE, ''))) return '';
  const at = named.index + named[0].indexOf(named[1]!);
  if (AFTER_PREPOSITION.test(head.slice(0, at))) return '';
  return named[1]!;
}

/** The accuser the words before "accuse" hold when they end on "to", "who" or "which"; the words unchanged else. */
export function clauseAccuser(head: string): string {
  if (/\s(?:which|who)$/i.test(head)) return relativeAccuser(head);
  if (/\sto$/.test(head)) return infinitiveAccuser(head);
  return head;
}

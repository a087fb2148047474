import { endsPlural } from './ends-plural';
import { cutClause } from './question-clauses';
import { verbFormKind } from './verb-form-kind';

/**
 * The plain question of a whether-clause in the perfect with a common-noun subject: "whether the department had
 * withheld any payments" → "Has the department withheld any payments?" (audit 55's B-a55-20). The report's
 * backshifted "had" is restored to the present perfect ("has" or, for a plural head, "have"), so the question asks
 * what is still open, not "Is it the case that … had …". Null unless the parts are plain: a determiner, up to four
 * lower-case words, then "had/has/have" and a past participle.
 */
const PERFECT =
  /^((?:the|its|his|her|their|a|an|any)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+(?:had|has|have)\s+(\S+)\s+(\S.*)$/;

export function perfectQuestion(clause: string): string | null {
  const m = PERFECT.exec(clause);
  if (!m) return null;
  const [, subject, verb, rest] = m as unknown as [string, string, string, string];
  const kind = verbFormKind(verb);
  // "had been", "had withheld", "had paid" (a form WordNet also files as a noun): a participle; "had the money" none.
  // "been" is a participle and nothing else, so the passive ("had been placed on leave") asks too (audit 56's B-a56-17).
  const participle = (kind === 'regular' && verb.endsWith('ed')) || kind === 'irregular' || kind === 'nominal';
  if (!(participle || verb === 'been')) return null;
  // "whether the board had met and voted": a second verb would keep its backshift; the passage frame keeps it.
  if (/\b(?:and|or|but|whether|if)\b/i.test(rest)) return null;
  const aux = endsPlural(subject.split(/\s+/).at(-1)!) ? 'Have' : 'Has';
  return `${aux} ${subject} ${verb} ${cutClause(rest.replace(/[.!?]+$/, ''), 18)}?`;
}

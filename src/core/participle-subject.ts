import { clauseSubjectDescription } from './clause-subject-description';
import { clauseSubject, type SpeakerPhrase } from './speaker-phrase';
import { QUOTE_VERBS } from './speech-verbs';

/**
 * A tag: a few words ending on a speech verb ("Lewandowski added", "Sen. Ann Cole said"). The tags read a copy
 * whose title stops are masked (abbreviation-dots.ts, U+E000), so "Ms. Reid" arrives as "Ms\uE000 Reid".
 */
const TAG = /^\s*((?:[\p{L}'’.\uE000-]+\s+){1,4})([a-z]+)\s*$/u;

/**
 * The subject of "…, saying …": that of the clause the participle hangs on, the nearest one. When that clause is a
 * tag between commas or after a quotation, the tag's subject is meant ("“…,” Lewandowski added, saying it should be
 * “…”" and "Doyle called it a mistake, Reid added, saying it …" are Lewandowski's and Reid's, not those of the
 * clauses the tags interrupt). Otherwise the whole stretch is read, as before ("Reid hit back at Doyle on Tuesday,
 * saying": the clause's first name). A clause whose subject names no one ("Residents wrote to the council,
 * saying") says so with the subject's span: the description speaks, never someone from another sentence.
 * `text` ends at the participle; `offset` is the absolute offset of text[0].
 */
export function participleSubject(text: string, offset: number): SpeakerPhrase | null {
  const body = text.replace(/,\s*$/, '');
  const from = Math.max(body.lastIndexOf(','), body.lastIndexOf('"'), body.lastIndexOf('\u201d')) + 1;
  const tag = from > 0 ? TAG.exec(body.slice(from)) : null;
  if (tag && QUOTE_VERBS.has(tag[2]!)) return clauseSubject(tag[1]!, offset + from + tag[0].indexOf(tag[1]!));
  const clause = clauseSubject(text, offset);
  // "…, with Gorka noting …": the participle has a subject of its own, after "with", not the clause's.
  if (clause?.kind !== 'clause' || /(?:^|,\s*)with\s[^,]*$/.test(body.slice(-200))) return clause;
  const subject = clauseSubjectDescription(text, offset, true);
  return subject ? { ...clause, subject } : clause;
}

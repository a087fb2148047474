import { clauseSubject, type SpeakerPhrase } from './speaker-phrase';
import { QUOTE_VERBS } from './speech-verbs';

/** A tag after a quotation: a few words ending on a speech verb ("Lewandowski added,", "Sen. Ann Cole said,"). */
const TAG = /^\s*((?:[\p{L}'’.-]+\s+){1,4})([a-z]+),?\s*$/u;

/**
 * The subject of "…, saying …": that of the clause the participle hangs on, the nearest one. A quotation before it
 * ends the clause it interrupts, so when only a tag stands between the last closing mark and the participle, the
 * tag's subject is meant ("“…,” Lewandowski added, saying it should be “…”" is Lewandowski's, not that of "Comey
 * cannot say that …", where the quotation sits). Otherwise the whole stretch is read, as before (a title's closing
 * mark, "a class called “Perception” on his Facebook page, writing", leaves the clause going on). `text` ends at
 * the participle; `offset` is the absolute offset of text[0].
 */
export function participleSubject(text: string, offset: number): SpeakerPhrase | null {
  const close = Math.max(text.lastIndexOf('"'), text.lastIndexOf('\u201d'));
  const tag = close >= 0 ? TAG.exec(text.slice(close + 1)) : null;
  if (tag && QUOTE_VERBS.has(tag[2]!)) return clauseSubject(tag[1]!, offset + close + 1 + tag[0].indexOf(tag[1]!));
  return clauseSubject(text, offset);
}

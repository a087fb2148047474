import type { Analysis } from '../core/analysis-types';
import { checkQuotation, type QuotationDrop } from './check-quotation';
import { checkSpeaker } from './check-speaker';
import type { GroundingIndex } from './grounding-index';
import { normaliseForMatch } from './grounding-text';

type ProseQuoteDrop =
  | QuotationDrop
  | 'speaker-disagrees'
  | 'speaker-not-in-article'
  | 'speaker-not-a-person'
  | 'mention';

// Capitalised words, with the particles of names such as "Bill de Blasio" between them.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'.-]*(?:\s+(?:(?:de|da|di|du|del|der|van|von|la|le|bin|ibn|al)\s+)*\p{Lu}[\p{L}\p{M}'.-]*)*`;
const SPEECH_VERB =
  String.raw`(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|asked|asks|replied|replies|` +
  String.raw`answered|responded|insisted|insists|argued|argues|claimed|claims|declared|declares|explained|` +
  String.raw`explains|warned|warns|noted|notes|tweeted|tweets|posted|recalled|admitted|admits|conceded|` +
  String.raw`concedes|denied|denies|promised|promises|vowed|vows|urged|urges|called|calls|described|describes)`;
/** "Tom Jones, the opposition leader, said": a name, an optional apposition, a speech verb. */
const NAME_SAID = new RegExp(String.raw`(${NAME})(?:,[^,"]{1,80},)?\s+${SPEECH_VERB}\b`, 'gu');
/** After the quotation: `"…," said Tom Jones` / `"…," Jones said` / `"…," according to Jones`. */
const SAID_NAME_AFTER = new RegExp(String.raw`^[\s,.]*(?:${SPEECH_VERB}|according to)\s+(${NAME})`, 'u');
const NAME_SAID_AFTER = new RegExp(String.raw`^[\s,.]*(${NAME})(?:,[^,"]{1,80},)?\s+${SPEECH_VERB}\b`, 'u');
/** Before it: `Tom Jones: "…"` or `According to Jones, "…"`. */
const NAME_COLON = new RegExp(String.raw`(${NAME})\s*:\s*$`, 'u');
const ACCORDING_TO = new RegExp(String.raw`[Aa]ccording to (${NAME})`, 'gu');
const NOT_A_NAME = /^(?:he|she|they|it|we|i|you|this|that|these|those|the|a|an|his|her|their)$/iu;

/**
 * Every span model prose puts in double quote marks must be a quotation of the article, under the
 * rules a brief's quote follows (checkQuotation), and the prose may credit it only to the person
 * the article does: the sayer named next to a speech verb in the span's clause ("Tom Jones said
 * …", "…," said Smith", "Smith: …") goes through the brief's speaker check. Returns why it fails,
 * or undefined when every span passes (also when there is none).
 */
export function checkQuotedProse(
  prose: string,
  cited: number[],
  index: GroundingIndex,
  base: Analysis,
): ProseQuoteDrop | undefined {
  const text = normaliseForMatch(prose);
  const marks = [...text.matchAll(/"/gu)].map((m) => m.index);
  // An unclosed mark may hide an invented quotation running to the end of the text.
  if (marks.length % 2 === 1) return 'not-a-quotation';
  for (let i = 0; i < marks.length; i += 2) {
    const open = marks[i]!;
    const close = marks[i + 1]!;
    const span = text
      .slice(open + 1, close)
      .trim()
      .replace(/^[,.;:!?\s]+|[,.;:!?\s]+$/gu, '');
    if (!span) continue;
    const where = checkQuotation(span, index, cited);
    if (typeof where === 'string') return where;
    const before = text.slice(i === 0 ? 0 : marks[i - 1]! + 1, open);
    const after = text.slice(close + 1, marks[i + 2] ?? text.length);
    for (const named of sayers(before, after)) {
      const speaker = checkSpeaker({ named, text: span, sentenceId: where, index, base });
      if (speaker !== null && typeof speaker === 'object') return speaker.drop;
    }
  }
  return undefined;
}

/** Whoever the prose names as saying the span: the nearest sayer before it in its sentence, and one right after. */
function sayers(before: string, after: string): string[] {
  const clause = before.split(/[.!?;]\s+(?=\p{Lu})/u).at(-1) ?? '';
  const ahead =
    [...clause.matchAll(NAME_SAID)].at(-1)?.[1] ??
    clause.match(NAME_COLON)?.[1] ??
    [...clause.matchAll(ACCORDING_TO)].at(-1)?.[1];
  const behind = after.match(SAID_NAME_AFTER)?.[1] ?? after.match(NAME_SAID_AFTER)?.[1];
  return (
    [ahead, behind]
      .map((name) => name?.replace(/^(?:The|A|An)\s+/u, '').replace(/[.-]+$/u, ''))
      // "Scott's niece said" names the niece, not Scott.
      .filter((name): name is string => !!name && !/'s?$/u.test(name) && !NOT_A_NAME.test(name))
  );
}

import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';

/**
 * `"…," Ann Lee said on Monday, according to the Harbour Herald.`: the tag, then the relay that vouches for it. The
 * gap before "according to" is the tag's own words (no clause opener, no other quotation), so the relay is the
 * source of the whole tagged quotation.
 */
const TAG_GAP =
  '^[,.?!]?["”’]?(?:(?:(?!\\b(?:that|adding|and|but|while|as|which|who|because|after|before)\\b)[^"“”.;:?!]){1,120},)?\\s+';
const TRAILING_RELAY = new RegExp(`${TAG_GAP}according\\s+to\\s+([^,;:"“”]{2,80})`, 'iu');
/**
 * `"…," Ann Lee said, reports the Harbour Herald.` and `…, the Harbour Herald reported.`: the same relay in a
 * reporting verb's words, a capitalised outlet (or "reports" + its name) closing the tag's sentence.
 */
const REPORTED_RELAY = new RegExp(
  `${TAG_GAP}(?:reports\\s+([^,;:"“”]{2,80})|((?:the\\s+)?\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*){0,3})\\s+report(?:s|ed)\\s*[.;])`,
  'u',
);
/** `According to the Harbour Herald, Ann Lee said "…"`: a relay opening the quotation's sentence. */
const OPENING_RELAY = /^According\s+to\s+([^,;:"“”]{2,80}),/u;
/**
 * "according to a transcript of the interview", "according to audio of the speech": a record of the speaker's own words,
 * no second-hand account, so the speaker stands.
 */
const RECORD = /\b(?:transcripts?|recordings?|audio|video|tapes?|footage)\b/i;

/**
 * Whether the quotation comes second-hand, through a relay that is not its speaker: "X said, according to <outlet,
 * document, or another person>" or "According to <relay>, X said "…"". PolNeAR's annotation makes the relay the source
 * of every such quotation (19 rows on train, the one on dev, each the same way); printing the relay against words in
 * the first person would credit an outlet with what a person said, and printing the person contradicts the copy's own
 * attribution, so the quotation shows no one (issue 11: say less). A relay that names the speaker ("According to Lee,
 * "…"", "according to Mr. Lee") or records the speaker's words ("according to a transcript") changes nothing.
 */
export function relayedQuote(item: QuoteItem, sentences: readonly Sentence[], speaker: string | null): boolean {
  if (speaker === null) return false;
  const head = item.segments[0]!;
  const last = item.segments.at(-1)!;
  const opening = sentences[head.startSentence]!;
  const closing = sentences[last.endSentence]!;
  // `"…?" Ann Lee said, according to …`: the splitter may end a sentence at the question's closing mark.
  const tagAfter = item.tagIsAfter && item.tagSentence !== last.endSentence ? sentences[item.tagSentence] : undefined;
  const after = closing.text.slice(last.end - closing.start) + (tagAfter ? ` ${tagAfter.text}` : '');
  const reported = REPORTED_RELAY.exec(after);
  const relay =
    OPENING_RELAY.exec(opening.text)?.[1] ?? TRAILING_RELAY.exec(after)?.[1] ?? reported?.[1] ?? reported?.[2];
  if (relay === undefined || RECORD.test(relay)) return false;
  const surname = speaker.split(/\s+/).at(-1)!.toLowerCase();
  return !relay
    .toLowerCase()
    .split(/[^\p{L}\p{M}-]+/u)
    .includes(surname.replace(/[^\p{L}\p{M}-]/gu, ''));
}

import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { ownMessageRelay } from './own-message-relay';
import { ownRecordRelay } from './own-record-relay';

/** Words that open a clause after a tag's chunk ("said Ann Lee, adding …", "…, who …"): none is in the tag. */
const CLAUSE_OPENERS = 'that|adding|and|but|while|as|because|after|before|which|who|whose|whom|where|when';
/** Words that open a clause inside an apposition ("a nurse at the hospital where …"): none is in the apposition. */
const APPOSITION_OPENERS = 'that|and|but|which|who|whose|whom|where|when';

/** Up to `max` characters of one chunk: no quotation mark, sentence or clause mark, comma, nor any opener's word. */
const chunk = (openers: string, max: number): string => String.raw`(?:(?!\b(?:${openers})\b)[^"“”.;:?!,]){1,${max}}`;

/** An apposition after the tag's comma, opened by an article, a time/place preposition or a capital: "a nurse,". */
const APPOSITION = String.raw`(?:\s+(?:(?:a|an|the|in|on|at|during)\s|\p{Lu})${chunk(APPOSITION_OPENERS, 80)},)?`;

/**
 * `"…," Ann Lee said on Monday, according to the Harbour Herald.`: the tag, then the relay that vouches for it. The
 * gap before "according to" is the tag's own words only: the quotation's closing marks, the tag's chunk up to its
 * comma, and at most one apposition ("said Ann Lee, a nurse, according to …", "…, in an interview, according to …").
 * A clause that follows the tag ("said Ann Lee, whose son, according to police, was …"; "a nurse at the hospital
 * where, according to …") holds a relay of its own, so the speaker stands (review 57, R57-5).
 */
const TAG_GAP = String.raw`^[,.?!]?["”’]?(?:${chunk(CLAUSE_OPENERS, 120)},${APPOSITION})?\s+`;

/** The relay's name: up to 80 characters short of a clause break or a quotation mark. */
const RELAY = '([^,;:"“”]{2,80})';
/** A capitalised outlet's name of up to four words, "the" before it or not: "the Harbour Herald", "Reuters". */
const OUTLET = String.raw`((?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})`;

/** The tag's gap, then a relay's words. */
const afterTag = (relay: string): RegExp => new RegExp(`${TAG_GAP}${relay}`, 'u');

const TRAILING_RELAY = afterTag(String.raw`according\s+to\s+${RELAY}`);
/**
 * `"…," Ann Lee said, reports the Harbour Herald.` and `…, the Harbour Herald reported.`: the same relay in a
 * reporting verb's words, a capitalised outlet (or "reports" + its name) closing the tag's sentence.
 */
const REPORTED_RELAY = afterTag(String.raw`(?:reports\s+${RELAY}|${OUTLET}\s+report(?:s|ed)\s*[.;])`);
/** `According to the Harbour Herald, Ann Lee said "…"`: a relay opening the quotation's sentence. */
const OPENING_RELAY = new RegExp(String.raw`^According\s+to\s+${RELAY},`, 'u');
/** A clause break after an opening relay's comma: the relay governs only its own clause. */
const CLAUSE_BREAK = /,\s+(?:and|but|while)\s|;/u;

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
  const relay = openingRelay(opening, head.start) ?? TRAILING_RELAY.exec(after)?.[1] ?? reported?.[1] ?? reported?.[2];
  if (relay === undefined || ownRecordRelay(relay) || ownMessageRelay(item, sentences, relay)) return false;
  const surname = speaker.split(/\s+/).at(-1)!.toLowerCase();
  return !relay
    .toLowerCase()
    .split(/[^\p{L}\p{M}-]+/u)
    .includes(surname.replace(/[^\p{L}\p{M}-]/gu, ''));
}

/**
 * The relay opening the quotation's sentence, when it governs the quotation: "According to the census, the town has
 * grown, and Mayor Ann Lee said: "…"" has the relay on the growth figure, and the coordinate clause its own tag and
 * speaker (review 57, R57-4), so a clause break between the relay's comma and the quotation ends its reach.
 */
function openingRelay(opening: Sentence, quoteStart: number): string | undefined {
  const match = OPENING_RELAY.exec(opening.text);
  if (match === null) return undefined;
  const gap = opening.text.slice(match[0].length, Math.max(match[0].length, quoteStart - opening.start + 1));
  return CLAUSE_BREAK.test(gap) ? undefined : match[1];
}

/** Small clause surgery for turning a sentence of copy into a question. Heuristic, never invents words. */

import { ABBREVIATED_WORD, LETTER_ABBREVIATION } from './abbreviated-word';
import { apposedAttribution } from './apposed-attribution';
import { ATTRIBUTION_TAIL, LEADING_ATTRIBUTION, PASSIVE_SAY, TRAILING_ATTRIBUTION } from './attribution-patterns';
import { eachMatch } from './each-match';
import { holdsMainVerb, holdsVerb } from './holds-main-verb';
import { leadingPlace } from './leading-place';
import { openRelativeAside } from './open-relative-aside';
import { openSubordinate } from './open-subordinate';
import { beforeOuterTag } from './outer-tag';
import { participleAside } from './participle-aside';
import { serialComma } from './serial-comma';
import { withoutParentheticalTag } from './without-parenthetical-tag';
import { withoutTags } from './without-tags';

// The second set points back to the sentence before only when a comma follows ("Instead, he was back to
// boasting"); "Instead of …", "Rather than …", "Thus far" open a phrase of the sentence's own.
const LEADING_CONNECTIVE =
  /^(?:(?:however|but|and|nevertheless|meanwhile|still|yet|also|moreover|in addition|indeed|so|then)\b,?|(?:instead|rather|regardless|nonetheless|otherwise|likewise|similarly|besides|furthermore|consequently|thus|hence|therefore|conversely|accordingly),)\s+/i;
const LEADING_TIME = /^(?:on|in|by|at|earlier|later|last|this|since)\b[^,]{0,30},\s+/i;

/** An abbreviation's own stop at the end ("Washington D.C.", "Smith Jr."): a question keeps it ("D.C.?"). */
const ABBREVIATION_END = new RegExp(`${LETTER_ABBREVIATION}$|\\b(?:${ABBREVIATED_WORD})\\.$`);

export function stripEnd(text: string): string {
  // "…to a “root canal,” according to …": the comma a quotation takes inside its marks belongs to the sentence that
  // went on, and once the clause ends there, "…“root canal,”?" reads as a cut; the marks are kept, the comma is not.
  const out = text
    .trim()
    .replace(/[.!?;:,]+$/, '')
    .replace(/[,;:]([”"]+)$/, '$1')
    .trim();
  const abbreviation = ABBREVIATION_END.exec(text.trim());
  return abbreviation && text.trim().endsWith(abbreviation[0]) && `${out}.` === text.trim() ? `${out}.` : out;
}

export function dropLeading(text: string): string {
  let out = text.trim();
  for (let i = 0; i < 3; i++) {
    const before = out;
    out = out.replace(LEADING_CONNECTIVE, '');
    const placed = leadingPlace(out);
    out = placed === out ? out.replace(LEADING_TIME, '') : placed;
    if (out === before) break;
  }
  return out;
}

/** "She said ministers would consult ..." -> "ministers would consult ..."; quotes are left alone. */
export function reportedClause(text: string): string {
  let out = dropLeading(text);
  if (!/^["“]/.test(out)) {
    out = withoutParentheticalTag(out);
    const lead = LEADING_ATTRIBUTION.exec(out);
    // "One of the central claims of the speech does not stand up": a speech word followed by "of" is a
    // noun inside the subject (a partitive's head), not the verb of an attribution to strip.
    const noun = lead && /^of\b/i.test(out.slice(lead[0].length));
    if (lead && !noun && !/["“]/.test(lead[0]) && !PASSIVE_SAY.test(lead[0]) && out.length - lead[0].length > 20)
      out = out.slice(lead[0].length);
    // ", the lawsuit states." over plain words is the document's tag too (outer-tag.ts), not the claim's.
    out = beforeOuterTag(apposedAttribution(out).replace(TRAILING_ATTRIBUTION, ''));
  }
  return stripEnd(out);
}

/**
 * Whether the text ends inside a that-clause whose verb has not come yet ("… and that Trump's success",
 * before ", coupled with …, were factors"): a comma there is an aside's, and no clause ends at it.
 */
function openThatClause(text: string): boolean {
  let that: RegExpExecArray | undefined;
  for (const m of eachMatch(THAT_OPENER, text)) that = m;
  return that !== undefined && !holdsVerb(text.slice(that.index + that[0].length));
}

const THAT_OPENER =
  /\b(?:and|but|or|said|says|say|reported|reports|claimed|claims|argued|believes?|warned)\s+that\s+/gi;
/**
 * The first point where a second thought starts (see cutClause); a module constant read with eachMatch, since
 * matchAll copies the pattern on every call.
 */
const SECOND_THOUGHT =
  /,["”]?\s+(?:but(?!\s+(?:rather|instead)\b(?!\s+(?:than|of)\b))|while|although|though|amid|as|after|who|which|and although|and (?:many|some|the|a|it|he|she|they|most)|and (?:that|this)(?:['’]s| is| was)|[a-z]+ing)\s|,\s+(?:which|who),\s|;\s|\s[-–—]\s|\samid\s|\sand (?:is|are|was|were|will|would|has|have|had)\s|,\s+[a-z]+ing[,:]\s+(?=["“‘])/gi;

/**
 * Where a cut at `budget` words may end: never inside a name ("Dana F. Smith") or a number, so it backs off over
 * capitalised words and figures, down to `floor` words.
 */
function budgetEnd(words: readonly string[], budget: number, floor: number): number {
  let n = budget;
  while (n > floor && (/^[A-Z0-9$£€]/.test(words[n] ?? '') || /^[A-Z0-9]/.test(words[n - 1] ?? ''))) n--;
  return n;
}

/** Cut a clause at the first point where a second thought starts, and at a word budget. */
/** ", and Brian Deese, the White House adviser, said…": case matters, so it is apart from the split above. */
const SECOND_NAMED_CLAUSE = /,\s+and\s+(?:\p{Lu}[\p{L}\w'’.-]*\s+){0,3}\p{Lu}[\p{L}\w'’.-]*,\s+(?:the|a|an)\s/u;

/**
 * "is expected to announce on Wednesday, after a two-day meeting of its committee, that it will …": an aside between
 * a verb and its that-clause goes, as a dashed one does; cut at its comma, the clause would lose what is announced.
 */
const ASIDE_BEFORE_THAT =
  /,\s+(?:after|before|during|following|amid|at|in|on|as|while|when|despite)\s[^,;:]{1,80},\s+(?=that\s)/g;

/**
 * ", but rather use Cruz to thwart Trump": after "not X", the point comes in the "but rather" half; a cut before it
 * keeps only what is not so, and often a verb without the object the second half gives it.
 */
const CORRELATIVE_REST = /^,\s+(?:but\s+)?(?:rather|instead)\b(?!\s+(?:than|of)\b)/i;

/**
 * "Even if some of the programming drives the brothers bananas, it is still a cash generator": the words before the
 * comma that closes an opening subordinate clause hold no main clause (it follows the comma), so no cut ends there.
 * Only a run with no comma of its own: "If X, Y, Z" has its main clause Y before the last comma.
 */
const OPENING_SUBORDINATE_ONLY =
  /^(?:[Ee]ven\s+(?:if|when|though)|If|When|[Uu]nless|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hereas|[Aa]s\s+long\s+as)\s[^,]*$/;

/**
 * "Between the foundation's gifts and the other gifts that came from his businesses, the charity received $210,000":
 * an opening run of prepositional phrases, with no verb of its own before a relative pronoun, holds no main clause
 * (it follows the last comma), so no cut ends there (sample 33's #4, where the relative clause's "came" passed for a
 * main verb). Each phrase stops at a comma, so the pattern reads the words once.
 */
const PREPOSITION =
  '(?:between|among|amid|after|before|despite|with|without|for|in|on|at|by|during|under|over|unlike|beyond|besides|since|following|from|through|throughout|across|within|against|of|along|behind|around|outside|inside|alongside|upon)';
const OPENING_PHRASES = new RegExp(`^(?:${PREPOSITION}\\s[^,]*,\\s+)*${PREPOSITION}\\s[^,]*$`, 'i');

/** A finite verb a prepositional phrase cannot hold outside a relative clause ("-s" words there are its nouns). */
const PHRASE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|did|does|said|says|told|[a-z]{3,}ed)\b/;

function openingPhrasesOnly(before: string): boolean {
  return OPENING_PHRASES.test(before) && !PHRASE_VERB.test(before.split(/\b(?:that|which|who|whom|whose)\b/i)[0]!);
}

/**
 * A comma inside a run of single words closed by "and"/"or" (", debate and inflate such causes", ", blogs
 * or newsletters", "makes Oreos, Chips Ahoy and Nilla Wafers"): the run's words share what follows, so a cut there
 * ends a verb without its object ("who promote") or a list short of its items. No clause ends at it.
 */
const COORDINATED_RUN =
  /^,\s+(?:(?:[a-z][\w'’-]*,\s+){0,4}[a-z][\w'’-]*,?\s+(?:and|or)\s+[a-z]|(?:\p{Lu}[\p{L}\w'’-]*(?:\s+\p{Lu}[\p{L}\w'’-]*)*,\s+){0,4}\p{Lu}[\p{L}\w'’-]*(?:\s+\p{Lu}[\p{L}\w'’-]*)*,?\s+(?:and|or)\s+[A-Z])/u;

/**
 * "whether the approach they back - one that calls on … overseas - will resonate with voters": a dashed aside longer
 * than the 100 characters above still goes whole when the words after its closing dash open on the subject's verb (a
 * modal or auxiliary); cut at its first dash, the clause would keep no verb of its own (sample 35's #14).
 */
const LONG_ASIDE_BEFORE_VERB =
  /\s(?:--?|[–—])\s(?:(?!\s(?:--?|[–—])\s)[^–—]){101,300}?\s(?:--?|[–—])\s(?=(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have|had)\s)/g;

/**
 * ", however,", ", nevertheless": an adverb set off by commas that ties the sentence to the one before; the claim is
 * the same without it, and asked with it ("…constitutes torture, however, which Cruz denies?") it points at nothing
 * (sample 39's #21). "too" and "also" stay: they add to the claim.
 */
const SENTENCE_LINK = /,\s+(?:however|nevertheless|nonetheless|meanwhile|moreover|furthermore)(,\s+|\s*$)/gi;

export function cutClause(text: string, maxWords = 22): string {
  // ", and that's the easy part": a clause of its own on what came before, no part of the first.
  // "yields - average revenues per passenger - were": a dashed aside, not the end of the clause. A second
  // clause whose subject is a name in apposition (", and Brian Deese, the White House adviser, said…")
  // ends the first.
  // "her record as senator, promoting the city's economy, will offset…", "as the plane, bound for Boise, Idaho, was
  // taxiing": a participle aside between a subject and its verb is dropped like a dashed one, or the cut at its comma
  // would leave no verb (participle-aside.ts).
  // "The ferry, its owners say, will run": a tag inside the clause goes with both its commas.
  // ", saying, "the advice I give …"": a participle of saying whose own comma or colon opens a quote; what it says
  // is the speaker's reply, and a cut at the quote would end the clause on ", saying".
  // A dash typed as "--" ("BuzzFeed -- which is best known for hits, though its news team wins awards -- missed…")
  // is a dash: its aside goes whole, commas and all.
  const dashless = withoutTags(text)
    .replace(SENTENCE_LINK, (_, after: string, at: number, all: string) =>
      // "Sales, however, declined": inside the clause it goes with both commas; after the clause's verb the second
      // comma stays, where a phrase or a second clause starts ("…torture, however, appearing to rely on …").
      after ? (holdsVerb(all.slice(0, at)) ? ', ' : ' ') : '',
    )
    .replace(/\s(?:--?|[–—])\s(?:(?!\s(?:--?|[–—])\s)[^–—]){1,100}?\s(?:--?|[–—])\s/g, ' ')
    .replace(LONG_ASIDE_BEFORE_VERB, ' ');
  const flat = participleAside(dashless)
    // "the depot, which the city bought in 2010, was losing money": a relative clause on the subject, with the
    // subject's own verb after it, is an aside too; cut at its "which", the claim would keep no verb.
    .replace(
      /,\s+(?:which|who)\s[^,;:"“”]{1,80},\s+(?=(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have|had|[a-z]{3,}ed)\s)/g,
      ' ',
    )
    .replace(ASIDE_BEFORE_THAT, ' ');
  // The first point where a second thought starts; a serial comma (", Russia, and a new Syria") closes a list, not
  // the clause. A relative "which"/"who" opens one with an aside of its own after it too (", which, even today,
  // inflame …"): cut later, at the aside's closing comma, the relative clause would keep no verb.
  let end = flat.length;
  for (const m of eachMatch(SECOND_THOUGHT, flat)) {
    if (serialComma(flat, m.index)) continue;
    end = m.index;
    break;
  }
  // "… Obama “founded ISIS,” saying they …": the copy's comma sits inside the closing mark, which ends the quotation
  // the clause opened; the cut keeps the mark, not the comma (sample 41's #23).
  let out = flat.slice(0, end) + (/^,["”]\s/.exec(flat.slice(end))?.[0][1] ?? '');
  out = out.split(SECOND_NAMED_CLAUSE)[0]!;
  // ", the trust announced on Monday", "…his backers, Clinton allies believe — …": the attribution is not part of
  // the claim.
  out = withoutTags(out).replace(ATTRIBUTION_TAIL, '');
  const words = out.split(/\s+/);
  if (words.length > maxWords) {
    const n = budgetEnd(words, maxWords, maxWords / 2);
    const head = words.slice(0, n).join(' ');
    // A comma followed by a space ends a clause; one inside "10,000" does not. Cutting there must leave
    // the clause its verb ("Trump's legal battle with Nunberg, the consultant, for violating his NDA,
    // became public…" keeps no verb before the last comma): otherwise the cut shows with "…".
    const comma = head.lastIndexOf(', ');
    const before = head.slice(0, comma);
    const after = `${head.slice(comma)} ${words.slice(n).join(' ')}`;
    const clauseEnd = comma > head.length * 0.5 && holdsMainVerb(before);
    // The comma closes an opening subordinate clause: its main clause gets half a budget of its own after it, so
    // the question keeps the point the clause concedes or conditions ("…, it is still a major cash generator…").
    if (clauseEnd && (OPENING_SUBORDINATE_ONLY.test(before) || openingPhrasesOnly(before))) {
      const opening = before.split(/\s+/).length;
      const end = opening + Math.ceil(maxWords / 2);
      return end >= words.length
        ? stripEnd(out)
        : `${stripEnd(words.slice(0, budgetEnd(words, end, opening + 2)).join(' '))}…`;
    }
    out =
      clauseEnd &&
      !openThatClause(before) &&
      !openSubordinate(before) &&
      !openRelativeAside(before, after.slice(2).split(/\s+/)[0]) &&
      !COORDINATED_RUN.test(after) &&
      !CORRELATIVE_REST.test(after) &&
      !serialComma(before + after, before.length)
        ? before
        : `${stripEnd(head)}…`;
  }
  return stripEnd(out);
}

export function possessive(name: string): string {
  if (/['’]s?$/.test(name)) return name;
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

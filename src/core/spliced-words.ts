import { ABBREVIATED_WORD } from './abbreviated-word';
import { eachMatch } from './each-match';
import { escapeRegExp } from './escape-reg-exp';
import { holdsMainVerb } from './holds-main-verb';
import { opensOnHyphenPrefix } from './lower-start';
import { REBUTTAL_VERBS } from './rebuttal-verbs';
import { isSubjectPhrase } from './source-questions';
import { UNKNOWN_PHRASE_OPENER } from './unknown-phrase-opener';

/**
 * Splices the sample-4 hand-read found (docs/hand-read-questions.md): words of the copy joined into
 * a question frame where they cannot stand. Part of the vetting (vet-question.ts); a question
 * failing any of these is shown as its flagged passage instead.
 */

/**
 * "Why does publicly dismiss…": a word in -ly where the subject belongs (the subject was lost). It is
 * a noun ("supply chains", "the assembly") only where the copy always opens a sentence with it or sets
 * it after a determiner or preposition, with no comma after it; anywhere else ("Publicly, the nominee
 * dismisses", "Trump, however, publicly dismissed") it is an adverb.
 */
const LY_AFTER_MODAL =
  /^(?:Why|How|When|What)?\s*(?:does|did|do|will|would|Does|Did|Do|Will|Would)\s+([a-z]{3,}ly)(?:\s+[a-z]+\s|,)/;
const NOUN_BEFORE =
  /(?:^|[.!?:]["”’]?\s+|\b(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|of|in|on|for|by|with|to|from|some|any|no|every|each)\s+)$/i;

function adverbForSubject(question: string, copy: string): boolean {
  const word = LY_AFTER_MODAL.exec(question)?.[1];
  if (!word) return false;
  for (const m of copy.matchAll(new RegExp(`\\b${word}\\b`, 'gi')))
    if (copy[m.index + word.length] === ',' || !NOUN_BEFORE.test(copy.slice(Math.max(0, m.index - 40), m.index)))
      return true;
  return false;
}

/** "Will Mr. Sanders, whose challenge …, will face…": the modal twice, the subject's clause spliced in. */
const MODAL_TWICE = /^(?:When\s+)?[Ww]ill\b[^?]*,\s+will\s/;

/**
 * "…charge that Is President Obama going to…", "Which officials say About 270 people…": a word the copy
 * capitalises only where a sentence (or a quoted one) opens, spliced in after the frame's "that" or
 * "say". A name keeps its capital: it is among `names`, or the copy capitalises it mid-sentence too.
 */
const CLOSED_OPENER =
  /^(?:The|A|An|This|These|Those|Its|Their|His|Her|While|Both|All|Many|Most|Some|Several|Despite|Although|Though|When|If|After|Before|Since|Because|As|About|Nearly|Almost|Is|Are|Was|Were|Will|Would|Can|Could|Do|Does|Did|Has|Have|Had|So|Yet|Still|Even|Also)$/;

const SPLICE_OPENER =
  /\b(?:(that|whether|say|says|said)|[Ww]ill|[Ww]ould|[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|by|of|from|with|than)\s+["“‘]?([A-Z][a-z]+)\b/g;

function capitalAfterSplice(question: string, copy: string, names: ReadonlySet<string>): boolean {
  for (const m of eachMatch(SPLICE_OPENER, question)) {
    const word = m[2]!;
    // After the opening modal a title may stand ("Is Senator Bob Corker…"), after a preposition a name ("by
    // Reuters"): only a closed-class opener counts there ("the denial by The bank").
    // "Are Anti-virus firms right…": a prefix before its hyphen is no title either.
    const prefix = opensOnHyphenPrefix(question.slice(m.index + m[0].length - word.length));
    if (!m[1] && !CLOSED_OPENER.test(word) && !prefix) continue;
    if (names.has(word)) continue;
    if (new RegExp(`(?:[a-z0-9,;]|\\b[A-Z]\\.)\\s+["“‘]?${word}\\b`).test(copy)) continue;
    return true;
  }
  return false;
}

/**
 * Page furniture or a second sentence spliced in: a headline in capitals ("DNC CHAIR DEBBIE WASSERMAN
 * SCHULTZ RESIGNS"), a colon opening a new sentence ("investors seem to agree: At one point…"), or a
 * quotation in the subject slot after do-support ("Why did “Many of the thugs…,” he tweeted…?").
 */
const FURNITURE = /\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b|:\s+["“‘]?[A-Z][a-z]/;
const QUOTE_AFTER_DO = /^(?:(?:Why|How|When|What)\s+)?(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould)\s+["“‘]/;

/**
 * The subject slot after the opening modal: a wh-word or the copy's "you"/"we" ("Will what we need
 * is…", "Will you think a degree cost…") is no one an editor asks about; a verb of thinking or saying
 * with a bare "be" after it ("Will Clinton strategists think women be the key…") is a clause spliced in,
 * unless the verb is a relative clause's own ("Will residents who know the river be moved?").
 */
const BAD_SUBJECT =
  /^(?:(?:When|Why|How|What)\s+)?(?:[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Dd]oes|[Dd]id|[Dd]o)\s+(?:(?:what|who|whom|which|you|we|I|us)\b|(?:\S+\s+){1,5}?(?<!\b(?:who|that|which|whom)\s)(?:think|believe|expect|hope|fear|argue|predict|suspect|say|feel|worry|know)\s+(?:\S+\s+){1,4}?be\b)/;

/** "…confirm that O'Malley said at a press conference?": a speech tag with nothing said left in it. */
const EMPTY_SAY =
  /\b(?:said|says|stated|added|told reporters)\s+(?:(?:at|in|on|during|after|before|to|from|with)\s+[^,?]*)?\?$|\bthat\s+(?:\S+\s+){0,3}(?:said|says)\?$/;

/**
 * "…confirm that boasting 108,000 residents who run the gamut…, with its capital in Terre Haute?": a
 * participle phrase, not a clause. A gerund subject keeps an auxiliary of its own ("that spending the
 * money was wise").
 */
function participleForClause(question: string): boolean {
  const m =
    /\b(?:confirm|confirmed the report|true|right|doubt|evidence) that\s+[a-z]{3,}ing\s+(?:\d|the\b|a\b|an\b|his\b|her\b|its\b|their\b)/.exec(
      question,
    );
  if (!m) return false;
  const rest = question
    .slice(m.index + m[0].length)
    .split(/\s+/)
    .slice(0, 10)
    .join(' ');
  return !/\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must)\b/.test(rest);
}

/**
 * Sample 5's shapes: a past verb left in the subject after do-support ("Why does Trump later blamed
 * his hesitancy to condemn…", "Why does Clinton weighed in with her support … reject…"), a reported
 * clause opening on a conjunction ("confirm that but have speculated…"), and a past condition under
 * "Will" ("Will Clinton consider legislation if the proposals were not adopted?").
 */
const PAST_IN_DO_SUBJECT =
  /^(?:(?:Why|How|When|What)\s+)?(?:does|do|did|Does|Do|Did)\s+(?:\S+\s+){1,3}?[a-z]{3,}ed\s+(?:in|on|up|out|with|his|her|their|its|the|a|an)\b/;
const CONJUNCTION_CLAUSE = /\bthat\s+(?:but|and|or|yet)\s/;
const PAST_CONDITION = /^(?:When\s+)?[Ww]ill\b[^?]*\bif\b[^?]*\b(?:were|was|had)\b/;

const COMPLEMENT_AFTER = /,\s+(?:into|onto|as|to|from|for|with)\s/y;

/**
 * "Will China make the Scarborough Shoal, an atoll …, and when?" for "…, into a fortress": the word
 * budget cut at a comma that closed an apposition, and the verb's complement went with it.
 */
function complementCut(question: string, copy: string): boolean {
  const body = question.replace(/,\s+and (?:when|can they be named|what would settle it)\?$|\?$/, '');
  const last = body.split(/\s+/).slice(-3).join(' ');
  if (last.length < 8 || /…$/.test(last)) return false;
  // The phrase is plain text: find it with indexOf, then try the complement right after it.
  for (let at = copy.indexOf(`${last},`); at >= 0; at = copy.indexOf(`${last},`, at + 1)) {
    COMPLEMENT_AFTER.lastIndex = at + last.length;
    if (COMPLEMENT_AFTER.test(copy)) return true;
  }
  return false;
}

/**
 * "What is … Grassley spoke with Garland and not ruling out": a predicate in the subject. The writer
 * (refusal-question.ts) asks only of a subject phrase; the same test here rejects the shape from any
 * source.
 */
function predicateInSubject(question: string, copy: string): boolean {
  const who = /^What is (.+?) not ruling out\b/.exec(question)?.[1];
  return !!who && (!isSubjectPhrase(who, copy) || /\s(?:and|but|or|yet)$/i.test(who));
}

/**
 * "Is it true that Gowdy's office strongly disputes?": a relative clause read as the claim, its verb
 * left without the object it needs (the writer skips it in hedged(); other frames can build it too).
 * Not across a comma: "…evidence that waterboarding constitutes torture, which Cruz denies?" is a claim and the
 * denial template's own tail (sample 39's #21).
 */
const RELATIVE_CLAUSE_AS_CLAIM = new RegExp(
  `\\b(?:true|confirm|confirmed|right|doubt|evidence|charge|criticism|accusation|claim|report) that\\s+(?:[^\\s,]+\\s+){0,5}?(?:\\w+ly\\s+)?(?:${REBUTTAL_VERBS})(?:e?s|e?d|ted)\\?$`,
);

/** "Who can say in the black community?": a phrase where the unknown clause belongs. */
function phraseAsUnknown(question: string): boolean {
  const rest = /^Who can say (.+)$/.exec(question)?.[1];
  return !!rest && UNKNOWN_PHRASE_OPENER.test(rest);
}

/**
 * "say NBC that", "say reporters that": a hearer between "say" and "that" is the copy's "told NBC that" stripped at
 * "told". A name, a pronoun or "reporters" only: in "say the deal that was signed…" the noun is the claim's subject.
 */
const HEARER_AFTER_SAY =
  /\bsays?\s+(?:(?:him|her|them|us|me|reporters|journalists)|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)\s+that\b/;

/** "D.C?", "Tucson, Ariz?": an abbreviation ending the question without its stop. */
const ABBREVIATION_LOST_STOP = new RegExp(`(?:(?:\\b[A-Z]\\.)+[A-Z]|\\b(?:${ABBREVIATED_WORD}))\\?$`);

/**
 * Whether `question` holds a splice of these kinds. `copy` is the text it was built from and `names`
 * the article's name words (kept capitalised wherever they stand).
 */
export function splicedWords(question: string, copy: string, names: ReadonlySet<string>): boolean {
  if (BAD_SUBJECT.test(question) || adverbForSubject(question, copy)) return true;
  if (PAST_IN_DO_SUBJECT.test(question) || CONJUNCTION_CLAUSE.test(question) || PAST_CONDITION.test(question))
    return true;
  if (complementCut(question, copy) || MODAL_TWICE.test(question)) return true;
  if (capitalAfterSplice(question, copy, names) || EMPTY_SAY.test(question) || participleForClause(question))
    return true;
  // A quotation keeps its own capitals and colons ("its headline, “…: I Am ‘Horrified’ By …”").
  if (FURNITURE.test(question.replace(/“[^”]*”|"[^"]*"/g, '“…”')) || QUOTE_AFTER_DO.test(question)) return true;
  // "D.C?" for the copy's "D.C.": the abbreviation lost its stop to the question mark.
  const abbreviation = ABBREVIATION_LOST_STOP.exec(question);
  if (abbreviation && copy.includes(`${abbreviation[0].slice(0, -1)}.`)) return true;
  // "…his office at the campaign's Brooklyn, N.Y.?" for "…Brooklyn, N.Y., headquarters": cut before the noun.
  const place = /,\s+((?:[A-Z]\.|[A-Z][a-z]{1,4}\.|R\s?-[A-Z]\.)(?:[A-Z]\.)*)\?$/.exec(question);
  if (place && new RegExp(`${escapeRegExp(place[1]!)},?\\s+[a-z]`).test(copy)) return true;
  // "…the mayor, said no decision…": an aside cut out of the clause and its comma left before the verb.
  if (/\bthat\s[^?]*\b[a-z]+,\s+(?:said|says|told|added|insisted)\s+[a-z]/.test(question)) return true;
  // "…confirmed that in 2019 that the barrier…": the subject before "was warned that" lost, "that" twice.
  if (/\bthat\s+(?:in|on|at|by|during|after|before|since|last|this)\s+[^,?]{1,30}?\s+that\s/.test(question))
    return true;
  // "Which sources say NBC that this week's address…": the hearer of "told" spliced in after the frame's "say".
  if (HEARER_AFTER_SAY.test(question)) return true;
  // "Which critics say the plan, and can they be named?": the claim cut before its verb.
  const said = /^Which\s+\S+(?:\s+\S+)?\s+(?:say|says|believe|think)\s+([^?]+?),\s+and can they be named\?$/.exec(
    question,
  );
  if (
    said &&
    said[1]!.split(/\s+/).length <= 4 &&
    !/\b(?:[a-z]+(?:s|ed)|is|are|was|were|will|would|can|could|has|have|had|must)\b/.test(
      said[1]!.replace(/^\S+\s+/, ''),
    )
  )
    return true;
  // "Which officials say Omar Mateen, the Afghan-American who took…, and can they be named?": the claim
  // is a name and its apposition; its own verb ("held two firearms licenses") was cut.
  if (said && said[1]!.includes(', ') && !holdsMainVerb(said[1]!)) return true;
  if (predicateInSubject(question, copy) || RELATIVE_CLAUSE_AS_CLAIM.test(question) || phraseAsUnknown(question))
    return true;
  // "…which that forecast appeared accurate…": two clause openers in a row.
  if (/\b(?:which|who|whom) that\b/.test(question)) return true;
  // "…right that of a “ferocious” battle ahead…": "warned of" gives a noun phrase, no clause.
  return /\bright that (?:of|about|on|for|against)\s/.test(question);
}

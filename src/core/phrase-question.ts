import { WEEKDAYS } from './calendar-words';
import { claimInFrame } from './claim-in-frame';
import { claimOwnerIt } from './claim-owner-it';
import { ASIDE, clauseAfter, plainClaim, VAGUE_SOURCE } from './claim-phrases';
import { cleftClaim } from './cleft-claim';
import { reportClaim } from './conflict-question';
import { datedClause } from './dated-clause';
import { deniedAppositive, disputedClaim, withoutAppositive } from './denied-appositive';
import { embeddedHedge } from './embedded-hedge';
import { frontedHedge } from './fronted-hedge';
import { hedgeAfter } from './hedge-after';
import { holdsVerb } from './holds-main-verb';
import { lowerStart } from './lower-start';
import { namedSayerOpens } from './named-sayer-opens';
import { beforeOuterTag } from './outer-tag';
import { pronounInSubject } from './pronoun-in-subject';
import { proposalClause } from './proposal-clause';
import { cutClause, dropLeading, reportedClause, stripEnd } from './question-clauses';
import { RELATIVE_ON_CLAIM } from './relative-on-claim';
import { sourceOutsideClaim } from './source-outside-claim';
import { contested } from './source-questions';
import { subjectRelativeClaim } from './subject-relative-claim';
import { RELATIVE_BEFORE } from './subjectless-clause';
import { unboundObject } from './unbound-object';
import { UNKNOWN_PHRASE_OPENER } from './unknown-phrase-opener';
import { upperStart } from './upper-start';
import { willQuestion } from './will-question';
import { liveClaimFrom } from './withdrawn-claim';
import { withoutLink } from './without-link';

export interface PhraseContext {
  text: string;
  /** The sentence this one answers or contradicts (a report for a conflict, an inquiry for "no evidence"). */
  pairText?: string;
  /** Who the sentence attributes its words to, or whom it is about. */
  actor: string | null;
  /** Whom the engine credits with the sentence's words (its quote or statement), when anyone: never just a name it mentions. */
  speaker?: string;
  /** The article's most-mentioned person or organisation: who to ask when the sentence names nobody. */
  mainActor: string | null;
  properWords: Set<string>;
  /** The main actor is a person (who can answer a charge), not an organisation or thing. */
  mainIsPerson?: boolean;
  /** Whether `actor` is a person; unknown when absent. */
  actorIsPerson?: boolean;
}

/** When the saying was ("said last week that …"): the time is the tag's, never the claim's (B-r43-14). */
const SAID_WHEN = String.raw`(?:(?:last|this) (?:week|month|year|night|\w+day)|(?:on )?(?:${WEEKDAYS})(?: (?:morning|afternoon|evening|night))?|on \w+day|yesterday|today|earlier) `;
const IT = /^(?:it|its)$/i;
const DUMMY_IT = /^it\s+(?:\w+\s+){0,2}?(?:be|is|was)\s+(?:\S+\s+){1,2}?(?:that|to|before|whether|until)\b/i;

/** "source" -> "sources": the question asks "which … say", whatever number the copy used. */
function pluralSource(noun: string): string {
  const lower = noun.toLowerCase();
  return /s$/.test(lower) || /familiar$/.test(lower) ? lower : `${lower}s`;
}

/** A sentence opening on a subordinator before its source: "While critics argue that …", "Although some experts say …". */
const SUBORDINATE_OPENING = /^\W*(?:while|although|though|whereas|even as|even though)\s+(?:[^\s,]+\s+){0,2}$/i;

/** The text up to its first comma, found by one scan (a claim's clause ends there). */
const untilComma = (text: string): string => (text.includes(',') ? text.slice(0, text.indexOf(',')) : text);

/** A vague source, its verb and the claim after it (vagueSource): one pattern for the module, not one per call. */
const VAGUE_SAID = new RegExp(
  `\\b(?:some |many |most |several |other )?(${VAGUE_SOURCE})(?: close to \\S+)? (?:(said|say|says|claim|claimed|believe|believed|suggest|suggested|warn|warned|expect|expected) (?:(?:however|also|now|too) )?(?:${SAID_WHEN})?(?:that )?|(argue[sd]?|contend(?:s|ed)?|insist(?:s|ed)?) (?:(?:however|also|now|too) )?that )(.{12,})$`,
  'i',
);
/** A singular source noun opening the sentence or a comma's aside, with no article or modifier before it. */
const HEADLINE_SOURCE = /(?:^|,\s+)(?:source|official|insider|analyst|critic|expert|observer) (?:says|said)\b/i;

/**
 * A claim that is a noun and its apposition, no clause ("the studio's head of film, Harlan Pike", left by a cut): nothing
 * to confirm, so the passage is shown (audit 53's B-a53-6). Only a run with a comma: holdsVerb misses a plural's base
 * verb ("a number of factors make …") and an infinitive complement ("expect the agency to dial back …"), whole claims.
 */
const nounPhraseOnly = (claim: string): boolean => claim.includes(', ') && !holdsVerb(claim);

export function vagueSource(ctx: PhraseContext): string | null {
  // "Investment, official says, helped global economy …": a singular source with no article is a headline's or a
  // subhead's register, its other articles dropped too; the question would keep them dropped. The passage is shown.
  if (HEADLINE_SOURCE.test(ctx.text)) return null;
  // "... and many commentators believe the deficit will remain ...": the claim is what follows the verb. An arguing
  // verb takes its claim only after "that" ("State officials argue that the rule …", review s34 B-main-62; "argue
  // over the budget" has none).
  const said = VAGUE_SAID.exec(stripEnd(ctx.text));
  // "a gap … that homeland security experts say renders talk moot": the source sits in a relative clause
  // whose subject is the head noun before "that"; what follows "say" has none of its own to ask about.
  if (said && RELATIVE_BEFORE.test(ctx.text.slice(0, said.index))) return null;
  // "…, party insiders believe — a seat he will need": what follows the verb must be a clause, not a dash or a quote.
  // "Officials said last week that it was offering …": "it" names nothing once its sayer is dropped (B-r43-14).
  // A dummy "it" before a clause it stands for ("it may be years before …", "it is likely that …") names nothing.
  if (said && pronounInSubject(said[4]!, IT) && !DUMMY_IT.test(said[4]!)) return null;
  if (said && /^[\p{L}\p{N}$£€]/u.test(said[4]!)) {
    // The plain present the question asks with: "said" → "say", "argued" → "argue", "insists" → "insist".
    const verb = (said[2] ?? said[3]!)
      .toLowerCase()
      .replace(/^(?:said|says)$/, 'say')
      .replace(/(?<![uv])ed$|(?<=[uv]e)d$|(?<=[^s])s$/, '');
    // "While critics argue that A, B": the source opens a subordinate clause, so its claim ends at that clause's
    // comma; B is the sentence's own (review s34, the prisoner-swap row).
    const claim = SUBORDINATE_OPENING.test(ctx.text.slice(0, said.index)) ? untilComma(said[4]!) : said[4]!;
    // An arguing verb's claim keeps the budget the whole-sentence reading gave it before it had this template.
    const budget = said[3] ? 22 : 20;
    const asked = cutClause(claim, budget);
    return nounPhraseOnly(asked)
      ? null
      : `Which ${pluralSource(said[1]!)} ${verb} ${lowerStart(asked, ctx.properWords)}, and can they be named?`;
  }
  const aside = ASIDE.test(ctx.text);
  // "Kasich said he would have fired him, according to press reports": what the reports say is that Kasich said
  // it, so his saying stays in the claim; only a source's own verb is stripped (sample 30's #43).
  const reported = /\baccording to\b/i.test(ctx.text) ? ctx.text : reportedClause(ctx.text.replace(ASIDE, ' '));
  const cut = cutClause(reported, 22);
  // The hedge's words ("are said to be") go before the budget is counted: the claim's own words fill it.
  const clause = embeddedHedge(cut) ? cut : cutClause(plainClaim(reported), 22);
  const source = sourceOutsideClaim(ctx.text, clause);
  // "Devine acknowledged that …, something Sanders aides argue is possible": the claim asked is a named person's own
  // saying; the vague source is another clause's (sample 39's #8). No source to ask for: the passage is shown.
  if (namedSayerOpens(clause, ctx.properWords)) return null;
  if (nounPhraseOnly(clause) || RELATIVE_HEDGE.test(ctx.text)) return null;
  if (source && !aside)
    return `Which ${pluralSource(source)} say ${lowerStart(clause, ctx.properWords)}, and can they be named?`;
  return `Can a named source confirm that ${lowerStart(clause.replace(/,?\s*according to [^,]+,?/i, ' ').trim(), ctx.properWords)}?`;
}

/**
 * "The ship is entered with the club, which is understood to be considering …": a hedge opening a non-restrictive
 * relative clause hedges that clause alone, and the main clause the question would ask is the writer's own fact
 * (audit 58's B-a58-18); the passage is shown.
 */
const RELATIVE_HEDGE =
  /,\s+(?:which|who)\s+(?:is|are|was|were)\s+(?:said|understood|believed|thought|rumou?red)\s+to\b/i;

/** A hedge opening a phrase after a comma (", apparently referring to X, said", ", reportedly a former clerk"). */
const HEDGED_ASIDE = /,\s+(?:reportedly|allegedly|apparently|purportedly|supposedly)\s+[a-z]/i;

/** Rumour and speculation named as such (the hedge family's nouns and verb), and the other words that hedge a clause. */
const SPECULATION = /\b(?:rumou?rs?|speculation|speculat(?:e|es|ed|ing))\b/i;
const OTHER_HEDGE =
  /\b(?:reportedly|allegedly|apparently|purportedly|supposedly|unconfirmed|claims?|allegations?|accusations?|suggestions?)\b/i;

/**
 * A hedge the clause asked can drop, its question's "Can it be confirmed" carrying the doubt. One after a determiner
 * ("an apparently fictitious company") modifies the words of its noun phrase, not the clause: dropped, it states the
 * doubted word as fact and may leave "an" before a consonant (sample 33's #20), so it stays; so does one after a
 * relative "that" ("the gifts that apparently came from …", sample 33's #4), which doubts only its relative clause.
 * ("This/these/some" stand alone as subjects too, so a hedge after them may be the clause's.)
 */
const HEDGE_WORD =
  /(?<!\b(?:a|an|the|that|its|his|her|their|our|my|your)\s*),?\s*\b(?:reportedly|allegedly|apparently|purportedly|supposedly)\b,?/gi;

/** The two words a hedge doubts, which the clause asked must keep ("reportedly been critical" → "been critical"). */
const HEDGED_WORDS = /\b(?:reportedly|allegedly|apparently|purportedly|supposedly)\b,?\s+([^\s,]+(?:\s+[^\s,]+)?)/i;

const CLAIM_THAT = /\b(?:claims?|allegations?|accusations?|suggestions?)\s+that\s+/i;
export function hedged(ctx: PhraseContext): string | null {
  // "Firms speculate that …", "X argued that …": whether the one who says it is right.
  const argued = contested(ctx);
  if (argued) return argued;
  const relative =
    /^(.{3,80}?),\s+(?:which|who) (was|were|is|are|had|has) (?:reportedly|apparently|allegedly|supposedly|purportedly) ([^,]+)/i.exec(
      dropLeading(ctx.text),
    );
  if (relative) {
    const verb = relative[2]!.toLowerCase();
    return `${upperStart(verb)} ${lowerStart(relative[1]!, ctx.properWords)} really ${stripEnd(relative[3]!)}?`;
  }
  // Only "claims that …": after "accusations of" comes a noun phrase, never a claim to put as "Is it true that…".
  // A withdrawn claim's is skipped for a live one after it (withdrawn-claim.ts).
  const after = clauseAfter(ctx.text.slice(liveClaimFrom(ctx.text, CLAIM_THAT)), CLAIM_THAT);
  const claim = after && claimInFrame(ctx.text, cleftClaim(ctx.text, after));
  // A subject's claim run on into the sentence's verb: no cut of it is the claim; the passage is shown.
  if (after && !claim) return null;
  // "suggestions that U.S. troops should be withdrawn", "that Russia spy on …": a proposal, neither true nor false.
  if (claim && (proposalClause(claim) || subjectRelativeClaim(claim))) return null;
  // "a claim that Gowdy's office strongly disputes": "that" opens a relative clause whose verb lacks
  // its object (the claim itself), not the claim.
  if (claim && RELATIVE_ON_CLAIM.test(claim)) return null;
  // "…, a figure the company disputes": the appositive is the second side, not part of the claim (review s34 B-main-61).
  const disputed = claim ? deniedAppositive(claim) : null;
  if (claim && disputed) return disputedClaim(claim.slice(0, disputed.at), disputed, ctx.properWords);
  const people = [ctx.actorIsPerson ? ctx.actor : null, ctx.mainIsPerson ? ctx.mainActor : null];
  const asked =
    claim &&
    claimOwnerIt(
      ctx.text,
      withoutAppositive(claim),
      people.filter((p) => p !== null),
    );
  if (claim && !asked) return null;
  if (asked && asked.split(/\s+/).length >= 4 && !/^["“]/.test(asked))
    return `Is it true that ${lowerStart(asked, ctx.properWords)}?`;
  // "Shares rose on speculation that …", "Carson moved to shut off speculation …", "The votes won't be counted until
  // March 15, and the speculation rages": rumours and speculation are things in the story, not a hedge on the clause
  // around them, so "Can it be confirmed that <that clause>" asks what nobody doubts. With no hedging adverb or claim
  // word beside them, the passage is shown.
  if (SPECULATION.test(ctx.text) && !OTHER_HEDGE.test(ctx.text)) return null;
  // "One message, apparently referring to air strikes, said: …", "Police held a man, reportedly a former clerk":
  // the hedge opens a phrase after a comma and doubts only that phrase, not the clause around it; with the hedge
  // dropped the phrase runs into the subject or object (or, cut at its comma, is left as the whole clause, with no
  // verb). The passage is shown.
  // So does one inside a participle phrase that opens the sentence ("Fueled apparently by …, Trump explained").
  if (HEDGED_ASIDE.test(ctx.text) || frontedHedge(ctx.text)) return null;
  const clause = datedClause(
    ctx.text,
    // A hedge in an embedded clause doubts that clause, not the one asked: it stays (sample 32's #49).
    cutClause(reportedClause(embeddedHedge(ctx.text) ? ctx.text : ctx.text.replace(HEDGE_WORD, '')), 22),
  );
  if (clause.split(/\s+/).length < 5) return null;
  // "Meg Whitman is a Republican, but has reportedly been critical of Trump": the cut keeps the first half, and the
  // hedge is in the second; what the question would ask is not what the copy doubts. The passage is shown.
  const hedgedWords = HEDGED_WORDS.exec(ctx.text)?.[1];
  if (hedgedWords && !clause.toLowerCase().includes(hedgedWords.toLowerCase())) return null;
  // "Carson appeared on Sunday shows amid news reports that question his past statements": the hedging noun stands
  // after the clause asked, in a phrase of its own, and doubts only that phrase (sample 31's #15). The passage is shown.
  if (hedgeAfter(ctx.text, clause)) return null;
  return `Can it be confirmed that ${lowerStart(clause, ctx.properWords)}?`;
}

/** "not clear", "unknown", and one -ly or "yet" adverb inside ("not immediately clear", audit 48's B-a48-6). */
// "Nobody in the valley can say how much …": no one able to say is the copy's own "not known" (audit 56's B-a56-18).
const UNKNOWN_MARK =
  /(?:(?:\bnot|n['’]t) (?:\w+ly |yet )?(?:clear|known)|\bun(?:clear|known)|\bremains to be seen|\b(?:nobody|no one)\b[^.;,]{0,40}?\b(?:can|could)(?:not)? (?:say|tell)(?:(?: (?!(?:why|how|what|when|where|who|which|whether|if)\b)[\w'’-]+){1,5}?(?= (?:why|how|what|when|where|who|which|whether|if)\b))?|\b(?:could|can)(?:not|n['’]t| not) (?:yet )?be (?:immediately )?(?:known|learned|determined|established|ascertained))\s+/i;
export function unclear(ctx: PhraseContext): string | null {
  const after = clauseAfter(ctx.text, UNKNOWN_MARK);
  // "While it’s unclear how delegates are assigned, they are asked to rank …": the unknown opens a subordinate
  // clause, so what is unknown ends at that clause's comma; the main clause after it is the sentence's own, not part
  // of the question (sample 51's #23). A clause too short to ask once cut there is shown as its passage.
  const mark = UNKNOWN_MARK.exec(ctx.text);
  const fronted = after !== null && mark !== null && SUBORDINATE_OPENING.test(ctx.text.slice(0, mark.index));
  const rest = fronted ? untilComma(after) : after;
  if (fronted && rest!.split(/\s+/).length < 4) return null;
  // "it is not clear that it was used": the pronoun's noun is in the clause the question drops (sample 39's #35).
  if (rest && pronounInSubject(rest.replace(/^(?:that|whether|if)\s+/i, ''))) return null;
  if (rest) {
    // "…, or whether the other side would …": a second whether-clause is a second question; the yes/no question
    // asks the first alone, so no "or whether" is left inside it (audit 57's B-a57-11); "Who can say" keeps both.
    const wh = /^(whether|if)\s+(.+?)(?:,?\s+or whether\b.*)?$/i.exec(rest);
    if (wh) return willQuestion(wh[2]!, ctx.properWords) ?? `Who can say whether ${rest.slice(wh[1]!.length).trim()}?`;
    // "largely unknown in the black community": a phrase, not what is unknown; the passage instead.
    if (UNKNOWN_PHRASE_OPENER.test(rest)) return null;
    return `Who can say ${rest}?`;
  }
  // Nothing says what is unknown: the passage itself, shown with its kind, says more than a generic question.
  return null;
}

/** "X reported that …": has anyone confirmed it? Falls back to the hedged template. */
export function report(c: PhraseContext): string | null {
  // "…, the complaint states.": the claim reported ends before an outer tag over the report (outer-tag.ts).
  const r = reportClaim(dropLeading(beforeOuterTag(c.text)));
  // A pronoun in the claim's subject, or its verb's object, stands for a noun the question drops, often the sayer:
  // the passage says it.
  if (r && (pronounInSubject(r.claim) || unboundObject(r.claim))) return null;
  return r && r.claim.split(/\s+/).length >= 4
    ? `Has anyone confirmed the report that ${lowerStart(r.claim, c.properWords)}?`
    : hedged(c);
}

/** A template's output as printed: capital first, single spaces, no space before punctuation. */
export function finishQuestion(text: string | null): string | null {
  return text === null ? null : upperStart(withoutLink(text.replace(/\s+/g, ' ')).replace(/\s+([,?])/g, '$1'));
}

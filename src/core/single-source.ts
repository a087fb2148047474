import { activityHead } from './activity-head';
import { closeGap, leavesClauseOpen } from './close-gap';
import { lowerStart } from './lower-start';
import { messageHead } from './message-head';
import { pastParticiple } from './past-participle';
import type { PhraseContext } from './phrase-question';
import { cutClause, dropLeading, stripEnd } from './question-clauses';
import { ROLE_HEADS } from './role-heads';
import { sourceListTail } from './source-list-tail';
import { withPerson } from './with-person';

/** The template for a claim that rests on one named source ("according to …"). */

/**
 * A head noun naming a person or a post ("the trust's chief executive", "a spokeswoman", "officials"),
 * read from the role-noun lexicon, not from word endings: "the indictment", "a statement", "the letter"
 * are documents, and the name after them is the claim's subject.
 */
function personHead(phrase: string): boolean {
  const head = phrase.split(/\s+/).pop()!.toLowerCase();
  return (
    ROLE_HEADS.has(head) || ROLE_HEADS.has(head.replace(/s$/, '')) || /^(?:people|sources?|officials?)$/.test(head)
  );
}

/** Head nouns of a document or a count, which confirms nothing beyond itself: "a new poll", "the results". */
const DOCUMENT_HEAD =
  /^(?:polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|reviews?|memos?|memorandums?|filings?|documents?|records?|releases?|statements?|letters?|results?|data|figures|numbers|counts?|tall(?:y|ies)|averages?|estimates?|projections?|forecasts?|audits?|summar(?:y|ies)|transcripts?|emails?|indictments?|complaints?|lawsuits?|rulings?|papers?|files?|logs?|charts?|maps?|tables?|index|indexes)$/i;

/** Words that end a source phrase's head: prepositions, relatives and the participles that open a modifier. */
const HEAD_STOP =
  /^(?:of|by|from|in|on|for|at|with|who|that|which|released|published|taken|conducted|broadcast|issued|obtained|available|compiled|collected|gathered|provided|cited)$/i;

/**
 * A source's apposition ("…, according to Andy Smith, director of the Survey Center"): closed by its own comma when
 * the source sits inside the clause, else by a comma or the end. Built once, not per source read.
 */
const APPOSITION_SOURCE = String.raw`^,\s+(?:(?:a|an|the)\s|(?:[a-z][\w-]*\s+){1,3}(?:of|at|for|with)\s)[^,;]*`;
const APPOSITION_CLOSED = new RegExp(`${APPOSITION_SOURCE}(?=,)`);
const APPOSITION = new RegExp(`${APPOSITION_SOURCE}(?=,|$)`);
/** A preposition after a participle: "posted on", "pinned to", "signed by". */
const PREPOSITION = /^(?:on|at|to|in|by|from|outside|inside|near|onto|into|across|along|around|over|under)$/i;

/**
 * A source phrase's head noun: its last word before a preposition, a participle or a relative ("a 2013 study
 * by economists…" -> "study", "the most recent data available from the FBI" -> "data"). Any participle followed by a
 * preposition ends it too ("a notice posted on the pier gates" -> "notice", where "posted" was read as the head; review
 * 47, B-r47-12); before its noun a participle is an adjective ("a leaked memo").
 */
function sourceHead(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const stop = words.findIndex(
    (w, i) => i > 0 && (HEAD_STOP.test(w) || (pastParticiple(w) && PREPOSITION.test(words[i + 1] ?? ''))),
  );
  return words[(stop > 0 ? stop : words.length) - 1]!.replace(/['’]s?$/, '');
}

/**
 * The clause a closing "according to" credits: "Obama isn't seeking re-election, but his address will be a
 * topic of the race, according to Republicans" credits what follows "but" (the first clause is a fact the
 * writer concedes), and "While X, Y, according to Z" credits Y.
 */
function creditedClause(claim: string): string {
  const but = claim.lastIndexOf(', but ');
  const main = but > 0 ? claim.slice(but + ', but '.length) : claim;
  return main.replace(/^(?:while|although|though|even though)\s[^,]+,\s*/i, '');
}

/**
 * "Politico reported, according to sources in the meetings, Clinton tried …": a tag fronted with a comma is a
 * second attribution (the publication's, who passes the sources on), not part of the claim that follows it.
 */
const FRONTED_TAG =
  /^(?:(?:\p{Lu}[\p{L}\w'’.&-]*\s+){1,4}|(?:he|she|they|it)\s+)(?:reported|reports|said|says|wrote|writes|added|noted),\s+(?=\S)/u;
/**
 * "Bloomberg reports that the nominee has won …, according to the Roper Center": a named publisher's report verb
 * with "that" passes the source's finding on, as the comma tag does; the claim to confirm is the finding, not that
 * the publisher reports it (sample 58's #39). "Said that" stays: a speaker's words relayed are the claim.
 */
const FRONTED_REPORT = /^(?:\p{Lu}[\p{L}\w'’.&-]*\s+){1,4}(?:reported|reports|wrote|writes)\s+that\s+(?=\S)/u;

/** A verb that would make a phrase a clause, not a post ("the board hired a director"). */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|said|says|[a-z]{3,}ed)\b/;
/** A person's name as a source: two to four capitalised words ("Lorella Praeli", "Dana F. Smith"). */
const NAME = /^(?:\p{Lu}[\p{L}\w'’.-]*\s+){1,3}\p{Lu}[\p{L}\w'’-]*$/u;

/** "…, according to a recent Reuters survey": can anyone besides that one source confirm it? */
export function singleSource(ctx: PhraseContext): string | null {
  const text = dropLeading(stripEnd(ctx.text));
  // "according to the trust's chief executive, Owen Price": the name in apposition is the source.
  // A spaced dash ends the source as a comma does: "most Americans - 63 percent, according to the report - still
  // believe …" would otherwise read the clause's own verb phrase into the source.
  const source =
    /,?\s*[Aa]ccording to ((?:(?!\s(?:--?|[–—])\s)[^,;]){3,80}?)(?:,\s*((?:\p{Lu}[\p{L}\w'’.-]*\s?){1,4}))?(?=,|$|\s(?:--?|[–—])\s)/u.exec(
      text,
    );
  // "its own website.''": a source that is a pronoun's or runs into quote marks names no one.
  if (!source || /^(?:its|his|her|their|our|my)\b|["'”’.]$/i.test(source[1]!.trim())) return null;
  // A source closed by a dash sits inside a dashed aside that holds more of the claim (a figure, a qualifier) and
  // splits the clause around it: no cut of it is the claim, so the passage is shown.
  if (/^\s(?:--?|[–—])\s/.test(text.slice(source.index + source[0].length))) return null;
  // "According to an FBI summary of its investigation, Cheryl Mills, a top Clinton aide, sent…": a name
  // after a document is the claim's subject; only a person ("the trust's chief executive") has one in apposition.
  const named = !!source[2] && (source.index > 0 || personHead(source[1]!.trim()));
  let who = (named && source[2]?.trim()) || source[1]!.trim();
  // "Can anyone besides a new poll confirm…": a poll, a study, a report is no one; the passage is shown. Nor is what
  // WordNet files as a message ("Axelrod's memoir", "a diary"): it carries someone's words and says nothing itself,
  // unless it names who spoke ("interviews with the mayor's friends": those friends are the source; with-person.ts).
  const head = sourceHead(who);
  const message = messageHead([head]) !== null && !withPerson(who);
  // Nor is an activity ("preliminary exit polling", sample 48's #43).
  if (!named && (DOCUMENT_HEAD.test(head) || message || activityHead(head))) return null;
  let end = source.index + (named ? source[0].length : source[0].indexOf(source[1]!) + source[1]!.length);
  // "according to interviews with Cruz's friends, aides and allies, he wants …": the list's tail is the source's.
  const tail = named ? 0 : sourceListTail(text.slice(end));
  who += text.slice(end, end + tail);
  end += tail;
  // "…, according to CrowdTangle, a social analytics tool that monitors social media.": the source's
  // apposition and a relative clause on it ("…, whose conclusions were seconded by…") go with it, or
  // they would describe the claim's last noun.
  // "…ago after, according to him, Televisa censured…": an aside inside the clause, whose rest follows it.
  // "Republicans denounced the deal, which would slash the rate to 17 percent, according to company leaders": a
  // source right after an open which-clause credits what that clause says of its noun, not the main clause (sample
  // 44's #45, asked "Can anyone besides company leaders confirm that Republicans also denounced the deal?"); the
  // passage is shown. A who-clause describing a person ("hired Katrina Pierson, who has been outspoken …, according
  // to Politico") more often leaves the source the sentence's, so it is not read so.
  if (source.index > 0 && /,\s+which\s[^,;]*$/i.test(text.slice(0, source.index))) return null;
  const inside = source.index > 0 && leavesClauseOpen(text.slice(0, source.index), text.slice(end));
  if (source.index > 0) {
    // "…, according to Andy Smith, director of the Survey Center": a post with no article is an apposition too.
    // Inside a clause only one closed by its own comma is: "after, according to him, the network censured…".
    const apposition = (inside ? APPOSITION_CLOSED : APPOSITION).exec(text.slice(end));
    if (apposition) end += apposition[0].length;
    const relative = /^,\s+(?:who|whose|which)\s[^;]*$/.exec(text.slice(end));
    if (relative && !inside) end += relative[0].length;
  }
  // "According to Lorella Praeli, Clinton's Latino vote director, the campaign has …": a name's post, closed by its
  // own comma and headed by a role, is its apposition, not the claim's subject (its clause follows the second comma).
  const post = source.index === 0 && !named ? /^,\s+([^,;]{3,80}),\s+(?=\S)/.exec(text.slice(end)) : null;
  if (post && NAME.test(who) && personHead(post[1]!) && !FINITE.test(post[1]!)) end += post[0].length - 1;
  const whole = stripEnd(closeGap(text.slice(0, source.index), text.slice(end))).trim();
  const claim = (source.index > 0 ? creditedClause(whole) : whole).replace(FRONTED_TAG, '').replace(FRONTED_REPORT, '');
  if (claim.split(/\s+/).length < 5 || /^["“]/.test(claim)) return null;
  // "At the root of the feud, according to Ann Bell, a former harbour master, was a decision …": in an inverted
  // sentence the source's apposition is left before the verb whose subject comes after it; a claim whose first comma
  // is followed by its verb is no clause (sample 52's #15 shape), so the passage is shown.
  if (/^[^,;]{1,80},\s+(?:is|are|was|were)\s/.test(claim)) return null;
  return `Can anyone besides ${lowerStart(who, ctx.properWords)} confirm that ${lowerStart(cutClause(claim, 22), ctx.properWords)}?`;
}

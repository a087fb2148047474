import { activityHead } from './activity-head';
import { speakerName } from './claim-phrases';
import { closeGap, leavesClauseOpen } from './close-gap';
import { withoutAppositive } from './denied-appositive';
import { lowerStart } from './lower-start';
import { messageHead } from './message-head';
import { pastParticiple } from './past-participle';
import type { PhraseContext } from './phrase-question';
import { pluralCommonNoun } from './plural-common-noun';
import { ProperWords } from './proper-words-of';
import { cutClause, dropLeading, stripEnd } from './question-clauses';
import { ROLE_HEADS } from './role-heads';
import { singularsOf } from './singulars-of';
import { sourceListTail } from './source-list-tail';
import { VOICED_WORRY } from './voiced-worry';
import { withPerson } from './with-person';

/** Templates for a claim that rests on one named source, or on someone's argument. */

/** A name or "the trust": "half of them", "some", "others" or "they" is no one to put a question to. */
export function namesSomeone(who: string): boolean {
  return (
    /^(?:the\s|[A-Z])/.test(who) &&
    !/^(?:half|some|many|most|all|none|several|both|each|one|two|three|few|others?|they|we)\b/i.test(who)
  );
}

/** Words that cannot end a subject: "Mook refused to", "he also", "Obama repeatedly", "Harry Reid —". */
const DANGLING = /\s(?:to|also|often|instead|today|now|still|then|too|so|[a-z]+ly|[—–-])$/;
/** A verb before any relative clause: "his ex-wife agreed", "experts have similarly discounted …". */
const CLAUSE_VERB =
  /^(?:(?!\b(?:who|whom|which)\b).)*?\s(?:that|is|are|was|were|has|have|had|led|continues|says|said|[a-z]{3,}ed)\b/;

/**
 * Whether the words before "argues"/"warned" are a noun phrase an editor can ask "Is … right that"
 * of, not a clause: no verb or "that" before a relative clause, no dangling adverb or "to", no
 * pronoun, and not a state abbreviation cut at its stop ("Wilmington, N.C., warned" gives "N.C").
 */
export function isSubjectPhrase(who: string, before: string): boolean {
  if (/^(?:he|she|it|instead)\b/i.test(who) || DANGLING.test(` ${who}`) || CLAUSE_VERB.test(` ${who}`)) return false;
  // "Cleveland sets strict rules as Philadelphia", "Shares fell 12% after it", "Shares slid when traders": a
  // subordinate clause inside is no noun phrase (a subject rarely holds "the day after <noun>"; its passage is shown).
  if (/\s(?:as|while|because|although|whereas)\s+(?!well\b)\S/.test(who) && !/\bsuch as\b/.test(who)) return false;
  if (/\s(?:after|before|when|since|until|once)\s+\S/.test(who)) return false;
  // "Bunkerville, Nev., others argue": the state abbreviation, cut at its stop, is no speaker.
  return !(/^(?:(?:[A-Z]\.)*[A-Z]|[A-Z][a-z]{1,3})$/.test(who) && before.includes(`${who}.`));
}

const ARGUED =
  /^(.{2,140}?)\s+(?:argue[sd]?|insist(?:s|ed)?|contend(?:s|ed)?|speculate[sd]?|(?:have |has |had )?expressed (?:concern|doubts?))\s+(?:that\s+)?(.{12,})$/i;

/** "They argue that the EPA overstepped its authority" -> "Are they right that the EPA overstepped its authority?" */
export function contested(ctx: PhraseContext): string | null {
  const found = ARGUED.exec(dropLeading(stripEnd(ctx.text)));
  if (!found || /["“]/.test(found[2]!.slice(0, 2))) return null;
  // "Ms. Brainard chimed in, breaking with the Fed's chairwoman, Janet L. Yellen, to argue that …": an infinitive's
  // arguer is the subject of the clause it completes, not the name before "to" (there the one argued against: sample
  // 50's #35). That subject may stand any distance back; the passage is shown.
  if (/\sto$/i.test(found[1]!)) return null;
  // "Residents voiced fears that the road could bring lorries": a worry, not a claim to be right or wrong
  // about; the passage is shown.
  if (VOICED_WORRY.test(ctx.text)) return null;
  const raw = speakerName(found[1]!);
  const who = raw && /^(?:they|we)$/i.test(raw) ? null : raw;
  // A name or "the trust": "half of them" is no one to put the question to.
  if (!who || who.split(/\s+/).length > 8 || !namesSomeone(who) || !isSubjectPhrase(who, found[1]!)) return null;
  // "…that its products are safe, an assertion the regulator has rejected": the appositive sums the claim up and is
  // no part of it (review s35 B-sample31-3).
  const claim = withoutAppositive(found[2]!);
  // "The White House expressed doubt that North Korea had the capability …": the clause is what the doubter holds
  // false, so "Is the White House right that North Korea had …?" would put it in their mouth (sample 42's #39); the
  // question asks whether they are right to doubt it, and a doubt with no that-clause ("doubts about …") asks nothing.
  const doubted = /\bexpressed doubts?\s+(that\s+)?$/i.exec(found[0].slice(0, found[0].length - found[2]!.length));
  if (doubted && !doubted[1]) return null;
  return `${rightSubject(who, ctx)} right ${doubted ? 'to doubt ' : ''}that ${lowerStart(cutClause(claim, 20), ctx.properWords)}?`;
}

/**
 * "Are firms", "Is the trust": the subject of an "… right that …?" question as printed and its verb, for the claims
 * and the warnings. The verb agrees with the subject as printed ("critics", "the council") or with the copy's own verb
 * ("Democrats argue", a name that keeps its capital).
 */
export function rightSubject(who: string, ctx: PhraseContext): string {
  const names = namesBut(who, ctx);
  const subject = lowerStart(who, names);
  return `${pluralCommonNoun(who, [ctx.text]) ? 'Are' : isOrAre(subject, names)} ${subject}`;
}

/**
 * The article's names less a lone plural ("Parents insisted that …", "Firms argue …") that the copy capitalises, in
 * either number, only where a sentence opens: the speaker list holds it because it said something, which makes it no
 * name, so it reads as the common noun ("Are parents right …"; review s39 B-r39-11). A plural is one the copy agrees a
 * plural verb with, or one `isOrAre` reads as a common plural by its ending whose verb here is not a singular's
 * ("Withers says"). "Democrats" keeps its capital from the lexicon; a surname after its first name ("Jo Withers"), or
 * "Conservatives" beside "a Conservative councillor", from the copy; a name set beside a singular apposition
 * ("Sanders, the council leader,") is one person's (review s40: "Are sanders right …").
 */
function namesBut(who: string, ctx: PhraseContext): Set<string> {
  const properWords = ctx.properWords;
  if (!(properWords instanceof ProperWords) || !properWords.has(who) || !/^[A-Z][a-z]+s$/.test(who)) return properWords;
  // "Sanders, the council leader, insisted …": a singular apposition makes the subject one person.
  // Its head, the last of up to five words before any relative clause, is singular ("an architect who rents a plot");
  // "Parents, the ones who …," is no such apposition.
  const apposition = `(?:a|an|the)(?:\\s(?!who\\b|which\\b|that\\b)[\\w'’-]+){1,5}(?<!s)(?:\\s(?:who|which|that)\\s[^,]{1,60})?`;
  if (new RegExp(`(?:^|\\s)${who},\\s+(?:${apposition}),`).test(ctx.text)) return properWords;
  const singularVerb = new RegExp(`(?:^|\\s)${who}\\s+(?:is|was|has|does|[a-z]+[^s\\W]s)\\b`).test(ctx.text);
  if (!pluralCommonNoun(who, [ctx.text]) && (isOrAre(who) === 'Is' || singularVerb)) return properWords;
  const written = (word: string) => properWords.written.has(word.charAt(0).toUpperCase() + word.slice(1));
  if (written(who) || singularsOf(who.toLowerCase()).some(written)) return properWords;
  const names = new ProperWords(properWords.lowerCase);
  for (const word of properWords) if (word !== who) names.add(word);
  return names;
}

/**
 * "Is" or "Are" for a subject: "critics", "the Democrats", "Wilcox and Beruff" and "partisans on both
 * sides" (the head before its preposition) are plural; a surname ending in s ("Sanders", among `names`)
 * is one person.
 */
export function isOrAre(who: string, names: ReadonlySet<string> = new Set()): 'Is' | 'Are' {
  const head = who.split(/\s(?:of|on|in|at|from|for|with|to|who|which|that|across|around)\s/)[0]!;
  if (/\s(?:and|&)\s/.test(head)) return 'Are';
  const plural = (phrase: string) =>
    (/(?:^|\s)[a-z]+s$/.test(phrase) ||
      /^the\s.*[A-Z][a-z]+s$/i.test(phrase) ||
      /[A-Z][a-z]+(?:ans|ats|ives|ists|ites|ies)$/.test(phrase) ||
      // "Ministers", "Critics" opening the sentence: a common plural, unless it is one of the article's names.
      (/^[A-Z][a-z]+(?:ers|ors|ics|ants|ents)$/.test(phrase) && !names.has(phrase))) &&
    !/(?:ss|us|is)$/.test(phrase);
  return plural(who) || plural(head) ? 'Are' : 'Is';
}

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
  /^(?:(?:[A-Z][\w'’.&-]*\s+){1,4}|(?:he|she|they|it)\s+)(?:reported|reports|said|says|wrote|writes|added|noted),\s+(?=\S)/;

/** A verb that would make a phrase a clause, not a post ("the board hired a director"). */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|said|says|[a-z]{3,}ed)\b/;
/** A person's name as a source: two to four capitalised words ("Lorella Praeli", "Dana F. Smith"). */
const NAME = /^(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*$/;

/** "…, according to a recent Reuters survey": can anyone besides that one source confirm it? */
export function singleSource(ctx: PhraseContext): string | null {
  const text = dropLeading(stripEnd(ctx.text));
  // "according to the trust's chief executive, Owen Price": the name in apposition is the source.
  // A spaced dash ends the source as a comma does: "most Americans - 63 percent, according to the report - still
  // believe …" would otherwise read the clause's own verb phrase into the source.
  const source =
    /,?\s*[Aa]ccording to ((?:(?!\s(?:--?|[–—])\s)[^,;]){3,80}?)(?:,\s*((?:[A-Z][\w'’.-]*\s?){1,4}))?(?=,|$|\s(?:--?|[–—])\s)/.exec(
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
  const claim = (source.index > 0 ? creditedClause(whole) : whole).replace(FRONTED_TAG, '');
  if (claim.split(/\s+/).length < 5 || /^["“]/.test(claim)) return null;
  return `Can anyone besides ${lowerStart(who, ctx.properWords)} confirm that ${lowerStart(cutClause(claim, 22), ctx.properWords)}?`;
}

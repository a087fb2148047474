import { speakerName } from './claim-phrases';
import { withoutAppositive } from './denied-appositive';
import { lowerStart } from './lower-start';
import type { PhraseContext } from './phrase-question';
import { pluralCommonNoun } from './plural-common-noun';
import { pluralPersonHead } from './plural-person-head';
import { ProperWords } from './proper-words-of';
import { cutClause, dropLeading, stripEnd } from './question-clauses';
import { singularsOf } from './singulars-of';
import { VOICED_WORRY } from './voiced-worry';

/**
 * The template for someone's argument, and the subject helpers the question templates share (a claim resting on
 * one source: single-source.ts).
 */

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
  if (pluralPersonHead(who)) return `Are ${who.charAt(0).toLowerCase()}${who.slice(1)}`;
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

import type { ArticleYear } from './article-year';
import { MONTHS, WEEKDAYS } from './calendar-words';
import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';

/**
 * Gates that read a cue's clause as history or plain narration by its grammar (issue 13, session 39, kind54; sample
 * 35's kind misreads): a "return" that is a going back, not a reply; a challenge dated to a past year; criticism its
 * own sentence says was toned down or dropped. Each reads a bounded stretch beside the match, so a long sentence is
 * read in linear time.
 */

/** How far beside a match a gate reads. */
const NEAR = 120;
const { before, after } = gateWindow;

/**
 * Unknown needs a source that has not answered, not a person who did not go back somewhere: "Emanuel didn't return
 * to investment banking after leaving the White House" narrates a career. A reply's "return" takes what was sent as
 * its object ("did not return a phone message", "did not return calls"); the going back takes a place or state after
 * a preposition or "home". Likewise "did not respond in kind" is a retort withheld, not a request unanswered.
 */
const WENT_BACK: KindGate = {
  name: 'went-back',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'refusal') return false;
    const next = after(text, index, match, 20);
    if (/\breturn$/i.test(match)) return /^\s+(?:to|home|from|as)\b/i.test(next);
    return /\brespond$/i.test(match) && /^\s+in kind\b/i.test(next);
  },
};

/**
 * Disputed needs a challenge still open, not one told as history with its year: "In 2008, Hillary Clinton slammed
 * Barack Obama as elitist …", "When she ran for the Senate in 2010, Barbara Boxer attacked Fiorina by …". The year
 * ("in 2008", "during 2010") sits in the challenge's own clause before the verb (back to a semicolon, colon, dash or
 * bracket) or in the five words after it, and no recent time or present tie stands near ("on Saturday", "last week",
 * "now", "still", a perfect or a modal, in the 240 characters before and 120 after): news of this week is dated by its
 * day, not its year. Only a past verb is read ("criticized", "attacked"); a noun ("criticism of") or a present verb
 * ("rejects") stays. Inside a quotation the history is the speaker's own charge ("'… then she attacked President
 * Obama in 2008 for being too tough on guns,' Weaver said"), so it stays too.
 */
const YEAR_DATED_CHALLENGE: KindGate = {
  name: 'year-dated-challenge',
  lacks: (f, text, index, match, reads) =>
    f.shape === 'challenge' &&
    /^(?:dismissed|rejected|rebuffed|branded|attacked|critici[sz]ed|condemned|slammed|rebutted)$/i.test(match) &&
    (pastYear(YEAR.exec(/[^;:—–(]*$/.exec(before(text, index, NEAR))![0]), reads.year) ||
      pastYear(YEAR.exec(/^(?:\s*\S+){0,5}/.exec(after(text, index, match, NEAR))![0]), reads.year)) &&
    !RECENT.test(`${before(text, index, 240)} ${after(text, index, match, NEAR)}`) &&
    !insideQuotation(text, index),
};
/**
 * Whether a quotation is open at index: more opening marks than closing ones before it (straight ones paired), read
 * over the 400 characters before it so that a long run of matches stays linear.
 */
function insideQuotation(text: string, index: number): boolean {
  const lead = before(text, index, 400);
  const straight = lead.split('"').length - 1;
  return straight % 2 === 1 || lead.split('“').length > lead.split('”').length;
}
const YEAR = new RegExp(String.raw`\b(?:in|during) ((?:${MONTHS}),? )?(1[89]\d\d|20[0-4]\d)\b`, 'i');
/**
 * A dated challenge is history only before the article's year (review s40 B-r40-5): "In October 2026, the committee
 * rejected …" in a 2026 story is this year's news. Without a stored date the latest year the copy names is only a
 * lower bound, so a bare year equal to it ("When she ran in 2010, Boxer attacked …" in a story naming no later year)
 * stays history, while a month and year of it is news; with no year read at all the old reading stands.
 */
function pastYear(m: RegExpExecArray | null, article: ArticleYear | undefined): boolean {
  if (m === null) return false;
  if (article === undefined) return true;
  const year = Number(m[2]);
  return year < article.year || (!article.dated && year === article.year && m[1] === undefined);
}
const RECENT = new RegExp(
  String.raw`\b(?:now|still|today|tonight|yesterday|this (?:week|month|year)|last (?:week|night|month)|(?:on )?(?:${WEEKDAYS})|since|again|has|have|will|would)\b`,
  'i',
);

/**
 * Disputed needs criticism still made as hard as before, not criticism its own sentence says was lessened: "Sanders
 * has toned down his criticism of Hillary Clinton", "the union softened its opposition to the deal". The lessening
 * verb takes the challenge noun as its object (a possessive or "the", at most two modifiers between); one negated
 * ("has not softened his criticism") or to come ("will tone down") leaves the criticism whole, and so does one that
 * sharpens it. Verbs that end it ("dropped its objections", "abandoned") are not read: measured, they took "The
 * port, officials said, has quietly dropped its objections to the plan", whose unnamed officials' claim is the lead
 * (test/core/sample14-shapes.test.ts).
 */
const LESSENED_CRITICISM: KindGate = {
  name: 'lessened-criticism',
  lacks: (f, text, index, match) => {
    if (f.shape !== 'challenge' || !/^(?:criticisms?|opposition|objections?|backlash)\b/i.test(match)) return false;
    const m = LESSENED.exec(before(text, index, 80));
    return m !== null && !/\b(?:not|never|will|would|to)\s+$|n['’]t\s+$/i.test(before(text, index - m[0].length, 20));
  },
};
const LESSENED =
  /\b(?:toned down|tones down|softened|softens|tempered|tempers|muted|mutes|dialed back|dialled back|scaled back|eased|eases|moderated|moderates)\s+(?:(?:the|his|her|their|its|our|my|your|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s?)\s+)(?:[\w'’-]+\s+){0,2}$/;

/** The three, by name, for kind-gates.ts to list and measure. */
export const historyGates = { WENT_BACK, YEAR_DATED_CHALLENGE, LESSENED_CRITICISM };

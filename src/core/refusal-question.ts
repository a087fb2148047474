import { WEEKDAYS } from './calendar-words';
import { clauseAfter, subjectBefore, thatClause } from './claim-phrases';
import { withoutCoordinatedPredicate } from './coordinated-predicate';
import { deferredQuestion } from './deferred-question';
import { endsPlural } from './ends-plural';
import { lowerStart } from './lower-start';
import { modalClause } from './modal-clause';
import type { PhraseContext } from './phrase-question';
import { cutClause, stripEnd } from './question-clauses';
import { isSubjectPhrase } from './source-questions';
import { undatedPromise } from './undated-promise';
import { actorOnlyWithheld, ELLIPTIC_WH, unfitSayer } from './unfit-sayer';
import { WITHHOLD, withheldWhether } from './withheld-whether';
import { wordBounded } from './word-bounded';

/** The template for withheld information: who holds back what, and whether they will give it. */

/** "declined to give an estimate": what was held back, with the verb in its base form. */
const WITHHELD =
  /\b(?:refused|declined|would not|did not|could not|had not|has not|have not|failed)\s+(?:yet\s+)?(?:to\s+)?(say|give|disclose|publish|release|reveal|explain|discuss|confirm|set out|published|disclosed|released|revealed|explained)\s+(.+)$/i;
const BASE: Record<string, string> = {
  published: 'publish',
  disclosed: 'disclose',
  released: 'release',
  revealed: 'reveal',
  explained: 'explain',
};
/** An object that only makes sense with the sentence before: "an estimate" of what? */
const BARE_OBJECT = /^(?:an? |any )?(?:estimate|figure|date|timetable|breakdown|number|total|details)$/i;
/** "during the meeting": when it was held back, not what. */
const TRAILING_OCCASION = new RegExp(
  String.raw`\s+(?:during|at|in|on|after|before)\s+(?:the|a|this|that|last|${WEEKDAYS})\b(?:\s+(?:meeting|hearing|debate|session|interview|briefing|press conference|statement|vote|night|morning|afternoon|evening|week))?$`,
  'i',
);

/** A wh-clause's reported "would" ("when the committee would next meet"), which a question of the future asks as "will". */
const aheadTense = (object: string): string =>
  /^(?:how|what|when|where|why|who|which)\b/i.test(object) ? object.replace(/\bwould\b/g, 'will') : object;

/** Whom a refusal is put to when the sentence names no one. */
const NO_ONE = 'the people involved';

export function refusal(ctx: PhraseContext): string | null {
  const raw = subjectBefore(ctx.text, WITHHOLD);
  // "Pernod said it was seeking acquisitions but refused": the refuser is the main subject.
  const joined = raw
    ? /^(.{2,60}?)\s+(?:said|says|is|was|has|had|[a-z]+ed)\b.*\s(?:but|and|yet)$/.exec(raw)?.[1]
    : undefined;
  // "It remains unclear who …, and the council has not said whether …": the second clause's subject follows its
  // coordinator ("will and the council say?" printed; fu60).
  const subject = (joined ?? raw)
    ?.replace(/^.*\b(?:said|says|told \w+|claimed|argued|insisted|complained)\s+(?:that\s+)?/i, '')
    .replace(/^(?:and|but|yet|so)\s+(?=\S)/i, '');
  // "The Sanders campaign did not…": the subject's opener loses its capital mid-question.
  // "- She declined …", "…, but did not say …": a list's dash or a conjunction is no refuser (unfit-sayer.ts).
  const who = (subject && !unfitSayer(subject) ? lowerStart(subject, ctx.properWords) : null) ?? ctx.actor ?? NO_ONE;
  // "He declined to say whether he personally supported the sale": the pronoun refuser is the actor the sentence is
  // attributed to, and a whether-clause "he" that fits them asks of them by name (audit 55's B-a55-30).
  const at = WITHHOLD.exec(ctx.text)?.index ?? 0;
  const pronounRefuser = /^(?:he|she)$/i.test(ctx.text.slice(0, at).trim());
  const named = subject && !unfitSayer(subject) ? who : pronounRefuser ? ctx.actor : null;
  if (!subject && actorOnlyWithheld(ctx.text, at, ctx.actor)) return null;
  // "He declined to say whether he had the votes": the clause's "he" is the refuser's own pronoun, so the person the
  // refusal is credited to (audit 58's B-a58-17), whatever their name says of their sex.
  const own = pronounRefuser ? ctx.text.slice(0, at).trim().toLowerCase() : null;
  const whether = withheldWhether(ctx.text, who, named, ctx.properWords, own);
  if (whether !== undefined) return whether;
  // "The National Union of Journalists … did not rule out": a subject cut inside a name reads wrong; show the passage.
  if (wordBounded(ctx.text, `of ${who}`)) return null;
  if (/\brule\b/i.test(ctx.text)) {
    // "did not rule out a meeting", "… industrial action", "… shifting her position": any word after "out" but a
    // pronoun or a conjunction opens what is not ruled out, so the copy says what (audit 49's B-a49-8); "spoke with
    // Garland and did not rule out": the subject holds a verb of its own, so no noun phrase to ask about. Either way
    // the passage says more. "would not rule it out", "did not rule out that." keep asking what "it" is.
    const ruledOut =
      /\brul(?:e|ed|ing)\s+out\s+(?!(?:it|them|this|that|either)\s*(?:[.,;:!?]|$)|(?:and|but|or|yet)\b)\w/i.test(
        ctx.text,
      );
    if (ruledOut || !isSubjectPhrase(who, ctx.text) || /\s(?:and|but|or|yet)$/i.test(who)) return null;
    return `What is ${who} not ruling out, and what would settle it?`;
  }
  const withheld = WITHHELD.exec(stripEnd(ctx.text));
  const object = withheld
    ? cutClause(withoutCoordinatedPredicate(withheld[2]!).replace(TRAILING_OCCASION, ''), 16)
    : '';
  // "She said the ministry would hold a meeting this month, but did not give a date": when the promise happens.
  const promised = undatedPromise(ctx.text, ctx.properWords);
  if (promised) return promised;
  // "Cook said Carter stopped the practice, but Cook did not say when": a bare "when" asks of the clause before it,
  // which the question drops ("Will Cook say when?" says nothing of what); the passage is shown (sample 41's #33).
  // "would not say how much, or whether the money had been accepted": the bare "how much" leads a list, and its noun is
  // in the clause before too (audit 56's B-a56-17), so the passage is shown.
  if (withheld && ELLIPTIC_WH.test(object.split(/\s*[,;]\s*|\s+(?:or|and)\s+/)[0]!)) return null;
  if (
    withheld &&
    /^(?:the|an?|any|its|his|her|their|details|figures|reports|claims|allegations|plans|how|what|when|where|why|who|which)\b/i.test(
      object,
    )
  ) {
    const verb = BASE[withheld[1]!.toLowerCase()] ?? withheld[1]!.toLowerCase();
    // "Hicks said all staffers sign NDAs, though she did not discuss their terms": "their" is not one person's, so its
    // owner is a noun the question leaves out (sample 30's #50); the passage is shown.
    // One person: a name last ("Hope Hicks", whose -s is no plural's) or a singular noun, with no "and".
    const one = (/\b\p{Lu}[\p{L}\w'’-]*$/u.test(who) || !endsPlural(who)) && !/\s(?:and|or|&)\s/.test(who);
    if (/^their\b/i.test(object) && one) return null;
    // "Reached by phone, she declined to discuss her departure": with no refuser named, "her" points at no one the
    // question names ("Will the people involved discuss her departure?"); the passage is shown.
    if (who === NO_ONE && /\b(?:his|her|their)\b/i.test(object)) return null;
    // "did not say when the committee would next meet": the report's backshifted "would" asks ahead as "will".
    if (!BARE_OBJECT.test(object)) return `Will ${who} ${verb} ${aheadTense(object)}?`;
    // "Asked whether the report would be published, the minister … did not give a date": the asked clause is what
    // the date is of, and the question asks it ("When will the report be published?").
    const asked = deferredQuestion(ctx);
    if (asked) return /^(?:a |any )?(?:date|timetable)$/i.test(object) ? asked.replace(/^Will /, 'When will ') : asked;
    // "She declined to give an estimate": of what the sentence before was about.
    const topic = ctx.pairText ? modalClause(thatClause(ctx.pairText))?.subject : undefined;
    if (topic && topic.split(/\s+/).length <= 8)
      return `Will ${who} ${verb} ${object} of ${lowerStart(topic, ctx.properWords)}?`;
    return `When will ${who} ${verb} ${object}?`;
  }
  // "did not return a request for comment on…": they were asked and did not answer; asking again is no lead.
  if (/\b(?:declined|refused|did not|didn['’]t|would not|could not)\b/i.test(ctx.text)) return null;
  const topic = clauseAfter(ctx.text, /\b(?:comment|elaborate|give details)\s+on\s+/i);
  // "comment on the figure" needs the sentence before to make sense.
  if (
    topic &&
    topic.split(/\s+/).length >= 3 &&
    !/^(?:it|this|that|them|the (?:figure|report|claims?|matter|issue))$/i.test(topic)
  )
    return `Will ${who} comment on ${topic}?`;
  // They already declined to comment: asking for their side again is no lead; the passage is shown instead.
  return null;
}

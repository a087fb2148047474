import { abstain } from './abstain';
import { actDoneFirst } from './act-done-first';
import type { Analysis, AnswerResult } from './analysis-types';
import { actUnsaid } from './answer-act-unsaid';
import { anaphoricUnknown } from './answer-anaphoric-unknown';
import { namesInApposition } from './answer-apposition';
import { askedDoerFirst } from './answer-asked-doer';
import { answerByAct } from './answer-by-act';
import { answerCited, citing } from './answer-cited';
import { doerUnsaid } from './answer-doer-unsaid';
import { answerFeatures, type QuestionFeatures } from './answer-features';
import { answerNotKnown, NOT_KNOWN } from './answer-not-known';
import { answerOutlet } from './answer-outlet';
import { ownWordsFirst } from './answer-own-words';
import { passiveSubjectFirst } from './answer-passive-subject';
import { perUnitFirst } from './answer-per-unit';
import { personOverBody } from './answer-person-over-body';
import { answerPersonRole } from './answer-person-role';
import { answerPossessedParty } from './answer-possessed-party';
import { declinedReasonPair } from './answer-reason-pair';
import {
  answersIfSpoke,
  othersRefusal,
  partySpeaks,
  partySpokeAnywhere,
  refusalAnswers,
  spokeBelow,
} from './answer-refusal';
import { answerRoleHolder } from './answer-role-holder';
import { saysAskedContent } from './answer-said-content';
import { askedSpeaker, creditedShares, speakerSentences } from './answer-speaker';
import { timeForPlace } from './answer-time-for-place';
import { heldUnknown, saysUnknown, scopedUnknown } from './answer-unknown';
import { voteTallyFirst } from './answer-vote-tally';
import { answerWhichUnnamed } from './answer-which-unnamed';
import { answersAtAll } from './answers-at-all';
import { askedReplyUnknown } from './asked-reply-unknown';
import { askedVerbFirst } from './asked-verb-first';
import { billNumber } from './bill-number';
import { isCrosshead } from './crosshead';
import { datesAnotherInstance, laterInstance } from './dates-another-instance';
import { headlineFigure } from './headline-answer';
import { headlineOnly } from './headline-only';
import { ledByFirst } from './led-by-first';
import { possessiveDate } from './possessive-date';
import { type RankedSentence as Ranked, rankAnswerSentences } from './rank-answer-sentences';
import { shareFirst } from './share-first';
import { standingFirst } from './standing-first';
import { sumAfterTopic, sumVerbFirst } from './sum-verb-first';
import { typedValueAbsent } from './typed-value-absent';
import { valueAfterRefusal } from './value-after-refusal';
import { verbSynonymOnly } from './verb-synonym-only';
import type { WhoIsWho } from './who-is-who';

/**
 * Answers a reader's question from the article, citing sentences, or abstains. Each sentence is
 * described by general features (how much of the question's focus and premise it covers, directly
 * or through WordNet synonyms; whether it carries a value of the type asked for; position) and
 * scored by a logistic model fitted on reader questions (`npm run train:answers`). When even the best
 * sentence is unlikely to answer, or the copy says the fact is unknown, the article does not say.
 */
export interface AnswerOptions {
  /** The story's who-is-who, when the caller keeps one: "who is <Name>?" reads it instead of making it again. */
  who?: WhoIsWho;
}

export function answerQuestion(analysis: Analysis, question: string, options: AnswerOptions = {}): AnswerResult {
  const features = answerFeatures(analysis, question);
  const result = answerFrom(analysis, question, features, options);
  // "doesn't say": the sentence saying the fact is withheld ("The company would not say how…") is cited, declined not-known.
  if (result.answer !== null || result.declined === 'not-known' || result.headline !== undefined) return result;
  const unknown = anaphoricUnknown(analysis, features);
  if (unknown === undefined) return result;
  return answerNotKnown(analysis, unknown);
}

function answerFrom(
  analysis: Analysis,
  question: string,
  features: QuestionFeatures,
  options: AnswerOptions,
): AnswerResult {
  const { missing, group, terms, type } = features;
  // A crosshead ("Council position") names a section; it says nothing a reply could cite (audit 54 B-a54-18).
  const sentences = features.sentences.filter((s) => !isCrosshead(analysis, s.index));
  // Before any body sentence: one that lacks the asked verb is not the answer, however close it scores.
  const headline = headlineOnly(analysis, terms);
  if (headline !== undefined) return headline;
  const asked = askedSpeaker(question);
  const own = asked ? speakerSentences(analysis, asked) : new Set<number>();
  const reported = asked ? speakerSentences(analysis, asked, true) : new Set<number>();
  const credited = asked ? creditedShares(features, asked) : new Map<number, number>();
  // "Who denies…?" and "when will the audit be published?": the answer says the asked verb.
  // "Who signed the lease?": a sentence saying it was not signed gives way to one saying it was; "what share…?": one
  // giving a share, on the best's words, to one giving none.
  const done = actDoneFirst(analysis, rankAnswerSentences(sentences), question, { terms, yesno: type === 'yesno' });
  const bySum = sumVerbFirst(analysis, shareFirst(analysis, done, question, terms), question, { type, terms });
  const byVerb = ledByFirst(analysis, askedVerbFirst(analysis, bySum, terms.relation), terms);
  const ordered = answerRoleHolder(
    analysis,
    // "When did Harrowgate score?": the sentence where Harrowgate does the act, not one where it is beaten.
    ownWordsFirst(
      analysis,
      // "Who was charged?": the sentence where a named person was charged, not one holding "the charge".
      passiveSubjectFirst(
        analysis,
        askedDoerFirst(analysis, answerByAct(analysis, byVerb, type, terms), question, { terms, type }),
        question,
        terms,
      ),
      own,
      reported,
      credited,
    ),
    question,
    terms.heads,
  );
  // "Which newspaper reported…?": the sentence naming the outlet answers, however thin the ranker finds it.
  const outlet = answerOutlet(analysis, ordered, question);
  const { ranked: withRole, role } = answerPersonRole(
    analysis,
    outlet ? [outlet, ...ordered.filter((r) => r !== outlet)] : ordered,
    question,
    options.who,
  );
  // "Did the council comment?": a neighbour's refusal is neither the answer nor what the article "says only".
  const others = (r: Ranked | undefined) => !!r && othersRefusal(question, analysis.sentences[r.index]!.text);
  // "Did the council's finance committee approve…?": the sentence naming the committee, not the council alone.
  const possessed = answerPossessedParty(
    analysis,
    withRole.filter((r) => !others(r)),
    question,
    terms,
  );
  // "Who's ahead in Florida?": a sentence giving a standing there goes before one without (standing-first.ts).
  const body = personOverBody(analysis, possessed.ranked, question, { type, terms, keep: role ?? outlet });
  // "How did the council vote?": the sentence giving the count goes before one member's side (answer-vote-tally.ts).
  const tallied = voteTallyFirst(analysis, standingFirst(analysis, body, question), question);
  // "How much did each laptop cost?": one unit's figure, not the purchase's total (answer-per-unit.ts).
  const ranked = perUnitFirst(analysis, tallied, question, type);
  // Its figure is the asked slot's filler though "each unit" says none of the question's words.
  const unit = ranked[0] !== tallied[0] ? ranked[0] : undefined;
  const best = ranked[0];
  const bestText = best ? analysis.sentences[best.index]!.text : '';
  if (others(withRole[0]) && !(best && (partySpeaks(question, bestText) || refusalAnswers(question, bestText))))
    return { answer: null, sentenceIds: [], reason: 'The article does not report that they commented.' };
  if (!best) return { answer: null, sentenceIds: [], reason: 'The question names nothing the article could answer.' };
  // "What is the bill's number?": the sentence giving its designation ("S. 2217"), which the ranker cannot see as one.
  const bill = billNumber(analysis, ranked, question);
  if (bill === null) return { answer: null, sentenceIds: [], reason: "The article does not give the bill's number." };
  if (bill !== undefined) return citing(analysis, [bill]);
  // "How many will the county hire?" beside "Asked how many would be hired, a spokesperson said … being worked out".
  // Another source's figure right after a party's refusal of it answers (value-after-refusal.ts).
  const given = valueAfterRefusal(analysis, ranked, question, { type, terms });
  if (given !== undefined) return citing(analysis, [given]);
  const replied = askedReplyUnknown(analysis, ranked, { type, terms, question });
  if (replied) return answerNotKnown(analysis, replied.index);
  // "What is Dean's job?": the sentence giving the role who-is-who lists answers, as the outlet's does.
  if (!outlet && !unit && !(role && role === best) && !answersAtAll(ranked, missing, group)) {
    const pair = type === 'reason' ? declinedReasonPair(analysis, ranked) : undefined;
    if (pair) return citing(analysis, pair);
    const follow = sumAfterTopic(analysis, ranked, question, { type, terms });
    if (follow !== undefined) return citing(analysis, [follow]);
    // "How much will the homes cost?" under "200 homes": "…has not said how much the homes will cost" says more.
    const held = heldUnknown(analysis, ranked, { type, terms });
    const figure = held ? undefined : headlineFigure(analysis, terms, type);
    if (figure !== undefined && figure >= 0) return citing(analysis, [figure]);
    if (figure !== undefined)
      return {
        answer: null,
        sentenceIds: [],
        reason: 'Only the headline gives the figure; the body does not report it.',
        headline: analysis.title.trim(),
      };
    // "When will the FDA finish?" beside "…has not said when it will finish": the copy says it is not known.
    const unknown = held ?? scopedUnknown(analysis, ranked, { type, terms });
    if (unknown) return answerNotKnown(analysis, unknown.index);
    return abstain(analysis, ranked, 'No sentence is likely enough to answer it.');
  }
  if (!outlet && !unit && !(role && role === best) && verbSynonymOnly(features, best.index))
    return abstain(analysis, ranked, 'No sentence is likely enough to answer it.');
  // "Which fund is bidding?" over "…at least one fund": the sentence says one exists, not which.
  const which = answerWhichUnnamed(analysis, ranked, question, terms.heads);
  if (which) return which;
  // A when-question dating only the act called off; a where-question whose best sentence gives a time in the place's slot.
  const another = datesAnotherInstance(analysis, best, terms.terms, type, question);
  const later = another ? laterInstance(analysis, ranked, best) : undefined;
  if (later) return citing(analysis, [later.index]);
  const otherSlot = another
    ? 'The article dates only an earlier instance of it.'
    : timeForPlace(analysis, best, terms, { type, question });
  if (otherSlot)
    return { answer: null, sentenceIds: [], reason: otherSlot, nearestId: analysis.sentences[best.index]!.id };
  const unknown = saysUnknown(analysis, ranked, best, question, { type, terms });
  if (unknown && !namesInApposition(question, terms.heads, analysis.sentences[best.index]!.text)) {
    if (unknown === 'out') return abstain(analysis, ranked, 'No sentence is likely enough to answer it.');
    if (unknown === 'in') return { ...abstain(analysis, ranked, NOT_KNOWN), declined: 'not-known' };
    return answerNotKnown(analysis, unknown.index);
  }
  // A value of the asked kind, but not for the asked thing: a past date for a future act, a sum said of another.
  const past = unit ? undefined : typedValueAbsent(analysis, best.index, question, features);
  // "When is the budget being delivered?": "next month's budget" dates the budget where the best dates another act.
  const dated = past && type === 'time' ? possessiveDate(analysis, ranked, terms, question) : undefined;
  if (dated !== undefined) return citing(analysis, [dated]);
  if (past) return { answer: null, sentenceIds: [], reason: past, nearestId: analysis.sentences[best.index]!.id };
  const doer = doerUnsaid(analysis, ranked, question, features);
  if (doer) return doer;
  if (possessed.missing) {
    const reason = 'The article reports that of someone else, not the party asked about.';
    const nearest = possessed.nearest && analysis.sentences[possessed.nearest.index]!.id;
    return nearest === undefined
      ? { answer: null, sentenceIds: [], reason }
      : { answer: null, sentenceIds: [], reason, nearestId: nearest };
  }
  // "Has Flynn responded?": another party's words about Flynn ("Spicer responded, 'Nope.'") do not say he did.
  if (answersIfSpoke(analysis, question, best.index) === false) {
    const spoke = spokeBelow(analysis, question, ranked);
    if (spoke !== undefined) return citing(analysis, [spoke]);
    const reason = partySpokeAnywhere(analysis, question)
      ? 'No sentence is likely enough to answer it.'
      : 'The article does not report that they commented.';
    return { answer: null, sentenceIds: [], reason, nearestId: analysis.sentences[best.index]!.id };
  }
  // "Did Obama say he was talking about Trump?": Obama saying something else is no answer; point at what he did say.
  if (!saysAskedContent(analysis, question, best.index)) {
    const reason = 'The article does not report them saying that.';
    return { answer: null, sentenceIds: [], reason, nearestId: analysis.sentences[best.index]!.id };
  }
  // "Has Sarandon given money…?" over her words on something else: no sentence says whether the act has happened.
  if (actUnsaid(analysis, question, best.index, { type, terms })) {
    const reason = 'The article does not say whether that has happened.';
    return { answer: null, sentenceIds: [], reason, nearestId: analysis.sentences[best.index]!.id };
  }

  return answerCited(analysis, ranked, best, { own, type, terms, question });
}

import type { Entity, QuestionKind } from './analysis-types';
import { argumentKind } from './argument-kind';
import type { ArticlePhrasing } from './article-phrasing';
import { articleYear } from './article-year';
import { carriedCredit } from './carried-credit';
import { claimAnswered } from './claim-answered';
import { continuedQuotation } from './continued-quotation';
import { withoutClockTime } from './copy-furniture';
import { figureOfCaption } from './figure-caption';
import { ASKED } from './kept-cues';
import { keptPlace } from './kept-place';
import { mentionsEntity } from './mentions-entity';
import { namingWho } from './naming-who';
import { namedOnRecordNext } from './on-record-next';
import { passageInstead } from './passage-instead';
import { passageItem } from './passage-item';
import { passageSpeaker } from './passage-speaker';
import { phraseCandidate } from './phrase-candidate';
import type { PhraseContext } from './phrase-question';
import type { QuestionInput } from './prepare-questions';
import { previousPerson } from './previous-person';
import { pronounSubject } from './pronoun-subject';
import type { Cue } from './question-cues';
import type { SentenceEvidence } from './sentence-evidence';
import { unnamedSource } from './unnamed-source';
import { namedWithheld } from './withheld-whether';
import { writersConjunct } from './writers-conjunct';

/** The item a sentence would become if chosen: its question (or passage), kind, cited ids and the paired sentence it uses up. */
export interface QuestionItem {
  text: string;
  kind: QuestionKind;
  sentenceIds: number[];
  alsoUses: number | null;
}

/** What prepareQuestions has read of the article that the items are built from. */
export interface ItemSources {
  partial: QuestionInput;
  evidence: SentenceEvidence[];
  /** The speaker of each sentence id that has one. */
  speakers: Map<number, string>;
  speakerNames: Set<string>;
  /** The named people and organisations of the article. */
  actors: Entity[];
  /** The article's phrasing, read on the first item built. */
  article: () => ArticlePhrasing;
  /** The sentence a cue pairs with ("an inquiry under way"), if any. */
  pairOf: (index: number) => number | null;
  /** The cues after a narrow first cue, tried when it phrases nothing. */
  fallbacksOf: Map<number, Cue[]>;
}

/** The item sentence `index` would become if chosen: its question (or its passage), kind and cited sentences. */
export function questionItem(index: number, from: ItemSources): QuestionItem {
  const { partial, evidence, speakers, speakerNames, actors, article, pairOf, fallbacksOf } = from;
  const { sentences } = partial;
  const { properWords, mainActor, mainIsPerson, people, copy: whole } = article();
  const sentence = sentences[index]!;
  const { cue } = evidence[index]!;
  const pairIndex = pairOf(index);
  const pairSentence = pairIndex === null ? undefined : sentences[pairIndex];
  const actor =
    speakers.get(sentence.id) ??
    previousPerson(sentences, index, people, speakers) ??
    actors.find((e) => mentionsEntity(sentence.text, e))?.name ??
    null;
  const actorEntity = actors.find((e) => e.name === actor);
  const speaker = speakers.get(sentence.id);
  const context: PhraseContext = {
    text: withoutClockTime(sentence.text),
    ...(pairSentence ? { pairText: pairSentence.text } : {}),
    actor,
    ...(speaker ? { speaker } : {}),
    // Speakers are people; an entity says what it is; anything else is left open.
    ...(actor && (speakerNames.has(actor) || actorEntity)
      ? { actorIsPerson: speakerNames.has(actor) || actorEntity?.type === 'person' }
      : {}),
    mainActor,
    mainIsPerson,
    properWords,
  };
  const copy = [context.text, pairSentence?.text ?? '', actor ?? '', mainActor ?? ''].join(' ');
  // A question the copy asks itself ("So why pursue a claim that is as false as it is cruel?") is shown
  // as it stands: spliced into a template it reads as neither. The writer's own forecast of an event
  // is too weak for a question of ours: its passage (writer-forecast.ts).
  const built =
    cue && !cue.passage && !ASKED.test(sentence.text)
      ? phraseCandidate(cue, fallbacksOf.get(index) ?? [], context, copy, partial.title)
      : null;
  // "How does Brightwater Marine answer…?" when the copy says it declined to comment: the passage instead.
  // Nor asks for a named source when a named person takes the claim up on record right after it.
  // A claim resting on "he"/"his" names whom it means, or is shown as its passage (pronoun-subject.ts).
  const named = built && pronounSubject(built.text, { sentences, index, speakers, copy: whole });
  const { quotes, statements } = partial;
  const phrased =
    built && named && !passageInstead(built.text, { sentences, index, actors, quotes, statements })
      ? { ...built, text: keptPlace(named === built.text ? named : namedWithheld(named), sentence.text) }
      : null;
  const first: QuestionKind = phrased?.kind ?? cue?.kind ?? evidence[index]!.cuelessKind;
  const next = sentences[index + 1]?.text ?? '';
  const kind = argumentKind(first, phrased?.shape ?? cue?.shape, sentence.text, next, articleYear(partial)?.year);
  const pair = phrased?.usesPair ? pairSentence : undefined;
  // "…, analysts said, …" then a named person on record: the claim has its named source, no unnamed one.
  const unnamed =
    unnamedSource(sentence.text) && !namedOnRecordNext(sentences, index, partial.quotes, partial.statements);
  // A quote's speaker only when the passage is theirs: a signed entry's signer, not another name's words.
  const quoted = partial.statements.some((s) => s.sentenceId === sentence.id)
    ? undefined
    : partial.quotes.find((q) => q.sentenceId === sentence.id && q.speaker === speaker);
  // A statement resting on a second conjunct's speech verb leaves the first conjunct the writer's: no tag.
  const stated = partial.statements.find((s) => s.sentenceId === sentence.id);
  const writers = stated !== undefined && writersConjunct(sentence.text, stated.text);
  const own = speaker === undefined || writers ? null : passageSpeaker(sentence.text, speaker, quoted, properWords);
  // A name the sentence does not hold is credited only when it carries over from where the run begins.
  const carried = own && carriedCredit(own, sentences, index, speakers, partial.quotes);
  const source = own ? carried : unnamed && !writers ? 'an unnamed source' : null;
  // A numbers list's caption is shown with the figure it describes, the sentence before (figure-caption.ts);
  // a rebuttal pointing back at a claim ("rejected that idea") with the claim it answers (claim-answered.ts); a
  // quotation its tag broke ("…,” he said. “Then, I intend …”) whole (continued-quotation.ts).
  const before = phrased
    ? null
    : (figureOfCaption(sentences, index) ??
      claimAnswered(kind, sentences, index, speakers) ??
      continuedQuotation(sentences, index, partial.quotes));
  const prefix = before === null ? '' : `${sentences[before]!.text.trim()} `;
  const cueAt = cue ? cue.family.pattern.exec(context.text)?.index : undefined;
  const text = phrased
    ? namingWho(phrased.text, phrased.shape, actor, mainActor, actors, sentence.text, speaker)
    : passageItem(kind, prefix + context.text, source, cueAt === undefined ? undefined : cueAt + prefix.length);
  const shown = before === null ? [sentence.id] : [sentences[before]!.id, sentence.id];
  const sentenceIds = pair ? [pair.id, sentence.id].sort((a, b) => a - b) : shown;
  const alsoUses = pair && pairIndex !== null && cue?.shape !== 'refusal' ? pairIndex : null;
  return { text, kind, sentenceIds, alsoUses };
}

import type { Analysis, Entity, OpenQuestion, QuestionKind, Sentence } from './analysis-types';
import { centralDispute } from './central-dispute';
import { CHARGE_WORDS } from './charge-words';
import { asksWhoDeclined } from './declined-parties';
import { followupFeatures } from './followup-features';
import { headlineCheck } from './headline-check';
import { passageFeatures } from './passage-features';
import { passageItem } from './passage-item';
import { finishQuestion, type PhraseContext } from './phrase-question';
import { properWordsOf } from './question-clauses';
import { type Cue, cueFamily, findCues } from './question-cues';
import { INQUIRY } from './question-pairs';
import { unnamedSource } from './unnamed-source';
import { isCleanQuestion } from './vet-question';

export type QuestionInput = Pick<Analysis, 'title' | 'sentences' | 'quotes' | 'statements' | 'entities'>;

/** What one sentence offers the choice of questions, whatever scorer and bar make the choice. */
interface SentenceEvidence {
  index: number;
  /** The strongest cue (a quoted charge word counts as one), null without a cue. */
  cue: Cue | null;
  /** The scorer's features (followup-features.ts), from the cues the text itself carries. */
  features: string[];
  /** How many cues it carries (a quoted charge word counts as one). */
  cueCount: number;
  /** The word classes that say what kind of lead a sentence with no cue is. */
  cuelessKind: QuestionKind;
}

/** The item a sentence would become if chosen: its question (or passage), kind, cited ids and the paired sentence it uses up. */
interface QuestionItem {
  text: string;
  kind: QuestionKind;
  sentenceIds: number[];
  alsoUses: number | null;
}

/**
 * An article read once for its open questions: the evidence of every sentence, the questions that
 * come first whatever the ranking (the central dispute, the headline check) and, on demand, the
 * item each sentence would give (phrased once, then remembered, so a choice can be tried many ways).
 */
export interface PreparedQuestions {
  sentences: SentenceEvidence[];
  dispute: OpenQuestion | null;
  headline: OpenQuestion | null;
  /** Sentence indexes the central dispute already cites. */
  used: number[];
  /**
   * Small tie-breaks added to a candidate's score: more cues, a named actor, a paired sentence,
   * an early place. On demand (then remembered): most sentences never reach a bar.
   */
  extra: (index: number) => number;
  item: (index: number) => QuestionItem;
}

function surname(name: string): string {
  return name.split(/\s+/).pop() ?? name;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whole-word occurrence, without building a RegExp per call (this runs sentences x entities times). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

function mentions(text: string, entity: Entity, known?: string): boolean {
  if (text.includes(entity.name)) return true;
  const last = known ?? surname(entity.name);
  return entity.type === 'person' && last.length >= 3 && hasWord(text, last);
}

function mainActorOf(sentences: Sentence[], entities: Entity[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const entity of entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    const last = surname(entity.name);
    let count = entity.type === 'person' ? 0.5 : 0;
    for (const s of sentences) if (mentions(s.text, entity, last)) count++;
    if (count > bestCount) {
      best = entity.name;
      bestCount = count;
    }
  }
  return best;
}

const PRONOUN_START = /^(?:He|She)\s/;

/** Who a sentence-initial "He"/"She" refers to: the one person the sentence before names or quotes. */
function previousPerson(
  sentences: Sentence[],
  index: number,
  people: Entity[],
  speakers: Map<number, string>,
): string | null {
  const sentence = sentences[index];
  const before = sentences[index - 1];
  if (!sentence || !before || !PRONOUN_START.test(sentence.text)) return null;
  const named = people.filter((e) => mentions(before.text, e)).map((e) => e.name);
  const speaker = speakers.get(before.id);
  if (speaker && !named.includes(speaker)) named.push(speaker);
  return named.length === 1 ? named[0]! : null;
}

const EDITORS_NOTE = /^\W*editor['’]s note\b/i;

/** A sentence with no cue is shown as its passage; its word classes say which kind of lead it is. */
function cuelessKind(features: string[]): QuestionKind {
  if (features.includes('x:pending')) return 'pending';
  if (features.includes('x:unknown')) return 'unknown';
  if (features.includes('x:denial')) return 'denied';
  return 'unverified';
}

/** Reads the article once for findOpenQuestions (and for the cross-validation that tries other choices). */
export function prepareQuestions(partial: QuestionInput): PreparedQuestions {
  const { sentences, entities } = partial;
  const actors = entities.filter((e) => (e.type === 'person' || e.type === 'organization') && /^[A-Z]/.test(e.name));
  const speakers = new Map<number, string>();
  for (const s of partial.statements) speakers.set(s.sentenceId, s.speaker);
  for (const q of partial.quotes) if (q.speaker && !speakers.has(q.sentenceId)) speakers.set(q.sentenceId, q.speaker);
  const chargeQuotes = new Set(
    partial.quotes.filter((q) => q.speaker && CHARGE_WORDS.pattern.test(q.text)).map((q) => q.sentenceId),
  );
  // One pass over the article: every later lookup of "an inquiry under way" reads this list.
  const inquiries: number[] = [];
  sentences.forEach((s, i) => {
    if (INQUIRY.test(s.text)) inquiries.push(i);
  });
  const passage = passageFeatures(
    sentences.map((s) => s.text),
    partial.title,
  );
  const fallbacksOf = new Map<number, Cue[]>();
  const evidence = sentences.map((sentence, index): SentenceEvidence => {
    // "Editor’s note: …": the site's own note on a recurring subject is page furniture, no lead of this story.
    const cues = EDITORS_NOTE.test(sentence.text) ? [] : findCues(sentence.text);
    const features = followupFeatures(sentence.text, index, sentences.length, cues, passage[index]);
    if (chargeQuotes.has(sentence.id) && !cues.some((c) => c.shape === 'attack-quote')) {
      const f = cueFamily('attack-quote');
      cues.push({ kind: f.kind, shape: f.shape, strength: f.strength, family: f });
    }
    cues.sort((a, b) => b.strength - a.strength);
    const cue = cues[0] ?? null;
    fallbacksOf.set(index, cue?.family.narrow ? cues.slice(1) : []);
    return { index, cue, features, cueCount: cues.length, cuelessKind: cuelessKind(features) };
  });
  const pairs = new Map<number, number | null>();
  const pairOf = (index: number): number | null => {
    if (!pairs.has(index))
      pairs.set(index, evidence[index]!.cue?.family.pair?.({ sentences, index, inquiries }) ?? null);
    return pairs.get(index)!;
  };
  const extras = new Map<number, number>();
  const extra = (index: number): number => {
    let value = extras.get(index);
    if (value === undefined) {
      const sentence = sentences[index]!;
      const named = speakers.has(sentence.id) || actors.some((e) => mentions(sentence.text, e));
      value =
        0.15 * Math.min(2, Math.max(0, evidence[index]!.cueCount - 1)) +
        (named ? 0.2 : 0) +
        (pairOf(index) !== null ? 0.3 : 0) -
        0.01 * index;
      extras.set(index, value);
    }
    return value;
  };

  const speakerNames = new Set(speakers.values());
  const properWords = properWordsOf(
    [partial.title, ...sentences.map((s) => s.text)],
    [...actors.map((e) => e.name), ...speakerNames],
  );
  const mainActor = mainActorOf(sentences, actors);
  const people = actors.filter((e) => e.type === 'person');
  const dispute = centralDispute(sentences, speakers);
  const used = dispute ? dispute.sentenceIds.map((id) => sentences.findIndex((s) => s.id === id)) : [];
  const items = new Map<number, QuestionItem>();

  const build = (index: number): QuestionItem => {
    const sentence = sentences[index]!;
    const { cue } = evidence[index]!;
    const pairIndex = pairOf(index);
    const pairSentence = pairIndex === null ? undefined : sentences[pairIndex];
    const actor =
      speakers.get(sentence.id) ??
      previousPerson(sentences, index, people, speakers) ??
      actors.find((e) => mentions(sentence.text, e))?.name ??
      null;
    const actorEntity = actors.find((e) => e.name === actor);
    const context: PhraseContext = {
      text: sentence.text,
      ...(pairSentence ? { pairText: pairSentence.text } : {}),
      actor,
      // Speakers are people; an entity says what it is; anything else is left open.
      ...(actor && (speakerNames.has(actor) || actorEntity)
        ? { actorIsPerson: speakerNames.has(actor) || actorEntity?.type === 'person' }
        : {}),
      mainActor,
      mainIsPerson: actors.some(
        (e) => e.name === mainActor && e.type === 'person' && (!!e.role || speakerNames.has(e.name)),
      ),
      properWords,
    };
    const copy = [sentence.text, pairSentence?.text ?? '', actor ?? '', mainActor ?? ''].join(' ');
    const built = cue ? phraseCandidate(cue, fallbacksOf.get(index) ?? [], context, copy, partial.title) : null;
    // "How does Brightwater Marine answer…?" when the copy says it declined to comment: the passage instead.
    const phrased = built && !asksWhoDeclined(built.text, sentences, actors) ? built : null;
    const kind: QuestionKind = phrased?.kind ?? cue?.kind ?? evidence[index]!.cuelessKind;
    const pair = phrased?.usesPair ? pairSentence : undefined;
    const source = speakers.get(sentence.id) ?? (unnamedSource(sentence.text) ? 'an unnamed source' : null);
    const text = phrased
      ? namingWho(phrased.text, phrased.shape, actor, mainActor, actors, sentence.text)
      : passageItem(kind, sentence.text, source, cue ? cue.family.pattern.exec(sentence.text)?.index : undefined);
    const sentenceIds = pair ? [pair.id, sentence.id].sort((a, b) => a - b) : [sentence.id];
    const alsoUses = pair && pairIndex !== null && cue?.shape !== 'refusal' ? pairIndex : null;
    return { text, kind, sentenceIds, alsoUses };
  };

  return {
    sentences: evidence,
    dispute,
    // A headline claiming an act the body never reports is worth asking about, but not at the expense of a lead.
    headline: headlineCheck(partial.title, sentences),
    used,
    extra,
    item: (index) => {
      let item = items.get(index);
      if (!item) {
        item = build(index);
        items.set(index, item);
      }
      return item;
    },
  };
}

/** The sentence's question from its cue's template (or a weaker cue's), only if it reads cleanly. */
function phraseCandidate(
  cue: Cue,
  fallbacks: Cue[],
  context: PhraseContext,
  copy: string,
  title: string,
): { text: string; kind: QuestionKind; shape: string; usesPair: boolean } | null {
  const tries: Array<{ cue: Cue; ctx: PhraseContext }> = [{ cue, ctx: context }];
  for (const fallback of fallbacks) {
    // The pair was chosen for the narrow template; the fallback reads the sentence alone.
    const { pairText: _unused, ...alone } = context;
    tries.push({ cue: fallback, ctx: alone });
  }
  for (const { cue: tried, ctx } of tries) {
    const text = finishQuestion(tried.family.phrase(ctx));
    if (text && isCleanQuestion(text, copy, title, ctx.properWords)) {
      return { text, kind: tried.kind, shape: tried.shape, usesPair: ctx.pairText !== undefined };
    }
  }
  return null;
}

/** Templates that name the accuser, doubter or decider themselves. */
const SELF_NAMING = new Set(['accusation', 'doubt', 'decision']);
const UNCHECKED = new Set(['vague-source', 'hedged', 'claim', 'report', 'single-source', 'contested']);

/**
 * A question that names nobody gets, in brackets, who raised it or whom it is about, so an
 * editor knows whom to call: the sentence's speaker or actor, else the story's main actor. An
 * unresolved "She" or a template that names its own source gets nobody: naming them would be a guess.
 */
function namingWho(
  text: string,
  shape: string,
  actor: string | null,
  mainActor: string | null,
  actors: Entity[],
  sentence: string,
): string {
  // A doubt about a claim's source is not helped by naming the story's main actor after it.
  if (SELF_NAMING.has(shape) || UNCHECKED.has(shape)) return text;
  if (shape === 'unverified' && !/^Can the (?:claim|figure|report|account|allegation|number|estimate)s? /.test(text))
    return text;
  const namesSomeone =
    actors.some((e) => mentions(text, e)) ||
    (actor !== null && text.includes(surname(actor))) ||
    /\s(?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]/.test(text);
  if (namesSomeone) return text;
  const who = actor ?? (PRONOUN_START.test(sentence) ? null : mainActor);
  return who && !text.toLowerCase().includes(who.toLowerCase()) ? `${text} (${who})` : text;
}

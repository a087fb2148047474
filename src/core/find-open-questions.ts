import type { Analysis, Entity, OpenQuestion, QuestionKind, Sentence } from './analysis-types';
import { centralDispute } from './central-dispute';
import { CHARGE_WORDS } from './charge-words';
import { asksWhoDeclined } from './declined-parties';
import { headlineCheck } from './headline-check';
import { passageFeatures } from './passage-features';
import { finishQuestion, type PhraseContext } from './phrase-question';
import { properWordsOf } from './question-clauses';
import { type Cue, cueFamily, findCues } from './question-cues';
import { INQUIRY } from './question-pairs';
import { scoreFollowup } from './score-followup';
import { isCleanQuestion, passageItem } from './vet-question';

export type QuestionInput = Pick<Analysis, 'title' | 'sentences' | 'quotes' | 'statements' | 'entities'>;

/** A reporter can chase about six things from one story; more is noise. */
export const MAX_QUESTIONS = 6;
/**
 * Chosen on the dev labels (PolNeAR dev and BBC dev together; README, Evaluation): a sentence is
 * flagged when its strongest cue's strength plus MODEL_WEIGHT times the learned score reaches
 * MIN_SCORE, and candidates are ranked by that sum. Flagging sentences on the learned score alone
 * (with no cue, shown as the passage) lowered precision on PolNeAR dev (0.361 to 0.32–0.33 for
 * +0.00–0.01 recall), so a cue is required.
 */
export const MODEL_WEIGHT = 5;
const MIN_SCORE = 1.5;
/**
 * A sentence whose score falls more than this below the article's best candidate is not asked
 * about: a story with one strong lead is not padded with weak ones. Chosen on PolNeAR dev and BBC
 * dev (README, Evaluation, for the whole curve): the widest bar that loses no flagged passage on
 * either set; narrower bars bought little precision for every passage they lost.
 */
const RELATIVE_BAR = 3.5;

interface Candidate {
  index: number;
  pair: number | null;
  cue: Cue;
  fallbacks: Cue[];
  score: number;
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

/** Claims whose source names nobody: shown as "…, says an unnamed source" when no question reads well. */
const UNNAMED_SOURCE =
  /\b(?:sources?|officials?|insiders?|aides|advisers|people familiar|analysts|experts|observers|critics)\b[^.]{0,40}\b(?:said|say|says|told|believe|claimed|suggested)\b|\bit is (?:understood|thought|believed)\b|\baccording to (?:sources|officials|people)\b/i;

/**
 * Open questions a reporter can act on, strongest first, at most six: the story's central dispute
 * first, then sentences carrying a cue family (conflicting accounts, denials, "no evidence",
 * unnamed sources, pending decisions, unknowns…), ranked with the learned scorer's judgement.
 * A question whose template does not read cleanly is shown as the flagged passage with its kind.
 * `relativeBar` is RELATIVE_BAR unless a caller measures another point of the curve.
 */
export function findOpenQuestions(partial: QuestionInput, relativeBar = RELATIVE_BAR): OpenQuestion[] {
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
  const candidates: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    const cues = findCues(sentence.text);
    const model = scoreFollowup(sentence.text, index, sentences.length, cues, passage[index]);
    if (chargeQuotes.has(sentence.id) && !cues.some((c) => c.shape === 'attack-quote')) {
      const f = cueFamily('attack-quote');
      cues.push({ kind: f.kind, shape: f.shape, strength: f.strength, family: f });
    }
    cues.sort((a, b) => b.strength - a.strength);
    const cue = cues[0];
    if (!cue || cue.strength + MODEL_WEIGHT * model < MIN_SCORE) return;
    const pair = cue.family.pair?.({ sentences, index, inquiries }) ?? null;
    const named = speakers.has(sentence.id) || actors.some((e) => mentions(sentence.text, e));
    const score =
      cue.strength +
      MODEL_WEIGHT * model +
      0.15 * Math.min(2, cues.length - 1) +
      (named ? 0.2 : 0) +
      (pair !== null ? 0.3 : 0) -
      0.01 * index;
    candidates.push({ index, pair, cue, fallbacks: cue.family.narrow ? cues.slice(1) : [], score });
  });

  const speakerNames = new Set(speakers.values());
  const properWords = properWordsOf([partial.title, ...sentences.map((s) => s.text)]);
  const mainActor = mainActorOf(sentences, actors);
  const people = actors.filter((e) => e.type === 'person');
  const questions: OpenQuestion[] = [];
  const used = new Set<number>();
  const dispute = centralDispute(sentences, speakers);
  if (dispute) {
    questions.push(dispute);
    for (const id of dispute.sentenceIds) used.add(sentences.findIndex((s) => s.id === id));
  }
  // A headline claiming an act the body never reports is worth asking about, but not at the expense of a lead.
  const headline = headlineCheck(partial.title, sentences);
  if (headline) questions.push(headline);
  candidates.sort((a, b) => b.score - a.score);
  const bar = (candidates[0]?.score ?? 0) - relativeBar;
  for (const candidate of candidates) {
    if (questions.length >= MAX_QUESTIONS || candidate.score < bar) break;
    if (used.has(candidate.index)) continue;
    const sentence = sentences[candidate.index]!;
    const pairSentence = candidate.pair === null ? undefined : sentences[candidate.pair];
    const actor =
      speakers.get(sentence.id) ??
      previousPerson(sentences, candidate.index, people, speakers) ??
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
    const built = phraseCandidate(candidate, context, copy, partial.title);
    // "How does Brightwater Marine answer…?" when the copy says it declined to comment: the passage instead.
    const phrased = built && !asksWhoDeclined(built.text, sentences, actors) ? built : null;
    const kind: QuestionKind = phrased?.kind ?? candidate.cue.kind;
    const pair = phrased?.usesPair ? pairSentence : undefined;
    const source = speakers.get(sentence.id) ?? (UNNAMED_SOURCE.test(sentence.text) ? 'an unnamed source' : null);
    const text = phrased
      ? namingWho(phrased.text, phrased.shape, actor, mainActor, actors, sentence.text)
      : passageItem(kind, sentence.text, source);
    if (questions.some((q) => nearDuplicate(q.text, text))) continue;
    const ids = pair ? [pair.id, sentence.id].sort((a, b) => a - b) : [sentence.id];
    used.add(candidate.index);
    if (pair && candidate.pair !== null && candidate.cue.shape !== 'refusal') used.add(candidate.pair);
    questions.push({ text, kind, sentenceIds: ids });
  }
  // Disputes first (two accounts set against each other), then the headline check, then by strength.
  const rank = (q: OpenQuestion): number =>
    q === dispute ? 0 : q.kind === 'disputed' && q.sentenceIds.length > 1 ? 1 : q === headline ? 2 : 3;
  return questions
    .map((q, i) => ({ q, i }))
    .sort((a, b) => rank(a.q) - rank(b.q) || a.i - b.i)
    .map(({ q }) => q);
}

/** The candidate's question from its cue's template (or a weaker cue's), only if it reads cleanly. */
function phraseCandidate(
  candidate: Candidate,
  context: PhraseContext,
  copy: string,
  title: string,
): { text: string; kind: QuestionKind; shape: string; usesPair: boolean } | null {
  const tries: Array<{ cue: Cue; ctx: PhraseContext }> = [{ cue: candidate.cue, ctx: context }];
  for (const fallback of candidate.fallbacks) {
    // The pair was chosen for the narrow template; the fallback reads the sentence alone.
    const { pairText: _unused, ...alone } = context;
    tries.push({ cue: fallback, ctx: alone });
  }
  for (const { cue, ctx } of tries) {
    const text = finishQuestion(cue.family.phrase(ctx));
    if (text && isCleanQuestion(text, copy, title)) {
      return { text, kind: cue.kind, shape: cue.shape, usesPair: ctx.pairText !== undefined };
    }
  }
  return null;
}

function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9][a-z0-9'’-]{2,}/g) ?? []);
}

/** The same question twice, or twice with a word changed ("in gun-controlled Chicago" / "in Chicago"). */
function nearDuplicate(a: string, b: string): boolean {
  if (a === b) return true;
  const x = contentWords(a);
  const y = contentWords(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size)) >= 0.8;
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

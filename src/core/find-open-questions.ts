import type { Analysis, Entity, OpenQuestion, Sentence } from './analysis-types';
import { BACK_REFERENCE, DECISION_DUE, WHETHER_TO } from './check-questions';
import { phraseQuestion } from './phrase-question';
import { properWordsOf } from './question-clauses';
import { CHARGE_WORDS, type Cue, findCues } from './question-cues';

export type QuestionInput = Pick<Analysis, 'title' | 'sentences' | 'quotes' | 'statements' | 'entities'>;

/** A reporter can chase about six things from one story; more is noise. */
export const MAX_QUESTIONS = 6;
/** Cues weaker than this (a bare "will") are not worth a question on their own. */
const MIN_STRENGTH = 1.5;

interface Candidate {
  index: number;
  pair: number | null;
  cue: Cue;
  /** Weaker cues of the same sentence, tried when a narrow template finds no clean question. */
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
    const last = surname(entity.name); // once per entity, not once per entity x sentence
    const count = sentences.filter((s) => mentions(s.text, entity, last)).length + (entity.type === 'person' ? 0.5 : 0);
    if (count > bestCount) {
      best = entity.name;
      bestCount = count;
    }
  }
  return best;
}

/** Nearest sentence before `index` (within `span`) that passes the test. */
function nearestBefore(
  sentences: Sentence[],
  index: number,
  span: number,
  test: (s: Sentence) => boolean,
): number | null {
  for (let j = index - 1; j >= Math.max(0, index - span); j--) if (test(sentences[j]!)) return j;
  return null;
}

const SELF_NAMING = new Set(['accusation', 'doubt']);
const PRONOUN_START = /^(?:He|She)\s/;

/**
 * Who a sentence-initial "He"/"She" refers to: the one person the sentence before names or
 * quotes. Two people there make it ambiguous, and then nobody is guessed.
 */
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

const REPORTED = /\b(?:reported|reports? (?:said|say|suggest)|allegations?|claims?)\b/i;
/** An inquiry under way, not one someone is only "considering whether to open". */
const INQUIRY =
  /\b(?:is|are|was|were|been|be) (?:now |still )?(?:investigating|probing|examining)\b|\b(?:ongoing|continuing|current|separate) (?:investigations?|inquir(?:y|ies)|probes?)\b|\b(?:investigations?|inquir(?:y|ies)|probes?) (?:into|by|is under way|are under way|is continuing|are continuing)\b/i;
/** Templates narrow enough that, when they fail, the sentence's next cue should have its turn. */
const NARROW = new Set(['unverified', 'decision']);

/**
 * Open questions a reporter can act on: sentences carrying cue phrases of conflicting accounts,
 * denials, "no evidence" claims, unnamed sources, pending decisions or inquiries and admitted
 * unknowns, phrased as questions naming who is involved, strongest first, at most six.
 */
export function findOpenQuestions(partial: QuestionInput): OpenQuestion[] {
  const { sentences, entities } = partial;
  const actors = entities.filter((e) => (e.type === 'person' || e.type === 'organization') && /^[A-Z]/.test(e.name));
  const speakers = new Map<number, string>();
  for (const s of partial.statements) speakers.set(s.sentenceId, s.speaker);
  for (const q of partial.quotes) if (q.speaker && !speakers.has(q.sentenceId)) speakers.set(q.sentenceId, q.speaker);
  const chargeQuotes = new Set(
    partial.quotes.filter((q) => q.speaker && CHARGE_WORDS.test(q.text)).map((q) => q.sentenceId),
  );

  const candidates: Candidate[] = [];
  sentences.forEach((sentence, index) => {
    const cues = findCues(sentence.text);
    if (chargeQuotes.has(sentence.id) && !cues.some((c) => c.shape === 'attack-quote'))
      cues.push({ kind: 'disputed', shape: 'attack-quote', strength: 2 });
    cues.sort((a, b) => b.strength - a.strength);
    const cue = cues[0];
    if (!cue || cue.strength < MIN_STRENGTH) return;
    let pair: number | null = null;
    if (cue.shape === 'conflict') pair = nearestBefore(sentences, index, 4, (s) => REPORTED.test(s.text));
    if (cue.shape === 'denial') pair = nearestBefore(sentences, index, 1, (s) => REPORTED.test(s.text));
    // "She declined to give an estimate": the sentence before says of what.
    if (cue.shape === 'refusal' && index > 0 && PRONOUN_START.test(sentence.text)) pair = index - 1;
    // "The Courier has not verified the figure": the figure is in the sentence before.
    if (cue.shape === 'unverified' && index > 0 && BACK_REFERENCE.test(sentence.text)) pair = index - 1;
    if (cue.shape === 'decision') {
      const next = sentences[index + 1];
      const prev = sentences[index - 1];
      if (WHETHER_TO.test(sentence.text)) pair = next && DECISION_DUE.test(next.text) ? index + 1 : null;
      else pair = prev && WHETHER_TO.test(prev.text) ? index - 1 : null;
    }
    if (cue.shape === 'no-evidence') {
      const inquiries = sentences.map((s, j) => (j !== index && INQUIRY.test(s.text) ? j : -1)).filter((j) => j >= 0);
      pair = inquiries.sort((a, b) => Math.abs(a - index) - Math.abs(b - index))[0] ?? null;
    }
    const named = speakers.has(sentence.id) || actors.some((e) => mentions(sentence.text, e));
    const score =
      cue.strength + 0.15 * Math.min(2, cues.length - 1) + (named ? 0.2 : 0) + (pair !== null ? 0.3 : 0) - 0.01 * index;
    candidates.push({ index, pair, cue, fallbacks: NARROW.has(cue.shape) ? cues.slice(1) : [], score });
  });

  const speakerNames = new Set(speakers.values());
  const properWords = properWordsOf([partial.title, ...sentences.map((s) => s.text)]);
  const mainActor = mainActorOf(sentences, actors);
  const people = actors.filter((e) => e.type === 'person');
  const used = new Set<number>();
  const questions: OpenQuestion[] = [];
  for (const candidate of candidates.sort((a, b) => b.score - a.score)) {
    if (questions.length >= MAX_QUESTIONS) break;
    if (used.has(candidate.index)) continue;
    const sentence = sentences[candidate.index]!;
    const pairSentence = candidate.pair === null ? undefined : sentences[candidate.pair];
    // "He would not discuss reports ... Lord Ashcroft": the pronoun, not the name after it, is the subject.
    const actor =
      speakers.get(sentence.id) ??
      previousPerson(sentences, candidate.index, people, speakers) ??
      actors.find((e) => mentions(sentence.text, e))?.name ??
      null;
    const context = {
      text: sentence.text,
      ...(pairSentence ? { pairText: pairSentence.text } : {}),
      actor,
      mainActor,
      // Someone who speaks in the story or has a role can answer a charge; a mistyped place cannot.
      mainIsPerson: actors.some(
        (e) => e.name === mainActor && e.type === 'person' && (!!e.role || speakerNames.has(e.name)),
      ),
      properWords,
    };
    let phrased = phraseQuestion(candidate.cue.shape, context);
    let cue = candidate.cue;
    let pair = pairSentence;
    for (const fallback of candidate.fallbacks) {
      if (phrased !== null || fallback.strength < MIN_STRENGTH) break;
      // The pair was chosen for the narrow template; the fallback reads the sentence alone.
      const { pairText: _unused, ...alone } = context;
      phrased = phraseQuestion(fallback.shape, alone);
      cue = fallback;
      pair = undefined;
    }
    if (phrased === null) continue;
    let text = phrased;
    if (questions.some((q) => q.text === text)) continue;
    let namesSomeone =
      actors.some((e) => mentions(text, e)) ||
      (actor !== null && text.includes(surname(actor))) ||
      /\s(?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]/.test(text);
    // These templates name the accuser or doubter themselves, and an unresolved "She" is not
    // the story's main actor by default: naming them would be a guess.
    // A check or decision template already names whose claim or whose choice it is.
    const selfNamed =
      cue.shape === 'decision' ||
      (cue.shape === 'unverified' &&
        !/^Can the (?:claim|figure|report|account|allegation|number|estimate)s? /.test(text));
    if (selfNamed) namesSomeone = true;
    const unsure = SELF_NAMING.has(cue.shape) || PRONOUN_START.test(sentence.text);
    const who = actor ?? (unsure ? null : mainActor);
    if (!namesSomeone && who && !text.toLowerCase().includes(who.toLowerCase())) text = `${text} (${who})`;
    const ids = pair ? [pair.id, sentence.id].sort((a, b) => a - b) : [sentence.id];
    used.add(candidate.index);
    // A sentence read only to resolve what a refusal is about can still carry its own question.
    if (pair && candidate.pair !== null && cue.shape !== 'refusal') used.add(candidate.pair);
    questions.push({ text, kind: cue.kind, sentenceIds: ids });
  }
  return questions;
}

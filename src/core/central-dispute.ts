import type { OpenQuestion, Sentence } from './analysis-types';
import { escapeRegExp } from './escape-reg-exp';
import { surname } from './mentions-entity';
import { cutClause, reportedClause } from './question-clauses';
import { NOT_MODIFIER } from './role-modifiers';
import { isCleanQuestion } from './vet-question';

/**
 * A reply that contradicts what was said before: "but the trust said", "denied", "insisted". "Insisted on building a
 * wall" is a demand, not a reply (sample 40's #25): "insist on" takes what is wanted, "insist that" what is maintained.
 */
const CONTRARY =
  /^(?:But|However|Yet)\b|\b(?:denied|denies|disputed|disputes|rejected|rejects|insisted(?!\s+(?:on|upon)\b)|insists(?!\s+(?:on|upon)\b)|countered|counters|contradict\w*|not true|untrue)\b/;
const STOP = new Set(
  'the a an and or but of to in on at by for with from that this these those it its is are was were be been has have had will would said says say told not no he she they we i his her their our as about over than which who what'.split(
    ' ',
  ),
);
/**
 * A rebuttal that points back at the claim instead of repeating it: "rejected that account",
 * "disputed the claim", "denied it". Its words cannot overlap the claim's, so one shared word will do.
 */
const POINTS_BACK =
  /\b(?:denied|denies|disputed|disputes|rejected|rejects|contradicted|contradicts)\s+(?:(?:that|this|the|those|these|such)\s+(?:account|claim|claims|allegation|allegations|suggestion|characterisation|characterization|criticism|assertion|charge|charges|version|report|reports)|(?:it|them|this|that)(?=\s*[,.;]|\s+(?:as|outright|flatly)\b))/i;
/**
 * "Mr Price rejected that account, saying…": the named subject of a rebuttal verb is the other side,
 * though no speech verb makes the sentence a statement. Named means a titled name or a first name and
 * surname, not a bare capitalised word ("Critics", "Managers") or a time phrase ("On Tuesday Ms Dalby").
 */
const REBUTTING_SUBJECT =
  /^(?:((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof)\.?\s+\p{Lu}[\p{L}\w'’-]+(?:\s+\p{Lu}[\p{L}\w'’-]+)?)|([A-Z][a-z'’-]+(?:\s+\p{Lu}[\p{L}\w'’-]+){1,2}))\s+(?:(?:has|had)\s+)?(?:denied|denies|disputed|disputes|rejected|rejects|countered|counters|contradicted|contradicts)\b/u;

/** The rebuttal's named subject, when its surname is also written elsewhere in the story (a person it names). */
function rebuttingSubject(sentence: Sentence, sentences: Sentence[]): string | undefined {
  const match = REBUTTING_SUBJECT.exec(sentence.text);
  const untitled = match?.[2];
  // Untitled, a pronoun, determiner, preposition or time word first ("On Tuesday Ms Dalby", "The
  // Friends") is no name's start: the words a role phrase never holds (role-modifiers) say which.
  if (untitled && NOT_MODIFIER.test(untitled.split(/\s+/)[0]!)) return undefined;
  const subject = match?.[1] ?? untitled;
  if (!subject) return undefined;
  const last = surname(subject);
  return sentences.some(
    (s) => s !== sentence && new RegExp(`(?<![\\w'’])${escapeRegExp(last)}(?![\\w'’])`).test(s.text),
  )
    ? subject
    : undefined;
}

/**
 * "After Hewitt suggested that …, Trump contradicted him": a speaker named only in an opening subordinate clause is
 * not the one contradicting, the main clause's subject is (sample 30's #9). Bounded, so linear.
 */
const OPENING_SUBORDINATE =
  /^\W*(?:After|When|As|Before|While|Although|Though|Because|Since|Once|Until)\b([^,;]{1,200}),/;

/** True when the sentence's contrary word sits after an opening subordinate clause that alone names `speaker`. */
function contraryOfAnother(text: string, speaker: string): boolean {
  const opening = OPENING_SUBORDINATE.exec(text);
  if (!opening) return false;
  const last = surname(speaker);
  const named = (t: string): boolean => new RegExp(`(?<![\\w'’])${escapeRegExp(last)}(?![\\w'’])`).test(t);
  const rest = text.slice(opening[0].length);
  return named(opening[1]!) && !named(rest) && CONTRARY.test(rest);
}

/**
 * "Pence continued: "When …"": the tag before a colon that opens the quote is the copy's narration, not the
 * side's words, so it stays outside the question's quotation marks (sample 30's #9).
 */
const TAG_BEFORE_QUOTE = /^[^"“:]{1,60}:\s*(?=["“])/;

/** How far apart the two sides of a dispute may sit. */
const SPAN = 5;

function topicWords(text: string, speaker: string): Set<string> {
  const names = new Set(speaker.toLowerCase().split(/\s+/));
  const words = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []) {
    const stem = w.replace(/(?:'s|ing|ed|es|s)$/, '');
    if (!STOP.has(w) && !names.has(w) && stem.length >= 3) words.add(stem);
  }
  return words;
}

function surnameOf(name: string): string {
  return surname(name).toLowerCase();
}

/**
 * The story's central dispute: two named sources, a few sentences apart, the second contradicting
 * the first on the same subject ("campaigners say there was no consultation… the trust said it
 * held two public meetings"). Returned as the question to put first, citing both sentences.
 */
export function centralDispute(sentences: Sentence[], speakers: Map<number, string>): OpenQuestion | null {
  let best: { i: number; j: number; overlap: number } | null = null;
  for (let j = 1; j < sentences.length; j++) {
    const second = sentences[j]!;
    const b = speakers.get(second.id) ?? rebuttingSubject(second, sentences);
    if (!b || !CONTRARY.test(second.text) || contraryOfAnother(second.text, b)) continue;
    const bWords = topicWords(second.text, b);
    const needed = POINTS_BACK.test(second.text) ? 1 : 3;
    for (let i = Math.max(0, j - SPAN); i < j; i++) {
      const first = sentences[i]!;
      const a = speakers.get(first.id);
      if (!a || surnameOf(a) === surnameOf(b)) continue;
      let overlap = 0;
      for (const w of topicWords(first.text, a)) if (bWords.has(w)) overlap++;
      if (overlap >= needed && (!best || overlap > best.overlap)) best = { i, j, overlap };
    }
  }
  if (!best) return null;
  const first = sentences[best.i]!;
  const second = sentences[best.j]!;
  const a = speakers.get(first.id)!;
  const b = speakers.get(second.id) ?? rebuttingSubject(second, sentences)!;
  // Two named sides: "a poll released" or "many Democrats" is no one to put the question to.
  if ([a, b].some((s) => /^(?:a|an|many|some|most|several|other)\b/i.test(s) || s.split(/\s+/).length > 5)) return null;
  // "…rejected that account, saying the trust had held two meetings": the rebuttal's own claim.
  const saying = (s: Sentence): string => /,?\s+saying(?:\s+that)?\s+(.{20,})$/.exec(s.text)?.[1] ?? s.text;
  const claim = (s: Sentence): string =>
    cutClause(reportedClause(saying(s).replace(TAG_BEFORE_QUOTE, '')), 16)
      .replace(/^["“‘]+|["”’]+$/g, '')
      .replace(/["“”]/g, '');
  const both = `${first.text} ${second.text}`;
  // "Campaigners said…": a common noun that only opens its sentence is lower case mid-question.
  const shown = (s: string): string =>
    /^[A-Z][a-z]+$/.test(s) && !new RegExp(`[a-z,;]\\s+${s}\\b`).test(both) ? s.toLowerCase() : s;
  const text = `Who is right, ${shown(a)} (“${claim(first)}”) or ${shown(b)} (“${claim(second)}”)?`;
  if (!isCleanQuestion(text, `${both} ${a} ${b}`)) return null;
  return { text, kind: 'disputed', sentenceIds: [first.id, second.id] };
}

import { namesOutlet } from './credit-line';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import type { PeopleIndex } from './people';
import type { SpeakerPhrase } from './speaker-phrase';

/**
 * The speaker label that opens a paragraph of a transcript or a round-up: `Q:` / `A.` (interview
 * copy), `MS ACHEBE:` / `THE WITNESS:` (court and broadcast transcripts), `Jane Doe, staff nurse:`
 * (vox pops). What the label says about who speaks is decided here; whether the paragraph really
 * is a turn of a dialogue or list is decided by the block it sits in (transcript-turns.ts).
 */
export type TranscriptLabel =
  | { kind: 'question' | 'answer'; key: string; length: number }
  /**
   * A person the label names; `speaker` is the fullest name the article gives, `role` the one a broadcast label puts
   * before the name ("PRESENTER, ROSALIND MAHER:" -> "presenter").
   */
  | { kind: 'person'; key: string; length: number; speaker: string; role?: string }
  /**
   * A role only (`THE WITNESS:`, `THE COURT:`) or an outlet (`Charlotte Observer:`): a turn, but no
   * one to credit.
   */
  | { kind: 'role'; key: string; length: number; outlet?: boolean };

const QUESTION_ANSWER = /^([QA])\s*[:.)–—-]\s+(?=[\p{L}\p{N}"“‘'(])/u;
/** `MS ACHEBE`, `KATE BOLDUAN`: up to four words in capitals. */
const CAPS_NAME = String.raw`((?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z'’-]+)`;
/** A name, then optionally a comma and what the person is (`, The Guardian`, `, staff nurse`). */
const NAME_AND_WHAT = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(,\s+[^:"“”]{1,60})?`;
/** One form of each label: opening a paragraph's words, or alone before a quotation's mark. */
/**
 * A broadcast transcript's first turn names the role before the name (`PRESENTER, ANNA VOSS:`, `HOST, ED LIN:`): one
 * or two capitalised words and a comma, read off (group 1) so the name after it labels the turn (audit 51, B-a51-4).
 */
const CAPS_ROLE = String.raw`(?:([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?),\s+)?`;
const CAPS_LABEL = new RegExp(String.raw`^${CAPS_ROLE}${CAPS_NAME}\s*:\s+(?=\S)`);
const CAPS_BEFORE_QUOTE = new RegExp(String.raw`^\s*${CAPS_NAME}\s*:\s*$`);
const NAME_LABEL = new RegExp(String.raw`^${NAME_AND_WHAT}:\s+(?=\S)`, 'u');
/** `Jane Doe, The Guardian:` or `Bush:` and nothing else before a quotation in its sentence. */
const LABEL_BEFORE_QUOTE = new RegExp(String.raw`^\s*${NAME_AND_WHAT}:\s*$`, 'u');
const ROLE_LABEL = /^THE\s+[A-Z]+(?:\s+[A-Z]+)?$/;

/** Whether the sentence opens an interviewer's turn: `Q:`, `Q.`, `Q –`. */
export function opensQuestionTurn(text: string): boolean {
  return QUESTION_ANSWER.exec(text)?.[1] === 'Q';
}

/** The sentence with a leading `Q.` / `A:` label blanked out (same length, offsets unchanged). */
export function blankQuestionAnswerLabel(text: string): string {
  const label = QUESTION_ANSWER.exec(text);
  return label ? ' '.repeat(label[0].length) + text.slice(label[0].length) : text;
}

const titleCase = (word: string): string =>
  word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    // MCDONALD and O'NEILL read as McDonald and O'Neill.
    .replace(/^Mc(\p{L})/u, (_, c: string) => `Mc${c.toUpperCase()}`);

/** `MS ACHEBE` -> `Ms Achebe`, `JAKE TAPPER` -> `Jake Tapper`. */
function fromCaps(label: string): string {
  return label.split(/\s+/).map(titleCase).join(' ');
}

const isFirstName = (word: string): boolean => handFirstName(word);

/**
 * The person a name label stands for: someone the article names ("MR DANIN" is Robert M. Danin),
 * or a full name spelled out in the label itself ("JAKE TAPPER", first name known). A bare title
 * or a word the article never uses for a person is no one.
 */
function personNamed(
  name: string,
  index: PeopleIndex,
  labelled: Map<string, string>,
  introduced = false,
): string | null {
  const words = name.split(/\s+/);
  const bare = words.filter((w) => !HONORIFICS.has(w) && !HONORIFICS.has(`${w}.`));
  if (bare.length === 0) return null;
  const person = index.lookup(bare.join(' '));
  if (person && !person.weak) return person.name;
  const surname = bare[bare.length - 1]!;
  // "HOST, MARTA KELLING:": a role set before the name says a person is named, whatever the first name.
  if (bare.length >= 2 && bare.length === words.length && (introduced || isFirstName(bare[0]!))) {
    const full = bare.join(' ');
    // Transcripts name a speaker in full once ("KATE BOLDUAN:"), then by surname ("BOLDUAN:").
    labelled.set(surname, full);
    return full;
  }
  return labelled.get(surname) ?? null;
}

/**
 * The label at the start of a paragraph's first sentence, or null. `labelled` carries the full
 * names labels have spelled out so far (surname -> name); read the paragraphs in order.
 */
export function readTranscriptLabel(
  text: string,
  index: PeopleIndex,
  labelled: Map<string, string>,
): TranscriptLabel | null {
  const qa = QUESTION_ANSWER.exec(text);
  if (qa) return { kind: qa[1] === 'Q' ? 'question' : 'answer', key: qa[1]!, length: qa[0].length };
  const caps = CAPS_LABEL.exec(text);
  if (caps) {
    const label = caps[2]!.replace(/\s+/g, ' ');
    if (ROLE_LABEL.test(label)) return { kind: 'role', key: label, length: caps[0].length };
    if (namesOutlet(fromCaps(label), index)) return { kind: 'role', key: label, length: caps[0].length, outlet: true };
    const speaker = personNamed(fromCaps(label), index, labelled, caps[1] !== undefined);
    if (!speaker) return null;
    const role = caps[1]?.toLowerCase().replace(/\s+/g, ' ');
    return role
      ? { kind: 'person', key: speaker, length: caps[0].length, speaker, role }
      : { kind: 'person', key: speaker, length: caps[0].length, speaker };
  }
  const named = NAME_LABEL.exec(text);
  if (named) {
    if (namesOutlet(named[1]!, index)) return { kind: 'role', key: named[1]!, length: named[0].length, outlet: true };
    const speaker = personNamed(named[1]!, index, labelled);
    return speaker ? { kind: 'person', key: speaker, length: named[0].length, speaker } : null;
  }
  return null;
}

/**
 * A round-up's label before a quotation (`Jane Doe, The Guardian: "..."`, `Bush: "..."`): the
 * name is the speaker's, the words after a comma say where they write or what they are.
 * `before` is the sentence's text up to the opening mark, starting at `offset`; the name must be a
 * person the article names.
 */
export function labelBeforeQuote(
  before: string,
  offset: number,
  index: PeopleIndex,
): SpeakerPhrase | 'unknown-label' | null {
  const caps = CAPS_BEFORE_QUOTE.exec(before);
  if (caps) {
    // `MS ACHEBE: "..."`: a court or broadcast transcript with quote marks.
    const label = caps[1]!.replace(/\s+/g, ' ');
    const outlet = ROLE_LABEL.test(label) || namesOutlet(fromCaps(label), index);
    const name = outlet ? null : personNamed(fromCaps(label), index, new Map());
    if (!name) return 'unknown-label';
    const start = offset + before.indexOf(caps[1]!);
    return { kind: 'phrase', text: name, start, end: start + caps[1]!.length, prefer: 'first' };
  }
  const label = LABEL_BEFORE_QUOTE.exec(before);
  if (!label) return null;
  // Only a person: `Then: "..."` and `Reuters: "..."` name no one who spoke, and a name the
  // article does not know as a person's is no one to credit, though it is still someone's label.
  const person = namesOutlet(label[1]!, index) ? null : index.lookup(label[1]!);
  // `Then, later that month on CNN:` is the writer's sentence, not a label.
  if (!person || person.weak) return label[2] ? null : 'unknown-label';
  const start = offset + before.indexOf(label[1]!);
  return { kind: 'phrase', text: label[1]!, start, end: start + label[1]!.length, prefer: 'first' };
}

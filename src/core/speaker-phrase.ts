import { bodyNameAnd } from './body-name-and';
import { demonstrativePhrase } from './demonstrative-subject';
import { eachMatch } from './each-match';
import { fencedPronoun } from './fenced-pronoun';
import { holdsVerb } from './holds-main-verb';
import { knownFirstName } from './known-first-name';
import { liveUpdateStamp } from './live-update-stamp';
import { nameBracket } from './name-bracket';
import { ORG_HEADS } from './org-heads';
import { closingAside } from './participle-aside';
import { relativeAntecedent } from './relative-antecedent';
import { stateAfterTown } from './town-before-state';
import { whichAntecedent } from './which-antecedent';
import { withKeys } from './with-keys';

/**
 * Who a tag points at, before resolution to a person. `phrase` is a noun phrase (the name nearest
 * the verb wins: `last` before a verb, `first` after it); `clause` is a whole clause whose subject
 * is meant ("He warned ..., saying:", "... but said"). A phrase's `thing` marks one a "which" names (no person);
 * a clause's `subject`, when read, is the span of its subject ("Residents" of "Residents wrote to the council,
 * saying"), which speaks when it names no one.
 */
export type SpeakerPhrase =
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'phrase'; text: string; start: number; end: number; prefer: 'first' | 'last'; thing?: boolean }
  | { kind: 'clause'; text: string; start: number; end: number; subject?: { start: number; end: number } };

const PRONOUN = /^(?:he|she|it|they|his|her|its|their)$/i;
/** Words between a subject and its verb that do not belong to the subject. */
const AUX =
  /\s+(?:has|have|had|also|later|then|once|further|previously|recently|simply|would|will|could|again|was|is|were|earlier|himself|herself|itself|themselves|went on to|has also|had also|however|though)$/i;
/**
 * Lower-case adverbs and modals that stand between a subject and its verb ("a reader would now ask", "the mayor
 * will probably say"); lower case only, so a name ("Theresa May", "Dana Still") keeps its last word.
 */
const ADVERB_OR_MODAL =
  /\s+(?:now|probably|likely|certainly|surely|never|still|often|just|soon|already|usually|always|perhaps|must|might|should)$/;
/**
 * The tail without its adverb or modal, unless a pronoun is left: "she still says" stays as it was read before
 * (the pronoun's resolution, not the phrase, would then decide, and it may pick someone the copy never meant).
 */
function withoutAdverb(tail: string): string {
  const stripped = tail.replace(ADVERB_OR_MODAL, '');
  return /(?:^|\s)(?:he|she|it|they|i|we|you)$/i.test(stripped) ? tail : stripped;
}
/** A quantifier floated after a name, before the verb ("Lee and Ruiz both stressed"): never a word of the name. */
const FLOATED = /(?<=\p{Lu}[\p{L}\p{M}.'’-]*)\s+(?:both|all|each)$/u;
const CLAUSE_OPENERS =
  /^(?:but|and|yet|so|while|as|because|although|though|when|after|before|if|that|however|meanwhile|instead|also|then)(?:\s+|$)/i;
const SUBORDINATE =
  /^.*\b(?:after|before|when|while|that|because|since|although|though|where|who|which|whom|whose|and|but|if|until|unless|as|than)\s+/i;
/**
 * "The Food and Drug Administration", "the Department of Health and Human Services": an "and" between
 * capitals after "the", "of" or "for" joins a body's name and opens no clause ("Trump and Lewandowski" still does).
 */
const BODY_AND = /(\b(?:[Tt]he|of|for)\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]*,?\s){1,4})and(?=\s\p{Lu})/gu;
/**
 * The body's "and" kept out of the clause search; "for Barack Obama and Clinton" names people, not a body. After a
 * body's head word ("Department of Town Planning and Survey") a word that is also a given name is the portfolio's
 * (audit 58, B-a58-4).
 */
const bodyAnd = (match: string, lead: string, at: number, text: string): string =>
  knownFirstName(/\p{Lu}[\p{L}'’-]*/u.exec(lead)?.[0] ?? '') &&
  !ORG_HEADS.has(HEAD_BEFORE.exec(text.slice(0, at))?.[1] ?? '')
    ? match
    : `${lead}&&&`;
/** The capitalised word right before a match ("Department" of "Department of Town Planning and"). */
const HEAD_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s$/u;
/**
 * ", who" opening a relative clause; also a quotation's closing mark before it, as US copy sets a title's comma inside
 * the marks (`Sam Solovey, a contestant on Trump's show, "The Apprentice," who went on …, said`: masked, the comma is gone).
 */
const RELATIVE = /(?:,|(?<=\s)["\u201d])\s+(?:who|whose|which|whom)\b/g;
/** Where the quotation that `close` ends opens (masked copy keeps the marks): the last mark before it. */
function openingMark(body: string, close: number): number {
  return Math.max(0, body.lastIndexOf('"', close - 1), body.lastIndexOf('\u201c', close - 1));
}
/** A sentence's opening phrase of place or time ("At Matignon", "In Seoul", "On Monday"). */
const FRONTED_PREPOSITION = /^(?:At|In|On|Inside|Outside|Near)\s/;
/** A phrase that ends on the conjunction right before the speech verb. */
const COORDINATED_VERB = /\s(?:and|but|yet)$/;
const LONE_WORD = /^(?:but|and|yet|so|then|also|however|i|we|you|me|us)$/i;

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:\u2015—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:\u2015—–.-]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * The noun phrase (or pronoun) `text` holds, trimmed of clause openers; a subordinator is sought before `headEnd`
 * (subject-after.ts reads the inverted tag's subject with it).
 */
export function phraseFromWords(
  text: string,
  offset: number,
  prefer: 'first' | 'last',
  headEnd = text.length,
): SpeakerPhrase | null {
  let [start, end] = trimSpan(text, 0, text.length);
  // A subject is the noun phrase after the last subordinator ("Flynn resigned after media"); only
  // the head is searched, an appositive may contain "and" ("... and Commissioner for Transport").
  const head = text.slice(start, Math.max(start, headEnd));
  const sub = SUBORDINATE.exec(bodyNameAnd(head.replace(BODY_AND, bodyAnd)));
  // "That diplomat said": a demonstrative's "that" before a person noun stays (demonstrative-subject.ts).
  const that = sub ? /\bthat\s+$/i.exec(sub[0]) : null;
  const kept = that && demonstrativePhrase(text.slice(start + that.index, end));
  if (kept) start += that.index;
  else if (sub && !/\bas\s+well\s+as\s+$/i.test(sub[0])) start += sub[0].length;
  const opener = kept ? null : CLAUSE_OPENERS.exec(text.slice(start, end));
  if (opener) start += opener[0].length;
  [start, end] = trimSpan(text, start, end);
  const phrase = text.slice(start, end);
  if (phrase === '' || LONE_WORD.test(phrase)) return null;
  if (PRONOUN.test(phrase)) return { kind: 'pronoun', word: phrase.toLowerCase(), at: offset + start };
  if (text.slice(start, Math.max(start, Math.min(end, headEnd))).split(/\s+/).length > 12) return null;
  return { kind: 'phrase', text: phrase, start: offset + start, end: offset + end, prefer };
}

/**
 * The subject right before a speech verb: `text` is what precedes the verb in its sentence
 * ("Earlier in the day, Trump" -> "Trump"; "Rick Egelton, chief economist at BMO," -> the name
 * with its appositive; resolution later picks the name). `offset` is the absolute offset of text[0].
 */
export function subjectBefore(text: string, offset: number): SpeakerPhrase | null {
  // "Update 1.15pm: The RAC said": the live page's stamp heads the paragraph (live-update-stamp.ts).
  const stamp = liveUpdateStamp(text);
  if (stamp > 0) return subjectBefore(text.slice(stamp), offset + stamp);
  let body = text.trimEnd();
  // Only the tail can hold auxiliaries; matching there keeps this linear on long sentences.
  for (let previous = ''; previous !== body; ) {
    previous = body;
    const tailStart = Math.max(0, body.length - 40);
    body = body.slice(0, tailStart) + withoutAdverb(body.slice(tailStart).replace(AUX, '')).replace(FLOATED, '');
    body = body.trimEnd();
  }
  // "The actor, whose films include A, B and C, said": drop the relative clause, keep its head.
  // The comma that opened the relative clause also closes what stands before it: in "Sara Cole, an aide to
  // Governor Mark Dunn, who signed the bill, told" the aide phrase is Cole's appositive, as if the verb followed it.
  const closed = body.endsWith(',');
  // "The British Retail Consortium, which represents most large shops, said": "which" right after the
  // head says the head is no person, whatever names its words hold ("Retail Consortium").
  let thing = false;
  if (closed) {
    let relative = -1;
    for (const m of eachMatch(RELATIVE, body)) relative = m.index;
    if (relative > 0) {
      thing = /^,\s+which\b/.test(body.slice(relative)) && !body.slice(0, relative).includes(',');
      body = body.slice(0, body[relative] === ',' ? relative : relative + 1);
      // A quoted title right before the relative ("show, "The Apprentice," who") is masked: the words before it remain.
      const close = body.trimEnd().length - 1;
      if (/["\u201d]/.test(body[close] ?? '') && /\s/.test(body[close - 1] ?? ''))
        body = body.slice(0, openingMark(body, close)).trimEnd();
    }
    // "An exec at a rival studio, speaking on background, said": the aside is not the subject (participle-aside.ts).
    const aside = relative > 0 ? -1 : closingAside(body);
    if (aside > 0) body = body.slice(0, aside);
  }
  // "He, however, told …": the pronoun before a comma-fenced connective is the subject (fenced-pronoun.ts).
  const fenced = fencedPronoun(body.slice(Math.max(0, body.length - 60)));
  if (fenced) return { kind: 'pronoun', word: fenced.word, at: offset + Math.max(0, body.length - 60) + fenced.at };
  // Only the tail: a name and its comma fit in it, and a long sentence is not scanned from every capital.
  const tail = Math.max(0, body.length - 120);
  const antecedent = relativeAntecedent(body, tail, offset) ?? whichAntecedent(body, tail, offset);
  if (antecedent) return antecedent;
  // "He’s claiming that …": the contracted auxiliary belongs to the verb, the subject is the pronoun.
  const pronoun = /(?:^|\s)(he|she|it|they)((?:['’](?:s|d|ll|ve|re))?)$/i.exec(body);
  if (pronoun)
    return {
      kind: 'pronoun',
      word: pronoun[1]!.toLowerCase(),
      at: offset + body.length - pronoun[1]!.length - pronoun[2]!.length,
    };
  // Appositives and relative clauses stay with their head ("Nick Davies, spokesman for the IAAF,
  // which handed out the bans, said"): walk back over comma parts while they qualify a head.
  let end = body.endsWith(',') ? body.length - 1 : body.length;
  let cut = lastBoundary(body, end);
  let headEnd = body.length;
  let widened = false;
  for (let steps = 0; steps < 3 && cut > 0 && body[cut - 1] === ','; steps++) {
    const part = body.slice(cut, end).trim();
    // The part right before the verb is an appositive only when a comma closes it.
    // A coordinated name ("…, and Gov. John Kasich of Ohio, who …, said") is a subject of its own, no appositive.
    const appositive =
      steps === 0 ? closed && !/^(?:and|or|nor|but)\s/i.test(part) : /^(?:[a-z]|(?:the|a|an)\s)/.test(part);
    // "Fire Chief Ann Ruiz of Tulsa, Okla. said": a state after a town qualifies the town, no comma needed after it.
    const state = steps === 0 && stateAfterTown(body.slice(cut - 1, end).replace(/\uE000/g, '.')) === end - cut + 1;
    const qualifies =
      appositive ||
      (state && /\p{Lu}\S*$/u.test(body.slice(0, cut - 1))) ||
      /^(?:who|which|whose|whom|where)\b/i.test(part);
    if (!qualifies) break;
    // "At Westminster, an aide to the minister, who …, said": a fronted phrase of place or time before the part is
    // no head the part qualifies; the part is the subject itself, its first name the subject's (audit 55, B-a55-12).
    // Only an article's noun phrase: "In a letter, Sanders rips …, arguing" keeps its clause as it was read.
    if (
      /^(?:an?|the)\s/.test(part) &&
      FRONTED_PREPOSITION.test(body.slice(lastBoundary(body, cut - 1), cut - 1).trim())
    ) {
      widened = true;
      break;
    }
    end = cut - 1;
    cut = lastBoundary(body, end);
    headEnd = end;
    widened = true;
  }
  const phrase = phraseFromWords(body.slice(cut), offset + cut, widened ? 'first' : 'last', headEnd - cut);
  // "Silverman was joined on stage by Sen. Al Franken and joked": a verb joined by "and" shares the subject of
  // the clause before it, its first name, not the last one (an object).
  if (phrase?.kind === 'phrase' && COORDINATED_VERB.test(phrase.text) && holdsVerb(phrase.text)) {
    // "She smiles and then says,": the shared subject is a pronoun, resolved as a tag's pronoun is.
    const pronoun = /^(he|she|they)\s/i.exec(phrase.text);
    if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), at: phrase.start };
    return { ...phrase, prefer: 'first' };
  }
  return thing && phrase?.kind === 'phrase' ? withKeys(phrase, { thing }) : phrase;
}

/** The subject of the clause that `text` opens ("He warned his supporters ..., saying:"). */
export function clauseSubject(text: string, offset: number): SpeakerPhrase | null {
  const pronoun = /^\s*(?:(?:but|and|yet|so|then)\s+)?(he|she|it|they|his|her|its|their)\b/i.exec(text);
  if (pronoun)
    return { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), at: offset + pronoun[0].length - pronoun[1]!.length };
  if (text.trim() === '') return null;
  return { kind: 'clause', text, start: offset, end: offset + text.length };
}

/**
 * A hyphen standing for a dash, as copy typed without one sets it: spaced (`In May 2013 - four months after Clinton
 * left office - the State Department told`) or doubled (`--`). A hyphen inside a word ("Rodham-Clinton") is no boundary.
 */
function asciiDash(text: string, at: number): boolean {
  if (text[at] !== '-') return false;
  return text[at - 1] === '-' || (/\s/.test(text[at - 1] ?? '') && /\s/.test(text[at + 1] ?? ''));
}

/** "officer-in-charge (OC) of …": brackets round an acronym the copy defines hold no clause of their own. */
const BRACKETED_ACRONYM = /^\([A-Z]{2,6}\)/;
const ACRONYM_CLOSED = /\([A-Z]{2,6}\)$/;

/** Index just after the last clause boundary (comma, semicolon, colon, quote mark) before `end`. */
function lastBoundary(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (
      ch === ',' ||
      ch === ';' ||
      ch === '"' ||
      ch === '\u201c' ||
      ch === '\u201d' ||
      (ch === '(' && !BRACKETED_ACRONYM.test(text.slice(i, i + 9)) && nameBracket(text, i) < 0) ||
      (ch === ')' &&
        !ACRONYM_CLOSED.test(text.slice(Math.max(0, i - 7), i + 1)) &&
        nameBracket(text, text.lastIndexOf('(', i)) !== i + 1) ||
      ch === '—' ||
      ch === '–' ||
      ch === '\u2015' ||
      asciiDash(text, i)
    )
      return i + 1;
  }
  return 0;
}

import { maskAbbreviationDots } from './abbreviation-dots';
import { CAPITALISED_WORD as CAP } from './capitalised-word';
import { continuedClauseTag } from './continued-clause-tag';
import { creditLine } from './credit-line';
import { dashAsideSubject } from './dash-aside-subject';
import { holdsVerb } from './holds-main-verb';
import { loneVerbTag } from './lone-verb-tag';
import { ownSubjectTag } from './own-subject-tag';
import { maskPartyAffiliation } from './party-affiliation';
import { listenerBefore, passiveAgent } from './passive-listener';
import { restoredPhrase } from './restored-phrase';
import { SHARED_APPOSITIVE } from './shared-appositive';
import { type SpeakerPhrase, subjectBefore } from './speaker-phrase';
import { QUOTE_VERBS } from './speech-verbs';
import { subjectAfter } from './subject-after';
import { tagWords } from './tag-words';
import { townStatePoint } from './town-state-point';

/**
 * Attribution tags after a quotation: `"...," X said`, `said X`, `"..." ― X` (before one: tag-before.ts). Texts
 * passed in are slices of one sentence; offsets are absolute.
 */

const STOP_AFTER = /[.;!?]/;
/** How far from a quotation its tag and the tag's subject may stand, in characters. */
export const TAG_WINDOW = 600;
/**
 * How many words after a quotation may hold its verb: twenty, or more for a name with a long appositive
 * between commas ("Trump, the 2016 GOP front-runner nationally and polling leader in South Carolina …, said").
 */
const NEAR_WORDS = 20;
const TAG_WORDS = 32;
const LONG_APPOSITIVE = /^\p{Lu}[^,;:.!?"“”]{0,60},[^;!?"“”]*,\s*$/u;

/** A relative aside between commas right before the verb: read as an aside, whatever commas precede it. */
const WHO_ASIDE = /,\s+who\s[^,;]*,\s*$/;
const CLAUSE_BREAK = /\b(?:while|whereas|but|because|although|and|which|who|when)\b/i;
/**
 * Two to four capitalised names joined by "and" as the whole subject (`"…," Ann Lee and Tom Ruiz said`, `"…," Sens.
 * Ann Lee (D-Ore.), Tom Ruiz (D-Ohio) and Jo Bell (D-N.J.) said`, the brackets blanked and titles' stops masked; lone
 * surnames, "Lee and Ruiz said", "Lee and Ruiz, both Democrats,"): no second clause but the group's tag, which
 * joint-speaker.ts prints as all of them when all are people named in full, and find-quotes.ts as no one otherwise
 * (unpairedPair).
 */
const LISTED_NAME = `(?:${CAP}\uE000?\\s+){1,2}${CAP}\uE000?\\s*`;
const NAME_PAIR = new RegExp(`^[\\s,]*${LISTED_NAME}(?:,\\s+${LISTED_NAME}){0,2},?\\s+and\\s+${LISTED_NAME}$`, 'u');
const SURNAME_PAIR = new RegExp(`^[\\s,]*${CAP}\\s+and\\s+${CAP}$`, 'u');
/**
 * A subordinator in the verb's own comma part: in "…" until Haley said, Haley speaks later, not the quotation;
 * "…" before discussing it, he said keeps its tag (the comma closes the adverbial). Not "once" or "since",
 * adverbs in "he once said".
 */
const SUBORDINATE_BREAK = /\b(?:until|unless|before|after|if)\b/i;
/**
 * A word after one of these is a noun, not a speech verb ("one of the states suing the EPA"). Not determiners.ts's list:
 * quantifiers join it, and "this"/"that" stand alone as subjects ("that said").
 */
const DETERMINERS = new Set(
  'the a an these those its their his her our your my many some all both several other such'.split(' '),
);
/**
 * A quantifier opening the tag is the verb's subject by itself (`"…," some chanted.`, `"…," many said.`): a crowd
 * speaks, and the tag is read so that no speaker named earlier is carried onto the quotation.
 */
const QUANTIFIER_SUBJECTS = new Set('many some all both several'.split(' '));

/**
 * Tag after the closing mark: `, he said.` / `said Rick Egelton, ...` / `Spicer stated on Friday.`; a party-state
 * bracket is blanked (`Sen. Jo Roe (D-N.Y.) said.`). Not before a quotation, where "Rep. Jo Roe (D-N.Y.) said Ann
 * Lee told members to be "…"" puts the quotation in a clause whose speaker the tag is not.
 */
export function tagAfter(text: string, offset: number, opensSentence = false): SpeakerPhrase | null {
  const masked = maskAbbreviationDots(maskPartyAffiliation(text.slice(0, TAG_WINDOW)));
  // A quotation opening its sentence may be the object of any verb after its subject (lone-verb-tag.ts).
  const phrase = restoredPhrase(tagAfterMasked(masked, offset) ?? (opensSentence ? loneVerbTag(masked, offset) : null));
  // A blanked bracket inside the phrase leaves a run of spaces: "Sen. Ted Cruz (R-Tex.), a Republican".
  if (phrase === null || phrase.kind === 'pronoun' || !phrase.text.includes('  ')) return phrase;
  return { ...phrase, text: phrase.text.replace(/ {2,}(?=,)/g, '').replace(/ {2,}/g, ' ') };
}

/** A dash before a signature: `"..." ― Carla Sanchez.` (pull quotes, reader comments, epigraphs). */
const DASH = /^\s*(?:\u2015|\u2014|\u2013|--?)\s*(?=\p{Lu})/u;
/** What may follow a signature's name: a role or outlet after a comma, and the end of the sentence. */
const SIGNATURE_END = /^(?:,[^.;:!?"\u201c\u201d]{0,80})?[\s.]*$/;

/**
 * "reported" introduces no quotation ("X reported that ..."), but right after one it is its tag:
 * `"...," reported Reuters.` / `"...," The Hill reported.` (news outlets quoting their copy).
 */
const REPORTED = new Set(['reported', 'reports']);

function tagVerbAfter(word: string, tail: string): boolean {
  const lower = word.toLowerCase();
  return QUOTE_VERBS.has(lower) || (REPORTED.has(lower) && /^\s*(?:[.,;]|$)/.test(tail));
}

function tagAfterMasked(text: string, offset: number): SpeakerPhrase | null {
  const dash = DASH.exec(text);
  if (dash) {
    const name = subjectAfter(text.slice(dash[0].length), offset + dash[0].length);
    if (name?.kind === 'phrase' && SIGNATURE_END.test(text.slice(name.end - offset))) {
      // `"..." — Reuters` / `"..." — Editing by Jane Doe`: the copy's credits, no speaker.
      return creditLine(text, name.text) ? null : name;
    }
  }
  const lead = /^[\s,]*(?:—|–|-)?\s*/.exec(text)![0].length;
  const rest = text.slice(lead);
  const list = tagWords(rest).slice(0, TAG_WORDS);
  if (list.length === 0) return null;
  const first = list[0]!;
  // `"…," adding that it is why Trump "…"`: a participle and its "that" clause go on the sentence's own subject's
  // speech; an inverted tag ("said Trump") never puts "that" between its verb and the speaker.
  const verbFirst = QUOTE_VERBS.has(first.word.toLowerCase()) || REPORTED.has(first.word.toLowerCase());
  if (first.start === 0 && verbFirst && /^\s+that\s/i.test(rest.slice(first.end))) return null;
  if (first.start === 0 && verbFirst) {
    return subjectAfter(rest.slice(first.end), offset + lead + first.end);
  }
  const accord = /^according to\s+/i.exec(rest);
  if (accord) return subjectAfter(rest.slice(accord[0].length), offset + lead + accord[0].length);
  for (let k = 1; k < list.length; k++) {
    const w = list[k]!;
    // A capital inside the tag is a name's word, not a verb: "Secretary of State John Kerry said".
    const before = list[k - 1]!.word.toLowerCase();
    if (!tagVerbAfter(w.word, rest.slice(w.end))) continue;
    // "Lee and Ruiz both said": a quantifier floated after a name is no determiner of the verb.
    const floated = k >= 2 && /^(?:both|all|each)$/.test(before) && /^\p{Lu}/u.test(list[k - 2]!.word);
    if (DETERMINERS.has(before) && !floated && !(k === 1 && list[0]!.start === 0 && QUANTIFIER_SUBJECTS.has(before)))
      continue;
    if (/^\p{Lu}/u.test(w.word)) continue;
    const subject = dashAsideSubject(rest.slice(0, w.start));
    if (subject === null) continue;
    const inverted = continuedClauseTag(subject, rest.slice(w.end), offset + lead + w.end);
    if (inverted) return inverted;
    // Past the twentieth word, only a name and its appositive between commas stand before the verb.
    if (k >= NEAR_WORDS && !LONG_APPOSITIVE.test(subject)) continue;
    // `"...," Marsh was told by a reporter.`: the agent spoke, never the listener.
    if (listenerBefore(w.word.toLowerCase(), subject))
      return passiveAgent(w.word.toLowerCase(), rest.slice(w.end), offset + lead + w.end);
    if (STOP_AFTER.test(townStatePoint(subject))) return null;
    // A closing "who" aside ("Harry Bond, 30, of Raleigh, N.C., who was polled, said") is no clause of the subject's.
    const core = subject.replace(WHO_ASIDE, ', ');
    const shared = core.replace(SHARED_APPOSITIVE, ' ').replace(/\s(?:both|all|each)\s*$/, ' ');
    const pair = NAME_PAIR.test(shared) || SURNAME_PAIR.test(shared.trimEnd());
    if (CLAUSE_BREAK.test(core.replace(/,[^,]*,/g, ',')) && !pair) return ownSubjectTag(subject, offset + lead);
    if (SUBORDINATE_BREAK.test(subject.slice(subject.lastIndexOf(',') + 1))) return null;
    // "…" as the mayor said the tax would fall: "as" opens an adverbial whose verb takes a clause of its own, not the
    // tag of `"…," as the mayor said.`
    if (/^\s*as\s/i.test(subject) && holdsVerb(rest.slice(w.end).split(/[.,;:!?]/)[0]!)) return null;
    return subjectBefore(subject, offset + lead);
  }
  return null;
}

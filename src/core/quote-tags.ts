import { maskAbbreviationDots, restoreAbbreviationDots } from './abbreviation-dots';
import { continuedClauseTag } from './continued-clause-tag';
import { creditLine } from './credit-line';
import { closesDashAside } from './dash-aside';
import { dashAsideSubject } from './dash-aside-subject';
import { holdsVerb } from './holds-main-verb';
import { loneVerbTag } from './lone-verb-tag';
import { ownSubjectTag } from './own-subject-tag';
import { participleSubject } from './participle-subject';
import { maskPartyAffiliation } from './party-affiliation';
import { listenerBefore, passiveAgent } from './passive-listener';
import { maskQuotes } from './quote-spans';
import { clauseSubject, type SpeakerPhrase, subjectAfter, subjectBefore } from './speaker-phrase';
import { QUOTE_VERBS } from './speech-verbs';
import { tagWords, type WordAt } from './tag-words';
import { townStatePoint } from './town-state-point';

/**
 * Attribution tags next to a quotation: `"...," X said`, `said X`, `X said: "..."`,
 * `X responded, "..."`. Texts passed in are slices of one sentence; offsets are absolute.
 */

const STOP_AFTER = /[.;!?]/;
const TAG_WINDOW = 600;
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
  const phrase = restore(tagAfterMasked(masked, offset) ?? (opensSentence ? loneVerbTag(masked, offset) : null));
  // A blanked bracket inside the phrase leaves a run of spaces: "Sen. Ted Cruz (R-Tex.), a Republican".
  if (phrase === null || phrase.kind === 'pronoun' || !phrase.text.includes('  ')) return phrase;
  return { ...phrase, text: phrase.text.replace(/ {2,}(?=,)/g, '').replace(/ {2,}/g, ' ') };
}

/** The phrase as the copy spells it (the tag was read with title dots masked). */
function restore(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase === null || phrase.kind === 'pronoun') return phrase;
  return { ...phrase, text: restoreAbbreviationDots(phrase.text) };
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
    if (DETERMINERS.has(before) && !(k === 1 && list[0]!.start === 0 && QUANTIFIER_SUBJECTS.has(before))) continue;
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
    if (CLAUSE_BREAK.test(core.replace(/,[^,]*,/g, ','))) return ownSubjectTag(subject, offset + lead);
    if (SUBORDINATE_BREAK.test(subject.slice(subject.lastIndexOf(',') + 1))) return null;
    // "…" as the mayor said the tax would fall: "as" opens an adverbial whose verb takes a clause of its own, not the
    // tag of `"…," as the mayor said.`
    if (/^\s*as\s/i.test(subject) && holdsVerb(rest.slice(w.end).split(/[.,;:!?]/)[0]!)) return null;
    return subjectBefore(subject, offset + lead);
  }
  return null;
}

/**
 * Tag before the opening mark: `Ms Hewitt said:` / `Spicer responded,` / `but said` /
 * `he told BBC Radio 4's Today programme:`. Returns null when the text does not end in a tag.
 */
export function tagBefore(
  text: string,
  offset: number,
  sentence: { text: string; start: number } = { text, start: offset },
): SpeakerPhrase | 'untagged-colon' | null {
  // Only the last few hundred characters before a quote can hold its tag and the tag's subject:
  // reading no further keeps a sentence with thousands of quotes linear.
  const end = offset + text.length - sentence.start;
  const from = Math.max(0, end - TAG_WINDOW);
  const cut = Math.max(0, text.length - TAG_WINDOW);
  // Masked only once a speech verb asks for the subject: most quotes have none before them.
  let masked: { text: string; start: number } | undefined;
  const lookBack = () =>
    (masked ??= { text: maskAbbreviationDots(sentence.text.slice(from, end)), start: sentence.start + from });
  const tag = tagBeforeMasked(maskAbbreviationDots(text.slice(cut)), offset + cut, lookBack);
  return tag === 'untagged-colon' ? tag : restore(tag);
}

/**
 * "insisting that the United States "must stop …"": a capitalised verb form right after another capitalised word, a
 * space between, is that name's word ("States", "Post", "Notes"), as a capital inside a tag after the quotation is;
 * a sentence's opening "Said Comey," (a stop before it) and ", Tweeted" (a comma) stay verbs.
 */
function nameWord(list: readonly WordAt[], i: number, text: string): boolean {
  const w = list[i]!;
  const previous = list[i - 1];
  return (
    previous !== undefined &&
    /^\p{Lu}/u.test(w.word) &&
    /^\p{Lu}/u.test(previous.word) &&
    /^ +$/.test(text.slice(previous.end, w.start))
  );
}

/** "for what he described as "…"": the quotation is the words of the clause's subject, a pronoun or a name. */
const WHAT_X_CALLED =
  /\bwhat\s+(he|she|they|\p{Lu}[\p{L}'’-]+)(\s+(?:has\s+|had\s+|once\s+)?(?:described|describes|called|calls|termed|terms|dubbed|dubs|branded|brands)(?:\s+as)?)$/u;
/** The subject of a tag between commas: a pronoun or a name of up to three words (a title's stop masked). */
const ASIDE_SUBJECT = /,\s*(he|she|they|(?:\p{Lu}[\p{L}'’\uE000.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)(\s+)$/u;

/**
 * "…, puts it more bluntly:", "She put it this way:": "put it" and a manner right before the colon introduce the
 * subject's own words as "said:" does (a manner of at most four words, so "put it on the table:" stays out).
 */
const PUT_IT =
  /^(?:put|puts)\s+it(?:\s+(?:more|most|less|very|so|this|that|another|other|rather|quite|best|well|way|differently|[a-z]+ly)){0,4}\s*:$/;

/** After the verb, a capitalised subject and the comma before the quotation: ", said Mr Hopkins, "…"". */
const INVERTED_BETWEEN_COMMAS = /^\s+(?:the\s|a\s|an\s)?\p{Lu}[^,;:]{1,60},\s*$/u;

function tagBeforeMasked(
  text: string,
  offset: number,
  lookBack: () => { text: string; start: number },
): SpeakerPhrase | 'untagged-colon' | null {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed === '') return null;
  const colon = trimmed.endsWith(':');
  const what = WHAT_X_CALLED.exec(trimmed);
  if (what) return subjectBefore(what[1]!, offset + what.index + what[0].length - what[1]!.length - what[2]!.length);
  const list = tagWords(trimmed);
  for (let i = list.length - 1; i >= 0 && i >= list.length - 10; i--) {
    const w = list[i]!;
    const lower = w.word.toLowerCase();
    // ", calling him "…"": a participle of the clause's subject, who names him so (train: "called" is a cue whose
    // subject is the source 96 times of 118, session 46); "call" frames no quotation elsewhere ("called for").
    if (
      !QUOTE_VERBS.has(lower) &&
      !(lower === 'calling' && /,\s*$/.test(trimmed.slice(0, w.start))) &&
      !(colon && PUT_IT.test(`${lower}${trimmed.slice(w.end)}`))
    )
      continue;
    if (nameWord(list, i, trimmed)) continue;
    const tail = trimmed.slice(w.end);
    const tailWords = list.length - 1 - i;
    if (/[.;!?]/.test(tail) || (!colon && tailWords > 7)) return null;
    if (closesDashAside(trimmed.slice(0, w.start), tail)) return null;
    // "Higher rates, she argues, are "…"": a tag set off by commas inside the sentence gives the quotation later in it.
    const aside = /^\s*,\s*[\p{L}\d]/u.test(tail) ? ASIDE_SUBJECT.exec(trimmed.slice(0, w.start)) : null;
    if (aside)
      return subjectBefore(aside[1]!, offset + aside.index + aside[0].length - aside[1]!.length - aside[2]!.length);
    if (
      !colon &&
      !/(?:,|\bthat)$|^$/.test(tail.trim()) &&
      tailWords > 0 &&
      !/^(?:told|tell|asked|warned|urged)/i.test(lower) &&
      // "…, saying he is "weak"": after a participle come the reported clause's first words, whatever they are.
      !/ing$/.test(lower)
    ) {
      // "said X" before the quote without punctuation is unusual; "X told reporters" is not.
      if (!/^\s*(?:[A-Z]|the\s|a\s|reporters|journalists|delegates)/.test(tail)) return null;
    }
    const agent = passiveAgent(lower, tail, offset + w.end);
    if (agent) return agent;
    if (listenerBefore(lower, trimmed.slice(0, w.start))) return null;
    const sentence = lookBack();
    // The subject of "..., saying:" or "... but said" is that of the whole clause.
    const clauseEnd = offset + w.start - sentence.start;
    if (/ing$/.test(lower)) return participleSubject(sentence.text.slice(0, clauseEnd), sentence.start);
    // The subject may sit before an earlier quote in the same sentence ("Barbara Follet, one of
    // the so-called "Blair Babes" elected in 1997, told researchers:"): read the whole sentence
    // up to the verb with quotations blanked out.
    const lead = maskQuotes(sentence.text.slice(0, Math.max(0, offset + w.start - sentence.start)), true);
    // Right after an earlier quote (`"...," said Mr Goodman, "but ..."`), or set off by commas right before the
    // quotation (`the courts which, said Mr Hopkins, "is part of …"`): an inverted tag names the speaker after the verb.
    if (lead.trim() === '' || (/,\s*$/.test(lead) && INVERTED_BETWEEN_COMMAS.test(tail))) {
      const inverted = subjectAfter(trimmed.slice(w.end), offset + w.end);
      if (inverted) return inverted;
    }
    // "John Dickey, the chief executive — the company that owns it — told me,": the subject before a closed aside.
    const subject = subjectBefore(dashAsideSubject(lead) ?? lead, sentence.start);
    if (subject) return subject;
    if (/^\s*(?:but|and|then|yet)?\s*$/i.test(trimmed.slice(0, w.start)) && clauseEnd > 0) {
      const before = sentence.text.slice(0, clauseEnd);
      if (/\S/.test(before.replace(/["“”]/g, ''))) return clauseSubject(before, sentence.start);
    }
    return null;
  }
  if (colon) return 'untagged-colon';
  return null;
}

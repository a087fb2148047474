import { maskAbbreviationDots } from './abbreviation-dots';
import { closesDashAside } from './dash-aside';
import { dashAsideSubject } from './dash-aside-subject';
import { openingTagAside } from './opening-tag-aside';
import { participleSubject } from './participle-subject';
import { listenerBefore, passiveAgent } from './passive-listener';
import { pronounDescribes } from './pronoun-describes';
import { maskQuotes } from './quote-spans';
import { TAG_WINDOW } from './quote-tags';
import { restoredPhrase } from './restored-phrase';
import { clauseSubject, type SpeakerPhrase, subjectBefore } from './speaker-phrase';
import { QUOTE_VERBS } from './speech-verbs';
import { subjectAfter } from './subject-after';
import { tagWords, type WordAt } from './tag-words';

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
  const opening = offset === sentence.start ? openingTagAside(text, offset) : null;
  if (opening) return restoredPhrase(opening);
  const tag = tagBeforeMasked(maskAbbreviationDots(text.slice(cut)), offset + cut, lookBack);
  return tag === 'untagged-colon' ? tag : restoredPhrase(tag);
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

/** A modal right before a verb: the verb's act is still to come. */
const FUTURE_BEFORE = /\b(?:would|will|could|might|may|should|shall)\s+(?:not\s+)?$/i;

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
  const describes = pronounDescribes(trimmed);
  if (describes) return subjectBefore(describes.pronoun, offset + describes.at);
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
    // "said the minister would answer the question "in the normal way"": a modal's verb with its object before the
    // quotation tells of an act to come, no one's tag for words already quoted (audit 62, B-a62-4).
    if (!colon && tailWords > 0 && FUTURE_BEFORE.test(trimmed.slice(Math.max(0, w.start - 16), w.start))) continue;
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

import type { Sentence } from './analysis-types';
import { eachMatch } from './each-match';
import { makerWord } from './maker-word';
import { participleSubject } from './participle-subject';
import { personNoun } from './person-noun';
import type { QuoteSegment } from './quote-spans';
import { sourceVerb } from './source-verb';
import type { SpeakerPhrase } from './speaker-phrase';
import type { ResolvedSpeaker } from './speaker-resolution';
import { tagBefore } from './tag-before';

/**
 * "As Mitchell tried to discuss …, Sanders responded with a phrase …:": a fronted subordinate clause holds another
 * subject than the one introducing the quotation.
 */
const SUBORDINATE_OPENER = /^\s*(?:as|when|while|after|before|if|although|though|because|since|once|until|whereas)\s/i;
/** `"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello:`: a quoted headline is no subject. */
const QUOTED_OPENING = /^\s*["“‘]/;
/** "IOWA POLLS NOT NECESSARILY WRONG - Mark Blumenthal and Jon Cohen:": a round-up's heading, no clause. */
const DASH_LABEL = /\s[-–—]/;

/** A phrase that introduces a quotation, and the sentence whose words it reads. */
export interface ColonIntroduction {
  phrase: SpeakerPhrase;
  sentenceId: number;
  /**
   * No speech verb: the clause's subject is read, and it must name the speaker the resolver finds in it ("The
   * rationale these …" names no one, whatever a description's resolution reaches); else the other routes are tried.
   */
  untagged: boolean;
}

/** Whether the speaker resolved from an introduction is one its words name (always, for a speech verb's tag). */
export function introductionNames(intro: ColonIntroduction, sentences: readonly Sentence[], speaker: ResolvedSpeaker) {
  if (!intro.untagged || intro.phrase.kind !== 'clause' || !intro.phrase.subject) return !intro.untagged;
  const sentence = sentences[intro.sentenceId]!;
  const { start, end } = intro.phrase.subject;
  const words = sentence.text.slice(start - sentence.start, end - sentence.start).toLowerCase();
  // A description is printed with its article in lower case ("the Kelsby Ferry Users Group").
  if (!words.includes((speaker.person?.surname ?? speaker.name).toLowerCase())) return false;
  return speaker.person !== null || speakingDescription(speaker.name);
}

const WORD = /[\p{L}'’]+/gu;
/** Words between a subject and its verb that are not the verb ("The board has also posted"). */
const BEFORE_VERB =
  /^(?:has|have|had|also|then|later|again|would|will|could|can|may|might|must|should|did|does|do|just|now|once|[a-z]+ly)$/;

/** A form of "be" opening the verb group, then a participle or adjective and an infinitive ("are obliged to disclose"). */
const BE = /^(?:is|are|was|were|be|been|being)$/;
const INFINITIVE = /^\s*[a-z]+\s+to\s+([a-z]+)/;

/**
 * Whether the clause's verb, the first word after its subject past an aside between commas and the auxiliaries, makes
 * the subject the source of what follows (source-verb.ts): "The Clinton Foundation describes itself …:", "Priorities
 * USA, a super PAC, emailed a link …:", not "Residents received a letter from the council:" (the council's words). A
 * form of "be" is no source: a passive "Teams were sent a photograph:" gives no one, unless an infinitive the subject
 * does follows ("Respondents are obliged to disclose:").
 */
function sourceClause(text: string, subjectEnd: number): boolean {
  const rest = text.slice(subjectEnd).replace(/^\s*,[^,]*,/, '');
  for (const m of eachMatch(WORD, rest)) {
    if (BE.test(m[0])) {
      const verb = INFINITIVE.exec(rest.slice(m.index + m[0].length))?.[1];
      return verb !== undefined && sourceVerb(verb);
    }
    if (!BEFORE_VERB.test(m[0])) return sourceVerb(m[0]);
  }
  return false;
}

const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our)$/i;

/**
 * "The challenge of transparency is exemplified by this finding:": a description speaks when it holds a name's word
 * ("the Clinton campaign") or its head noun is a person or a body in some WordNet sense (maker-word.ts: "the harbour
 * board", "Respondents"); an idea or a finding is what the quotation shows, not who said it.
 */
function speakingDescription(description: string): boolean {
  const words = description.replace(/\s+(?:of|for|at|in|from|on|with|by)\s.*$/i, '').split(/\s+/);
  const rest = DETERMINER.test(words[0]!) ? words.slice(1) : words;
  if (rest.some((w) => /^\p{Lu}/u.test(w))) return true;
  const head = rest[rest.length - 1] ?? '';
  // "The presidential candidate reiterated:": a definite person noun stands for someone named before, whom the
  // resolver did not reach; the ranker, which weighs the people named near, is left to find them.
  if (/^the$/i.test(words[0]!) && personNoun(head)) return false;
  return makerWord(head);
}

/**
 * The subject of an introduction that ends on a colon and has no speech verb: "The Clinton Foundation describes
 * itself in the following way:", "Priorities USA emailed a link with one sentence:", "Here's Clinton in December
 * 1992:". The quotation after it is what the clause's subject wrote or said (PolNeAR train credits it so in 22 of the
 * 33 such quotations the engine left unattributed, session 48), read as the subject of "…, saying:" is: the first
 * person the subject names, else the subject as a description; a clause whose subject is not read before its verb
 * gives no one ("Wait, it gets better:"). `end` is where the introduction stops (the quotation's mark, or the end).
 */
function untaggedSubject(sentence: Sentence, end: number): SpeakerPhrase | null {
  const text = sentence.text.slice(0, end - sentence.start).replace(/["“‘'\s]*$/, '');
  if (!text.endsWith(':') || SUBORDINATE_OPENER.test(text) || DASH_LABEL.test(text) || QUOTED_OPENING.test(text))
    return null;
  const phrase = participleSubject(text.slice(0, -1), sentence.start);
  // Only a subject read before the clause's verb: a name further on is an object or an aside's.
  if (phrase?.kind !== 'clause' || !phrase.subject) return null;
  return sourceClause(text, phrase.subject.end - sentence.start) ? phrase : null;
}

/**
 * The introduction of a quotation whose own sentence gives it no tag: a colon before it in its sentence with no
 * speech verb, or a sentence of its own just before it that ends on a colon (`In a statement, the council said:` ¶
 * `"…"`, with a speech verb or, as above, without).
 */
export function colonIntroduction(
  sentences: readonly Sentence[],
  head: QuoteSegment,
  ownTag: SpeakerPhrase | 'untagged-colon' | null,
): ColonIntroduction | null {
  const own = sentences[head.startSentence]!;
  if (ownTag === 'untagged-colon') {
    const phrase = untaggedSubject(own, head.start);
    return phrase && { phrase, sentenceId: own.id, untagged: true };
  }
  const previous = sentences[head.startSentence - 1];
  if (!previous || !/:\s*$/.test(previous.text)) return null;
  const intro = tagBefore(previous.text, previous.start, previous);
  if (intro !== 'untagged-colon') return intro && { phrase: intro, sentenceId: previous.id, untagged: false };
  // Without a verb, only a quotation that opens its sentence is the one introduced.
  if (own.text.slice(0, head.start - own.start).replace(/["“‘'\s]/g, '') !== '') return null;
  const phrase = untaggedSubject(previous, previous.start + previous.text.length);
  return phrase && { phrase, sentenceId: previous.id, untagged: true };
}

import type { Sentence } from './analysis-types';
import { escapeRegExp } from './escape-reg-exp';
import type { PeopleIndex, Person, PersonMention } from './people';

/**
 * What tells a reader that `Q:` / `A:` lines are an interview or an examination: the headline or
 * the introduction sets one up ("The interview has been edited for length", "She spoke to our
 * reporter", "Under cross-examination by ..."). Talking to a crowd is no interview ("spoke to
 * reporters" is a news intro), and a council that "examined" a scheme examined no witness.
 */
const AUDIENCE =
  /\s+(?:the\s+|a\s+|some\s+)?(?:reporters|journalists|press|media|news\s+media|crowds?|supporters|voters|delegates|students|audiences?|workers|residents|lawmakers|senators|MPs|parliament|congress|rally|protesters|staff|employees|investors|analysts|donors|troops)\b/i;
const CUE_WORDS =
  'interview(?:s|ed)?|transcripts?|edited for (?:length|clarity)|excerpts|editorial board|conversation with|sat down with|sits down with|cross-examin(?:ed|ation)|(?:direct |re-)?examination(?:-in-chief)? by|examined by|under examination|questioned by|testif(?:ied|ying)';
const SETUP_CUE = new RegExp(
  String.raw`\b(?:${CUE_WORDS}|(?:spoke|speaks|talked|talks) (?:to|with)\b(?!${AUDIENCE.source}))\b`,
  'i',
);
/**
 * Questions that address the one answering ("Holy Father, will you meet the president?") make
 * talk with any audience an interview: a press conference, a briefing on the flight back.
 */
const ADDRESSED_CUE = new RegExp(String.raw`\b(?:${CUE_WORDS}|(?:spoke|speaks|talked|talks) (?:to|with))\b`, 'i');
/** Cues that set up the lines below as the copy of an interview, whoever the questions sound like. */
const COPY_CUE = /\b(?:edited for (?:length|clarity)|transcripts?|excerpts|editorial board)\b/i;
/** "Q&A" heads interviews and explainers alike: it sets up an interview only with a person it names. */
const NAMED_CUE = /\b(?:Q\s?&\s?A|questions and answers)\b/i;
/** Whoever asks the questions is not the one who answers them. */
const ASKER_ROLE =
  /\b(?:reporter|writer|correspondent|editor|host|anchor|interviewer|journalist|columnist|prosecutor|counsel|barrister|attorney|lawyer)\b/i;
const ASKER_BEFORE = new RegExp(`${ASKER_ROLE.source}[,\\s]*$`, 'i');
/** How many paragraphs before the first turn are read as its introduction. */
const INTRO_PARAGRAPHS = 4;
/** An FAQ's questions are the reader's ("Do I need a new card?"); an interviewer's address "you". */
const READER = /\b(?:I|me|my|mine)\b/;
const ADDRESSEE = /\byou(?:rs?|rself)?\b/i;

const wordIn = (text: string, word: string): boolean =>
  new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);

/**
 * The person whose answers an interview transcript gives, or null: `A:` lines then stay nobody's.
 * Only an introduction that sets up an interview with that person counts: the person a cue sentence
 * names as a subject ("Under cross-examination by the prosecutor, X told the court"), or, after a
 * cue that names no one ("The interview has been edited for length"), the person the headline
 * names or else the introduction's first subject. Never the asker ("spoke with reporter X", "by
 * the prosecutor, X"), and no one when the questions are a reader's (an FAQ box).
 */
export function findInterviewee(
  title: string,
  sentences: Sentence[],
  index: PeopleIndex,
  firstParagraph: number,
  questions: string[],
): Person | null {
  const intro = sentences.filter(
    (s) => s.paragraph < firstParagraph && s.paragraph >= firstParagraph - INTRO_PARAGRAPHS,
  );
  const addressed = questions.some((q) => ADDRESSEE.test(q));
  // One "Let me start with ..." is an interviewer's manner; most questions in the reader's voice
  // make an FAQ box, unless the introduction says the lines are an interview's copy.
  const readers = questions.filter((q) => READER.test(q)).length;
  const copy = COPY_CUE.test(`${title}\n${intro.map((s) => s.text).join(' ')}`);
  if (!addressed && !copy && readers * 2 > questions.length) return null;
  const cue = addressed ? ADDRESSED_CUE : SETUP_CUE;
  const mentioned = intro.flatMap((s) => index.mentions[s.id] ?? []);
  // The role may be the person's ("reporter Jim Tankersley") or stand just before the name
  // ("by the prosecutor, Helen Achebe").
  const askers = new Set<Person>();
  for (const m of mentioned) {
    const sentence = sentences[m.sentenceId]!;
    const before = sentence.text.slice(Math.max(0, m.start - sentence.start - 40), m.start - sentence.start);
    if ((m.person.role !== null && ASKER_ROLE.test(m.person.role)) || ASKER_BEFORE.test(before)) askers.add(m.person);
  }
  const answering = (m: PersonMention): boolean => !m.possessive && !askers.has(m.person);
  const inTitle = mentioned
    .map((m) => m.person)
    .filter((p) => !askers.has(p) && wordIn(title, p.surname))
    .sort((a, b) => title.search(a.surname) - title.search(b.surname));
  const titleCue = cue.test(title) || NAMED_CUE.test(title);
  if (titleCue && inTitle.length > 0) return inTitle[0]!;
  // A cue sentence that names someone sets up an interview with them; one that names no one
  // sets up an interview with the person the article is about.
  let unnamed = cue.test(title);
  const tied: PersonMention[] = [];
  for (const s of intro) {
    const setup = cue.test(s.text);
    if (!setup && !NAMED_CUE.test(s.text)) continue;
    const named = (index.mentions[s.id] ?? []).filter(answering);
    if (named.length > 0) tied.push(...named);
    else if (setup) unnamed = true;
  }
  const pick = (list: PersonMention[]): Person | null =>
    (list.find((m) => m.subject) ?? list.find((m) => !m.object))?.person ?? null;
  // "In an interview with John Smith, ...": the one interviewed may be the object of the cue.
  if (tied.length > 0) return inTitle.find((p) => tied.some((m) => m.person === p)) ?? pick(tied) ?? tied[0]!.person;
  if (!unnamed) return null;
  return inTitle[0] ?? pick(mentioned.filter(answering));
}

import type { Sentence } from './analysis-types';
import { escapeRegExp } from './escape-reg-exp';
import type { PeopleIndex, Person } from './people';

/**
 * What tells a reader that `Q:` / `A:` lines are an interview or an examination rather than an
 * FAQ box: the headline or the introduction says so.
 */
const INTERVIEW_CUE =
  /\b(?:Q\s?&\s?A|interview(?:s|ed)?|transcripts?|spoke (?:to|with)|talked (?:to|with)|sat down with|sits down with|conversation with|questions and answers|edited for (?:length|clarity)|(?:cross-)?examin(?:ed|ation)|questioned by|testif(?:ied|ying))\b/i;
/** Whoever asks the questions is not the one who answers them. */
const ASKER_ROLE =
  /\b(?:reporter|writer|correspondent|editor|host|anchor|interviewer|journalist|columnist|prosecutor|counsel|barrister|attorney|lawyer)\b/i;
const ASKER_BEFORE = new RegExp(`${ASKER_ROLE.source}[,\\s]*$`, 'i');
/** How many paragraphs before the first turn are read as its introduction. */
const INTRO_PARAGRAPHS = 4;

const wordIn = (text: string, word: string): boolean =>
  new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(text);

/**
 * The person whose answers an interview transcript gives: the person its headline names, or else
 * the first person its introduction names as a subject (not "spoke with reporter X", not "by the
 * prosecutor"). Null when nothing says the lines are an interview, or no one fits: `A:` lines
 * then stay nobody's.
 */
export function findInterviewee(
  title: string,
  sentences: Sentence[],
  index: PeopleIndex,
  firstParagraph: number,
): Person | null {
  const intro = sentences.filter(
    (s) => s.paragraph < firstParagraph && s.paragraph >= firstParagraph - INTRO_PARAGRAPHS,
  );
  if (!INTERVIEW_CUE.test(`${title}\n${intro.map((s) => s.text).join(' ')}`)) return null;
  const mentioned = intro.flatMap((s) => index.mentions[s.id] ?? []);
  // The role may be the person's ("reporter Jim Tankersley") or stand just before the name
  // ("by the prosecutor, Helen Achebe").
  const askers = new Set<Person>();
  for (const m of mentioned) {
    const sentence = sentences[m.sentenceId]!;
    const before = sentence.text.slice(Math.max(0, m.start - sentence.start - 40), m.start - sentence.start);
    if ((m.person.role !== null && ASKER_ROLE.test(m.person.role)) || ASKER_BEFORE.test(before)) askers.add(m.person);
  }
  const inTitle = mentioned
    .map((m) => m.person)
    .filter((p) => !askers.has(p) && wordIn(title, p.surname))
    .sort((a, b) => title.search(a.surname) - title.search(b.surname));
  if (inTitle.length > 0) return inTitle[0]!;
  const candidates = mentioned.filter((m) => !m.possessive && !askers.has(m.person));
  return (candidates.find((m) => m.subject) ?? candidates.find((m) => !m.object))?.person ?? null;
}

import { bodyTypeWord } from './proper-words-of';
import { isRoleHead } from './role-heads';
import { singularsOf } from './singulars-of';
import { VERB_BASES } from './verb-base-set';
import data from './verb-bases.json' with { type: 'json' };

const lists = data as { words: string; causeNouns: string; events: string };
/**
 * Words WordNet reads as verbs more often than as nouns, precomputed by src/train/build-verb-bases.ts so src/core
 * reads no files.
 */
const VERBS: ReadonlySet<string> = VERB_BASES;
/**
 * Those of them WordNet also tags as nouns and seldom gives a thing as subject with no object ("demand", "work",
 * "support"; not "arrive", "start", "return"), by the same builder.
 */
const CAUSE_NOUNS: ReadonlySet<string> = new Set(lists.causeNouns.split(' '));
/** Word forms whose noun is mostly an act, event, process or state ("closure", "cancellations"), by the same builder. */
const EVENTS: ReadonlySet<string> = new Set(lists.events.split(' '));
/**
 * "due to" after a form of "be" (an adverb may stand between: "is now due to"). The schedule is predicative ("Talks
 * are due to resume", "Berg was due to sign"); with no "be" before it "due to" is a cause even when its noun is also a
 * verb ("prices rose due to demand", "closed due to work on the line"; review B-ans50-1).
 */
const DUE_TO =
  /((?:\b(?:is|are|was|were|be|been|being|am)|['’](?:s|re))\s+(?:[a-z]+ly\s+|now\s+|still\s+|also\s+)?)due to (?=[a-z])/gi;
/** The word after "due to" and a bounded look at the two or three words after that. */
const NEXT_WORDS = /^([a-z]+)\b(?:\s+([a-z]+)(?:\s+(\S+)(?:\s+(\S+))?)?)?/i;
/**
 * After the preposition, a date, a time or a count is the schedule's ("due to rise in January", "report by the end
 * of", "run for three years", "start at midnight").
 */
const TIME_WORD =
  /^(?:next|this|last|early|late|mid|end|start|spring|summer|autumn|winter|weekend|week|month|year|morning|afternoon|evening|time|midnight|noon|dawn|today|tonight|tomorrow|days?|weeks|months|years|hours?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\b/;
/** The prepositions a cause's noun takes after "due to" ("demand for", "work on"); "to" is a verb's too often. */
const PREPOSITION = /^(?:for|of|over|on|in|from|about|among|with|at|into|against|by)$/;

/**
 * The subject just before "is due to" when it is itself an effect, after a determiner or a possessive ("The increase
 * is", "Its fall was", "The closure is", "Friday's cancellations were"), its head also before a short phrase of its
 * own ("The rise in bus fares is"): a verb's base used as a noun, or a noun WordNet reads mostly as an act, event,
 * process or state. Only such a subject has a cause given bare ("The closure is due to work on the sea wall"); a
 * person or a thing is scheduled ("Pensioners are due to rally in the town square", "Rents are due to rise in line
 * with inflation"). Read from at most 60 characters before "is": constant work per match.
 */
const EFFECT_SUBJECT =
  /(?:\b(?:the|a|an|this|that|its|their|his|her|our|any|such)|\w['’]s)\s+([a-z]+)(?:\s+(?:in|of|on|for)(?:\s+[a-z]+){1,3})?\s*$/i;

function effectSubject(before: string): boolean {
  const subject = EFFECT_SUBJECT.exec(before.slice(Math.max(0, before.length - 60)));
  const head = subject ? subject[1]!.toLowerCase() : '';
  return VERBS.has(head) || EVENTS.has(head);
}

/**
 * For the question phraser only: a subject whose head is a common noun naming neither people (a role's head:
 * "pensioners", "the minister") nor a body ("the council") is a thing, which no schedule has rallying or demanding:
 * "The shortfall is due to demand for school places" gives its cause, and "Will the shortfall demand for school
 * places?" is no question (review s37's left case). The cause readers keep `effectSubject` alone.
 */
function thingSubject(before: string): boolean {
  const head = EFFECT_SUBJECT.exec(before.slice(Math.max(0, before.length - 60)))?.[1];
  if (!head || !/^[a-z]+$/.test(head)) return false;
  return ![head, ...singularsOf(head)].some((w) => isRoleHead(w) || bodyTypeWord(w));
}

/**
 * "is due to demand from tourists", "is due to work on the sea wall": a word that is a noun too and no act a thing
 * does on its own (so not "start", "return"), straight before a preposition (no object of a verb between), then a
 * noun phrase that is no date — a cause, not a schedule (review s38 B-r38-1: read from WordNet and the grammar, not
 * from the pairs the corpus happens to use).
 */
function causeNoun(next: string, preposition = '', after = '', then = ''): boolean {
  if (!CAUSE_NOUNS.has(next) || !PREPOSITION.test(preposition.toLowerCase())) return false;
  if (!/^[a-z]/.test(after) || TIME_WORD.test(after)) return false;
  return !(/^(?:the|a|an|another)$/.test(after) && TIME_WORD.test(then));
}

/**
 * Whether "be due to" is a schedule: `before` is the copy up to the form of "be" (its subject), `after` the copy
 * after "due to ". A verb's base form after it is ("Berg was due to sign", "is due to be published"), unless an
 * effect's cause is a noun and its preposition ("The increase is due to demand for berths"); a determiner, a noun or
 * a name is a cause ("due to the rain", "due to injury", "due to Trump's…"). Reads a bounded span of each side.
 * The cause readers mask a schedule out; the question phraser asks "Will …?" of a schedule only. With
 * `readsBareVerb` (the phraser and the pending kind) a noun-dominant base before a determiner is a verb too ("due to
 * address the convention"); the cause readers leave it a cause, since "due to fog the forecasters had not predicted"
 * masked would cite the premise for "why were the flights cancelled?" (review s37 B-q52-1): a question shown as its
 * passage costs less than a false answer.
 */
export function scheduledDueTo(before: string, after: string, readsBareVerb = false): boolean {
  const words = NEXT_WORDS.exec(after.slice(0, 120));
  if (!words) return false;
  const [, next, preposition, word, then] = words;
  if (next !== next!.toLowerCase()) return false;
  if (!VERBS.has(next!)) return readsBareVerb && baseBeforeObject(next!, preposition);
  return !(
    causeNoun(next!, preposition, word, then) &&
    (effectSubject(before) || (readsBareVerb && thingSubject(before)))
  );
}

const OBJECT_OPENER = /^(?:the|a|an|its|their|his|her|our)$/i;

/**
 * "Trump is due to address the convention", "is due to face the committee": a word WordNet reads mostly as a noun,
 * a base form (no "-s", "-ing" or "-ed"), with its object's determiner straight after it. Not "this"/"these": a time
 * phrase follows a cause as readily ("due to drought this summer").
 */
function baseBeforeObject(next: string, following = ''): boolean {
  return OBJECT_OPENER.test(following) && !/(?:[^s]s|ing|ed)$/.test(next);
}

/**
 * "due to" before a verb's base form is a schedule ("Berg was due to sign", "is due to be published"), not a
 * cause ("due to the rain", "due to injury"); the cause readers mask it out first. Linear: one pass, no rescans.
 */
export function maskScheduledDueTo(text: string): string {
  if (!/due to/i.test(text)) return text;
  return text.replace(DUE_TO, (whole, be: string, at: number) =>
    scheduledDueAt(text, at, at + whole.length) ? `${be}scheduled to ` : whole,
  );
}

/**
 * `scheduledDueTo` for a "be due to" standing at `start`–`end` in `text` (`end` just past "due to "): its subject
 * read from at most 60 characters before, what follows from at most 120 after.
 */
export function scheduledDueAt(text: string, start: number, end: number, readsBareVerb = false): boolean {
  return scheduledDueTo(text.slice(Math.max(0, start - 60), start), text.slice(end, end + 120), readsBareVerb);
}

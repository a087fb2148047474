import { calendarWords } from './calendar-words';
import { leadingPlace } from './leading-place';
import { SPEECH_VERBS } from './speech-verbs';

/**
 * A sentence's fronted place ("In Colorado, there are still small pockets of voters who …", "At Evercore, Mr. Altman
 * has accumulated stock worth …", "In Ohio, the turnout was the second highest …") bounds its claim: asked without
 * it, the claim is stated of everywhere (sample 51's #24). The clause templates drop a sentence's opening phrase
 * (question-clauses.ts's dropLeading, right for a time or for a "Will …?" question), so a question that asks the claim
 * in a that-frame, or of its unnamed holders, gets the place back. A weekday or month is a time, and goes as before.
 */
const PLACE =
  /^(?:In|At|Across|Inside|Outside|Throughout)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+/u;

/** The frames that ask a claim as a clause: where the place goes, right after them. */
const CLAUSE_FRAME =
  /^(?:Is it true that|Can it be confirmed that|Can a named source confirm that|Can anyone (?:besides .+? )?confirm that|Has anyone confirmed the report that|Is there evidence that|Which [\p{L}’' -]+? (?:say|argue|believe|claim|suggest|warn|expect|contend|insist)) /u;

/**
 * "In Trump Tower, aides said the campaign would appeal": the clause after the place is a subject and a verb of saying,
 * so the place is where the saying was, not a bound on the claim reported. A question that drops that verb asks the
 * claim alone, which the place does not bound (review B-r54-4); one that keeps it ("MPs said") keeps the frame.
 */
function framesSaying(afterPlace: string, question: string): boolean {
  const words = afterPlace.split(/\s+/).slice(0, 6);
  const verb = words.findIndex((w) => SPEECH_VERBS.has(w));
  return verb >= 1 && !question.split(/\s+/).includes(words[verb]!);
}

/** The question with the sentence's fronted place put back before its claim; the question as it was otherwise. */
export function keptPlace(question: string, sentence: string): string {
  const place = PLACE.exec(sentence.trim());
  const frame = CLAUSE_FRAME.exec(question);
  if (!place || !frame) return question;
  if (place[1]!.split(/\s+/).some((w) => calendarWords(w))) return question;
  if (framesSaying(sentence.trim().slice(place[0].length), question)) return question;
  // "In Washington, Iowa, …": the town's state goes with it.
  const state = leadingPlace(sentence.trim()) !== sentence.trim();
  const phrase = state
    ? sentence
        .trim()
        .slice(0, sentence.trim().length - leadingPlace(sentence.trim()).length)
        .replace(/,\s*$/, '')
    : place[0].replace(/,\s+$/, '');
  const words = place[1]!.replace(/^the\s+/, '');
  if (question.includes(words)) return question;
  const opener = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  const that = frame[0].endsWith('that ') ? '' : 'that ';
  // A frame's own "that" keeps the place's comma, as the copy wrote it ("confirm that in Colorado, there are …"); a
  // holder's "say" takes the place without one ("Which officials say that in Ohio the turnout …, and can they be
  // named?"), whose one comma closes the claim.
  return `${frame[0]}${that}${opener}${that ? '' : ','} ${question.slice(frame[0].length)}`;
}

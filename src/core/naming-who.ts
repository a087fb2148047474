import type { Entity } from './analysis-types';
import { mentionsEntity, surname } from './mentions-entity';
import { orgHeadNoun } from './org-head-noun';
import { possessiveOnly } from './possessive-only';
import { PRONOUN_START } from './previous-person';
import { whereNotWho } from './where-not-who';

/** Templates that name the accuser, doubter or decider themselves, the one called on, or ask of polls at large. */
const SELF_NAMING = new Set(['accusation', 'doubt', 'decision', 'request', 'poll']);
/** A third-person pronoun standing for one person. */
const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/i;
const UNCHECKED = new Set(['vague-source', 'hedged', 'claim', 'report', 'single-source', 'contested']);

/**
 * A question that names nobody gets, in brackets, who raised it or whom it is about, so an
 * editor knows whom to call: the sentence's speaker or actor, else the story's main actor. An
 * unresolved "She", a sentence that does not name the main actor, or a template that names its own source
 * gets nobody: naming them would be a guess.
 */
export function namingWho(
  text: string,
  shape: string,
  actor: string | null,
  mainActor: string | null,
  actors: Entity[],
  sentence: string,
  speaker?: string,
): string {
  // A doubt about a claim's source is not helped by naming the story's main actor after it.
  if (SELF_NAMING.has(shape) || UNCHECKED.has(shape)) return text;
  if (shape === 'unverified' && !/^Can the (?:claim|figure|report|account|allegation|number|estimate)s? /.test(text))
    return text;
  const namesSomeone =
    actors.some((e) => mentionsEntity(text, e)) ||
    (actor !== null && text.includes(surname(actor))) ||
    /\s(?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]/.test(text);
  if (namesSomeone) return text;
  // The story's main actor only when the sentence names them: "…members within both unions criticized
  // the decision" is not about Hillary Clinton because the story is (hand-read samples 1 and 8).
  const main = mainActor && sentence.includes(surname(mainActor)) ? mainActor : null;
  const picked = actor ?? (PRONOUN_START.test(sentence) ? null : main);
  // "… some of Mr. Trump's rallies will be magnified": a name only in a possessive is not the clause's actor; the
  // sentence's own speaker stays whom to call however it names them.
  const who = picked && picked !== speaker && possessiveOnly(sentence, picked) ? null : picked;
  // "Who can say what security clearances he held? (Sperry)": a bracket after a question holding "he" or "she"
  // reads as whom the pronoun means; when the sentence names another person too ("According to Sperry, … Mateen's
  // role …"), that would be a guess, and the question goes without one.
  const otherPerson = (e: Entity) => e.type === 'person' && e.name !== who && mentionsEntity(sentence, e);
  if (who && PERSONAL_PRONOUN.test(text) && actors.some(otherPerson)) return text;
  // "Nobody in Harlow Flats can say …": a thing named only as where, never a person, is not whom to call.
  const thing = actors.find((e) => e.name === who && e.type !== 'person');
  if (who && thing && whereNotWho(who, sentence)) return text;
  // "(Committee)", "(Council)": a body's head noun alone, the rest of its name cut ("the municipal People's
  // Committee"), tells an editor no one to call (audit 62's B-a62-14).
  if (who && orgHeadNoun(who)) return text;
  return who && !text.toLowerCase().includes(who.toLowerCase()) ? `${text} (${who})` : text;
}

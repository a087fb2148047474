import { gateWindow } from './gate-window';

/**
 * "a conscience clause, permitting delegates bound to Trump to invoke a moral objection to free themselves", "a rule
 * that allows members to raise objections to a bill": a challenge noun that is what a rule, clause or person would
 * permit someone to make tells a right, not a challenge anyone made, so nothing is disputed (sample 53's #8). The
 * noun is the object of an infinitive (raise, voice, lodge, invoke, file, make) whose "to" a verb of permitting
 * governs through its object; "delegates raised objections to the rule" (the challenge made) is read as before.
 */
export function permittedChallenge(text: string, index: number, match: string): boolean {
  return (
    /^(?:objections?|criticisms?|opposition) to$/i.test(match) && PERMITTED.test(gateWindow.before(text, index, 90))
  );
}

/** A verb of permitting, its object (up to six words), "to", a verb of making a challenge, and the noun's modifiers. */
const PERMITTED =
  /\b(?:permit(?:s|ted|ting)?|allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|entitl(?:e|es|ed|ing)|let(?:s|ting)?)\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?:raise|voice|lodge|invoke|file|make|register|express|mount)\s+(?:(?:a|an|the|their|his|her|its|any)\s+)?(?:[\w-]+\s+)?$/i;

import { speakerOk } from '../eval/score-attribution';
import { modifierInLabel } from '../eval/speaker-strict';

/**
 * score.py's speakerOk, except that a name the label uses only as a modifier or possessor is wrong:
 * "Ted Cruz" for "a senior Cruz adviser" (the eval's strict line). The speaker trainer labels and
 * judges by it, so the ranker does not learn that the principal is a right answer for an aide's words.
 */
export function strictSpeakerOk(got: string, gold: string, aliases: string[] = []): boolean {
  return speakerOk(got, gold, aliases) && !modifierInLabel(got, [gold, ...aliases]);
}

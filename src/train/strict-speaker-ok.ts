import { speakerOk } from '../eval/score-attribution';
import { modifierInLabel } from '../eval/speaker-strict';

/**
 * score.py's speakerOk, except that a name the label uses only as a modifier or possessor is wrong:
 * "Ted Cruz" for "a senior Cruz adviser" (the eval's strict line). The speaker trainer reports its CV
 * under it too; labelling and choosing by it was measured and not shipped (sessions 32–33).
 */
export function strictSpeakerOk(got: string, gold: string, aliases: string[] = []): boolean {
  return speakerOk(got, gold, aliases) && !modifierInLabel(got, [gold, ...aliases]);
}

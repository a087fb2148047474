import { gateWindow } from './gate-window';
import { uncontestedArgument } from './uncontested-argument';

/**
 * Is a contested cue's "argue / insist / contend that" an opinion on record rather than a dispute? Two
 * general shapes, each only with no contrary in the sentence (uncontested-argument.ts):
 * - 'perfect': "Brill has argued that the law was crippled", "the company had insisted that …": a standing
 *   position told in the perfect, which the story cites as background, not a claim someone contests;
 * - 'participle': "Cruz has pursued a national strategy …, arguing that he can win": the reason a person
 *   gives for what the main clause says they did, told as an aside.
 */
const PERFECT = /\b(?:has|have|had)\s+(?:(?:long|also|repeatedly|often|since|previously|consistently|\w+ly)\s+)?$/i;
const PARTICIPLE = /^arguing\b/i;

export type ArgumentOnRecord = 'perfect' | 'participle' | null;

export function argumentOnRecord(text: string, index: number, match: string): ArgumentOnRecord {
  // "have expressed concern" is a worry voiced, not a position argued (voiced-worry.ts reads it).
  if (!/^(?:argu|insist|contend)/i.test(match) || !uncontestedArgument(text)) return null;
  if (PERFECT.test(gateWindow.before(text, index, 40))) return 'perfect';
  if (PARTICIPLE.test(match) && /,\s*$/.test(text.slice(0, index))) return 'participle';
  return null;
}

import { bestCandidate, type SpeakerModel } from '../core/speaker-ranker';
import { speakerOk } from '../eval/score-attribution';
import type { Example, Unnamed } from './speaker-examples';

/**
 * What the confidence model learns from: is the ranker's best candidate right? (its evidence, see
 * bestCandidate). `negatives`: quotes whose annotated source is anonymous or missing, where any name
 * is a wrong one (the threshold choice counts it so), unless it is the annotated words themselves.
 */
export function confidenceRows(
  model: SpeakerModel,
  data: Example[],
  negatives: Unnamed[],
): Array<{ x: number[]; y: 0 | 1 }> {
  const rows: Array<{ x: number[]; y: 0 | 1 }> = [];
  for (const u of negatives) {
    if (u.shape !== 'anonymous' && u.shape !== 'none') continue;
    const ranked = bestCandidate(model, u.candidates, u.none);
    if (!ranked) continue;
    if (u.source !== null && speakerOk(ranked.best.speaker.name, u.source)) continue;
    rows.push({ x: ranked.evidence, y: 0 });
  }
  for (const ex of data) {
    const candidates = ex.candidates.map((features, i) => ({
      speaker: { name: ex.names[i]!, person: null },
      features,
    }));
    const ranked = bestCandidate(model, candidates, ex.none);
    if (!ranked) continue;
    rows.push({ x: ranked.evidence, y: speakerOk(ranked.best.speaker.name, ex.gold, ex.aliases) ? 1 : 0 });
  }
  return rows;
}

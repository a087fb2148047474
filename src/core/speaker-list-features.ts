import { BASE_FEATURE_NAMES, LIST_FEATURE_SOURCES } from './speaker-feature-names';

const SOURCES = LIST_FEATURE_SOURCES.map((name) => BASE_FEATURE_NAMES.indexOf(name));

/**
 * Features of a candidate relative to the quote's other candidates: for each source feature, 1 when
 * this candidate alone holds its highest value (above 0). A conditional logit scores each candidate
 * from its own features only, so "the nearest name before the quote" or "the only sentence subject"
 * is out of its reach when the distances themselves are what it reads (twenty-first round).
 * Appends to each candidate's vector in place; a quote's candidates must all be given at once.
 */
export function speakerListFeatures(candidates: number[][]): void {
  const tops = SOURCES.map((k) => {
    let best = 0;
    let holders = 0;
    for (const f of candidates) {
      const v = f[k]!;
      if (v > best) {
        best = v;
        holders = 1;
      } else if (v === best && v > 0) holders++;
    }
    return holders === 1 ? best : Number.POSITIVE_INFINITY;
  });
  for (const f of candidates) f.push(...SOURCES.map((k, i) => (f[k]! === tops[i] ? 1 : 0)));
}

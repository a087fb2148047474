import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditorArticle } from '../eval/followup-editor-data';
import { CONTESTING_CUE, HEDGING_CUE, isAnonymous, PARTISAN_SOURCE, readAttributions } from './weak-labels';

/** How PolNeAR's attribution annotation sources a set of flagged passages, by count. */
export interface SourceTally {
  passages: number;
  /** No attribution overlaps the passage: the writer's own voice. */
  unattributed: number;
  /** An overlapping attribution records no source. */
  noSource: number;
  /** An overlapping attribution's source names nobody ("officials", "people familiar"). */
  anonymous: number;
  /** An overlapping attribution's source speaks for a side (a campaign, a party, an aide). */
  partisan: number;
  /** An overlapping attribution's cue contests, denies or hedges. */
  contested: number;
}

/** The flagged passages (keys) an article's cued sentences touch: what any ranking of the candidates can reach. */
export function cuedKeys(a: EditorArticle): Set<string> {
  return new Set(a.prepared.sentences.flatMap((s, i) => (s.cue ? a.keysAt[i]! : [])));
}

/**
 * The train passages no cue family reaches (or, with `reached`, those it does), read
 * against the annotation of the same articles: what kind of sourcing the candidates miss. The engine
 * cannot read the annotation on new copy; this only says where the missing leads are.
 */
export function passageSources(evalDir: string, articles: readonly EditorArticle[], reached: boolean): SourceTally {
  const out: SourceTally = { passages: 0, unattributed: 0, noSource: 0, anonymous: 0, partisan: 0, contested: 0 };
  for (const a of articles) {
    const hand = cuedKeys(a);
    const text = readFileSync(join(evalDir, 'polnear', 'article', `${a.name}.txt`), 'utf8');
    const attributions = readAttributions(
      readFileSync(join(evalDir, 'polnear', 'attributions', `${a.name}.ann`), 'utf8'),
      text,
    );
    for (const key of a.labelKeys) {
      if (hand.has(key) !== reached) continue;
      const [, from, to] = key.split(':').map(Number);
      const over = attributions.filter((x) => x.start < to! && x.end > from!);
      out.passages++;
      if (over.length === 0) out.unattributed++;
      if (over.some((x) => x.source === null)) out.noSource++;
      if (over.some((x) => x.source !== null && isAnonymous(x))) out.anonymous++;
      if (over.some((x) => x.source !== null && PARTISAN_SOURCE.test(x.source))) out.partisan++;
      if (over.some((x) => CONTESTING_CUE.test(x.cue) || HEDGING_CUE.test(x.cue))) out.contested++;
    }
  }
  return out;
}

import type { SpeakerCandidate } from '../core/speaker-candidates';
import { bestCandidate, confidenceOf, type SpeakerModel } from '../core/speaker-ranker';
import { speakerOk } from '../eval/score-attribution';
import type { SourceShape } from './source-shape';
import type { SpeakerData } from './speaker-examples';
import { strictSpeakerOk } from './strict-speaker-ok';

export interface Thresholds {
  agree: number;
  override: number;
}

export interface Tally {
  /** Quotes with a named gold speaker: named right, named wrong, left unnamed. */
  right: number;
  wrong: number;
  none: number;
  /** Quotes whose gold source is unnamed that the engine gave a name anyway ... */
  namedUnnamed: number;
  /** ... of them, those whose source is anonymous or plural ("a senior official", "aides") or none ... */
  namedAnonymous: number;
  /** ... and those whose source is a document, an outlet or a body ("the statement", "the campaign"). */
  namedDocument: number;
}

/**
 * A name judged against the gold speaker; or, where the gold source is unnamed, the annotated
 * description itself ("the commission": nothing to count) or some other name (a wrong one).
 */
type Verdict = 'right' | 'wrong' | 'described' | 'unnamed';

/**
 * One quote as the model sees it, independent of the thresholds: the ranker's best candidate's
 * confidence and whether it is the rules' own choice (see rankSpeakers / vetoPronounChain).
 */
export interface Decision {
  /** A pronoun chain: the rules' name stands unless an overriding candidate passes. */
  chain: boolean;
  /** The rules' name in a chain, the ranker's best otherwise (null: nothing to name) ... */
  name: Verdict | null;
  /** ... judged strictly (the eval's strict line: the principal named for an aide's words is wrong) ... */
  strict: Verdict | null;
  /** ... as printed, and the ranker's best candidate whatever its confidence (the error dump). */
  speaker: string | null;
  best: string | null;
  confidence: number;
  agrees: boolean;
  /** The gold source is unnamed: a name is wrong, none is no loss. */
  unnamed: boolean;
  /** ... and what that source is (source-shape.ts); null where the gold names a speaker. */
  shape: SourceShape | null;
}

const RULE = 1;

/** A name's verdict, as score.py judges it or strictly (modifierInLabel counts wrong). */
type Judge = (name: string, strict: boolean) => Verdict;

/**
 * The decisions under the strict judge: the CV figure a ranker labelled otherwise is compared by
 * (docs/evaluation.md, session 33 sp44), beside score.py's, which the thresholds are chosen by.
 */
export const judgedStrictly = (decisions: Decision[]): Decision[] => decisions.map((d) => ({ ...d, name: d.strict }));

/**
 * The threshold-free part of the model's decisions on a split, computed once per model: one per
 * example, then one per chain, then one per unnamed quote, in the order of `data`.
 */
export function decide(model: SpeakerModel, data: SpeakerData): Decision[] {
  const out: Decision[] = [];
  const ranked = (candidates: SpeakerCandidate[], none: number[], judge: Judge): void => {
    const best = bestCandidate(model, candidates, none);
    out.push({
      chain: false,
      name: best ? judge(best.best.speaker.name, false) : null,
      strict: best ? judge(best.best.speaker.name, true) : null,
      speaker: best?.best.speaker.name ?? null,
      best: best?.best.speaker.name ?? null,
      confidence: best ? confidenceOf(model, best.evidence) : 0,
      agrees: best?.best.features[RULE] === 1,
      unnamed: false,
      shape: null,
    });
  };
  const against =
    (gold: string, aliases: string[]): Judge =>
    (name, strict) =>
      (strict ? strictSpeakerOk : speakerOk)(name, gold, aliases) ? 'right' : 'wrong';
  for (const ex of data.examples) {
    const candidates = ex.candidates.map((features, i) => ({
      speaker: { name: ex.names[i]!, person: null },
      features,
    }));
    ranked(candidates, ex.none, against(ex.gold, ex.aliases));
  }
  for (const c of data.chains) {
    const best = bestCandidate(model, c.candidates, c.none);
    out.push({
      chain: true,
      name: c.rule === null ? null : against(c.gold, c.aliases)(c.rule, false),
      strict: c.rule === null ? null : against(c.gold, c.aliases)(c.rule, true),
      speaker: c.rule,
      best: best?.best.speaker.name ?? null,
      confidence: best ? confidenceOf(model, best.evidence) : 0,
      agrees: !best || best.best.features[RULE] === 1,
      unnamed: false,
      shape: null,
    });
  }
  for (const u of data.unnamed) {
    ranked(u.candidates, u.none, (name) => (u.source !== null && speakerOk(name, u.source) ? 'described' : 'unnamed'));
    const last = out[out.length - 1]!;
    last.unnamed = true;
    last.shape = u.shape;
  }
  return out;
}

/** Whether the decision names its speaker at these thresholds (rankSpeakers / vetoPronounChain). */
export const namedAt = (d: Decision, thresholds: Thresholds): boolean =>
  d.chain
    ? d.agrees || d.confidence < thresholds.override
    : d.confidence >= (d.agrees ? thresholds.agree : thresholds.override);

/**
 * What `npm run eval` gets on a split with these thresholds: the ranker's quotes, the pronoun
 * chains the rules decide unless the ranker vetoes them, and the names given to unnamed sources.
 */
export function tallyAt(decisions: Decision[], thresholds: Thresholds): Tally {
  const t: Tally = { right: 0, wrong: 0, none: 0, namedUnnamed: 0, namedAnonymous: 0, namedDocument: 0 };
  for (const d of decisions) {
    const name = namedAt(d, thresholds) ? d.name : null;
    if (name === 'described') continue;
    if (name === 'unnamed') {
      t.namedUnnamed++;
      if (d.shape === 'anonymous' || d.shape === 'none') t.namedAnonymous++;
      if (d.shape === 'document') t.namedDocument++;
    } else if (name === 'right') t.right++;
    else if (name === 'wrong') t.wrong++;
    else if (!d.unnamed) t.none++;
  }
  return t;
}

/** Speaker precision as `npm run eval` reports it (gold-named quotes only). */
export const precisionOf = (t: Tally): number => t.right / Math.max(1, t.right + t.wrong);

export const summarize = (t: Tally): string => {
  const n = t.right + t.wrong + t.none;
  return `accuracy ${(t.right / n).toFixed(3)} precision ${precisionOf(t).toFixed(3)} (right ${t.right}, wrong ${t.wrong}, none ${t.none}; names given to unnamed sources ${t.namedUnnamed}, to anonymous or none ${t.namedAnonymous}, to documents ${t.namedDocument})`;
};

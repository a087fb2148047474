import type { QuestionKind } from './analysis-types';
import { articleYear } from './article-year';
import { CUE_FAMILIES } from './cue-families';
import type { CueFamily } from './cue-family';
import { cueScope } from './cue-scope';
import { eachMatch } from './each-match';
import { frontedClause } from './fronted-clause';
import { hintScan } from './hint-scan';
import { KIND_GATES, type KindGate } from './kind-gates';
import { pastDated } from './past-dated';
import { SentenceReads } from './sentence-reads';
import { surveyAnswer } from './survey-answer';
import { writerForecast } from './writer-forecast';

export interface Cue {
  kind: QuestionKind;
  shape: string;
  strength: number;
  family: CueFamily;
  /** The writer's own forecast of an event (writer-forecast.ts): shown as its passage, never phrased. */
  passage?: true;
  /** Where the family's pattern first matches the sentence (apostrophes straightened), for a scoped cue: read once. */
  at?: number;
}

/** Which families' hints a lower-cased sentence holds (null: none, as in most sentences): the per-family scans run only for those. */
const HINTED = hintScan(CUE_FAMILIES.map((f) => f.hints));

/**
 * Pending cues and one side's challenge label an event the sentence reports, so they count only where
 * they govern its main claim (cue-scope.ts): "McConnell, who has criticized his campaign, offered…"
 * disputes nothing. The other kinds judge the sourcing of whatever clause holds them ("the e-mail,
 * which was apparently intended for…", "…, which he denied"), and a charge that names both sides (an
 * accusation, a document that contradicts the reports, a quoted charge) stands wherever it is told:
 * those count anywhere.
 */
const TWO_SIDED = new Set(['accusation', 'conflict', 'attack-quote']);
const SCOPED = CUE_FAMILIES.map((f) => f.kind === 'pending' || (f.kind === 'disputed' && !TWO_SIDED.has(f.shape)));
const GLOBAL_PATTERNS = CUE_FAMILIES.map((f) => new RegExp(f.pattern.source, `${f.pattern.flags}g`));

/** "she's expected to argue that…": a challenge still to come disputes nothing yet. */
const TO_COME = /\b(?:(?:expected|likely|set|going|poised|plans?|intends?)\s+to|will|would|could|may|might)\s+$/i;

/**
 * Whether family i's cue governs the sentence: true, false, or 'passage' (only as a writer's forecast).
 * A match a kind gate says lacks its evidence (kind-gates.ts) counts for nothing.
 */
function governs(
  i: number,
  reads: SentenceReads,
  context: string,
  gates: readonly KindGate[],
  firsts: number[],
): boolean | 'passage' {
  const f = CUE_FAMILIES[i]!;
  const { text } = reads;
  const lacks = (m: RegExpMatchArray): boolean => gates.some((g) => g.lacks(f, text, m.index!, m[0], reads));
  if (!SCOPED[i]) {
    for (const m of eachMatch(GLOBAL_PATTERNS[i]!, text)) if (!lacks(m)) return true;
    return false;
  }
  const disputed = f.kind === 'disputed';
  // A pending cue labels nothing still to come in history told with its date, inside what poll
  // respondents answered, or in the writer's own "is likely to" forecast (past-dated.ts, survey-answer.ts,
  // writer-forecast.ts). Both are read only once the pattern matches: most hinted sentences have no match.
  let answer: number | undefined;
  let flagged = false;
  for (const m of eachMatch(GLOBAL_PATTERNS[i]!, text)) {
    if (answer === undefined) {
      firsts[i] = m.index;
      if (!disputed && pastDated(text)) return false;
      answer = disputed ? -1 : surveyAnswer(text, context);
    }
    // Inside what respondents answered, read first: it is cheap, and the gates' reads need not run on a match it drops.
    if (answer >= 0 && m.index >= answer) continue;
    if (lacks(m)) continue;
    if (disputed && TO_COME.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "As Obama faced criticism over…, one lawmaker…": a challenge in the scene-setting clause is narration.
    if (disputed && frontedClause(text, m.index)) continue;
    const forecast = disputed ? null : writerForecast(text, m.index);
    if (forecast === 'stance') continue;
    if (cueScope(text, m.index, m.index + m[0].length) !== 'main') continue;
    if (forecast === 'passage') flagged = true;
    else return true;
  }
  return flagged ? 'passage' : false;
}

/**
 * Every cue a sentence carries, strongest first; `context` is its headline and the sentence before
 * (cue-context.ts); `gates` the kind gates applied (all the engine's by default; the measurement tries others).
 */
export function findCues(
  raw: string,
  context = '',
  gates: readonly KindGate[] = KIND_GATES,
  article?: Parameters<typeof articleYear>[0],
): Cue[] {
  const cues: Cue[] = [];
  // Patterns and hints are written with straight apostrophes: "wouldn’t" is "wouldn't".
  const text = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const hinted = HINTED(text.toLowerCase());
  if (!hinted) return cues;
  const reads = new SentenceReads(text, article && articleYear(article));
  // A scoped family's first match, kept with its cue so a later reader (kept-cues.ts) need not scan for it again.
  const firsts: number[] = [];
  for (let i = 0; i < CUE_FAMILIES.length; i++) {
    const f = CUE_FAMILIES[i]!;
    if (!hinted[i] || f.unless?.test(text)) continue;
    const governed = governs(i, reads, context, gates, firsts);
    if (!governed) continue;
    const cue: Cue = { kind: f.kind, shape: f.shape, strength: f.strength, family: f };
    if (governed === 'passage') cue.passage = true;
    if (firsts[i] !== undefined) cue.at = firsts[i];
    cues.push(cue);
  }
  return cues.sort((a, b) => b.strength - a.strength);
}

/** The family a shape names (attack-quote is added for quoted charges found by the quote finder). */
export function cueFamily(shape: string): CueFamily {
  const found = CUE_FAMILIES.find((f) => f.shape === shape);
  if (!found) throw new Error(`no cue family ${shape}`);
  return found;
}

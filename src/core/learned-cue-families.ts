import { type CueFamily, family, hintList } from './cue-family';

/**
 * Candidates beyond the hand-written families, learned from the editor-style labels on PolNeAR
 * **train** (`npm run lexicon:followups`, src/train/followup-lexicon.ts): words enriched in the flagged
 * sentences no other family reads (log-odds with an informative prior, at least 5 sentences, names
 * left out), grouped by what they tell, each with the kind most of its flagged train passages carry.
 * A family is kept when, added alone, it raised both recall and precision on the train labels and did
 * not lower PolNeAR dev precision or BBC dev (docs/evaluation.md, "Open questions", has every family
 * tried: figures, one side's claims, "would", "whether", polls, "respond to", "behind", "will").
 * They are read only where no hand-written family is (question-cues.ts) and add no feature to the
 * scorer, which was fitted without them. No template of ours fits them grammatically: each is shown
 * as its flagged passage with its kind.
 */
export const LEARNED_CUE_FAMILIES: CueFamily[] = [
  family({
    // "has revealed almost nothing about his intentions", "The Times also reported last month…": what one
    // source disclosed, not yet confirmed (train: 17 of the 49 such cue-less sentences flagged, 11 of their
    // passages unverified, 4 pending, 2 unknown).
    shape: 'disclosure',
    kind: 'unverified',
    strength: 1,
    learned: true,
    pattern: /\b(?:revealed|reported|emerged|disclosed)\b/i,
    hints: hintList('revealed|reported|emerged|disclosed'),
    examples: [
      'The Times newspaper also reported last month that the talks had failed.',
      'Reuters reported from Moscow that the talks had failed.',
    ],
    phrase: () => null,
    // "Phillip reported from Oakland, Calif.; Gearan, from Washington.": the copy's credit line, where the
    // reporters were, no one's claim (2 unflagged train sentences; no question on dev, BBC or the labelled
    // train articles changes). Each place word is taken whole (the lookahead), so a long capitalised run
    // cannot be split many ways when the match fails.
    unless: /\breported from (?:[A-Z][\w.'’-]*(?![\w.'’-])(?:,? )?)+(?:[;.]|$)/,
  }),
];

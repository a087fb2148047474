import { type Cue, findCues } from './question-cues';
import { wordCount } from './word-count';

/**
 * Word classes a reporter reads as a reason to chase a sentence. They are general classes, not
 * words of any story: a bag of words learned from the attribution labels fitted those labels and
 * ranked the editors' passages worse than the cue strength alone (dev AUC 0.59 against 0.70).
 */
const CLASSES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'hedge',
    /\b(?:may|might|could|reportedly|allegedly|apparently|suggest\w*|appears?|seem\w*|likely|possibl[ey]|perhaps|believed?|thought|estimat\w*|speculat\w*|rumou?r\w*)\b/i,
  ],
  [
    'future',
    /\b(?:will|won't|going to|plans?|planned|planning|expected|expects?|would|intends?|set to|next (?:week|month|year)|tomorrow|upcoming)\b/i,
  ],
  ['denial', /\b(?:den(?:y|ies|ied)|reject\w*|dismiss\w*|not true|false(?:ly)?|refut\w*|disput\w*|insist\w*)\b/i],
  // "n't" is glued to its verb ("don't"), so no word boundary precedes it.
  ['negation', /\b(?:not|never|no|cannot)\b|n['’]t\b/i],
  [
    'anon',
    /\b(?:officials|sources?|people familiar|aides|advisers|insiders|critics|analysts|experts|observers|some|many|others)\b/i,
  ],
  ['partisan', /\b(?:campaign|spokes(?:man|woman|person)|Democrats?|Republicans?|GOP|DNC|RNC|surrogates?|allies)\b/i],
  [
    'pending',
    /\b(?:pending|investigat\w*|probe|inquiry|review\w*|vote|voting|appeal\w*|court|ruling|hearing|lawsuit|trial|decid\w*|decision|scheduled|yet|awaiting|negotiat\w*|proposal|proposed|bill|legislation)\b/i,
  ],
  [
    'unknown',
    /\b(?:unclear|not (?:yet )?known|unknown|did not (?:immediately )?(?:respond|return|reply)|declined to|no (?:immediate )?comment|not say|won't say|wouldn't say|refused to)\b/i,
  ],
  ['number', /\d/],
  ['percent', /\bpercent\b|%/i],
  ['money', /\$|\b(?:million|billion|trillion)\b/i],
  ['according', /\baccording to\b/i],
  ['speech', /\b(?:said|says|say|told|claim\w*|argu\w*|contend\w*|assert\w*|stated?|added|noted|wrote|tweeted)\b/i],
  ['accuse', /\b(?:accus\w*|blam\w*|charg\w*|attack\w*|slamm?\w*|criticiz\w*|lie|lied|lies|liar)\b/i],
  // "I" only as a capital (lower-case "i" is no pronoun); the rest open a sentence as often as not.
  ['first-person', /\b(?:I|[Ww]e|[Oo]urs?|[Mm]y)\b/],
  ['contrast', /\b(?:but|however|although|though|while|despite)\b/i],
  ['absolute', /\b(?:more|less|most|least|record|highest|lowest|only|every|never|always)\b/i],
];

/** A word class's pattern by name ("pending", "unknown", "denial"), for a reading that needs the same class. */
export function wordClass(name: string): RegExp {
  return CLASSES.find(([n]) => n === name)![1];
}

/**
 * The feature names, built once: every sentence of every article reads them, and the scorer's
 * weight lookup is quicker on the same string than on a copy built each time.
 */
const CLASS_FEATURES = CLASSES.map(
  ([name, pattern]) => [pattern, { any: `x:${name}`, quoted: `x:${name}:quoted`, plain: `x:${name}:plain` }] as const,
);
/**
 * "c:<shape>" and "k:<kind>" per shape and kind, keyed by the families' own strings. Not bounded: its
 * keys are the closed set of the cue families' shapes and kinds, not words of the copy.
 */
const NAMED = { 'c:': new Map<string, string>(), 'k:': new Map<string, string>() };
function featureName(prefix: 'c:' | 'k:', value: string): string {
  let name = NAMED[prefix].get(value);
  if (name === undefined) {
    name = prefix + value;
    NAMED[prefix].set(value, name);
  }
  return name;
}

/**
 * Binary features of a sentence for the follow-up scorer: the cue families and kinds it carries
 * and the strength band of the strongest, the word classes above (each also split by whether the
 * sentence quotes someone), its length band, whether it quotes or asks, and its place in the
 * story; `passage` adds what the rest of the article says about it (passage-features.ts). The
 * trainer and the engine share this one function, so a feature the model learned is computed the
 * same way at inference. `context` is what findCues reads around the sentence (cue-context.ts).
 */
export function followupFeatures(
  text: string,
  index: number,
  count: number,
  cues?: Cue[],
  passage: readonly string[] = [],
  context = '',
): string[] {
  // An array, not a Set: only the passage's ("p:") and the cues' names can repeat, and only those are checked;
  // the rest are one each from vocabularies of their own.
  const features = ['bias'];
  for (const name of passage) if (!features.includes(name)) features.push(name);
  const once = (name: string): void => {
    if (!features.includes(name)) features.push(name);
  };
  const found = cues ?? findCues(text, context);
  let top = 0;
  for (const cue of found) {
    once(featureName('c:', cue.shape));
    once(featureName('k:', cue.kind));
    top = Math.max(top, cue.strength);
  }
  features.push(top === 0 ? 'cue:none' : top >= 2.5 ? 'cue:high' : top >= 2 ? 'cue:mid' : 'cue:low');
  const words = wordCount(text);
  features.push(
    words < 10 ? 'len:<10' : words < 20 ? 'len:<20' : words < 30 ? 'len:<30' : words < 45 ? 'len:<45' : 'len:45+',
  );
  const quoted = /["“”]/.test(text);
  if (quoted) features.push(/^["“]/.test(text) ? 'quote:opens' : 'quote:inside');
  if (/\?\s*["”]?$/.test(text)) features.push('asks');
  const at = count <= 1 ? 0 : index / (count - 1);
  features.push(
    index === 0 ? 'pos:first' : index <= 2 ? 'pos:lead' : at > 0.8 ? 'pos:end' : at > 0.5 ? 'pos:late' : 'pos:body',
  );
  for (const [pattern, names] of CLASS_FEATURES) {
    if (!pattern.test(text)) continue;
    features.push(names.any);
    features.push(quoted ? names.quoted : names.plain);
  }
  return features;
}

import type { Analysis } from './analysis-types';
import { OUTLET_WORDS } from './outlet-words';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

/** "Which newspaper reported the claims?", "what TV channel…": the kind of outlet asked for. */
const OUTLET_QUESTION =
  /^\s*(?:which|what)\s+(?:(?:news|local|national|online|tv|television|radio|media)\s+)?(newspaper|paper|tabloid|magazine|publication|broadcaster|channel|network|station|website|site|outlet)s?\b/i;
const PRINT_KINDS = new Set(['newspaper', 'paper', 'tabloid', 'magazine', 'publication']);
const BROADCAST_KINDS = new Set(['broadcaster', 'channel', 'network', 'station']);
/** Last words that make a capitalised name a paper's ("Eastfield Courier", "The Washington Post"). */
const PRINT_WORDS = new Set(
  [
    ...OUTLET_WORDS,
    ...'Times Post Journal Herald Telegraph Guardian Tribune Mail Mirror Star Express Independent Standard Record Echo Argus Magazine'.split(
      ' ',
    ),
  ].filter((w) => !/^(?:Reuters|Agencies|Press)$/.test(w)),
);
/** Last words (or whole names) that make it a broadcaster's ("Sky News" is either: "News" is in neither set). */
const BROADCAST_WORDS = new Set(
  'Radio Television TV Channel Network Broadcasting BBC CNN NBC ABC CBS MSNBC CNBC NPR PBS ITV'.split(' '),
);
/** Names that report whatever the kind: agencies and "… News". */
const ANY_WORDS = new Set(['News', 'Reuters', 'Press', 'Agencies']);
const NAME = String.raw`((?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)`;
/**
 * The outlet as the one that reported or was told: "told the Eastfield Courier", "reported by the Times",
 * "according to CNN", "in an interview with NBC", "the Courier reported". "The Courier has not verified" is none.
 */
const REPORTING = [
  new RegExp(String.raw`\b(?:told|to|by|with|[Aa]ccording to|in|on)\s+(?:the\s+)?${NAME}`, 'g'),
  new RegExp(
    String.raw`(?:^|[\s“"(])(?:[Tt]he\s+)?${NAME}(?:['’]s)?\s+(?:first\s+)?(?:reported|reports|revealed|published|broke|report|interview)\b`,
    'g',
  ),
];

/**
 * The question asks for the outlet in a reporting role ("reported", "broke", "did X tell / speak to", "interviewed",
 * "carried", "first"): "which newspaper endorsed Ross?" asks for an act no "told the Westbury Echo" answers (review s28).
 */
const REPORTING_ASKED =
  /\b(?:report\w*|reveal\w*|publish\w*|broke|break\w*|told|tell\w*|spoke|speak\w*|talk\w*|interview\w*|carr(?:y|ied|ies)|ran|run|cover\w*|quot\w*|first|story|claims?|allegations?|news)\b/i;

function outletFits(name: string, kind: string): boolean {
  const last = name.split(/\s+/).at(-1)!;
  if (ANY_WORDS.has(last)) return true;
  if (PRINT_WORDS.has(last)) return !BROADCAST_KINDS.has(kind);
  if (BROADCAST_WORDS.has(last)) return !PRINT_KINDS.has(kind);
  return false;
}

/**
 * "Which newspaper reported the claims?": the sentence naming an outlet of the asked kind as the one that
 * reported or was told ("…who told the Eastfield Courier that…"), the best-ranked of those on the question's
 * topic. The outlet is the answer, though the ranker, finding the question's words spread thin, may doubt it.
 */
export function answerOutlet(analysis: Analysis, ranked: Ranked[], question: string): Ranked | undefined {
  const kind = OUTLET_QUESTION.exec(question)?.[1]?.toLowerCase();
  if (!kind || !REPORTING_ASKED.test(question)) return undefined;
  const names = (text: string): boolean =>
    REPORTING.some((pattern) => [...text.matchAll(pattern)].some((m) => outletFits(m[1]!, kind)));
  return ranked.find((r) => r.share > 0 && names(analysis.sentences[r.index]!.text));
}

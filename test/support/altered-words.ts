/**
 * The reader's word check, apart from its grammar checks: every word of a printed question must be a
 * word of the copy or of a template, written as the copy writes it (no cut, no changed capital).
 */

/** Words the question frames use (and the poll family's "Do other polls show …?"): a headline's "Does" or "Will" does not make them names. */
const FRAME = new Set(
  'does did do will would can could should is are was were has have had what who how why when where which answer say says said the a an and or of to in on for be been being there their they right other polls show'.split(
    ' ',
  ),
);
/** Openers a question may give a capital the copy never writes ("Will", "Does"). */
const QUESTION_OPENERS =
  /^(?:Will|Would|Can|Could|Should|Does|Did|Do|Is|Are|Was|Were|Has|Have|Why|How|What|When|Who|Which|Where)$/;

/** Verbs that follow the one who speaks or acts: "Sanders said", "Sanders has blamed". */
const ACTS_AFTER_NAME =
  '(?:said|says|told|added|argued|noted|wrote|spoke|has|had|is|was|will|would|did|does|plans|wants|called|blamed)\\b';

/** Words that may stand before a figure at a sentence's start and are no name: "About 270 people". */
const COUNTING_WORD =
  /^(?:about|nearly|almost|some|more|less|fewer|over|under|around|roughly|approximately|just|only|at|up|by|in|on|since|until|after|before|for|all|both|another|the|a|an|these|those|its|their|his|her|our|each|every|last|first|of|to|from)$/i;

/** A word without a possessive or a trailing full stop: "Mukasa's" -> "Mukasa". */
function bareWord(word: string): string {
  return word.replace(/['’]s$/, '').replace(/[.'’]+$/, '');
}

/** Endings a whole word may carry in the copy: "claim" beside "claimed", "report" beside "reporters". */
const ENDINGS = new Set([
  's',
  'es',
  'd',
  'ed',
  'ing',
  "'s",
  '’s',
  'r',
  'er',
  'ers',
  'ings',
  'ly',
  'al',
  'ion',
  'ions',
  'ment',
  'y',
  'ies',
]);
/** What alteredWords reads of one copy, whatever the question: built once per article (see copyFacts). */
interface CopyFacts {
  copyWords: Set<string>;
  lower: Set<string>;
  /** Words the copy capitalises mid-sentence and never writes in lower case: names, "I", "I'm". */
  proper: Set<string>;
  /** Lower-case copy words less their last 1–3 letters where those are no ending: "dismis" of "dismissed". */
  truncations: Set<string>;
  /** Per question word, what the copy's regex scans said of it (the words of an article's questions repeat). */
  scans: Map<string, WordScan>;
}

interface WordScan {
  opener: boolean;
  written: number;
  acts: boolean;
  numbered: boolean;
}

// The questions of one article are read one after another against the same copy.
let lastCopy: string | undefined;
let lastFacts: CopyFacts | undefined;

function copyFacts(copy: string): CopyFacts {
  if (lastFacts && lastCopy === copy) return lastFacts;
  // Letters of any script: "Gonzàlez" is one word of the copy, not "Gonz" and "lez".
  const copyWords = new Set(copy.match(/\p{L}[\p{L}\p{N}.'’]*/gu)?.map(bareWord) ?? []);
  const lower = new Set([...copyWords].map((w) => w.toLowerCase()));
  const proper = new Set(
    // A headline (the copy's first line, when it has several) capitalises every word: not evidence of a name.
    [
      ...(copy.includes('\n') ? copy.slice(copy.indexOf('\n')) : copy).matchAll(
        /(?<![.!?:]["”’]?)[ \t]+([A-Z][A-Za-z'’]*)/g,
      ),
    ]
      .map((m) => bareWord(m[1]!))
      .filter((w) => !lower.has(w.toLowerCase()) || copyWords.has(w)),
  );
  const truncations = new Set<string>();
  for (const c of lower) {
    for (let cut = 1; cut <= 3 && cut < c.length; cut++) {
      const rest = c.slice(-cut);
      if (/^[a-z]{1,3}$/.test(rest) && !ENDINGS.has(rest)) truncations.add(c.slice(0, -cut));
    }
  }
  lastCopy = copy;
  lastFacts = { copyWords, lower, proper, truncations, scans: new Map() };
  return lastFacts;
}

/** The copy's regex scans for one word (its capitalised form `capital`, escaped for a pattern). */
function scanWord(w: string, capital: string, copy: string): WordScan {
  // Every scan below needs the word, capitalised, written in the copy: without it none can match,
  // and a scan with a look-behind costs a step at each of the copy's characters.
  if (!copy.includes(capital)) return { opener: false, written: 0, acts: false, numbered: false };
  const escaped = capital.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    opener: new RegExp(`(?:^|[.!?:]["”’]?\\s+)["“‘]?${escaped}\\b`, 'm').test(copy),
    // A word the copy writes capitalised time and again, never in lower case, and once as the one who
    // speaks or acts ("Sanders said…", "Sanders has…") is a name even when it only opens sentences.
    written: copy.match(new RegExp(`(?<![\\p{L}'’-])${escaped}(?![\\p{L}'’-])`, 'gu'))?.length ?? 0,
    acts: new RegExp(`(?<![\\p{L}'’-])${escaped} ${ACTS_AFTER_NAME}`, 'u').test(copy),
    // "Article 50", "Proposition 8": a capitalised word the copy puts before a number, never lower-cased
    // there, names the thing numbered; only a word that counts ("About 270", "Some 40") opens with it.
    numbered:
      new RegExp(`(?<![\\p{L}'’-])${escaped} \\d`, 'u').test(copy) &&
      !new RegExp(`(?<![\\p{L}'’-])${escaped.toLowerCase()} \\d`, 'u').test(copy) &&
      !COUNTING_WORD.test(w),
  };
}

/** A word of the question the copy never writes and no template would: "dismis" (dismissed), "j.P." (J.P.). */
export function alteredWords(question: string, copy: string): string[] {
  const { copyWords, lower, proper, truncations, scans } = copyFacts(copy);
  const bad: string[] = [];
  question
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((raw) => raw.split(/[-–—/]/))
    .forEach((raw, i) => {
      const w = bareWord(raw.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9'’.]+$/g, ''));
      if (!w || /^\d/.test(w)) return;
      const capital = w[0]!.toUpperCase() + w.slice(1);
      const pronounI = /^I(?:['’][a-z]+)?$/.test(capital) && lower.has(w);
      let scan = scans.get(w);
      if (!scan) {
        scan = scanWord(w, capital, copy);
        scans.set(w, scan);
      }
      const { opener, written, acts, numbered } = scan;
      const name = ((proper.has(capital) && !opener) || (written >= 2 && acts && i > 0) || numbered) && !FRAME.has(w);
      // "François", "GÃ1⁄4len": a word written in the copy as it stands, letters beyond A–Z included.
      const asWritten = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (/[^\p{ASCII}]/u.test(w) && new RegExp(`(?<![\\p{L}\\p{N}])${asWritten}(?![\\p{L}\\p{N}])`, 'u').test(copy))
        return;
      if (/^[a-z]/.test(w) && (name || pronounI) && !copyWords.has(w)) {
        bad.push(w);
        return;
      }
      if (copyWords.has(w)) return;
      if (/[a-z][.]?[A-Z]/.test(w) || /^[a-z]\.[A-Z]/.test(w)) {
        bad.push(w);
        return;
      }
      if (i === 0 && QUESTION_OPENERS.test(w)) return;
      const l = w.toLowerCase();
      if (lower.has(l)) {
        // Case changed: only a sentence opener may lose its capital, never a name gain or lose one inside.
        if (/^[A-Z]/.test(w) && i > 0 && !copyWords.has(w)) bad.push(w);
        return;
      }
      if (/^[A-Z]/.test(w) && i > 0) {
        bad.push(w);
        return;
      }
      // A truncation of a copy word that is not an inflection of it: "dismis" from "dismissed"; a
      // frame's own whole word ("will", "right", "there") is no truncation of "willful" or "rightist".
      if (FRAME.has(l)) return;
      if (l.length >= 4 && truncations.has(l)) bad.push(w);
    });
  return bad;
}

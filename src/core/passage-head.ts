import { asideComma } from './aside-comma';
import { correlativePairs } from './correlative-pair';
import { DASH, mainClauseStart } from './main-clause-start';
import { holdsNameOrNumber } from './name-or-number';
import { speechTagAfter } from './passage-tail';

/**
 * The first words of a long flagged passage, ended where a clause ends: the word budget, the clause boundaries a cut
 * may take (never inside a name or number, a fronted phrase, a dashed aside, a list or an aside's closing comma), and
 * where a sentence's main clause starts after a subordinate one. Split from passage-item.ts, which shows the passage.
 */

export const MAX_PASSAGE_WORDS = 40;

/** How many words past the budget a sentence may run and still be shown whole. */
const TAIL_SHOWN = 2;

/**
 * The most words a flagged passage is shown whole with: the 99th percentile of the flagged passages' lengths on
 * PolNeAR train (1,726 passages: median 28, 90th percentile 44, 99th 60). A cut under it guessed which words the claim
 * could lose and dropped what the clause is about: a name or a number (sample 46's #12, cut49's rule), the claim's
 * own verb after an appositive ("…, the party leaders and elected officials who …, created a barrier", sample 47's
 * #43) or who is meant ("…, nearly word for word by his wife …", #49). The one passage in a hundred past it is a
 * run-on, cut at the budget as the rules below end it.
 */
export const HARD_CAP = 60;

/**
 * How many words past the hard cap a sentence whose budget cut would drop a name or number may run and still be shown
 * whole: a clause's end (the flagged passages past the cap on PolNeAR train run to 61–70 words in most cases), which
 * a cut at the cap drops bare.
 */
const CAP_TAIL = 10;

/** Words up to a first comma that open on a preposition: a fronted phrase, not a clause of its own. */
const FRONTED_PHRASE =
  /^(?:according to|in|on|at|by|for|with|after|before|during|despite|amid|among|as|from|under|over|since|until|unlike|like)\b[^,;:]*$/i;

/**
 * A comma between a list's short items ("to allow siblings, biological parents and caregivers to enter"): the list
 * reaches its "and"/"or" within two words, no stop between, and its last item is inside the passage, so the comma ends
 * no clause; cut there, the passage loses the list's other items and the verb after it (sample 34's #43). An article
 * or a preposition after the comma opens an apposition or a phrase ("Lee Epstein, a law professor and …", ",
 * including …"), a pronoun a clause; a list that runs past the passage's end is cut at its comma as before.
 */
function listComma(words: readonly string[], i: number, end: number): boolean {
  const next = words[i + 1] ?? '';
  if (!/^[a-z]/.test(next) || NOT_AN_ITEM.test(next)) return false;
  for (let j = i + 2; j <= i + 3 && j + 1 < end; j++) {
    if (/[,;:.!?)"”]$/.test(words[j - 1]!)) return false;
    if (/^(?:and|or)$/.test(words[j]!)) return true;
  }
  return false;
}

/** Words after a comma that open no list item: conjunctions, relatives, pronouns, articles and prepositions. */
const NOT_AN_ITEM =
  /^(?:and|or|but|nor|yet|so|which|who|whom|whose|that|he|she|they|it|we|i|you|a|an|the|including|such|like|especially|from|to|in|on|at|for|with|by|of|as)$/;

/**
 * Words a passage cut at its word budget must not end on: articles, possessive determiners, prepositions,
 * conjunctions, relatives and auxiliaries open a phrase or clause whose head comes after them ("… a chance to …", "…
 * said that …", "… because the …"), so the shown words stop on nothing (about 50 corpus passages). "her" is left: it
 * ends a phrase as an object as often as it opens one.
 */
const OPENS_A_PHRASE =
  /^(?:the|a|an|this|these|those|its|his|their|our|my|your|of|to|in|on|at|for|with|by|from|into|about|as|than|before|after|during|under|against|between|among|without|within|through|across|toward|towards|until|upon|amid|despite|via|onto|near|and|or|but|nor|that|whether|if|because|while|when|where|which|who|whom|whose|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|according)$/i;

/** Words that join a name's parts ("University of Michigan", "Banco de …"): a name may go on after them. */
const IN_A_NAME = /^(?:of|de|del|la|van|von|for)$/i;

/**
 * Where a budget cut shown as it falls ends: before the words at its end that open a phrase, and before a name they
 * were joining, but not before `least` (half the budget, and the cue's word).
 */
function phraseEnd(words: readonly string[], least: number, n: number): number {
  let end = n;
  for (let moved = true; moved; ) {
    const before = end;
    while (end > least && OPENS_A_PHRASE.test(words[end - 1]!)) end--;
    // "… the University of …" stripped to "… the University": the name went on after "of", so it goes too.
    if (IN_A_NAME.test(words[end] ?? '')) while (end > least && /^[A-Z]/.test(words[end - 1]!)) end--;
    moved = end < before;
  }
  return end > least ? end : n;
}

/** Words that open a relative clause or an appositive after a comma: ", whose office …", ", a role that …". */
const MODIFIER_OPENER = /^(?:which|who|whose|whom|where|a|an)$/;

/**
 * The sentence's last dash when no dash pairs with it (an odd count from `from` to the sentence's end): it opens a
 * closing clause ("… the convention's proceedings — while diminishing …"), no aside; -1 when the dashes pair up.
 */
function loneDash(words: readonly string[], from: number): number {
  let count = 0;
  let last = -1;
  for (let i = from; i < words.length; i++) {
    if (DASH.test(words[i]!)) {
      count++;
      last = i;
    }
  }
  return count % 2 === 1 ? last : -1;
}

/**
 * The first `max` words from `from` on, ended at a clause boundary when one falls late enough, never in
 * a name or number, nor inside a dashed aside (a comma there ends no clause: "-- dismissed so often as
 * myopic, unable to …" would stop before the claim the aside interrupts).
 */
export function passageHead(words: readonly string[], from: number, max: number, keep: number): string {
  // A passage under the hard cap is shown whole: the budget's cut guessed at which words the claim could lose, and
  // each guess dropped some claim's own verb or who it meant (sample 47's #43, #49).
  if (words.length - from <= HARD_CAP) return words.slice(from).join(' ');
  const shown = headAtBudget(words, from, max, keep);
  if (!shown.endsWith(' …')) return shown;
  // Past the cap, a cut never drops a name or a number either: the words the budget's cut leaves out (a clause
  // boundary's comma goes with its word, so the count holds) holding one, the cut moves to the cap.
  const dropped = words.slice(from + shown.slice(0, -2).split(' ').length);
  if (!holdsNameOrNumber(dropped)) return shown;
  // A run-on that ends a clause's length past the cap is shown whole: cut at the cap, it lost the object of its
  // claim's own verb ("… would make it harder to reopen …", sample 52's #9; sample 50's #5).
  return words.length - from <= HARD_CAP + CAP_TAIL
    ? words.slice(from).join(' ')
    : headAtBudget(words, from, HARD_CAP, keep);
}

/** The passage cut at `max` words as the rules below end it. */
function headAtBudget(words: readonly string[], from: number, max: number, keep: number): string {
  // A sentence that ends a word or two after the budget is shown whole: a cut there saves next to nothing and drops
  // the clause's last words, often the name it needs ("the debate hosted …" for "hosted by Fox", sample 40's #8).
  if (words.length - from <= max + TAIL_SHOWN) return words.slice(from).join(' ');
  let n = from + max;
  while (n > from + max / 2 && (/^[A-Z0-9$£€]/.test(words[n] ?? '') || /^[A-Z0-9]/.test(words[n - 1] ?? ''))) n--;
  // A cut between "not only" and its "but" keeps the promise of more and drops it: it ends before the pair instead.
  const pairs = correlativePairs(words, from);
  const split = pairs.find((p) => p.open < n && n <= p.close);
  if (split && split.open > from + max / 2) n = split.open;
  const head = words.slice(from, n).join(' ');
  if (n >= words.length) return head;
  let boundary = -1;
  let dashes = 0;
  // A comma inside the fronted clause would end the passage before its claim.
  const main = mainClauseStart(words, from, n);
  // The comma closing an aside (verbless after a relative "that,", or a participle one on the subject) ends no clause.
  const asideOpen = (i: number): boolean => asideComma(words, from, i);
  const lone = loneDash(words, from);
  for (let i = from; i < n - 1; i++) {
    // After a dash no other dash closes, a comma opening a relative or an appositive ("…'s presiding officer, a role
    // that is expected …") ends the claim the dash began: the modifier goes, not the claim's own words. Any other
    // comma there ("…, but still below the $5 million", "…, and Hillary Clinton is promising") stays uncut.
    const closingModifier = lone >= 0 && i > lone && /,$/.test(words[i]!) && MODIFIER_OPENER.test(words[i + 1]!);
    if (DASH.test(words[i]!)) dashes++;
    // A that-clause after a comma completes the noun or verb before the aside the comma closes ("suggestions by the
    // front-runners, Donald Trump and Sen. Ted Cruz (R-Tex.), that they would deport …", sample 46's #22): the claim
    // runs on to it, so neither that comma nor any before it ends the passage.
    else if (/,$/.test(words[i]!) && /^that$/i.test(words[i + 1]!)) boundary = -1;
    else if (
      /[,;]$/.test(words[i]!) &&
      (dashes % 2 === 0 || closingModifier) &&
      i >= main &&
      !pairs.some((p) => p.open <= i && i < p.close) &&
      !listComma(words, i, n) &&
      !asideOpen(i)
    )
      boundary = i;
  }
  // A speech tag after the boundary credits the claim before it: the cut goes past it (sample 45's #46).
  const tag = boundary < 0 ? -1 : speechTagAfter(words, boundary, n);
  if (tag >= 0) boundary = tag;
  const cut =
    boundary < 0 ? -1 : words.slice(from, boundary + 1).join(' ').length - (/[,;:]$/.test(words[boundary]!) ? 1 : 0);
  // A cue whose words inside the budget open a phrase and no more ("… a role that is …" for "that is expected",
  // sample 44's #21; passageItem clips a cue past the budget to its last word) is not shown by keeping them: holding
  // the cut to them forced a bare cut at the 40th word. A clause boundary in the budget's last quarter then ends the
  // passage, losing fewer words; an earlier one (a list's "from Kent, Surrey and Essex") would lose the claim's own
  // words, so the cut stays at the budget. A cue verb the budget shows ("but he denied …") is kept as before.
  const past =
    boundary >= from + max * 0.75 &&
    (keep >= from + max - 1 || words.slice(keep, n).every((w) => OPENS_A_PHRASE.test(w.replace(/,$/, ''))));
  // The clause boundary may end the passage only after the words that carry its cue, and never at the
  // comma that closes a fronted phrase ("According to a study by …, 40% of …"): that keeps the source
  // and loses what it says.
  const kept = past ? 0 : words.slice(from, keep + 1).join(' ').length;
  const fronted = cut > 0 && FRONTED_PHRASE.test(head.slice(0, cut));
  if (cut > head.length / 3 && cut >= kept && !fronted) return `${head.slice(0, cut)} …`;
  const end = phraseEnd(words, Math.max(from + max / 2, keep + 1), n);
  return `${
    end < n
      ? words
          .slice(from, end)
          .join(' ')
          .replace(/[,;:]$/, '')
      : head
  } …`;
}

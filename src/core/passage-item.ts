import type { OpenQuestion, QuestionKind } from './analysis-types';
import { appositionAside } from './apposition-aside';
import { describingCompound } from './describing-compound';
import { escapeRegExp } from './escape-reg-exp';
import { DASH, mainClauseStart, opensOnName } from './main-clause-start';
import { surname } from './mentions-entity';
import { HARD_CAP, MAX_PASSAGE_WORDS, passageHead } from './passage-head';
import { unnamedSource } from './unnamed-source';

/**
 * A flagged passage shown as itself, with its kind, when no question reads cleanly (the design's
 * "grammatical by construction": never a broken question), and the kind note beside a question.
 */

/** The credit prepare-questions.ts gives a claim whose source names nobody. */
const UNNAMED = 'an unnamed source';

const LABEL: Record<QuestionKind, string> = {
  unverified: 'Unverified',
  disputed: 'Disputed',
  pending: 'Pending',
  unknown: 'Not known',
  denied: 'Denied',
  other: 'Open',
};

/** The kind, as a brief's note beside a question: none when the item already opens with it. */
export function kindNote(question: Pick<OpenQuestion, 'text' | 'kind'>): string | undefined {
  return question.text.startsWith(`${LABEL[question.kind]}: `) ? undefined : question.kind;
}

/** Where the aside opened at words[i] closes (its closing dash or ")"), before `limit`; -1 if none. */
function asideClose(words: readonly string[], i: number, limit: number): number {
  const paren = /^\(/.test(words[i]!);
  if (!paren && !DASH.test(words[i]!)) return -1;
  for (let j = i + (paren ? 0 : 1); j < limit; j++) {
    if (paren ? /\)[,;:.]?$/.test(words[j]!) : DASH.test(words[j]!)) return j;
    if (paren && j > i && /^\(/.test(words[j]!)) return -1;
  }
  return -1;
}

/** Words with each range [i, j] replaced by its one-word mark, and the cue's new place. */
function replaceRanges(
  words: readonly string[],
  at: number,
  ranges: readonly { i: number; j: number; mark: string[] }[],
): { words: string[]; at: number } {
  const out: string[] = [];
  let cueAt = at;
  let k = 0;
  // Pushed one by one: spreading a sentence of 120,000 words into push() overflows the call stack.
  const copy = (from: number, to: number) => {
    for (let w = from; w < to; w++) out.push(words[w]!);
  };
  for (const { i, j, mark } of ranges) {
    copy(k, i);
    for (const m of mark) out.push(m);
    if (j < at) cueAt -= j - i + 1 - mark.length;
    k = j + 1;
  }
  copy(k, words.length);
  return { words: out, at: cueAt };
}

/** The asides of `words` (a dashed or bracketed pair of more than two words inside) closed before `limit`. */
function asides(words: readonly string[], limit: number): { i: number; j: number; mark: string[] }[] {
  const found: { i: number; j: number; mark: string[] }[] = [];
  for (let i = 0; i < limit; i++) {
    const j = asideClose(words, i, limit);
    if (j < 0) continue;
    const paren = /^\(/.test(words[i]!);
    if ((paren ? j - i + 1 : j - i - 1) > 2)
      found.push({ i, j, mark: paren ? [`(…)${words[j]!.replace(/^.*\)/, '')}`] : [words[i]!, '…', words[j]!] });
    i = j;
  }
  return found;
}

/**
 * A long passage loses, before its cue, the inside of a dashed or bracketed aside, marked "…"
 * ("concerns about job loss — … — were not to be dismissed", "than Obama was to be president (…),
 * there are many…"): the aside interrupts the claim, and cutting inside it, or at the 40th word after
 * it, would end the passage before the claim's verb. A cue beyond the first 40 words drops every such
 * aside before it. Otherwise an aside goes only when it interrupts (words follow it), does not hold
 * the cue, and either the passage then fits whole or the aside stands before the main clause's
 * subject; then, if still too long, a list's inner items ("A; B; and C") that do not hold the cue.
 */
function elideAsides(words: readonly string[], at: number): { words: string[]; at: number } {
  const apposition = appositionAside(words);
  // The opening name's apposition goes first ("David Simas, …, said"), then the asides of what is left.
  if (apposition && !(apposition.i <= at && at <= apposition.j)) {
    const shortened = replaceRanges(words, at, [apposition]);
    return elideAsides(shortened.words, shortened.at);
  }
  if (at >= MAX_PASSAGE_WORDS * 0.75) return replaceRanges(words, at, asides(words, at));
  const main = mainClauseStart(words, 0, words.length);
  const interrupting = asides(words, words.length).filter(({ i, j }) => j < words.length - 3 && !(i <= at && at <= j));
  const saved = interrupting.reduce((n, { i, j, mark }) => n + j - i + 1 - mark.length, 0);
  const kept = words.length - saved <= MAX_PASSAGE_WORDS ? interrupting : interrupting.filter(({ j }) => j < main);
  const elided = replaceRanges(words, at, kept);
  if (elided.words.length <= MAX_PASSAGE_WORDS) return elided;
  const semis = elided.words.flatMap((w, k) => (/;$/.test(w) ? [k] : []));
  const inner = semis
    .slice(0, -1)
    .map((end, n) => ({ i: end + 1, j: semis[n + 1]!, mark: ['…;'] }))
    .filter(({ i, j }) => j - i > 1 && !(i <= elided.at && elided.at <= j));
  return replaceRanges(elided.words, elided.at, inner);
}

/**
 * "according to Factcheck.org": a source the copy writes as a web address is credited as written, not cut at its
 * dot ("Factcheck").
 */
function webAddress(source: string, sentence: string): string {
  // Most sources are no web address: the expression, compiled per source, needs the source and a dot written.
  if (!sentence.includes(`${source}.`)) return source;
  const domain = new RegExp(`\\b${escapeRegExp(source)}((?:\\.[a-z]{2,6})+)\\b`).exec(sentence);
  return domain ? `${source}${domain[1]}` : source;
}

/**
 * The flagged passage itself, word for word, with its kind: "Unverified: “…”, says an unnamed
 * source". Long passages end at a clause boundary (", " or "; "), never inside a number or name.
 * `focus` is where in the sentence its cue stands: a passage whose first 40 words end before it
 * ("Standing alongside … Dan-el Padilla Peralta …" for "…, Mark-Viverito accused Sanders of…") starts
 * instead at the clause that holds it, after a leading "…".
 */
export function passageItem(kind: QuestionKind, sentence: string, source: string | null, focus?: number): string {
  // Inner double quotes become single ones, so the passage's own quote marks stay unambiguous; an inch mark after
  // feet ("6'3\"") is a unit, not a quotation mark, and is shown as written.
  // A page's markup ("<tweet author=…>") is not the article's text.
  let text = sentence
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/“|(?<!\d['’′]\d{1,2}(?:\.\d)?)”/g, (q) => (q === '“' ? '‘' : '’'))
    .replace(/(^|[\s(])"/g, '$1‘')
    .replace(/(?<!\d['’′]\d{1,2}(?:\.\d)?)"/g, '’');
  let words = text.split(/\s+/);
  // Up to the hard cap the sentence is shown whole: no window, no elided aside, no cut (issue 13; an aside or an
  // opening clause dropped named who was meant: "Charlie King, …, said").
  if (words.length > HARD_CAP) {
    // The word that holds the cue: the passage must show it.
    let at =
      focus === undefined
        ? 0
        : Math.max(
            0,
            sentence
              .slice(0, focus)
              .replace(/<\/?[a-z][^<>]*>/gi, '')
              .trim()
              .split(/\s+/).length - 1,
          );
    const elided = elideAsides(words, at);
    words = elided.words;
    at = elided.at;
    let from = 0;
    if (at >= MAX_PASSAGE_WORDS * 0.75) {
      // Start at the last clause boundary before the cue that leaves room for it and what follows.
      // Dashes before word i, kept as the walk goes back (a recount at each word was quadratic in a long sentence).
      let dashesBefore = words.slice(0, at).filter((w) => DASH.test(w)).length;
      for (let i = at; i > 0; i--) {
        // A clause that opens on its subject (a name, a pronoun, "but we…"), outside any dashed aside.
        const opens = /^(?:he|she|they|it|we|but)$/.test(words[i] ?? '') || opensOnName(words, i);
        const inAside = dashesBefore % 2 === 1;
        if (/[,;:]$/.test(words[i - 1]!) && opens && !inAside) {
          from = i;
          break;
        }
        if (DASH.test(words[i - 1]!)) dashesBefore--;
      }
      if (from === 0 || at - from >= MAX_PASSAGE_WORDS * 0.75) from = 0;
    }
    const head = passageHead(words, from, MAX_PASSAGE_WORDS, Math.min(at, from + MAX_PASSAGE_WORDS - 1));
    text = from > 0 ? `… ${head}` : head;
  }
  const credited = source && webAddress(source, sentence);
  // "said Caddell" already names the source: no ", says Pat Caddell" after it.
  const last = credited ? surname(credited) : '';
  // Only a name or "an unnamed source": a speaker phrase the copy left unclear is not printed.
  // A tag's adjective ("Los Angeles-based") is no name.
  const printable =
    credited === UNNAMED ||
    (/^\p{Lu}[\p{L}\w'’.-]*(?:\s+\p{Lu}[\p{L}\w'’.-]*){0,3}$/u.test(credited ?? '') &&
      !describingCompound(credited ?? ''));
  // "…, according to people familiar with the matter.": the shown words already name their unnamed source; the
  // credit is printed only when the cut passage lost it (audit 52's B-a52-16).
  const shown = credited === UNNAMED ? unnamedSource(text) : text.includes(last);
  const by = credited && printable && !shown ? `, says ${credited}` : '';
  return `${LABEL[kind]}: “${text}”${by}`;
}

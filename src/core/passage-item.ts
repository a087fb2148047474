import type { OpenQuestion, QuestionKind } from './analysis-types';
import { asideComma } from './aside-comma';
import { describingCompound } from './describing-compound';
import { escapeRegExp } from './escape-reg-exp';
import { surname } from './mentions-entity';

/**
 * A flagged passage shown as itself, with its kind, when no question reads cleanly (the design's
 * "grammatical by construction": never a broken question), and the kind note beside a question.
 */

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

const MAX_PASSAGE_WORDS = 40;

/**
 * Whether words[i] opens a clause on a name: the capitalised run ends on no comma (not a list or an
 * apposition: "Viktor Yanukovych, the ousted…") and a verb follows within four words ("Mark-Viverito
 * accused", "Azerbaijan’s foreign ministry spokesman said").
 */
function opensOnName(words: readonly string[], i: number): boolean {
  if (!/^[A-Z][a-z]/.test(words[i] ?? '')) return false;
  let j = i;
  while (j < words.length && /^(?:[A-Z][\w'’.-]*|of)$/.test(words[j]!.replace(/[,;:)]$/, ''))) {
    if (/[,;:)]$/.test(words[j]!)) return false;
    j++;
  }
  // A list's last items or a relative clause ("El Salvador, Guatemala and Honduras who passed") hold a
  // verb that is not the name's own: the clause is the sentence's, whose subject came before.
  const between = words.slice(j, j + 4);
  const stop = between.findIndex((w) => /^(?:and|or|who|whose|whom|which|that)$/i.test(w));
  return (stop < 0 ? between : between.slice(0, stop)).some((w) =>
    /^(?:said|says|has|have|had|is|are|was|were|will|would|can|could|may|might|must|did|does|told|[a-z]{3,}(?:ed|es))$/.test(
      w,
    ),
  );
}

/** Words up to a first comma that open on a preposition: a fronted phrase, not a clause of its own. */
const FRONTED_PHRASE =
  /^(?:according to|in|on|at|by|for|with|after|before|during|despite|amid|among|as|from|under|over|since|until|unlike|like)\b[^,;:]*$/i;

/** A dash standing alone between words: one of the pair that sets off an aside ("the working class -- dismissed … -- appears"). */
const DASH = /^(?:-{1,2}|–|—)$/;

/** A sentence that opens on a subordinate clause or fronted phrase: its first commas end no claim. */
const SUBORDINATE_OPENER =
  /^(?:if|while|when|whenever|although|though|because|unless|whereas|once|after|before|as|since|until|according|in|on|at|by|for|with|during|despite|amid|among|from|under|over|unlike|like)$/i;

/** Words that open a main clause on its subject after a fronted clause's comma ("…, there are many who…"). */
const SUBJECT_OPENER =
  /^(?:it|he|she|they|we|i|you|there|the|a|an|this|these|those|his|her|their|our|its|my|many|some|most)$/i;

/**
 * Where the main clause starts in a sentence that opens on a subordinate clause ("If we're hearing …
 * everywhere he can, it would seem …"): after the first comma outside an aside, or an aside's closing
 * dash, followed by a subject. A sentence opening otherwise, or whose subject is not found, starts its
 * main clause at once.
 */
function mainClauseStart(words: readonly string[], from: number, end: number): number {
  if (!SUBORDINATE_OPENER.test(words[from] ?? '')) return from;
  let dashes = 0;
  let brackets = 0;
  for (let i = from; i < end - 1; i++) {
    brackets += (words[i]!.match(/\(/g) ?? []).length - (words[i]!.match(/\)/g) ?? []).length;
    const closing = DASH.test(words[i]!) && ++dashes % 2 === 0;
    const comma = /,$/.test(words[i]!) && dashes % 2 === 0 && brackets <= 0;
    if ((closing || comma) && (SUBJECT_OPENER.test(words[i + 1]!) || opensOnName(words, i + 1))) return i + 1;
  }
  return from;
}

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
 * The first `max` words from `from` on, ended at a clause boundary when one falls late enough, never in
 * a name or number, nor inside a dashed aside (a comma there ends no clause: "-- dismissed so often as
 * myopic, unable to …" would stop before the claim the aside interrupts).
 */
function passageHead(words: readonly string[], from: number, max: number, keep: number): string {
  let n = from + max;
  while (n > from + max / 2 && (/^[A-Z0-9$£€]/.test(words[n] ?? '') || /^[A-Z0-9]/.test(words[n - 1] ?? ''))) n--;
  const head = words.slice(from, n).join(' ');
  if (n >= words.length) return head;
  let boundary = -1;
  let dashes = 0;
  // A comma inside the fronted clause would end the passage before its claim.
  const main = mainClauseStart(words, from, n);
  // The comma closing an aside (verbless after a relative "that,", or a participle one on the subject) ends no clause.
  const asideOpen = (i: number): boolean => asideComma(words, from, i);
  for (let i = from; i < n - 1; i++) {
    if (DASH.test(words[i]!)) dashes++;
    else if (/[,;]$/.test(words[i]!) && dashes % 2 === 0 && i >= main && !listComma(words, i, n) && !asideOpen(i))
      boundary = i;
  }
  const cut = boundary < 0 ? -1 : words.slice(from, boundary + 1).join(' ').length - 1;
  // The clause boundary may end the passage only after the words that carry its cue, and never at the
  // comma that closes a fronted phrase ("According to a study by …, 40% of …"): that keeps the source
  // and loses what it says.
  const kept = words.slice(from, keep + 1).join(' ').length;
  const fronted = cut > 0 && FRONTED_PHRASE.test(head.slice(0, cut));
  return `${cut > head.length / 3 && cut >= kept && !fronted ? head.slice(0, cut) : head} …`;
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
  // Inner double quotes become single ones, so the passage's own quote marks stay unambiguous.
  // A page's markup ("<tweet author=…>") is not the article's text.
  let text = sentence
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[“”]/g, (q) => (q === '“' ? '‘' : '’'))
    .replace(/(^|[\s(])"/g, '$1‘')
    .replace(/"/g, '’');
  let words = text.split(/\s+/);
  if (words.length > MAX_PASSAGE_WORDS) {
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
    credited === 'an unnamed source' ||
    (/^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$/.test(credited ?? '') && !describingCompound(credited ?? ''));
  const by = credited && printable && !text.includes(last) ? `, says ${credited}` : '';
  return `${LABEL[kind]}: “${text}”${by}`;
}

import type { Analysis } from './analysis-types';

/**
 * "Who was the referee?" over '"The referee was right there."', the second sentence of a manager's quote: cited
 * alone, a quotation without its speech tag reads as the article's own statement of fact, and when it names no one
 * it does not answer a who-question at all (audit 48, B-a48-4). A who-answer made only of such quotations carries
 * the sentence that says who is speaking when the quotation names a person, and is not cited as the fact otherwise.
 */

/** How far back, within the paragraph, the sentence carrying the speaker is looked for. */
const MAX_BACK = 3;
/** Quoted spans, curly or straight (NYT's '' and TeX's `` as straight marks); an unclosed one runs to the end. */
const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;

/** Whether the sentence is all quotation: no word of its own outside the marks, so no speaker. */
function bareQuotation(text: string): boolean {
  const straight = text.replace(/''|``/g, '"');
  if (!/[“”"]/.test(straight)) return false;
  // A sentence closing a quotation opened earlier starts inside it: its words up to the closing mark are quoted.
  const opened = /^[^“"]*”/.exec(straight);
  const rest = (opened ? straight.slice(opened[0].length) : straight).replace(QUOTED, ' ');
  return !/\p{L}/u.test(rest);
}

/** The speaker speaking of themself ("I dreamt up…"): the quotation answers with whoever says it. */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b/;

/** Whether the words name someone: a capitalised word not opening a sentence ("Ian Crewe was…" counts "Crewe"). */
function namesSomeone(text: string): boolean {
  const words = text
    .replace(/[“”"]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return words.some((w, k) => k > 0 && /^\p{Lu}\p{Ll}/u.test(w) && !/[.!?]$/.test(words[k - 1]!));
}

/**
 * The cited sentences and, after them, the one carrying the speaker (the answer stays first, as a neighbour follows
 * it) when all are bare quotations that name someone or speak in the first person; null when they do neither (the
 * quotation says nothing of who); as given otherwise, or when no sentence of the paragraph carries the speaker (a
 * quoted block from elsewhere).
 */
export function quoteWithSpeaker(analysis: Analysis, cited: readonly number[]): readonly number[] | null {
  const { sentences } = analysis;
  if (cited.length === 0 || !cited.every((i) => bareQuotation(sentences[i]!.text))) return cited;
  const texts = cited.map((i) => sentences[i]!.text);
  if (!texts.some((t) => FIRST_PERSON.test(t) || namesSomeone(t))) return null;
  const first = Math.min(...cited);
  const { paragraph } = sentences[first]!;
  for (let i = first - 1; i >= Math.max(0, first - MAX_BACK) && sentences[i]!.paragraph === paragraph; i--)
    if (!bareQuotation(sentences[i]!.text)) return [...cited, i];
  // '"Smith was the referee." Jones said so twice.': the tag may follow in the paragraph.
  const last = Math.max(...cited);
  const next = sentences[last + 1];
  return next && next.paragraph === sentences[last]!.paragraph && !bareQuotation(next.text)
    ? [...cited, last + 1]
    : cited;
}

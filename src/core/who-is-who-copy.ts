import type { Sentence } from './analysis-types';

/** A sentence closed by its stop, a closing quotation mark or bracket after it, or a colon. */
const CLOSED = /[.!?:;…]["'”’)\]]*$|["”’]$/;

/**
 * The copy who is who reads: the sentences joined by a space, except after a crosshead ("PPA position", "Ministry
 * responds": a line of its own with no stop), where a line break is kept. Joined by a space, the heading runs into
 * the next sentence ("PPA position The Chief Executive Officer of the PPA, Mr X,"), so the role phrase that opens it
 * no longer opens a sentence and the role read before the comma is lost.
 */
export function whoIsWhoCopy(sentences: ReadonlyArray<Pick<Sentence, 'text' | 'paragraph'>>): string {
  let copy = '';
  sentences.forEach((s, i) => {
    if (i > 0) {
      const before = sentences[i - 1]!;
      copy += before.paragraph !== s.paragraph && !CLOSED.test(before.text.trimEnd()) ? '\n' : ' ';
    }
    copy += s.text;
  });
  return copy;
}

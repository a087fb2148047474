import type { Sentence } from './analysis-types';
import { quoteAfterBodySubject } from './named-body-subject';
import type { PersonMention } from './people';

/*
 * "“…,” Obama's former strategist said. / Dean, a former party chairman, poked at Trump, tweeting, “…”": a run of
 * quotations carries its speaker only while no other person becomes the subject of a sentence after the previous
 * quotation's. "“…,” Mr. Obama said at the gala, where Mrs. Clinton also spoke. “…”" still carries Obama: Clinton
 * is in the previous quotation's own sentence.
 */

/** Before a name: a subordinator, a speech verb or a quote mark puts it inside another clause or speech. */
const SUBORDINATE_BEFORE = /\b(?:that|who|whom|which|where|when|because|if|whether|said|says|told|according)\b|["“”]/i;

/**
 * The subject of its sentence's main clause, with words of its own before the quotation: "pointed out that Trump
 * was" is a clause inside someone's speech, and "Biden “kind of misspoke.”" quotes the previous speaker on Biden.
 */
function mainSubject(text: string, start: number, end: number, quoteAt: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  return !SUBORDINATE_BEFORE.test(before) && /[\p{L}\d]/u.test(text.slice(end, quoteAt));
}

/**
 * Does a person other than `speaker` become a main-clause subject in the sentences after `previousEnd` (the sentence
 * the previous quotation ends in) and before the quotation starting at `quoteStart` in sentence `quoteSentence`?
 */
export function newSubjectSince(
  sentences: Sentence[],
  mentions: PersonMention[][],
  isQuoted: (offset: number) => boolean,
  run: { previousEnd: number; quoteSentence: number; quoteStart: number; speaker: string | undefined },
): boolean {
  for (let id = run.previousEnd + 1; id <= run.quoteSentence; id++) {
    const sentence = sentences[id]!;
    for (const m of mentions[id] ?? []) {
      if (m.end > run.quoteStart || !m.subject || m.possessive || isQuoted(m.start) || m.person.name === run.speaker)
        continue;
      if (mainSubject(sentence.text, m.start - sentence.start, m.end - sentence.start, run.quoteStart - sentence.start))
        return true;
    }
  }
  // "In 2014, Pew found that “…”": the quotation's own sentence names a body as its subject (named-body-subject.ts).
  return quoteAfterBodySubject(sentences, mentions, run.quoteSentence, run.quoteStart);
}

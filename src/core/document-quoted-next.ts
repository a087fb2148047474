import type { Sentence } from './analysis-types';

/** The report template: "Has anyone confirmed the report that …?". */
const ASKS_FOR_CONFIRMATION = /^Has anyone confirmed the report that (.+)\?$/;

/** A document someone gave or put out, as the reported claim names it: "provided a written statement". */
const DOCUMENT_GIVEN =
  /\b(?:provided|issued|released|sent|gave|put out|published|wrote|signed|posted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(statement|letter|memo|email|e-mail|note|report|response)\b/i;

/**
 * "The Times said Cook provided a written statement …" and then "“…,” the statement said in part.": a
 * report that a document was given, when one of the next two sentences quotes that document, has its
 * answer in the copy; no one need confirm what the story prints.
 */
export function documentQuotedNext(question: string, sentences: readonly Sentence[], index: number): boolean {
  const claim = ASKS_FOR_CONFIRMATION.exec(question)?.[1];
  const noun = claim ? DOCUMENT_GIVEN.exec(claim)?.[1] : undefined;
  if (!noun) return false;
  const quoted = new RegExp(
    String.raw`\b(?:the|that|this|his|her|its|their)\s+(?:[\w-]+\s+)?${noun}s?\s+(?:said|says|read|reads|stated|states|added|continued)\b`,
    'i',
  );
  return sentences.slice(index + 1, index + 3).some((s) => quoted.test(s.text));
}

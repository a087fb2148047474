import type { Analysis } from './analysis-types';
import { relatedStems } from './answer-lexicon';
import { askedRole } from './asked-role';
import { escapeRegExp } from './escape-reg-exp';
import { contentTerms, tokenizeWords } from './tokenize-words';

/**
 * "Who is Cordell's chief executive?" over "…a message to Cordell's regional vice president…": the question names the
 * office by its noun, and a sentence saying neither that noun nor a WordNet relative of it names another office of
 * the party, or none (audit 55 B-a55-33). Only the possessive form ("<Party>'s <office>"): "who leads X?" is answered
 * by "Y, who heads X," without any office noun, and "who is the suspect?" by a name the copy never calls one.
 */
export function askedOfficeAbsent(analysis: Analysis, best: number, question: string): string | undefined {
  const role = askedRole(question, new Set());
  if (!role?.party || !new RegExp(`${escapeRegExp(role.party)}['’]`, 'u').test(question)) return undefined;
  const text = analysis.sentences[best]!.text;
  if (tokenizeWords(text).some((word) => role.isRole(word))) return undefined;
  for (const stem of new Set(contentTerms(text))) if (relatedStems(stem).some((r) => role.isRole(r))) return undefined;
  return 'The article does not name the holder of that office.';
}

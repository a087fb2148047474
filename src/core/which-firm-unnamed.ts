import type { Analysis } from './analysis-types';
import { englishWord } from './english-word';
import { entityFinder } from './entity-finder';
import { tokenizeWords } from './tokenize-words';
import { wordnetWord } from './wordnet-word';

/**
 * "Which company / firm / contractor …?": the nouns question-type.ts already reads as asking for a named body, whose
 * answer is an organisation's name. Not "which group / party / team": those are as often people or a side.
 */
export const WHICH_FIRM =
  /^\W*(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:company|companies|firm|firms|contractor|contractors|corporation|business)\b/i;

/** The capitalised body a role is held at or for: "chief executive of Pate Logistics", "a spokesman for Arden Foods". */
const ROLE_BODY = /\b(?:of|at|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

/** A capitalised word, hyphenated parts and all ("Auditor-General", "Sybari"). */
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * "Which company won the contract?" over "She wants the Auditor-General to examine the business case": the answer is
 * a body's name, and a sentence naming no organisation the question does not already name cannot give it, however
 * well it matches "contract" or "build" (audit 55 B-a55-32). A capitalised common noun alone ("the Government builds
 * a bridge") is a body but no company's name.
 */
export function whichFirmUnnamed(analysis: Analysis, best: number, question: string): string | undefined {
  if (!WHICH_FIRM.test(question)) return undefined;
  const asked = new Set(tokenizeWords(question));
  const text = analysis.sentences[best]!.text;
  const found = entityFinder(analysis.entities)(text.toLowerCase());
  const named = found.some(
    (e) =>
      e.type === 'organization' &&
      // "What company does Pate run?" over "Pate Logistics": a name the question gives only in part is an answer.
      !tokenizeWords(e.name).every((w) => asked.has(w)) &&
      !(e.name.split(/\s+/).length === 1 && wordnetWord(e.name)),
  );
  if (named) return undefined;
  // "Gregory Pate, the chief executive of Pate Logistics": the body a named person's role is held at is named, however
  // the entity list typed its run. A portfolio of plain words ("Minister for Roads", "for Housing, Local Government")
  // names a brief, no company (audit 57 B-a57-9): the body needs a word that is no English word, or the entity list's
  // organisation of that name.
  const organisations = new Set(
    analysis.entities.filter((e) => e.type === 'organization').map((e) => e.name.toLowerCase()),
  );
  // A firm named after a person the copy names ("Pate Logistics" beside "Gregory Pate"): no portfolio carries a surname.
  const surnames = new Set(
    analysis.entities.filter((e) => e.type === 'person' && /\s/.test(e.name)).map((e) => e.name.split(/\s+/).at(-1)!),
  );
  const roleBody = found.some((e) => {
    const body = e.type === 'person' && e.role ? ROLE_BODY.exec(e.role)?.[1] : undefined;
    return (
      body !== undefined &&
      !tokenizeWords(body).every((w) => asked.has(w)) &&
      (organisations.has(body.toLowerCase()) ||
        body.split(/[\s'’-]+/).some((w) => (w.length > 1 && !englishWord(w)) || surnames.has(w)))
    );
  });
  if (roleBody) return undefined;
  // "…to buy security software maker Sybari Software": a firm the entity list missed still has a name word that is
  // no English word (english-word.ts); the words of people and places named there are not a company's.
  const others = new Set(
    found.filter((e) => e.type === 'person' || e.type === 'place').flatMap((e) => tokenizeWords(e.name)),
  );
  const nameWord = [...text.matchAll(CAPITALISED)].some(
    (m) =>
      m.index > 0 &&
      !asked.has(m[0].toLowerCase()) &&
      !others.has(m[0].toLowerCase()) &&
      m[0].split(/[-'’]/).some((part) => part.length > 1 && !englishWord(part)),
  );
  return nameWord ? undefined : 'The article does not name the company.';
}

import { personNoun } from './person-noun';
import { singularsOf } from './singulars-of';

/**
 * A subject headed by a plural person noun that opens the sentence with its capital ("Attorneys for Aerosow",
 * "Lawyers for the council"): the head's singular is a kind of person in WordNet (person-noun.ts), so the subject is
 * a common plural, "Are attorneys for Aerosow right …?", never "Is Attorneys …" (audit 56's B-a56-17). Only a head
 * followed by "for"/"of"/"at"/"from"/"representing": a lone capitalised plural may be a name (source-questions.ts's
 * namesBut reads those).
 */
export function pluralPersonHead(who: string): boolean {
  const m = /^([A-Z][a-z]+s)\s+(?:for|of|at|from|representing)\s/.exec(who);
  return !!m && singularsOf(m[1]!.toLowerCase()).some(personNoun);
}

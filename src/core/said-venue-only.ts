import { eachMatch } from './each-match';
import { saysVenue } from './says-venue';
import { SPEECH_VERBS } from './speech-verbs';
import { contentTerms } from './tokenize-words';

/** A place named after "in"/"at" ("in Kelby", "at the Guildhall"), which no venue of saying can be. */
const PLACE_NAME = /\b(?:in|at)\s+(?:the\s+)?[A-Z]/;
const WORD = /[A-Za-z]+/g;
/** Where the saying clause ends: a clause mark or the text's end. */
const CLAUSE_END = /[,.;:!?]|$/;

/**
 * "The council will publish the report in a couple of weeks, Helen Marsh said in an interview.": the venue ("in an
 * interview", "on the radio") is the one the words were said at — it follows the verb of saying, up to the clause's
 * end — so it is no place of the act reported. True when the sentence names a venue and every venue it names is such
 * a one, and it names no place by name.
 */
export function venueOnlyOfSaying(text: string): boolean {
  if (!saysVenue(text) || PLACE_NAME.test(text)) return false;
  let rest = '';
  let from = 0;
  for (const m of eachMatch(WORD, text)) {
    if (m.index < from || !SPEECH_VERBS.has(m[0].toLowerCase())) continue;
    const end = text.slice(m.index).search(CLAUSE_END) + m.index;
    // The saying clause: the verb and what follows it to the clause's end.
    if (!saysVenue(text.slice(m.index, end))) continue;
    rest += `${text.slice(from, m.index)} `;
    from = end;
  }
  rest += text.slice(from);
  return from > 0 && !saysVenue(rest);
}

let speechTerms: ReadonlySet<string> | undefined;
/**
 * Whether the asked verb (a term) is a verb of saying ("where did Marsh say it?"): then the venue of saying answers. Only
 * the verb counts: "the safety report" names no saying.
 */
export function asksSaying(verb: string | undefined): boolean {
  speechTerms ??= new Set([...SPEECH_VERBS].flatMap((v) => contentTerms(v)));
  return verb !== undefined && speechTerms.has(verb);
}

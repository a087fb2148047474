/**
 * Sanity checks on reported speech before it becomes a Statement. Each rule drops a statement
 * rather than emit a wrong one: a reader trusts "X said Y" lines, so a miss costs less than garbage.
 */
import { isDeterminer } from './determiners';
import { partitiveSpeaker } from './partitive-speaker';

const AUXILIARY = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'shall',
]);
/** Words ending in "s" that are not verbs, so they do not pass for a clause's verb. */
const NOT_VERB_S = new Set([
  'this',
  'his',
  'its',
  'thus',
  'plus',
  'unless',
  'perhaps',
  'always',
  'whereas',
  'across',
  'less',
  'towards',
  'besides',
  'afterwards',
  'sometimes',
  'news',
  'us',
  'yes',
]);

/** Lower-case words of a phrase (punctuation stripped). */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[^\w'’-]+|[^\w'’-]+$/g, ''));
}

/**
 * Could this describe who spoke (a body, a role, a document)? Rules out clauses ("The claims were
 * made by ...", "Low-cost airlines have criticised ..."), dangling determiners ("His main concern
 * was the"), reduced relatives ("Rules introduced in 2002"), partitives of a pronoun ("Half of
 * them", "One of them, a retired teacher") and lone adverbs ("Currently").
 */
export function isSpeakerDescription(name: string): boolean {
  const words = wordsOf(name);
  const last = words[words.length - 1] ?? '';
  if (words.length === 0 || isDeterminer(last)) return false;
  // "VOSS: Your critics": a transcript's turn label and the words after it, no one described (audit 51, B-a51-4).
  if (/^[A-Z][A-Z.'’, -]*:/.test(name)) return false;
  if (words.some((w) => AUXILIARY.has(w))) return false; // lower case only: "Theresa May" stays
  if (/\b[a-z]+ed\s+(?:in|by|at|on|to|for|with|from|since)\b/.test(name)) return false;
  if (/\bof\s+(?:them|us|those|these)$/i.test(name) || partitiveSpeaker(name, true)) return false;
  if (words.length === 1 && /^[A-Z][a-z]+ly$/.test(last)) return false;
  // "In 1998 the party", "his government": a phrase opening the clause, or an unresolved possessor.
  if (
    /^(?:in|on|at|during|after|before|since|until|for|from|with|without|under|over|despite|as|but|and|however|his|her|its|their|our|my|your)$/i.test(
      words[0]!,
    )
  )
    return false;
  return true;
}

/** A count before a noun: a figure or a number word; not a year, which may be a subject ("2016 marks …"). */
const COUNT =
  /^(?:(?!(?:19|20)\d\d$)\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several)$/i;

/**
 * Is the reported part a clause with a verb? Rejects a verb read as a noun ("the claims were
 * made" -> "were made ..."), a passive ("claims denied by Labour"), an embedded question
 * ("refused to say whether ...") and a bare object ("predicted an election defeat").
 */
export function isReportedClause(text: string): boolean {
  const words = wordsOf(text);
  const first = (words[0] ?? '').toLowerCase();
  if (AUXILIARY.has(first)) return false;
  if (/^[a-z]+ed\s+by\b/.test(text)) return false;
  if (/^(?:whether|if|how|why|what|when|where|who|which|whom)$/.test(first)) return false;
  return words.some((w, i) => {
    const lower = w.toLowerCase();
    if (AUXILIARY.has(lower) || /n['’]t$/.test(lower) || /['’]s$/.test(lower) || /['’](?:ll|d|re|ve)$/.test(lower))
      return true;
    if (i === 0 || w !== lower) return false;
    if (/ed$/.test(lower)) return true;
    // "admitted 14 counts of fraud", "admitted two charges": a plural after the count the words open on is its
    // noun, no verb (review s33 B-main-52, a plea read as a statement).
    if (i === 1 && COUNT.test(words[0]!)) return false;
    return /[^su]s$/.test(lower) && lower.length > 3 && !/ous$/.test(lower) && !NOT_VERB_S.has(lower);
  });
}

/** "warned PC users to update", "told Mr Brown not to": an object and an infinitive, no clause. */
export function isObjectInfinitive(text: string): boolean {
  const m = /^((?:[\w'’-]+\s+){1,4}?)(?:not\s+)?to\s+[a-z]/.exec(text);
  return m !== null && !wordsOf(m[1]!).some((w) => AUXILIARY.has(w.toLowerCase()));
}

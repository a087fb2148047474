import data from './verb-bases.json' with { type: 'json' };

/** Verbs every WordNet sense of which takes an object ("blame", "deny"; buildObjectVerbs in build-verb-bases.ts). */
const OBJECT_VERBS: ReadonlySet<string> = new Set((data as { objectVerbs: string }).objectVerbs.split(' '));

/**
 * What may follow a verb whose object slot is empty: the clause's end, a coordinator opening another conjunct, or a
 * preposition ("was to blame for the leak").
 */
const NO_OBJECT = /^\s*(?:$|[,.;:!?)"'”’—–]|(?:and|but|or|nor|yet|for|in|on|at|over|after|since|because)\b)/i;

/**
 * Whether "<be> to <verb> …" is predicative rather than a plan: "a broken valve was to blame and that repairs would
 * …" says the valve is at fault, and "Will a broken valve blame …?" alters the copy (audit 51's B-a51-5). Be-to plans
 * a verb's act only when the verb has what it needs after it: one WordNet never lets stand without an object, with
 * none after it, is the infinitive passive in sense ("to blame" = "to be blamed"). "The minister is to resign and …"
 * stays a plan: "resign" needs no object. `rest` is the text after "to".
 */
export function predicativeBeTo(rest: string): boolean {
  const verb = /^\s*([a-z]+)\b/.exec(rest);
  return verb !== null && OBJECT_VERBS.has(verb[1]!) && NO_OBJECT.test(rest.slice(verb[0].length));
}

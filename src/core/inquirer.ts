import { holdsMainVerb } from './holds-main-verb';
import { REPORTING_VERBS } from './speech-verbs';

/** A subject pronoun after a reporting verb: the reported clause's subject, standing for the one who reports. */
const PRONOUN = /^(?:they|he|she|it|we)$/i;
/** "told reporters they were…": the hearer between "told" and the pronoun, a few words at most. */
const HEARER = /^(?:reporters|journalists|the|a|an|\p{Lu}[\p{L}\w'’.-]*|him|her|them|us|me|you)$/u;

/**
 * Who runs an inquiry, from the words before "is/are … investigating/reviewing": a subject with a reporting frame
 * in it ("Police said they were reviewing the audit", "Prosecutors told reporters they were examining …") is the
 * reporter when the reported clause's subject is a pronoun standing for them ("Police", never "Police said they");
 * null when the frame reports someone else's work or cannot be read, so no question splices the frame in.
 * A subject without a reporting verb is returned as it is, unless it holds a finite verb of its own (null).
 */
export function inquirer(subject: string): string | null {
  const words = subject.split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && REPORTING_VERBS.has(w.toLowerCase()));
  // "Sanders has fired his national data director and is investigating…": a subject holding a finite verb of its
  // own is a clause, not the inquirer's name.
  if (verb < 0) return holdsMainVerb(subject) ? null : subject;
  const rest = words.slice(verb + 1);
  if (rest[0]?.toLowerCase() === 'that') rest.shift();
  const last = rest.at(-1) ?? '';
  if (!PRONOUN.test(last)) return null;
  // Between the verb and the pronoun only a hearer ("told reporters", "told The Courier"): anything else is a clause.
  const between = rest.slice(0, -1);
  if (between.length > 3 || !between.every((w) => HEARER.test(w))) return null;
  const reporter = words.slice(0, verb).join(' ');
  // "Police, who said they…", "The mayor also said he…": an aside or adverb before the verb is no inquirer's name.
  return /[,;:]|\b(?:who|which|that)\b/i.test(reporter) ? null : reporter.replace(/\s+\w+ly$/, '');
}

import type { Analysis } from './analysis-types';
import { askedPerson } from './asked-person';
import { boundedMemo } from './bounded-memo';
import { escapeRegExp } from './escape-reg-exp';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { type WhoIsWho, whoIsWho } from './who-is-who';

/**
 * "Who is Neera Tanden?": the sentence where the copy gives the person's role answers ("Ms. Tanden, a close
 * confidante and former campaign worker for Mrs. Clinton, …"), not the one that only names them. The converse
 * of answer-role-holder ("who is the <role>?"). The role is who-is-who's (measured on PolNeAR's "Name, role"
 * sources), so the cited sentence is the one the brief's who-is-who line rests on: it holds the role's words
 * and the person's surname side by side. It goes first when the ranker's best does not hold them.
 */

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?$/;

const lastWord = (name: string): string => name.trim().split(/\s+/).at(-1)!;

/** The role who-is-who lists for the asked person: full name, or a lone surname only one listed person has. */
function listedRole(analysis: Analysis, asked: string, who?: WhoIsWho): { surname: string; role: string } | undefined {
  const words = asked.split(/\s+/).filter((w) => w && !HONORIFIC.test(w));
  if (words.length === 0) return undefined;
  // "Also named" people are the brief's too: "who is Tim Canova?" cites the sentence that introduces him.
  const listed = who ?? whoIsWho(analysis);
  const people = [...listed.people, ...(listed.alsoNamed ?? [])];
  const name = words.join(' ');
  const same = people.filter((p) =>
    words.length > 1 ? p.name === name : lastWord(p.name) === name || p.name === name,
  );
  const person = same.length === 1 ? same[0] : undefined;
  // A lone capitalised title ("Secretary", "Governor") is how the copy addresses the person, in a quote as often
  // as not, and who-is-who's least reliable role (review s28 B-main-5): it picks no sentence.
  const role = person?.role;
  if (!person || !role || /^\p{Lu}[\p{L}-]*$/u.test(role)) return undefined;
  return { surname: lastWord(person.name), role };
}

/**
 * The role set beside the name, as who-is-who read it: "<role> [first names] <Surname>" or "<Surname>, [a] <role>".
 * Keyed "<role>\n<surname>" (a surname is one word, so the last line break splits the key) and compiled once per pair:
 * the bot asks of one story often.
 */
const besidePatterns = boundedMemo((key) => {
  const cut = key.lastIndexOf('\n');
  const role = escapeRegExp(key.slice(0, cut));
  const surname = escapeRegExp(key.slice(cut + 1));
  return [
    new RegExp(String.raw`${role}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}${surname}\b`, 'iu'),
    new RegExp(String.raw`\b${surname},\s+(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+){0,2}${role}`, 'iu'),
  ];
}, 256);

/**
 * The ranking with the sentence giving the asked person's role first, and that sentence (`role`) when there is one:
 * it answers however thin the ranker finds it. `who` is the story's who-is-who when the caller keeps one (the bot
 * remembers it per story): without it, each question computes it again, up to a second on a long political story.
 */
export function answerPersonRole(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  who?: WhoIsWho,
): { ranked: Ranked[]; role?: Ranked } {
  const asked = askedPerson(question);
  const top = ranked[0];
  if (asked === undefined || !top) return { ranked };
  const listed = listedRole(analysis, asked.trim(), who);
  if (!listed) return { ranked };
  const beside = besidePatterns(`${listed.role}\n${listed.surname}`);
  const givesRole = (r: Ranked): boolean => beside.some((p) => p.test(analysis.sentences[r.index]!.text));
  if (givesRole(top)) return { ranked, role: top };
  const moved = firstWhere(ranked, givesRole);
  return moved !== ranked ? { ranked: moved, role: moved[0] } : { ranked };
}

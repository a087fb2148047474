import { bodyHead } from './body-head';
import { nameRunPart } from './name-run-part';
import type { NameRun } from './name-runs';
import type { Word } from './tokenize';
import { withKeys } from './with-keys';

/** An abbreviated post, alone or plural: "MK", "MKs", "MLA", "MEPs" (acronym-post.ts reads the singular as a role). */
const POST = /^(\p{Lu}{2,5})s?$/u;

const capitalised = (word: Word | undefined): boolean => !!word && /^\p{Lu}\p{Ll}/u.test(word.text);

/**
 * "MK Avi Shaked and MK Orit Levanon", "MKs Yael Ben-Haim and Orit Levanon": an abbreviated post before each name (or
 * its plural before the first) joins a list of people into one capitalised run, read as one name, so one of the pair
 * was lost (audit 54, B-a54-14). When the run opens on such a post and a full name of two words stands on each side of
 * its "and", the run is two: the first person with the post, and the second, with its own post when it repeats it.
 */
export function postListRuns(runs: NameRun[]): NameRun[] {
  return runs.flatMap((run) => {
    const post = POST.exec(run.words[0]?.text ?? '')?.[1];
    const and = run.words.findIndex((w) => w.text === 'and');
    if (!post || and < 3) return [run];
    const lead = run.words.slice(0, and);
    const rest = run.words.slice(and + 1);
    const restName = rest[0]?.text === post ? rest.slice(1) : rest;
    const named = (words: Word[]): boolean => words.length >= 2 && words.every(capitalised);
    if (!named(lead.slice(1)) || !named(restName)) return [run];
    // "NAACP Legal Defense and Educational Fund": a body's name joined by "and", no pair of people.
    if ([lead, restName].some((words) => bodyHead(words[words.length - 1]!.text))) return [run];
    // A plural post ("MKs") is no part of the first name: the name is read without it.
    const first = run.words[0]!.text === post ? lead : lead.slice(1);
    return [
      withKeys(nameRunPart(first, run.words[0]!.text === post ? run.previous : run.words[0]!.text), {
        ampersandAfter: true,
      }),
      nameRunPart(rest, 'and'),
    ];
  });
}

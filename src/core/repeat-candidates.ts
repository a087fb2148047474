import { generationalSuffix } from './generational-suffix';

/**
 * Which kept lines could be the same person as a name, found from the words every same-person check needs two names to
 * share, instead of trying every kept line: a pasted roster of thousands of names made drop-repeats compare every pair.
 * A superset: the checks themselves still decide, in the kept order, so the first line they accept is the one found by
 * trying them all. Keys, from every name a line has borne (a line takes a later name; stale keys only add candidates):
 * the last word and its parts after a hyphen ("Assad" in "al-Assad"), the last word before any initials, the name
 * without its last word ("Nancy Davis" in "Nancy Davis Reagan"), the whole name, the surname its birth name stands for,
 * and the given name of a two-word name with a generational suffix ("Donald Jr.").
 */
export interface RepeatCandidates<T> {
  add(line: T, name: string, aliasSurname: string | null): void;
  of(name: string, aliasSurname: string | null): T[];
}

const INITIAL = /^(?:[A-Z]\.)+$/;

const words = (name: string): string[] => name.split(/\s+/);

/** The last word before any initials ("Tom" in "Tom A."), as sameButInitial compares names. */
function lastNonInitial(name: string): string {
  const bare = words(name).filter((w) => !INITIAL.test(w));
  return (bare.at(-1) ?? '').toLowerCase();
}

function shortWithSuffix(name: string): boolean {
  return words(name).length === 2 && !!generationalSuffix(name);
}

export function repeatCandidates<T>(order: (line: T) => number): RepeatCandidates<T> {
  const byKey = new Map<string, Set<T>>();
  const put = (key: string, line: T) => {
    const set = byKey.get(key) ?? new Set<T>();
    byKey.set(key, set);
    set.add(line);
  };
  return {
    add(line, name, aliasSurname) {
      const w = words(name);
      const last = w.at(-1)!.toLowerCase();
      put(`t:${last}`, line);
      last.split('-').forEach((_, i, parts) => {
        if (i > 0) put(`t:${parts.slice(i).join('-')}`, line);
      });
      put(`t:${lastNonInitial(name)}`, line);
      if (aliasSurname) put(`t:${aliasSurname.toLowerCase()}`, line);
      put(`h:${w.slice(0, -1).join(' ')}`, line);
      put(`f:${w.join(' ')}`, line);
      put(`w:${w[0]}`, line);
      if (shortWithSuffix(name)) put(`g:${w[0]}`, line);
    },
    of(name, aliasSurname) {
      const w = words(name);
      const keys = [
        `t:${w.at(-1)!.toLowerCase()}`,
        `t:${lastNonInitial(name)}`,
        `h:${w.join(' ')}`,
        `f:${w.slice(0, -1).join(' ')}`,
        `g:${w[0]}`,
      ];
      if (aliasSurname) keys.push(`t:${aliasSurname.toLowerCase()}`);
      if (shortWithSuffix(name)) keys.push(`w:${w[0]}`);
      const found = new Set<T>();
      for (const key of keys) for (const line of byKey.get(key) ?? []) found.add(line);
      return [...found].sort((a, b) => order(a) - order(b));
    },
  };
}

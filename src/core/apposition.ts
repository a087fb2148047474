/*
 * "Will Estrada, the chairman for the exurb, said", "Rep. Earl Blumenauer (D-Ore.) said",
 * "Sara Walker, 44, a home-care aide, says": what stands between a name and its verb. Read so
 * that the name is still the subject of that verb (clause-position.ts) and the speaker of a
 * speech verb (speaker-constructions.ts); without it the comma hid both.
 */

/** "(D-N.Y.)", "(UNHCR)": a short parenthetical right after the name. */
const PARENTHETICAL = /^\s*\([^()"“”\n]{1,40}\)/;
/**
 * ", 44," an age before the aside, or on its own; ", R-Ky.,", ", D-New York," a party-state tag, the comma form of
 * "(R-Ky.)": capitalised, so the aside reader would take it for a list of names.
 */
const AGE = /^\s*,\s*(?:\d{1,3}|[DRI]-\p{Lu}[\p{L}.]{0,14}(?: \p{Lu}[\p{L}.]{0,14})?)(?=\s*,)/u;
/** Bounded: an aside longer than this is a clause of its own, not a description of the name. */
const ASIDE_CHARS = 140;
const ASIDE_WORDS = 16;
/** An aside opening with these joins a list or a clause ("Trump, and Cruz, said"), no description. */
const JOINS = /^(?:and|or|nor|but|&)\b/i;
/** An aside that describes the name opens so; a verb does not ("Will Estrada, the chairman, said"). */
const DESCRIPTION = /^\s+(?:the|a|an|his|her|their|its|who|whose|former)\b/;
const LOWER_WORD = /(?:^|\s)(?!(?:and|or|&)\b)[a-z][a-z'’-]*/;

/** Before a name in its comma-set part: a preposition, then only its title words ("an aide to Governor "). */
const INSIDE_PHRASE = /\b(?:of|to|for|with|at|by|from)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/** An appositive that describes someone in lower case, ending on its head noun ("a cousin of the victim"). */
const DESCRIBES = /^\s+(?:(?:a|an|the|his|her|their)\s+)?[a-z][\p{L}'’ -]*\s[a-z][\p{L}'’-]*\s*$/u;
/** A name in apposition right after an aside ("…, the victim, Anna Webb,"), its closing comma next. */
const APPOSED_NAME = /^\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?=,)/u;

/**
 * Is the name starting at `start` inside another name's apposition? Either a preposition governs it in its
 * own comma-set part ("John Doe, a friend of Mary Poe, who died, said"), or it stands in apposition to the
 * description that is the first name's appositive ("Peter Hall, a cousin of the victim, Anna Webb, who was
 * 19, said": Webb is the victim). Its own aside is then part of the other's, and the verb after is not its.
 */
function insideAnotherApposition(text: string, start: number): boolean {
  const parts = text.slice(Math.max(0, start - 120), start).split(',');
  const own = parts[parts.length - 1]!;
  if (INSIDE_PHRASE.test(own)) return true;
  if (own.trim() !== '' || parts.length < 3) return false;
  return DESCRIBES.test(parts[parts.length - 2]!) && /\p{Lu}[\p{L}.'’-]*\s*$/u.test(parts[parts.length - 3]!);
}

/** The aside between commas starting at `from` (which holds the opening comma): its closing comma, or -1. */
function asideEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 1 + ASIDE_CHARS);
  let depth = 0;
  for (let i = from + 1; i < limit; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '"' || c === '“' || c === '”' || c === ';' || c === ':' || c === '!' || c === '?') return -1;
    else if (c === ',' && depth === 0) {
      const aside = text.slice(from + 1, i).trim();
      if (aside === '' || JOINS.test(aside) || aside.split(/\s+/).length > ASIDE_WORDS) return -1;
      // A run of capitalised names ("Obama, Clinton, and Sanders") is a list, not a description.
      return LOWER_WORD.test(aside.replace(/\([^)]*\)/g, '')) ? i : -1;
    }
  }
  return -1;
}

/**
 * Where the clause of the name ending at `end` goes on: past a parenthetical and an aside set off
 * by commas (with an age before it) that the name opens; `end` itself when there is none.
 */
export function afterApposition(text: string, start: number, end: number): number {
  let at = end;
  if (insideAnotherApposition(text, start)) return end;
  const parenthetical = PARENTHETICAL.exec(text.slice(at, at + 48));
  if (parenthetical) at += parenthetical[0].length;
  const age = AGE.exec(text.slice(at, at + 40));
  if (age) at += age[0].length;
  const comma = /^\s*,(?=\s)/.exec(text.slice(at, at + 4));
  if (!comma) return age ? end : at;
  const next = at + comma[0].length;
  // "the chairman, Will Estrada, said", "Sara Walker, 44, says", "John Kasich (R-OH), said": the
  // name (or what it carries) closes with this comma, and the verb comes straight after.
  const closes = age || parenthetical || /,\s*$/.test(text.slice(Math.max(0, start - 3), start));
  if (closes && /^\s+[a-z]/.test(text.slice(next, next + 2)) && !DESCRIPTION.test(text.slice(next, next + 8)))
    return next;
  let close = asideEnd(text, next - 1);
  if (close < 0) return age ? end : at;
  // "Peter Hall, a cousin of the victim, Anna Webb, who was 19, said": the aside's own person, named after it,
  // belongs to the aside too.
  const named = APPOSED_NAME.exec(text.slice(close + 1, close + 61));
  if (named && DESCRIBES.test(text.slice(next, close))) close += 1 + named[0].length;
  // "John Doe, a friend of Mary Poe, who died in the crash, said": a relative clause on the aside's own name is
  // part of the aside; the verb after it is still the first name's.
  if (/^\s+(?:who|whose|which)\b/.test(text.slice(close + 1, close + 8))) {
    const relative = asideEnd(text, close);
    if (relative >= 0) return relative + 1;
  }
  return close + 1;
}

/**
 * The byline of a .txt/.md file: a "By <Name>[, role]" line just under the headline, as a CMS export
 * or a reporter's copy file puts it. Only an explicit "By" before name-shaped words is taken, so a
 * sentence that opens "By the end of the year, …" or "By Monday, the council had …" stays body text.
 */

/** How many non-blank lines after the headline may come before the byline (a standfirst, a dateline). */
const LINES_AFTER_HEADLINE = 3;
const MAX_LINE = 100;

const PARTICLE = /^(?:de|da|di|del|della|der|den|van|von|la|le|du|dos|bin|al|ter|y)$/;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
/** A wire agency standing alone ("By AP", "By REUTERS"): one word in capitals. */
const AGENCY = /^\p{Lu}{2,}$/u;
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|then|now|law|contrast|comparison|far|order|way|design|default)$/i;
/** A role after the comma that opens in lower case must name the job ("staff writer", "political correspondent"). */
const ROLE_NOUN =
  /^(?:reporter|correspondent|editor|writer|journalist|columnist|staff|contributor|producer|analyst|desk|bureau|chief)$/i;
const ROLE_JOIN = /^(?:of|for|in|at|on|the|and|&)$/;

/**
 * The byline near the top of `text` (headline first), or undefined when there is no clear one. The line
 * stays in the stored text: the engine drops it as copy furniture (copy-furniture.ts), so the analysed
 * text never holds it, as on the web path, and the text's hash, and so re-ingest, stay as they were.
 */
export function textByline(text: string): string | undefined {
  for (const line of topLines(text, 1 + LINES_AFTER_HEADLINE).slice(1)) {
    const byline = bylineOf(line);
    if (byline !== undefined) return byline;
  }
  return undefined;
}

/**
 * The first `count` non-blank lines, read from the top only: every brief's header asks for the byline of
 * stories stored before bylines were read, and splitting a whole long story for four lines is waste.
 */
function topLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (let at = 0; at < text.length && lines.length < count; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line.trim() !== '') lines.push(line);
    at = end < 0 ? text.length : end + 1;
  }
  return lines;
}

/** "By Nadia Okafor, Local Democracy Reporter" -> "Nadia Okafor, Local Democracy Reporter"; undefined when not a byline. */
function bylineOf(line: string): string | undefined {
  const bare = line
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (bare.length > MAX_LINE) return undefined;
  const match = /^by:? (.+)$/i.exec(bare);
  if (!match || !/^B[Yy]/.test(bare)) return undefined;
  const rest = match[1]!.replace(/\.$/, '').trim();
  const comma = rest.indexOf(',');
  const names = comma < 0 ? rest : rest.slice(0, comma);
  const role = comma < 0 ? '' : rest.slice(comma + 1).trim();
  if (!names.split(/ (?:and|&) /).every(isName)) return undefined;
  if (comma >= 0 && !isRole(role)) return undefined;
  return rest;
}

function isName(name: string): boolean {
  const words = name.trim().split(' ');
  if (words.length === 1) return AGENCY.test(words[0]!);
  if (words.length > 5 || CALENDAR.test(words[0]!)) return false;
  const last = words.at(-1)!;
  return NAME_WORD.test(words[0]!) && NAME_WORD.test(last) && words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w));
}

/** What follows the name: a job or desk ("Health Correspondent", "staff writer", "Editor of The Times"), never a clause. */
function isRole(role: string): boolean {
  const words = role.split(/,? /);
  if (role === '' || /[!?;:"“”]/.test(role)) return false;
  // "Editor of The Times", "Correspondent in Washington": capitalised words joined by a few small ones.
  if (/^\p{Lu}/u.test(role))
    return (
      words.length <= 8 && NAME_WORD.test(words.at(-1)!) && words.every((w) => NAME_WORD.test(w) || ROLE_JOIN.test(w))
    );
  // "staff writer", "the paper's health editor": short, ending on the job.
  return words.length <= 4 && ROLE_NOUN.test(words.at(-1)!);
}

import { escapeRegExp } from './escape-reg-exp';
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { WORD_EDGE } from './latin-letters';
import { literalMatches, literalPattern } from './literal-matches';
import { THING_HEADS } from './non-person-kind';
import { ORG_HEADS } from './org-heads';
import { ROLE_HEADS } from './role-heads';
import { TITLE_WORDS } from './split-title';

/**
 * A first name and a surname, the partner's: "Tim Kaine", "Jim A. Harter", "Ann Smith-Jones", and one spelt with
 * letters beyond ASCII ("Ömer Çelik", "Łukasz Wiśniewski"), read whole (`u` patterns; `[A-Z][a-z]+` cut them).
 */
const NAME = '(\\p{Lu}\\p{Ll}+) ((?:\\p{Lu}\\.\\s?)*\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)';
/** A letter, a digit or a name's joiner: what a name's word may not touch. */
const NAME_CHAR = "[\\p{L}\\p{N}_'’.-]";

/**
 * "Frank Newport and Jim Harter: 'We found…'", "campaign for Hillary Clinton and Tim Kaine": the name finder
 * keeps one side of two full names joined by "and"; the other, a known first name and a capitalised word, is a
 * person too. Returns those partners of the listed names that are not listed themselves.
 */
export function coordinatedPartners(listed: readonly string[], text: string): string[] {
  const found = new Set<string>();
  // Every pattern needs " and " right after the person's last word or right before the first: the words beside
  // each " and ", read once, spare a scan of the whole text per listed name (quadratic on a pasted list of names).
  const before = new Set<string>();
  const after = new Set<string>();
  for (const m of text.matchAll(/(?<=(\S*)) and (?=(\S*))/g)) {
    before.add(m[1]!);
    after.add(m[2]!);
  }
  const isListed = listedAs(listed);
  for (const person of listed) {
    if (!person.includes(' ')) continue;
    const words = person.split(' ');
    if (!before.has(words[words.length - 1]!) && !after.has(words[0]!)) continue;
    const matches = [
      // Read back from each of the name's occurrences (a pattern run over the whole copy per name was quadratic).
      literalMatches(text, person, PARTNER_BEFORE),
      literalMatches(text, person, PARTNER_AFTER),
    ];
    for (const [side, runs] of matches.entries())
      for (const m of runs) {
        const [first, last] = [m[1]!, m[2]!];
        const known = knownFirstName(first);
        // "sprinters Costas Kenteris and Katerina Thanou … Kenteris said": a first name in no list is one when the
        // copy writes the surname alone elsewhere, as it writes a person's.
        if (
          !(
            known ||
            (!TITLE_WORDS.test(first) && !ROLE_HEADS.has(first.toLowerCase()) && aloneElsewhere(first, last, text))
          )
        )
          continue;
        // Only the partner after "and" ends the match, so only its next word is read.
        if (institution(last, side === 1 ? text.slice(m.index + m[0].length) : '')) continue;
        const partner = `${first} ${last}`;
        if (!isListed(partner, last)) found.add(partner);
      }
    // "Shinzo Abe and South Korea President Park Geun Hye", "Speaker Paul Ryan and RNC Chairman Reince Priebus": an
    // office right before the other name says it is one, whatever its first word.
    for (const m of literalMatches(text, person, TITLED_PARTNER_AFTER)) {
      const partner = m[2]!;
      const last = partner.split(/\s+/).pop()!;
      if (!isListed(partner, last)) found.add(partner);
    }
  }
  return [...found];
}

/**
 * Whether a listed name is the partner or ends in its surname (`listed.some((l) => l === partner ||
 * l.endsWith(` ${last}`))`), from two sets built once: a test of every listed name per match was quadratic on a
 * pasted roster ("Govs. Tom A and Tom B and …", thousands of names each matched twice). A name ends in " last" exactly
 * when one of the tails after its spaces is `last`.
 */
function listedAs(listed: readonly string[]): (partner: string, last: string) => boolean {
  const names = new Set(listed);
  const tails = new Set<string>();
  for (const l of listed) for (let i = l.indexOf(' '); i >= 0; i = l.indexOf(' ', i + 1)) tails.add(l.slice(i + 1));
  return (partner, last) => names.has(partner) || tails.has(last);
}

/** " Tim Kaine and " before a listed name, not run on from a capitalised word before it ("Floridians Jeb Bush and …"
 * is read elsewhere). */
const PARTNER_BEFORE = literalPattern(`(?<!\\p{Lu}${NAME_CHAR}*\\s|${NAME_CHAR})${NAME} and `, WORD_EDGE, 'u');
/** What follows a listed name, compiled once (every listed name beside an "and" is read): " and Tim Kaine". */
const PARTNER_AFTER = literalPattern(WORD_EDGE, ` and ${NAME}(?![\\p{L}\\p{N}_'’-]*\\s+\\p{Lu})`, 'u');
/**
 * An honorific stands for an office here ("Dame Edna Price and Lord Tom Hale", "Smt. Lata Joshi and Shri Vinod Rao"):
 * the name after it is a person whatever the lists hold of its first word.
 */
const HONORIFIC = [...HONORIFICS.keys()].map(escapeRegExp).join('|');
const TITLED_PARTNER_AFTER = literalPattern(
  WORD_EDGE,
  ` and (?:\\p{Lu}[\\p{L}\\p{N}_.]*\\s+){0,3}?(${TITLE_WORDS.source.slice(1, -1)}|${HONORIFIC})\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})(?![\\p{L}\\p{N}_'’-]*\\s+\\p{Lu})`,
  'u',
);

/**
 * "Paul Reed and Austin Energy had no comment", "Paul Reed and Virginia Tech researchers": a first name opens
 * the names of places and firms too. A last word that heads an organisation's name, or a role noun right after
 * the run (the run modifies it, as "Virginia Tech researchers"), says the partner is an institution.
 */
function institution(last: string, after: string): boolean {
  if (ORG_HEADS.has(last) || THING_HEADS.has(last)) return true;
  const next = /^\s+([a-z]+)/.exec(after)?.[1];
  return next !== undefined && (ROLE_HEADS.has(next) || ROLE_HEADS.has(next.replace(/s$/, '')));
}

/** "Kenteris said": the surname written alone, not after the first name nor run on into another capitalised word. */
function aloneElsewhere(first: string, last: string, text: string): boolean {
  const [at, given] = [escapeRegExp(last), escapeRegExp(first)];
  return new RegExp(`(?<!${given} )(?<!${NAME_CHAR})${at}(?![\\p{L}\\p{N}_'’-]|\\s+\\p{Lu})`, 'u').test(text);
}

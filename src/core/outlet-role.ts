import { ABBREVIATIONS } from './full-stop-words';
import { handFirstName } from './hand-first-name';
import { literalMatches, literalPattern } from './literal-matches';
import { orgLike } from './org-like';
import { STOPWORDS } from './stopwords';

/**
 * "CNN’s Jake Tapper", "The Washington Post’s Bob Woodward": up to four capitalised words with a possessive written
 * right before the full name. The lookbehind captures the run; the name must end where a word ends.
 */
const POSSESSED = literalPattern(
  "(?:^|[\\s(“\"])((?:[A-Z][\\w.&-]*\\s+){0,3}[A-Z][\\w.&-]*)(?:['’]s|(?<=s)['’])\\s+",
  "(?![\\w'’-])",
);

/**
 * The run's owner: it never crosses a sentence end ("…for the GOP. As The Post’s Ruth Marcus": a word's stop that is
 * no abbreviation, initialism or initial, as the splitter reads "U.S.", "Inc.", "J.") and never opens on a function
 * word written with a capital because it opens a sentence ("As The Post’s …", "In The Post’s …"), nor on "The".
 */
function ownerOf(run: string): string {
  const words = run.split(/\s+/);
  let from = 0;
  for (let i = words.length - 2; i >= 0 && from === 0; i--) {
    const stem = words[i]!.endsWith('.') ? words[i]!.slice(0, -1) : '';
    if (stem.length > 1 && !stem.includes('.') && !ABBREVIATIONS.has(stem)) from = i + 1;
  }
  while (from < words.length - 1 && STOPWORDS.has(words[from]!.toLowerCase()) && !ABBREVIATIONS.has(words[from]!))
    from++;
  return words.slice(from).join(' ');
}

/**
 * The organisation a person is introduced by when the copy writes its possessive before the full name ("CNN’s Jake
 * Tapper" → "CNN"): whose staff they are is who they are. Only an organisation — a name the copy's entities type as
 * one, or one shaped like one ("CNN", "Fox News") — gives a role: a person's possessive ("Trump’s Steve Bannon")
 * says whose ally someone is, not what they do, and a place's ("Iowa’s Chuck Grassley") says whom they represent.
 */
export function outletRole(name: string, text: string, organizations: ReadonlySet<string>): string | null {
  const words = name.split(/\s+/);
  // "CNBC's Squawk Box", "the National Football League's Charlotte Panthers": a show or a team is possessed too; a
  // person is named by a known given name, and a team's "-ers" ("Panthers", "Rangers") is taken for no surname: a
  // "Sanders" or a "Rogers" so introduced loses this role only ("Davis", "Collins", "Hollis" keep it).
  const given = words[0]!;
  if (words.length < 2 || !handFirstName(given) || /ers$/.test(words.at(-1)!)) return null;
  for (const m of literalMatches(text, name, POSSESSED)) {
    const owner = ownerOf(m[1]!);
    if (organizations.has(owner) || orgLike(owner)) return owner;
  }
  return null;
}

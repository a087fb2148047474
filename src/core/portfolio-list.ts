import { englishWord } from './english-word';
import { isListedFirstName } from './listed-first-name';
import { nameParticle } from './name-particle';
import { isRoleHead } from './role-heads';
import { wordnetWord } from './wordnet-word';

/** A capitalised word of a portfolio or a name, in any script ("Tánaiste", "Ó"). */
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/**
 * A post and what it is for or of, up to the comma before an apposed name: "Minister for Transport, Tourism and Sport, ",
 * "the Secretary of State for Science, Innovation and Technology, ", "Minister for Public Expenditure, ". The portfolio
 * may be a list of capitalised words joined by commas and "and" (Irish and British ministries are named so).
 */
const PORTFOLIO = new RegExp(
  `(?:^|\\s)((?:${CAP}\\s+)*(\\p{L}+)\\s+(?:for|of)\\s+(?:the\\s+)?${CAP}(?:(?:,\\s+|\\s+(?:and|for|of)\\s+|\\s+)(?:the\\s+)?${CAP})*),\\s*$`,
  'u',
);

/** ", Niamh Ó Briain,", ", Éamon de Búrca,": a name of two to five words set off by commas, particles allowed. */
const APPOSED_NAME = new RegExp(`^,\\s+${CAP}((?:\\s+\\S+){1,4}?),`, 'u');

/**
 * The post a portfolio names, read back from the comma before an apposed name ("The Minister for Transport, Tourism and
 * Sport, Niamh Ó Briain," -> "Minister for Transport, Tourism and Sport"): null when the text before the comma is no
 * post (its head, the word before "for"/"of", no role noun).
 */
export function portfolioTitle(before: string): string | null {
  const m = PORTFOLIO.exec(before);
  return m && isRoleHead(m[2]!) ? m[1]! : null;
}

/**
 * Whether a lone capitalised word is the last word of a portfolio, not a person: "Sport" of "The Minister for
 * Transport, Tourism and Sport, Niamh Ó Briain, told …" or "Expenditure" of "the Minister for Public Expenditure, Éamon
 * de Búrca," (audit 57, B-a57-2). Read as a name, the post's holder lost the quote to the portfolio's tail. It is one
 * where a post's "for"/"of" list runs up to the word (`before`: the sentence up to it), a name set off by commas follows
 * it (`after`), and the word is an English one ("Heritage", "Technology"): WordNet relates it to others, or the lemma
 * list holds it and the first-name lists do not (a surname such as "Kerry" or "Rice" of "Secretary of State Kerry,
 * Susan Rice, …" is no portfolio).
 */
export function portfolioItem(name: string, before: string, after: string): boolean {
  if (name.includes(' ')) return false;
  if (!wordnetWord(name) && (!englishWord(name.toLowerCase()) || isListedFirstName(name))) return false;
  const apposed = APPOSED_NAME.exec(after);
  if (
    !apposed ||
    !apposed[1]!
      .trim()
      .split(/\s+/)
      .every((w) => /^\p{Lu}/u.test(w) || nameParticle(w))
  )
    return false;
  return portfolioTitle(`${before}${name}, `) !== null;
}

import { frontedSubjectAfter } from './fronted-phrase';
import { HONORIFICS } from './honorifics';
import { type LiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { NAME_BRACKET } from './name-bracket';
import { withinQuote } from './within-quote';

/**
 * "Name, the role": the apposition beside a name, read whole for the who-is-who's role (role-of.ts), past an
 * honorific's or an initial's stop and to the close of a title it opened.
 */

/** Abbreviated honorifics whose stop does not end a role: "spokesman for Mrs. Clinton". */
export const HONORIFIC_ABBREV = 'Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Col|Maj|Brig';

// One initial per repetition: nesting "(?:[A-Z]\.){1,4}" inside the repeated group backtracked exponentially
// on a run of initials ("A.A.A.…") with no closing stop.
// "Scott Goodstein, its chief executive officer": an organisation's officer; "editor of Mic.com": a web address's
// stop is no sentence end; "chairman of America Rising (a Republican PAC)", "… for Refugees (UNHCR)": a bracketed
// aside or acronym ends the role ("advisor to Vice President (then-Senator) Joseph R. Biden" is not cut at its bracket).
// "host of MSNBC’s “Morning Joe,”": an opening curly quote inside the role is a title's, read to its close (closedTitle).
// What follows "Name,": read from the name's occurrences (literalMatches), not by a scan of the copy per name.
// "Kevin Goh, 52, a taxi driver,": an age between commas before an article-led apposition is passed over (audit 52,
// B-a52-9); a bare age before the verb ("Goh, 52, said") still sets no role. A nickname or party tag in brackets
// after the name is passed over too ("Ncube (Tapi), a Labour member"; name-bracket.ts).
const APPOSITION = `(?:\\s${NAME_BRACKET})?,\\s+(?:\\d{1,3},\\s+(?=(?:the|a|an)\\s))?(the\\s+|a\\s+|an\\s+|(?:his|her|their|its)\\s+(?=[a-z]))?((?:[A-Z]\\.|\\b(?:${HONORIFIC_ABBREV})\\.(?=\\s)|\\.(?=(?:com|org|net)\\b)|[^,.;:"”()]){3,120}?)(?=,|\\.(?:\\s|$)|;|:|\\s+\\((?:an?\\s|the\\s|[A-Z]{2,}\\))|\\s+(?:said|says|told|added|warned|who|whom|whose)\\b|$)`;
/** Compiled once: every name asks for its apposition. */
const APPOSED = literalPattern('', APPOSITION);

// Built once: a RegExp made from a string inside the function was made again for every role read.
const VERB_AFTER_TITLED = new RegExp(`^(.*?\\b(?:${HONORIFIC_ABBREV}))\\.\\s.*\\s(?:is|was|are|were|has|had|have)\\s`);
const STOP_AT_END = new RegExp(`\\b(?:${HONORIFIC_ABBREV}|St|[A-Z])$`);
const TITLED_TAIL = new RegExp(
  `\\s+(?:to|of|for|with|and|by|under)\\s+(?:\\S+\\s+){0,2}?(?:${HONORIFIC_ABBREV}|[A-Z])$`,
);
/**
 * "a former chairman of Mr" for "…of Mr. Obama's Council of Economic Advisers", "former Rep" for "former
 * Rep. Helen Bentley": an apposition that stopped at an honorific's or an initial's stop runs on to the
 * next end of the phrase (a relative clause is no part of it), so the role is read whole.
 */
function wholePastStop(role: string, rest: string): string {
  // "a former aide to Sen. Ted Cruz was one of the first…" (no comma after the name): a verb after the titled name.
  const clause = VERB_AFTER_TITLED.exec(role);
  if (clause) return wholePastStop(clause[1]!, '');
  // "pastor at St" for "…at St. Ann's Episcopal Church": a saint's abbreviation opens a place's name.
  if (!STOP_AT_END.test(role)) return closedTitle(role, rest);
  const more =
    /^\.\s+[^,.;:"“”()]{1,80}?(?=,|\.(?:\s|$)|;|:|\s+(?:said|says|told|added|warned|who|whom|which|whose)\b|$)/.exec(
      rest,
    );
  // "…to President Bill Clinton whom Mr. Obama recruited…": a relative clause the stop fell inside ends the role.
  // "a former aide to Sen. Ted Cruz was one of the first…" (no comma after the name): a verb ends the phrase.
  if (more && !/\s(?:is|was|are|were|has|had|have)\s/.test(more[0]))
    return `${role}${more[0]}`.replace(/\s+(?:who|whom|which|whose)\s.*$/, '');
  // Not found whole: "adviser to Mr" says less but nothing cut ("adviser").
  return role.replace(TITLED_TAIL, '');
}

/**
 * "author of ''Destiny and Power" (from "the author of ''Destiny and Power,'' a biography"), "co-author of ''Those
 * Guys Have All the Fun" (cut at the title's colon): a title the apposition opened is read to its closing quote.
 */
export function closedTitle(role: string, rest: string): string {
  const open =
    (role.match(/''/g) ?? []).length % 2 === 1 || (role.match(/“/g) ?? []).length > (role.match(/”/g) ?? []).length;
  if (!open) return role;
  const close = /^([^"“”]{0,80}?)[,.]?(''|”)/.exec(rest);
  return close ? `${role}${close[1]!.replace(/[,.]$/, '')}${close[2]}` : role;
}

/** The apposition after `name`'s first "Name," in the copy: its article, if any, and the role read whole. */
export function roleApposition(
  name: string,
  text: string,
  alone = false,
): { article: string | undefined; role: string } | null {
  // "a hater of Donald Trump, a hater," inside quote marks is the speaker's word for him, not the copy's role.
  let found: LiteralMatch | undefined;
  for (const m of literalMatches(text, name, APPOSED))
    if (
      !withinQuote(text, m.index) &&
      !(alone && afterName(text, m.index)) &&
      // "In a letter to Mr Hale, the chairman said": the description is the sentence's subject, no apposition.
      !frontedSubjectAfter(text, m.index, m.index + m[0].length)
    ) {
      found = m;
      break;
    }
  if (!found) return null;
  // "Cruz, Trump and Carson, the candidates most often described as…": a plural apposition is a list's, not his.
  // ("securities analyst": a plural that modifies the head is no plural head).
  if (alone && /^[a-z]+[^su\s]s(?:\s+(?:most|who|of|in|at|for|from|with|to|that|and)\b|$)/.test(found[2]!)) return null;
  return { article: found[1], role: wholePastStop(found[2]!, text.slice(found.index + found[0].length)) };
}

/** Whether a capitalised word other than an honorific stands right before `at` ("Howard" of "Howard Dean"). */
function afterName(text: string, at: number): boolean {
  const word = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  return !!word && !HONORIFICS.has(word);
}

/**
 * "Marco Velez, after pushing out a new video, revamped …": a clause after the name's comma that opens on a
 * preposition or a conjunction tells when or how, not who; it sets no apposition beside the name.
 */
const ADVERBIAL =
  /^(?:after|before|while|when|whenever|since|until|despite|during|like|unlike|as|if|though|although|because|once|in|on|at|with|without|for|from|by|according|speaking|asked|meanwhile|however|too|also|then|now|not|only|instead)\b/;

/** The copy sets an apposition after the name ("Name, the role"), not an adverbial clause ("Name, after …,"). */
export function hasApposition(name: string, text: string): boolean {
  const found = roleApposition(name, text);
  return !!found && (found.article !== undefined || !ADVERBIAL.test(found.role));
}

import { accordingApposition } from './according-apposition';
import { bodyHead } from './body-head';
import { foreignTitleOf } from './foreign-title-of';
import { HONORIFICS } from './honorifics';
import { literalMatches, literalPattern } from './literal-matches';
import { longBodyComplement } from './long-body-complement';
import { personNoun } from './person-noun';
import { possessiveOwner } from './possessive-owner';
import { NOT_MODIFIER } from './role-modifiers';
import { TITLE_WORDS } from './split-title';
import { withoutDescribedPrefix } from './without-described-prefix';

/**
 * "Its secretary, Grace Obi, said" / "according to the trust's chief executive, Owen Price." — a
 * role set off by a comma before the name, as British copy often writes it. Only where the role
 * phrase opens a sentence or follows "according to" or a speech verb, and starts with a determiner or a named
 * owner's possessive ("A Brightwater spokesman, Daniel Cho,", "Unison's regional secretary, Karen Doyle,"):
 * "Like her predecessor, Jane Doe …" and "In a letter to his boss, Smith …" name someone else's role.
 * The post may say of or for what: "The mayor of Northtown, Jane Doe,", "The chief inspector of schools, David Bell,",
 * "The deputy mayor for public safety, Ray Okafor," — a capitalised body or place, or up to two lower-case words
 * (no determiner: "A spokesman for the attorney, X," leaves unsaid which of the two X is), after the head — and
 * a second such complement after the first ("The director of public health for Leeds, Dr. Jo Roe,": what the post
 * is, then where). A capitalised body may hold "and" ("The member for Porthmell and the Isles, Jory Tregenza,"),
 * and a lower-case complement "and" one more word ("head of trust and safety").
 * A label's or a dateline's ": " ("16:40 Update: The environment minister, Delia Crane,", "Harlsby: The …") opens
 * the phrase as a sentence's stop does, and so does a clause's ", and the" (not ", and her daughter, Chelsea
 * Clinton,": a relation, whose owner is read less surely there). The head may be capitalised ("The province's
 * Education Minister, Raymond Lafrenière,", "the Speaker, Gwyneth Rowe,"), read as its lower case is.
 */
/** A letter of any script inside a character class: "Républicains", "Lycée" are words too. */
const L = '\\p{L}\\p{M}\\d_';
/** A capitalised word inside a role phrase. */
const CAP = `\\p{Lu}[${L}'’.-]*`;
/**
 * A named owner's possessive: "Unison's", or a body whose name holds commas and "and", after "The" ("The Rail, Tram
 * and Bus Union's NSW secretary, Craig Mulholland,"), or a name of up to four words with none ("Westvale Rail's
 * managing director, Colin Barraclough,"; audit 59, B-a59-20).
 */
const OWNER = `(?:The\\s+(?:\\p{Lu}[${L}&.-]*,?\\s+(?:and\\s+)?){1,5}|(?!(?:But|And|Yet|So|Or|As|When|While|After|Before|Then|Now|Also|Meanwhile|However)\\s)(?:\\p{Lu}[${L}&.-]*\\s+){1,3})?\\p{Lu}[${L}.&-]*['’]s`;
/**
 * What the post is of, for, on or in, once or twice: a capitalised body or place, up to two lower-case words ("on
 * works"), a body written "the Socialist group" ("The leader of the Socialist group in the Assembly, X,"), or an
 * owner's body "the council's harbour committee", or a body's lower-case name up to four words (long-body-complement.ts)
 * (audit 62, B-a62-3). One lower-case word may stand between "the" and a capitalised body ("of the municipal People's
 * Committee"; session 62, who67).
 */
const COMPLEMENTS = `(?:\\s+(?:of|for|on|in)\\s+(?:(?:the\\s+(?:[a-z][${L}-]*\\s+(?=\\p{Lu}))?)?(?:\\p{Lu}[${L}'’&.-]*\\s+(?:and\\s+(?:the\\s+)?)?){0,4}${CAP}|the\\s+(?:${CAP}\\s+){1,2}[a-z][${L}-]*|the\\s+[a-z][${L}-]*['’]s(?:\\s+[a-z][${L}-]*){1,2}|the\\s+(?:[a-z][${L}-]*\\s+){2,3}[a-z][${L}-]*|(?:the\\s+)?(?:(?!(?:the|an?|his|her|its|their)\\s)[a-z][${L}-]*\\s+)?[a-z][${L}-]*(?:\\s+and\\s+(?!the\\s)[a-z][${L}-]*)?)){1,2}`;
/**
 * "At the Lycée Jean-Moulin in Béziers, a history teacher, Mr Patrick Lenoir, said": a sentence's opening phrase of
 * place or time sets the scene for the clause after its comma, as a participial opener does.
 */
const PLACE_OPENER = '(?:At|In|On|Inside|Outside|From)\\s';
// "Also speaking, the chairman of the council, Yusuf Bello, said": an opening participial phrase is the subject's
// own (it says how the sentence's subject acts), so the role phrase after its comma opens the clause as at a stop.
// A sentence ends before the role after a closing quotation mark of either style: British copy closes its quotes with
// a plain "'" ("… at best.' The company's chief executive, Gareth Lowther, says").
const roleThenComma = (opener: string) =>
  new RegExp(
    `(${opener}(?:[.!?]["'”’]?\\s+|\\n\\s*)(?:(?:Also|[A-Z][a-z]+ly)\\s+[a-z]+ing|[A-Z][a-z]+ing|${PLACE_OPENER})\\b[^,.;:"“”]{0,80},\\s+|[.!?]["'”’]?\\s+|\\n\\s*|:\\s+|,\\s+and\\s+(?=the\\s)|\\b(?:[Aa]ccording to|said|says|told|added|wrote|[Bb]ut|[Ww]hile|[Ww]hereas)\\s+|\\bto\\s+(?=the\\s|${OWNER}\\s))([Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|${OWNER})\\s+((?:${CAP}\\s+|\\(\\p{Lu}{2,6}\\)\\s+|[a-z][${L}'’-]*\\s+){0,4}?[A-Za-z][${L}-]*)(${COMPLEMENTS})?,\\s+$`,
    'u',
  );
const ROLE_THEN_COMMA = roleThenComma('');
/**
 * "Work stopped, the People's Committee chairman, Nguyen Van An, said.": the copy inverts its attribution after a
 * clause, so a comma opens the role phrase where the name after it closes the sentence with its speech verb alone.
 */
const INVERTED_ROLE = roleThenComma(',\\s+(?=[Tt]he\\s)|');
const INVERTED_AFTER = /^,\s+(?:said|says|added|warned|explained)(?:[.,;]|\s+(?:on|in|at|yesterday|today|last)\b)/;
/**
 * "Solicitor for the accused, Padraig Lennon, said": a post opening the sentence with no determiner, capitalised, and
 * a complement. A singular role noun with no article is no subject of its own: it can only label the name apposed to
 * it, so here the complement may name a person ("the accused") and the name is still the post's holder. A
 * sentence's "But" opens it as well ("But Custos of Clarendon, Mrs X, has argued").
 */
const LABEL_THEN_COMMA = new RegExp(
  `((?:[.!?]["'”’]?\\s+|\\n\\s*)(?:But\\s+)?|:\\s+)()((?!(?:The|But|An?|Another|Its|His|Her|Their|Our|My|This|That|One|Some|Each|Every|Such)\\s)[A-Z][a-z-]+(?:\\s+[A-Za-z][a-z-]+){0,2})(${COMPLEMENTS}),\\s+$`,
  'u',
);
/** A common noun's possessive, then "then", opening a role's words ("trust's then chief executive"). */
const OWNED_THEN = /^\p{Ll}[\p{Ll}-]*['’]s\s+then\s/u;
/**
 * What follows the name in that construction: the clause goes on, or the sentence ends; a post-nominal in capitals may
 * stand before the comma ("The Senedd Member for Gwynedd, Iwan Jones MS,"; audit 61, B-a61-3), or a party's name
 * ("The chair of the harbour committee, Lars Nyberg of the Centre Party,"; audit 62, B-a62-3).
 */
const AFTER_NAME =
  /^(?:\s\p{Lu}{2,4}(?=,)|\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=,))?(?:,|\.(?:\s|$)|\s+(?:said|says|told|added|warned)\b)/u;

/**
 * "…, Sir " / "…, Dr " / "…, Engr. " / "…, Alhaji " / "…, Chief (Mrs) " right before the name: the honorifics the name
 * carries (honorifics.ts, the title words of split-title.ts, a bracketed one inside the run), read off before the role
 * is — a run of up to three, as West African copy stacks them.
 */
function withoutHonorifics(window: string): string {
  const run = /,\s+((?:\(?[\p{L}.]+\)?\s+){1,3})$/u.exec(window);
  if (!run) return window;
  const words = run[1]!.trim().split(/\s+/);
  const titled = words.every((w) => {
    const bare = w.replace(/^\((.*)\)$/, '$1');
    return HONORIFICS.has(bare) || HONORIFICS.has(`${bare}.`) || TITLE_WORDS.test(bare);
  });
  return titled ? window.slice(0, run.index + run[0].length - run[1]!.length) : window;
}

/** The name written whole, compiled once. */
const MENTION = literalPattern("(?<![\\w'’])", "(?![\\w'’])");

/**
 * A complement ends on "the" and a lower-case WordNet person noun ("for the attorney", "of the accused"), the whole
 * complement or its first ("for the county prosecutor in Easton").
 */
function servesPerson(complement: string): boolean {
  const served = complement.matchAll(/\bthe\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)(?=$|\s+(?:of|for|on|in)\s)/g);
  return [...served].some((m) => personNoun(m[1]!));
}

export function roleBeforeComma(name: string, text: string, isRoleHead: (word: string) => boolean): string | null {
  for (const m of literalMatches(text, name, MENTION)) {
    if (!AFTER_NAME.test(text.slice(m.index + name.length, m.index + name.length + 60))) continue;
    // A window cut mid-sentence must not look like a sentence start: only the text's own start is one.
    const from = Math.max(0, m.index - 160);
    // "said its chairman, Sir Anthony Greener": an honorific between the comma and the name is part of neither.
    const whole = (from === 0 ? '\n' : '') + text.slice(from, m.index);
    // A role phrase never spans a line break: the line the name is on opens there (a crosshead before it, "The
    // Majority's response", would otherwise open the phrase, and the leftmost match would read it as the role).
    const raw = whole.slice(Math.max(0, whole.lastIndexOf('\n')));
    const window = withoutHonorifics(withoutDescribedPrefix(raw));
    const labelled = LABEL_THEN_COMMA.exec(window);
    const label = labelled && isRoleHead(labelled[3]!.split(/\s+/).pop()!) ? labelled : null;
    const inverted = INVERTED_AFTER.test(text.slice(m.index + name.length, m.index + name.length + 40));
    const found = label ?? ROLE_THEN_COMMA.exec(window) ?? (inverted ? INVERTED_ROLE.exec(window) : null);
    const head = found?.[3];
    if (!found || !head) continue;
    const role = head + (found[4] ?? '');
    // "According to the coroner, Ann Roe, 54, had drowned": after a sentence's "According to" the name is the source's
    // only where the claim starts after its comma (according-apposition.ts); else it is the claim's own subject.
    if (/^According to\s/.test(found[1]!) && !accordingApposition(role, text.slice(m.index))) continue;
    // "A spokesman for the attorney, X,": after an article, a lower-case person the post serves may be the one X names,
    // so which of the two X is stays unsaid; "A spokesperson for the council, X," serves no person.
    if (!label && servesPerson(found[4] ?? '')) continue;
    if (!longBodyComplement(found[4] ?? '')) continue; // "of the regional public transport committee" names a body

    const words = head.split(/\s+/);
    // "The chairman thanked the director, Owen Price": a verb or a function word inside means the
    // phrase is a clause about someone else, not this person's post.
    // "Brightloop's then head of trust and safety, X,": "then" dates a post the copy names as an owner's or a body's
    // ("then-" in post-head.ts); after "her"/"his" it may date a relation ("her then boyfriend"), and is read as before.
    // "The trust's then chief executive, X,": after "the", a lower-case owner's possessive may come before the "then".
    const then = words[0] === 'then' ? 0 : /^[Tt]he$/.test(found[2]!) && OWNED_THEN.test(head) ? 1 : -1;
    const dated = then >= 0 && words.length > then + 1 && !/^(?:[Hh]is|[Hh]er|[Tt]heir)$/.test(found[2]!);
    const inner = words.slice(0, -1).filter((_, i) => !dated || i !== then);
    const clause = inner.some((w) => NOT_MODIFIER.test(w.replace(/['’]s$/, '')) || /^[a-z]+(?:ed|ly)$/.test(w));
    // "The KwaZulu-Natal MEC for Cooperative Governance, X,": an all-capitals head with "for" and a capitalised portfolio
    // abbreviates a post (MEC, MMC), as "Commissioner for" spells one; a body's acronym takes no "for <Portfolio>".
    const acronymPost = /^\p{Lu}{2,5}$/u.test(words[words.length - 1]!) && /^\s+for\s+[A-Z]/.test(found[4] ?? '');
    const foreign = foreignTitleOf(found[2]!, head, found[4] ?? '');
    // "The Bank of Lomai Governor, Ana Tui,": the complement is the body's name and its last word the post.
    const bodyPost = bodyHead(words[words.length - 1]!) && isRoleHead((found[4] ?? '').split(/\s+/).pop()!);
    if ((!isRoleHead(words[words.length - 1]!) && !acronymPost && !foreign && !bodyPost) || clause) continue;
    // "Its secretary, Grace Obi": whose secretary, when the copy before names one body (or person) it can be.
    const at = from + found.index + found[1]!.length - (from === 0 ? 1 : 0);
    // "A Brightwater spokesman, Daniel Cho": the role itself; "Unison's regional secretary, Karen Doyle": the
    // owner the copy names is part of it.
    if (label || /^(?:[Tt]he|[Aa]n?)$/.test(found[2]!)) return role;
    if (/^\p{Lu}.*['’]s$/u.test(found[2]!)) return `${found[2]} ${role}`;
    return possessiveOwner(found[2]!, role, name, text, at);
  }
  return null;
}

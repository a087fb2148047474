import { acronymPost } from './acronym-post';
import { addressBeforeName, withoutAddress } from './address-before-name';
import { addressOfOne } from './address-of-one';
import { addressedApposition } from './addressed-apposition';
import { agentNoun } from './agent-noun';
import { andJoinedOffice, type JoinedTitles } from './and-joined-office';
import { appositionRole } from './apposition-role';
import { bodyHead } from './body-head';
import { bodyOfAt } from './body-of-at';
import { cleanRole } from './clean-role';
import { compoundRankInCopy } from './compound-rank';
import { coordinatedRole } from './coordinated-role';
import { escapeRegExp } from './escape-reg-exp';
import { HONORIFICS } from './honorifics';
import { lacksDepartment } from './lacks-department';
import { WORD_EDGE } from './latin-letters';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { loneRelation } from './lone-relation';
import { maskedCopy } from './masked-copy';
import { surname } from './mentions-entity';
import { NAME_BRACKET } from './name-bracket';
import { headPastClause, notARole } from './not-a-role';
import { officeOverParty } from './office-over-party';
import { openingPostApposed } from './opening-post-apposed';
import { partyLabelRole } from './party-label-role';
import { personNoun as wordnetPersonNoun } from './person-noun';
import { postBeforeWrittenAddress } from './post-before-address';
import { postHead } from './post-head';
import { rankAfterRole } from './rank-after-role';
import { closedTitle, HONORIFIC_ABBREV } from './role-apposition';
import { roleBeforeComma } from './role-before-comma';
import { roleCutAtAnd } from './role-cut-at-and';
import { isRoleHead } from './role-heads';
import { withoutAs } from './role-lead-in';
import { roleModifiers, verbMarker } from './role-modifiers';
import { isRolePhrase } from './role-phrase';
import { sexAgeRole } from './sex-age-role';
import { splitTitle, TITLE_WORDS } from './split-title';
import { townStateRole } from './town-state-role';
import { wordsBefore } from './words-before';

/**
 * The role the copy gives one person, for the who-is-who (who-is-who.ts): an apposition beside the
 * name, a role phrase right before it, or the title it carries; never a role from another name.
 */

/**
 * "Democratic challenger Katie McGinty", "GOP hopeful Ben Carson": a race's standing right before a name is a role
 * (kept out of the role heads, which also split names and find speakers).
 */
const RACE_STANDING = /^(?:challenger|contender|front-runner|frontrunner|hopeful|incumbent)$/i;

/**
 * "finance chairman for former Florida governor Jeb Bush": right before a name, only the words after the
 * last "for/to/of/with" are that person's role; the rest is someone else's (Johnson's).
 */
function ownPart(role: string): string {
  // After a lower-case noun only: "Hall of Fame player", "Centers for Disease Control Director" are names.
  const tail = /(?:^|\s)[a-z][\w-]*\s(?:for|to|of|with)\s+((?:\S+\s+){0,4}\S+)$/.exec(role)?.[1];
  // "top terrorism adviser to then-President George W. Bush": "then-" says when; the title is the head, his own.
  // "a serious rival to Republican front-runner Donald Trump": an agent noun ends his own part as a role head does.
  const last = (tail?.split(/\s+/).pop() ?? '').replace(/^then-/i, '');
  // "member of parliament": a word that only ends like an agent noun and heads a body ("Parliament", "Senate") is no
  // one's role, so the person noun before "of" heads the role whole.
  const body = !isRoleHead(last) && bodyHead(`${last.charAt(0).toUpperCase()}${last.slice(1)}`);
  return tail && !body && (isRoleHead(last) || agentNoun(last)) ? tail : role;
}

/**
 * "Sanders shot back, "Secretary Clinton called them out"": a bare title the copy writes before the name only inside
 * quoted words is how a speaker addresses the person, not the role the copy gives; the copy's own words must carry it.
 */
function titledOutsideQuotes(title: string, name: string, text: string): boolean {
  const last = escapeRegExp(name.split(/\s+/).pop()!);
  return hasLiteralMatch(
    maskedCopy(text),
    title,
    literalPattern('\\b', `\\s+(?:[A-Z][\\w'’.-]*\\s+){0,3}${last}(?![\\w-])`),
    text,
  );
}

/** A word that ends a sentence: a full stop after a word, not after "Sen" or an initial ("U.S."). */
const ABBREVIATION = new RegExp(`^(?:(?:${HONORIFIC_ABBREV}|St|Jr|Sr)\\.|(?:[A-Z]\\.)+)$`);
function sentenceStop(word: string): boolean {
  return /[.!?]$/.test(word) && !ABBREVIATION.test(word);
}

/** The role the copy gives this very person: "Name, the role," or "role Name", next to their own name. */
export function roleOf(
  name: string,
  entityRole: string | undefined,
  text: string,
  titles?: JoinedTitles,
): string | null {
  const found = findRole(name, entityRole, text);
  // "Rival" alone ("Rival Hillary Clinton, however, …") relates her to no one: no role. The apposition the copy sets
  // after the name says who she is ("one-time rival Jeb Bush, a former Florida governor,"): read it instead.
  const role =
    found !== null && loneRelation(found, text)
      ? splitNames(name)
          .map((n) => appositionRole(n, text))
          .find(Boolean)
      : found;
  // "Secretary Clinton" gives her no role: the office without its department is a cut fragment (lacks-department.ts).
  if (!role || lacksDepartment(role) || loneRelation(role, text) || sexAgeRole(role)) return null;
  const names = splitNames(name);
  if (!isRolePhrase(role) || roleCutAtAnd(role, names, text)) return null;
  return andJoinedOffice(townStateRole(role, names, text), names, text, titles);
}

/** The name as written and without its title ("Gov. Jeb Bush", "Jeb Bush"), as `findRole` reads both. */
const splitNames = (name: string): string[] => [name, splitTitle(name).bare];

/** A lower-case person noun, singular or plural ("adviser", "aides", "supporters"): a name before it modifies it. */
function nameModifies(after: string): boolean {
  if (!/^[a-z]+$/.test(after)) return false;
  const singular = after.replace(/(?<=[^s])s$/, '');
  return [after, singular].some((w) => isRoleHead(w) || (wordnetPersonNoun(w) && agentNoun(w)));
}

/** "chief rival Ted Cruz": a relation in place of a role, not shown, but it still introduces a source named once. */
export const relationBeside = (name: string, text: string) => loneRelation(findRole(name, undefined, text) ?? '', text);

function findRole(name: string, entityRole: string | undefined, text: string): string | null {
  const { title, bare } = splitTitle(name);
  const full = [name, bare];
  // A bare title ("Senator") says less than the apposition beside the name ("a Tennessee Republican").
  const bareTitle =
    !!entityRole &&
    entityRole.split(/\s+/).every((w) => TITLE_WORDS.test(w) || /^(?:Former|House|Senate|Representative)$/.test(w));
  // "spokesman for Mrs", "a former U": a role cut at an abbreviation's stop; the apposition below reads it whole.
  const cut = !!entityRole && new RegExp(`\\b(?:${HONORIFIC_ABBREV}|St|[A-Z])$`).test(entityRole);
  // "police spokesperson Colonel X": the rank is a title; the role is read before it, the rank kept as the fallback.
  const ranked = rankAfterRole(entityRole, full, text);
  if (entityRole && !notARole(entityRole) && !headPastClause(entityRole) && !bareTitle && !cut && !ranked.length) {
    const role = escapeRegExp(entityRole);
    const titled = addressBeforeName(entityRole);
    for (const n of full) {
      const at = escapeRegExp(n);
      // "ACLU executive Director": a bare office the name finder cut from its organisation is read whole below.
      if (hasLiteralMatch(text, entityRole, literalPattern('', `\\s+${titled}${at}${WORD_EDGE}`))) {
        const before = cleanRole(coordinatedRole(roleModifiers(ownPart(entityRole), n, text), n, text));
        if (!lacksDepartment(before)) return before;
      }
      if (openingPostApposed(entityRole, n, text)) return cleanRole(entityRole);
      const apposed = literalMatches(
        text,
        n,
        literalPattern('', `(?:\\s${NAME_BRACKET})?,\\s+(?:the\\s+|a\\s+|an\\s+)?${role}`),
      ).next().value;
      if (apposed) return cleanRole(closedTitle(entityRole, text.slice(apposed.index + apposed[0].length)));
    }
  }
  for (const n of full) {
    const role = appositionRole(n, text);
    // "The mayor of Duisburg, X, an SPD politician,": the post before the name says more than the party after it.
    if (!role) continue;
    const post = partyLabelRole(role) ? roleBeforeComma(n, text, postHead) : null;
    return post ? cleanRole(post) : ((partyLabelRole(role) ? officeOverParty(role, n, text) : null) ?? role);
  }
  // A title written before the name only inside quoted words loses to any role the copy gives in its own words.
  let quoted: string | null = ranked.length ? entityRole! : null;
  // "A community leader, Chief Folake Adeyemi-Bello,": a bare title after the copy's own role phrase and its comma
  // says less than that phrase, as a bare title says less than an apposition (audit 51's B-a51-12).
  const phrase = () => {
    const found = full.map((m) => roleBeforeComma(m, text, postHead)).find(Boolean);
    return found ? cleanRole(found) : null;
  };
  if (entityRole && bareTitle) {
    if (titledOutsideQuotes(entityRole, bare, text)) return phrase() ?? roleModifiers(entityRole, bare, text);
    quoted = roleModifiers(entityRole, bare, text);
  }
  for (const n of [...ranked, ...full]) {
    for (const { before: written, after } of wordsBefore(text, n)) {
      // "Minister of Fisheries Senator Dr X": the post before the style the person is addressed by.
      const seat = postBeforeWrittenAddress(written);
      if (seat) return cleanRole(seat);
      const ofOne = addressOfOne(written, n, text);
      const before = withoutAddress(ofOne ?? written);
      const words = before.split(/\s+/);
      const head = words[words.length - 1]!;
      // "a senior Donald Trump adviser": a name before a lower-case person noun modifies it, and the lower-case words
      // before the name are that noun's ("senior" adviser); a title ("former President Bill Clinton aide") stays his.
      if (/^[a-z]/.test(head) && nameModifies(after)) continue;
      // "NTSB investigator Harold Quayle … Quayle said": a WordNet person noun of an agent's form heads a role before a
      // full name named again (not "The Voice winner Jermaine Paul" in passing, "accused", "the elder Trump's").
      // After a form of address of one ("Tan Sri Teo Kah Meng … Teo said") the copy's short form is the name's first word.
      const again = ofOne === null ? [surname(n)] : [surname(n), n.slice(0, n.indexOf(' '))];
      const agent =
        n.includes(' ') && wordnetPersonNoun(head) && agentNoun(head) && again.some((w) => text.split(w).length > 2);
      // "Garda Tom Hanley" where the copy also writes "Detective Garda Siobhán Keogh": a rank the copy itself reads.
      const post = postHead(head) || RACE_STANDING.test(head) || agent || acronymPost(head, n, text);
      if (!post && !compoundRankInCopy(head, text)) continue;
      // Keep the role phrase from its first capitalised or role word: "Flynn’s attorney", "White House spokesman".
      let start = words.length - 1;
      while (
        start > 0 &&
        // "since December. President Obama": a sentence's stop ends the run (an honorific's or an initial's does not).
        !sentenceStop(words[start - 1]!) &&
        // Case matters: "the team, under Professor X" keeps "Professor", not the lower-case words before it.
        (/^[A-Z]|['’]s$/.test(words[start - 1]!) ||
          /^(?:deputy|chief|senior|former|vice|assistant|acting|press|foreign|home)$/i.test(words[start - 1]!) ||
          // "ACLU executive Director Anthony Romero": a lower-case role word between capitalised ones is the role's.
          (start > 1 &&
            isRoleHead(words[start - 1]!) &&
            /^[A-Z]/.test(words[start - 2]!) &&
            !sentenceStop(words[start - 2]!)) ||
          // "Bank of Lomai Governor Ana Tui": a body's "of" name is the role's, whole (not "Lomai Governor").
          bodyOfAt(words, start) ||
          // "Public Accounts Committee (PAC) chairman": the body's acronym in brackets stays inside its name.
          (start > 1 && /^\(\p{Lu}{2,6}\)$/u.test(words[start - 1]!) && /^[A-Z]/.test(words[start - 2]!)))
      )
        start--;
      // "As President Lanford faced…": the title after a sentence's "As" is the named person's own.
      // "would counsel Clinton", "to advise Smith": after a modal or "to" a lower-case role word is a verb
      // ("adviser to Vice President Biden" keeps its title).
      if (start > 0 && verbMarker(words, start - 1) && /^[a-z]/.test(words[start]!)) continue;
      const role = withoutAs(words.slice(start).join(' '));
      if (role.split(/\s+/).every((w) => TITLE_WORDS.test(w))) {
        if (!titledOutsideQuotes(role, n, text)) {
          quoted ??= cleanRole(role);
          continue;
        }
        const before = phrase();
        if (before) return before;
      }
      // "denouncing Republican presidential nominee Donald Trump": the lower-case words that say which post are
      // read as for a role the name finder gave ("nominee" alone says less).
      // "Ministry permanent secretary Mr Vilikesa Raduva": the modifiers are read before the role and its address.
      const addressed = `${written.slice(before.length).trim()} ${n}`.trim();
      if (!notARole(role)) return cleanRole(coordinatedRole(roleModifiers(role, addressed, text), n, text));
    }
  }
  for (const n of full) {
    const role = roleBeforeComma(n, text, postHead) ?? addressedApposition(n, text);
    if (role) return cleanRole(role);
  }
  return quoted ?? (title && !HONORIFICS.has(title) ? title : null);
}

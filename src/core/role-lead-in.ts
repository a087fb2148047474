/**
 * Words that run into a role from the copy before it and are no part of it: a pronoun and a
 * conjunction ("He and House Judiciary Committee Chairman"), a lower-case preposition ("under
 * Professor", from "the team, under Professor Joni Lovenduski"), or a headline set in capitals
 * ("KILLED IN DEADLY ISTANBUL EXPLOSION Turkish President") or a sentence's capitalised opener ("Since
 * President"). A headline runs three or more words in
 * capitals, one of them long; an organisation's acronyms ("UN WFP Executive Director") are short and
 * belong to the role.
 */
const LEAD_INS = [
  /^(?:He|She|They|We|It|I)\s+(?:and|or)\s+/,
  /^(?:under|by|with|from|for|to|of|at|in|on|as|and|or|like|than)\s+/,
  /^(?=(?:[A-Z]{2,}\s+)*[A-Z]{5,}\s)(?:[A-Z]{2,}\s+){3,}(?=[A-Z][a-z])/,
  // "Since President" (from "Since President Barack Obama's 2008 election"), "Even HBO comedian": a sentence's
  // capitalised opener ("Under" below, apart from "Under Secretary"). Not "As", whose role
  // ("As President Obama") may belong to a namesake the list does not name.
  /^(?:Since|After|Before|When|While|If|Although|Though|Because|Until|Despite|With|From|Following|Like|Even|Also|But|And|So|Now|Then|Meanwhile|Earlier|Later|Only|Yet)\s+/,
  // "Under Chancellor Angela Merkel, Germany…", "Under President Obama": a sentence's "Under" before a title;
  // "Under Secretary of State" is the one office it opens.
  /^Under\s+(?!Secretary\b)(?=\p{Lu})/u,
];

/** The role without the words that ran into it (several may stack: "the team, under Professor"). */
export function roleLeadIn(role: string): string {
  let out = role.trim();
  for (let i = 0; i < 3; i++) {
    const before = out;
    out = out.replace(/^(?:the|a|an)\s+/i, '');
    for (const lead of LEAD_INS) out = out.replace(lead, '');
    if (out === before) break;
  }
  return out;
}

/**
 * "As President Lanford faced…": a sentence's "As" before a title is no part of the role, which is the named
 * person's own. Kept out of roleLeadIn: there the title may belong to a namesake the list does not name.
 */
export function withoutAs(role: string): string {
  return role.replace(/^As\s+(?=[A-Z])/, '');
}

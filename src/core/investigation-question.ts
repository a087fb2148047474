import { maskAbbreviationDots, restoreAbbreviationDots } from './abbreviation-dots';
import { inquirer } from './inquirer';
import { lowerStart } from './lower-start';
import { PAST_TIME } from './past-time';
import type { PhraseContext } from './phrase-question';
import { cutClause, dropLeading, stripEnd } from './question-clauses';

/** The investigation family's question: what an inquiry under way will find, and when. */

/** A verb asking for what follows, up to four words before it ("requested yet another Justice Department"). */
const ASKED_FOR =
  /\b(?:request(?:s|ed|ing)?|(?:call|ask|push|press)(?:s|es|ed|ing)? for|sought|seek(?:s|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|requir(?:e|es|ed|ing))\s+(?:[\w.'’-]+\s+){0,4}$/i;

/** A past time closing a phrase ("… last week", "… on Tuesday"). */
const TRAILING_PAST_TIME = new RegExp(String.raw`\s+(?:${PAST_TIME.source})$`);

const OWN_AUXILIARY = /\s(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does)\s/i;

export function investigation(ctx: PhraseContext): string | null {
  const active =
    /^(.{2,80}?)\s+(?:is|are|was|were|been|have been|has been) (?:now )?(?:investigating|probing|examining|reviewing)\s+(.+)$/i.exec(
      dropLeading(stripEnd(ctx.text)),
    );
  if (active) {
    // "Police said they were reviewing the audit": the reporting frame is no part of the inquirer's name.
    const by = inquirer(active[1]!.trim());
    if (!by) return null;
    const who = lowerStart(by, ctx.properWords);
    return `What have the inquiries by ${who} into ${cutClause(active[2]!, 16)} found so far, and when will they report?`;
  }
  // The inquiry's object ends before "as/while/because…": a clause there ("as judges dole out fines") would
  // sit inside the subject of "find"; a role ("as secretary of state") is only left out, and nothing breaks. A title's
  // or an initial's stop ("the trail of Ms. Malik") ends no object: read masked, so no name is cut after its title.
  const text = maskAbbreviationDots(ctx.text);
  const found =
    /\b((?:investigation|inquiry|probe|inquest|hearing|trial)s?\b(?:\s+(?:into|of|over|on)\s+(?:(?!\b(?:as|while|because|although|whereas|since|unless|when|after|before|if)\s)[^,.;])+)?)/i.exec(
      text,
    );
  // "requested yet another Justice Department investigation of …", "require an expedited investigation": an inquiry
  // only asked for has not begun, and "What will it find" takes it as under way; the passage is shown.
  if (found && ASKED_FOR.test(ctx.text.slice(Math.max(0, found.index - 80), found.index))) return null;
  const named = found?.[1] && restoreAbbreviationDots(found[1]);
  // "launched an investigation into the ferry contract last week": the date is the launch's, not the inquiry's name.
  const noun = named?.replace(TRAILING_PAST_TIME, '');
  // "The inquiry into the fire has taken evidence…": the inquiry is the subject of the sentence's own verb,
  // which no "What will … find" may keep (a verb inside "into whether …" is the object's).
  if (noun && OWN_AUXILIARY.test(noun.replace(/\s[-–—]\s.*$|\b(?:whether|if)\b.*$/i, ''))) return null;
  return noun
    ? `What will the ${cutClause(noun, 14)} find, and when?`
    : `What is the status of the inquiry, and when will it conclude?`;
}

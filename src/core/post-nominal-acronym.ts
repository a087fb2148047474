import { GENERATIONAL_SUFFIXES } from './generational-suffix';
import { handFirstName } from './hand-first-name';
import { isListedFirstName } from './listed-first-name';
import { orgLike } from './org-like';
import { ROLE_HEADS } from './role-heads';
import { isCapitalised, type Word } from './tokenize';

/** An all-capitals word of two to four letters: "MSP", "MP", "MEP", "MPP", "TD", "QC". */
const ACRONYM = /^\p{Lu}{2,4}$/u;

/**
 * "Hamish Corrie MSP", "Ann Roe QC": a post written in capitals after a given name and a surname is no word of the
 * name. Read as one, the run had an acronym for its last word, which no parse takes for a surname, and the person was
 * lost with the quote they gave (audit 56, B-a56-13). Whether the run ends so: a given name from the lists opens it and
 * the word before the acronym is a written-out word, so a body's name ("Fieldwing Robotics LLC") keeps its tail. A given
 * name outside the lists ("Pádraig", "Colm") is a person's all the same where a role noun in lower case is written just
 * before the run ("housing spokesman Pádraig Ó Dónaill TD"): the role says whose name follows, as it does without the
 * post (audit 57, B-a57-1); a run shaped like a body's name ("… Holdings Group PLC") is still not one.
 */
export function postNominalAcronym(run: readonly Word[], previous?: string): boolean {
  if (run.length < 3 || run.length > 4) return false;
  const last = run[run.length - 1]!.text;
  const before = run[run.length - 2]!.text;
  // "Cara Diemont of IT firm …": every word a capitalised one; "Harry Hurt III": a generational suffix is the name's.
  if (!run.every((w) => isCapitalised(w.text)) || GENERATIONAL_SUFFIXES.has(last) || /^[IVXL]+$/.test(last))
    return false;
  if (!ACRONYM.test(last) || ACRONYM.test(before) || /^(?:LLC|LLP|INC|PLC|LTD|LP|NA|AG|SA|NV|BV|CO)$/.test(last))
    return false;
  const given = run[0]!.text;
  if (handFirstName(given) || isListedFirstName(given)) return true;
  return previous !== undefined && ROLE_HEADS.has(previous) && !orgLike(run.map((w) => w.text).join(' '));
}

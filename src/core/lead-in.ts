import { holdsVerb } from './holds-main-verb';
import { SPEECH_VERBS } from './speech-verbs';

/**
 * A sentence that ends on its verb, or "that", and a colon: "Soerens argued that:", "The report found:". What it
 * introduces is in the lines after it (a list, a quotation set apart), so the sentence itself holds no claim to ask
 * about; shown alone it is an empty passage (sample 31's #47). Bounded to the sentence's end, so linear.
 */
const LEAD_IN =
  /(?:\bthat|\b(?:said|says|argued|argues|found|finds|wrote|writes|added|adds|noted|notes|warned|warns|claimed|claims|insisted|insists|contended|contends|explained|explains|concluded|concludes|stated|states|believes?|believed))\s*:\s*$/i;

/** A colon after a word that names what follows: "has to accomplish the following:", "as follows:", "said this:". */
const NAMES_WHAT_FOLLOWS = /\b(?:the following|as follows|this|these)\s*:\s*$/i;

/** Words after which a speech verb's form is a noun or a base form: determiners, possessives and prepositions. */
const NOT_A_VERB_AFTER = /^(?:to|the|a|an|this|that|its|his|her|their|our|my|your|of|in|on|for|with|by|from|at)$/i;

export function leadIn(text: string): boolean {
  const tail = text.slice(-40);
  return LEAD_IN.test(tail) || NAMES_WHAT_FOLLOWS.test(tail) || saidNothing(text);
}

/**
 * A sentence whose words after its last speech verb (not one after "to") or its opening "according to" reach the colon with no
 * verb of their own: "Fox News reports:", "said that given the crop of candidates on both sides:", "According to Jack
 * Kelly, writing for RealClearPolitics:". What was said is the sentence after (sample 37's #17, sample 38's #45); a
 * claim finished before the colon ("…, the White House was refusing to call it terrorism:", "There are four, according to
 * the department:") has its verb and stays.
 */
function saidNothing(text: string): boolean {
  if (!/:\s*$/.test(text)) return false;
  const words = text.replace(/:\s*$/, '').split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!.toLowerCase().replace(/[^a-z]/g, '');
    // A capitalised word mid-sentence is a name's ("Secretary of State"), one after "to" a verb's base form, and one
    // after a determiner or preposition a noun ("the state of the silt", "in a report").
    const speech =
      SPEECH_VERBS.has(word) && (i === 0 || /^[a-z]/.test(words[i]!)) && !NOT_A_VERB_AFTER.test(words[i - 1] ?? '');
    if (speech || (i === 0 && word === 'according' && /^to$/i.test(words[1] ?? '')))
      return !holdsVerb(words.slice(i + 1).join(' '));
  }
  return false;
}

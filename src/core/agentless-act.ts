import type { Analysis } from './analysis-types';
import { passiveVoice } from './passive-voice';

/**
 * "Who leaked the memo?" over "The memo was leaked to reporters on Friday": a "who <verb>…?" question asks for the
 * verb's doer, and a sentence saying the verb only in the passive with no "by" phrase anywhere after it leaves the
 * doer out, whoever else it names (the one it was leaked to, the one who reports it). The ranker shares the verb and
 * its object and takes the sentence for the answer; the article does not say who, and the sentence is shown as itself.
 * "… was sent at 7:19 p.m. by Jeremy Bash" names the doer and is left to the ranker, and a question itself in the
 * passive ("who was arrested?") asks for the one acted on, whom such a sentence names (askedDoerVerb gives no `verb`).
 */
export function agentlessAct(analysis: Analysis, best: number, verb: string | undefined): string | undefined {
  if (verb === undefined) return undefined;
  const said = passiveVoice(analysis.sentences[best]!.text, verb);
  if (said.voice !== 'passive' || said.after.includes('by')) return undefined;
  return 'The article does not say who; it reports the act without saying who did it.';
}

import { foldHyphenCompounds } from './fold-hyphen-compounds';

/**
 * Readers ask in phrasal verbs ("fall through", "come back", "put forward"); copy tends to use the
 * single word ("failed", "return", "submitted"). Folding both sides onto the single verb lets the
 * answerer match them. General English only; the particle may sit after a short object
 * ("put rates up").
 */
const PHRASAL: Array<[RegExp, string]> = [
  [/\b(?:fall|falls|fell|fallen|falling) through\b/gi, 'failed'],
  [/\b(?:come|comes|came|coming) back\b/gi, 'return'],
  [/\b(?:go|goes|went|gone|going) back\b/gi, 'return'],
  [/\b(?:put|puts|putting) forward\b/gi, 'submitted'],
  [/\b(?:set|sets|setting) up\b/gi, 'founded'],
  [/\b(?:step|steps|stepped|stepping) down\b/gi, 'resigned'],
  [/\b(?:give|gives|gave|given|giving) up\b/gi, 'quit'],
  [/\b(?:lay|lays|laid|laying) off\b/gi, 'cut'],
  [/\b(?:shut|shuts|shutting) down\b/gi, 'closed'],
  [/\b(?:turn|turns|turned|turning) down\b/gi, 'rejected'],
  [/\b(?:take|takes|took|taken|taking) over\b/gi, 'takeover'],
  [/\b(?:pull|pulls|pulled|pulling) out\b/gi, 'withdrew'],
  [/\b(?:call|calls|called|calling) off\b/gi, 'cancelled'],
  [/\b(?:find|finds|found|finding) out\b/gi, 'learned'],
  [/\b(?:kick|kicks|kicked|kicking) off\b/gi, 'started'],
  [/\b(?:sign|signs|signed|signing) up\b/gi, 'joined'],
  [/\b(?:go|goes|went|gone|going) up\b/gi, 'rise'],
  [/\b(?:go|goes|went|gone|going) down\b/gi, 'fall'],
  [/\b(?:put|puts|putting) (?:[a-z]+ ){0,2}up\b/gi, 'raised'],
  [/\b(?:cut|cuts|cutting) back\b/gi, 'cut'],
  [/\b(?:bring|brings|brought|bringing) in\b/gi, 'introduced'],
  [/\bbe(?:en)? made redundant\b/gi, 'cut'],
];

export function foldPhrasalVerbs(source: string): string {
  // Every reader matching a question's terms against the copy's passes here, so the compound fold rides along.
  const text = foldHyphenCompounds(source);
  // Cheap pre-check: nearly every sentence lacks all the particles.
  if (!/\b(?:through|back|forward|up|down|off|over|out|in|redundant)\b/i.test(text)) return text;
  let folded = text;
  for (const [pattern, verb] of PHRASAL) folded = folded.replace(pattern, verb);
  return folded;
}

/**
 * A word-budget cut inside a noun phrase a superlative or an ordinal heads: "… as he becomes the first presidential
 * candidate…?" for "… the first presidential candidate to face a major-party rival who is female". Such a phrase
 * needs what follows it (the to-clause, relative clause or "of"/"in" phrase that says among what it is first, only
 * or largest); cut before that, it states something else, often false (sample 41's #32). The passage is shown whole.
 * The superlatives are a closed list: "-est" alone also ends nouns ("the protest", "their interest").
 */
const OPEN_SUPERLATIVE =
  /\b(?:the|its|his|her|their|our|your|my)\s+(?:first|last|only|sole|(?:most|least)\s+[a-z]+|best|worst|(?:bigg|larg|high|low|great|small|long|short|old|young|strong|rich|poor|clos|fast|wid|deep|hard|new|lat|earli|heavi)est)(?:\s+[\w'’-]+){0,3}…\?$/i;

/** Whether a question's budget cut falls inside a superlative's or ordinal's noun phrase, before its complement. */
export function openSuperlative(question: string): boolean {
  return OPEN_SUPERLATIVE.test(question);
}

/**
 * Nouns for what a person does or is, by their ending: pollster, broker, delegate, operative,
 * gynecologist, committeeman, donor, historian. Only trusted after "Name, a/an/the …".
 */
const AGENT_NOUN =
  /^(?:[a-z][a-z-]*)?(?:scholar|general|er|or|ist|ian|ant|ent|man|woman|person|ee|eer|ive|ate|ary|ee|icer|ogist|aide|ie|fellow|veteran|expert|member|friend|host|chief|head|icon|nominee|candidate|hopeful|official|leader|partner|ally|critic|rival|spokesperson)$/;
/** Words the agent-noun endings catch that name no one: "a day later", "an hour earlier", "a year ago". */
const NOT_AN_AGENT =
  /^(?:later|earlier|ever|never|however|rather|further|together|whether|either|neither|other|another|after|over|under|ago|number|matter|order|quarter|letter|moment|statement|comment|amount|event|percent|government|movement|agreement|element)$/;

/** A noun for what someone does, by its ending, that is not one of the time or quantity words the endings catch. */
export function agentNoun(word: string): boolean {
  return AGENT_NOUN.test(word) && !NOT_AN_AGENT.test(word);
}

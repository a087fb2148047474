/*
 * Its own module, not answer-person-role's, so the app can tell a role question from another
 * without loading who-is-who (and its name lists) for every command that opens the app.
 */

const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}?)`;
const ROLE_NOUN = '(?:job|role|title|position|post)';
/**
 * Questions asking the person's role, with a capitalised name and nothing after it: "Who is/was <Name>?",
 * "What is <Name>'s job/role/title?", "What does <Name> do?", "What job does <Name> have?". All but the first
 * went to the ranker alone, which finds no sentence sharing "job" or "do" and said the article does not say.
 * Not "what did <Name> do?": that asks what they did in the story.
 */
const PERSON_QUESTIONS = [
  String.raw`[Ww]ho(?:['’]s|\s+(?:is|was))\s+${NAME}`,
  String.raw`[Ww]hat(?:['’]s|\s+(?:is|was))\s+${NAME}['’]s?\s+(?:(?:official|exact|current|new)\s+)?${ROLE_NOUN}`,
  String.raw`[Ww]hat\s+does\s+${NAME}\s+do(?:\s+for\s+a\s+living)?`,
  String.raw`[Ww]hat\s+${ROLE_NOUN}\s+(?:does|did)\s+${NAME}\s+(?:have|hold)`,
].map((q) => new RegExp(String.raw`^\s*${q}\s*\??\s*$`, 'u'));
/** The name a question asks the role of ("Who is Neera Tanden?" -> "Neera Tanden"), if it asks one. */
export const askedPerson = (question: string): string | undefined =>
  PERSON_QUESTIONS.map((q) => q.exec(question)?.[1]).find((m) => m !== undefined);

/** Whether the question asks a named person's role ("who is <Name>?"), the one that reads the story's who-is-who. */
export function asksPersonRole(question: string): boolean {
  return askedPerson(question) !== undefined;
}

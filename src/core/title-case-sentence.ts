/** A capitalised function word inside a run of capitalised words, before a further capitalised word. */
const TITLE_CASE_JOINT =
  /^(?:To|A|An|The|As|By|Of|For|With|And|Or|On|In|At|From|Is|Was|Are|Were|Has|Have|Had|Will|Would)$/;

/**
 * "Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair", "Obama Slams Plan Backed By Fed Chair": a role that is
 * four or more capitalised words, one inside them a capitalised function word, is a headline's Title Case sentence.
 * A name inside a role ("leader of Cleveland Jobs With Justice") or a quoted work's title ("co-author of ''Those Guys
 * Have All the Fun''") leaves lower-case words, so the role stays.
 */
export function titleCaseSentence(role: string): boolean {
  const words = role
    .replace(/''.*?''|“[^”]*”|"[^"]*"/g, ' , ')
    .trim()
    .split(/\s+/);
  if (words.length < 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return words.some((w, i) => i > 0 && i < words.length - 1 && TITLE_CASE_JOINT.test(w));
}

/** A capitalised function word inside a run of capitalised words, before a further capitalised word. */
const TITLE_CASE_JOINT =
  /^(?:To|A|An|The|As|By|Of|For|With|And|Or|On|In|At|From|Is|Was|Are|Were|Has|Have|Had|Will|Would)$/;

/**
 * "Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair", "Obama Slams Plan Backed By Fed Chair": four or more
 * capitalised words joined by a capitalised function word are a headline's Title Case sentence, not a role (a
 * quoted work's title inside a role, "co-author of ''Those Guys Have All the Fun''", is the role's own).
 */
export function titleCaseSentence(role: string): boolean {
  let run: string[] = [];
  for (const word of [...role.replace(/''.*?''|“[^”]*”|"[^"]*"/g, ' , ').split(/\s+/), ',']) {
    if (/^\p{Lu}/u.test(word)) {
      run.push(word);
      continue;
    }
    const joint = run.findIndex((w, i) => i > 0 && i < run.length - 1 && TITLE_CASE_JOINT.test(w));
    if (run.length >= 4 && joint > 0) return true;
    run = [];
  }
  return false;
}

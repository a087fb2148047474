/**
 * How often the copy names a body by its head word alone ("the Board said") beside the longer names that end on it
 * ("Harrowgate Planning Board", "Justice Department"): its mentions less those inside a longer name the entity list
 * holds, each counted once (only the longest of "Planning Board" and "Harrowgate Planning Board"). "Board" twice, both
 * times inside "Harrowgate Planning Board", is no body of its own; "the House" written apart from "the White House"
 * still is.
 */
export function loneHeadMentions(head: string, names: readonly string[], counted: (name: string) => number): number {
  // A longer name is capitalised throughout: "Obama and House" joins two names, and "The House" (a run the finder
  // opened on the sentence's article) is the head word alone.
  const longer = names.filter(
    (n) => n.endsWith(` ${head}`) && /^(?:\p{Lu}\S*\s+)+\S+$/u.test(n) && !/^(?:The|A|An)\s+\S+$/.test(n),
  );
  const longest = longer.filter((n) => !longer.some((m) => m !== n && m.endsWith(` ${n}`)));
  return Math.max(0, counted(head) - longest.reduce((sum, n) => sum + counted(n), 0));
}

/**
 * The accuser before "accused" when an appositive closes on its comma: "Stein, a physician from Massachusetts and
 * longtime Green Party activist, accused …". Split at the commas and conjunctions, the last piece is the end of the
 * description ("longtime Green Party activist,"), so the accuser read off it is a description cut mid-way, with no
 * article and a stray comma (sample 32's #21). The accuser is the name: the appositive itself when it is one ("the
 * group's leader, Jane Holt, accused"), else the words before the appositive's opening comma.
 */

/** Every word capitalised (a lowercase particle inside allowed): a name, not a description. */
const NAME = /^[A-Z][\w.'’-]*(?:\s+(?:(?:de|da|van|von|der|al|bin|le|la)\s+)?[A-Z][\w.'’-]*){0,3}$/;

export function appositiveAccuser(head: string): string {
  if (!/,\s*$/.test(head)) return head;
  const inner = head.replace(/,\s*$/, '');
  const open = inner.lastIndexOf(', ');
  if (open < 0) return head;
  const appositive = inner.slice(open + 2).trim();
  if (NAME.test(appositive) && !/^(?:The|A|An|His|Her|Their|Its)\s/.test(appositive)) return appositive;
  return inner.slice(0, open).trim();
}

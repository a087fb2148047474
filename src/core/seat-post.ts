/** A capitalised word of a seat's name, in any script, a compass pair's slash kept ("Penfro", "South/East"). */
const SEAT_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’/-]*`;
/** A member's head, or a post-nominal's capitals ("MP", "MS"), then "for" and the seat's words up to the end. */
const SEAT_POST = new RegExp(String.raw`\b(?:Member|\p{Lu}{2,4})\s+for\s+((?:${SEAT_WORD}\s+){0,3}${SEAT_WORD})$`, 'u');

/**
 * How many words of a seat's name `before` ends on, after a member's post ("The Senedd Member for Dwyfor Meirionnydd"
 * -> 2, "MP for Gwynedd" -> 1); 0 when it ends on no seat. A member's "for" takes a constituency, a place, whatever
 * its words look like (audit 61, B-a61-3).
 */
export function seatPost(before: string): number {
  const seat = SEAT_POST.exec(before.length > 120 ? before.slice(-120) : before);
  return seat ? seat[1]!.split(/\s+/).length : 0;
}

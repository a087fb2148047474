const formats = new Map<string, Intl.DateTimeFormat>();
const years = new Map<string, Intl.DateTimeFormat>();

/**
 * "Tue 31 Mar, 09:00 BST": a slot as people in that zone read it. Given `now`, a slot in another
 * year than now's says which ("Sun 28 Mar 2027, 02:00 BST"): a `tick --at` rehearsal months ahead
 * otherwise reads as a post made last March.
 */
export function formatSlot(instant: number, zone: string, now?: number): string {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formats.set(zone, f);
  }
  const text = f.format(new Date(instant));
  if (now === undefined) return text;
  let y = years.get(zone);
  if (!y) {
    y = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric' });
    years.set(zone, y);
  }
  const year = y.format(new Date(instant));
  // en-GB writes "Sun 28 Mar, 02:00 BST": the year goes after the month.
  return year === y.format(new Date(now)) ? text : text.replace(/^(\S+ \d+ [^\s,]+)/, `$1 ${year}`);
}

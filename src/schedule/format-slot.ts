const formats = new Map<string, Intl.DateTimeFormat>();

/** "Tue 31 Mar, 09:00 BST": a slot as people in that zone read it. */
export function formatSlot(instant: number, zone: string): string {
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
  return f.format(new Date(instant));
}

const formats = new Map<string, Intl.DateTimeFormat>();
const years = new Map<string, Intl.DateTimeFormat>();
const usNames = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, zone: string, make: () => Intl.DateTimeFormat) {
  let f = cache.get(zone);
  if (!f) {
    f = make();
    cache.set(zone, f);
  }
  return f;
}

/**
 * "Tue 31 Mar, 09:00 BST": a slot as people in that zone read it. British English names Europe's
 * zones ("BST", "CET") but writes America's as offsets ("GMT-5"); there the name American
 * readers know ("EST", "PDT") is taken from American English, where it has one. Given `now`, a
 * slot in another year than now's says which ("Sun 28 Mar 2027, 02:00 BST"): a `tick --at`
 * rehearsal months ahead otherwise reads as a post made last March.
 */
export function formatSlot(instant: number, zone: string, now?: number): string {
  const f = cached(
    formats,
    zone,
    () =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short',
      }),
  );
  const date = new Date(instant);
  const parts = f.formatToParts(date);
  const name = parts.find((p) => p.type === 'timeZoneName');
  if (name && /^GMT[+-]/.test(name.value)) {
    const us = cached(usNames, zone, () => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }));
    const usName = us.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{2,5}$/.test(usName)) name.value = usName;
  }
  const text = parts.map((p) => p.value).join('');
  if (now === undefined) return text;
  const y = cached(years, zone, () => new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric' }));
  const year = y.format(date);
  // en-GB writes "Sun 28 Mar, 02:00 BST": the year goes after the month.
  return year === y.format(new Date(now)) ? text : text.replace(/^(\S+ \d+ [^\s,]+)/, `$1 ${year}`);
}

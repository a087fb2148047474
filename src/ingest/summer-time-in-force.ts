/**
 * Summer-time abbreviations and a zone that keeps each one (the offset is the summer one). A CMS that writes "BST"
 * all year (review s42 B-r42-6: "2026-12-05 14:00 BST" was stored as 13:00Z without a word) has mislabelled the
 * winter half; which clock it meant cannot be known, so such a date is refused with a note, as an abbreviation of
 * several offsets is. Winter abbreviations are not checked: CET, EET and AEST are kept all year somewhere (Tunisia,
 * Libya, Queensland).
 */
const SUMMER_ZONES: ReadonlyMap<string, { zone: string; offset: string }> = new Map([
  ['BST', { zone: 'Europe/London', offset: '+01:00' }],
  ['WEST', { zone: 'Europe/Lisbon', offset: '+01:00' }],
  ['CEST', { zone: 'Europe/Paris', offset: '+02:00' }],
  ['EEST', { zone: 'Europe/Athens', offset: '+03:00' }],
  ['AEDT', { zone: 'Australia/Sydney', offset: '+11:00' }],
  ['NZDT', { zone: 'Pacific/Auckland', offset: '+13:00' }],
  ['EDT', { zone: 'America/New_York', offset: '-04:00' }],
  ['CDT', { zone: 'America/Chicago', offset: '-05:00' }],
  ['MDT', { zone: 'America/Denver', offset: '-06:00' }],
  ['PDT', { zone: 'America/Los_Angeles', offset: '-07:00' }],
]);

/**
 * A note when `written` ends in a summer-time abbreviation that is not in force at `instant` (ms since the epoch,
 * read with that abbreviation's offset), else undefined.
 */
export function summerTimeInForce(written: string, instant: number): string | undefined {
  const abbreviation = /\s([A-Za-z]{3,4})$/.exec(written)?.[1]?.toUpperCase();
  const summer = abbreviation ? SUMMER_ZONES.get(abbreviation) : undefined;
  if (!summer || Number.isNaN(instant)) return undefined;
  const offset = offsetAt(summer.zone, instant);
  if (offset === summer.offset) return undefined;
  return `the front matter's date "${written}" names summer time ("${abbreviation}"), which is not in force on that day (${summer.zone} is at ${offset}), so it was left out (write the offset, as ${offset})`;
}

/** The zone's UTC offset at the instant as "+01:00" ("GMT" alone, Intl's word for zero, as "+00:00"). */
function offsetAt(zone: string, instant: number): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name === 'GMT' || !name ? '+00:00' : name.replace('GMT', '').replace('\u2212', '-');
}

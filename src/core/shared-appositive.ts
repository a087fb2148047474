/**
 * ", both Democrats,", ", all three of them,": an appositive that a coordinated subject ("Ann Lee and Tom Ruiz")
 * shares, standing between the names and their verb. It describes all of them, so it is no one name's role and
 * opens no clause of its own. The closing comma is optional: a tag's phrase may end before it.
 */
export const SHARED_APPOSITIVE = /,\s+(?:both|all|each)\s[^,;.!?"“”]*,?/;

const LEADING = new RegExp(`^\\s*${SHARED_APPOSITIVE.source}`);

/** `text` without such an appositive at its start (", both Democrats, said" → " said"). */
export const withoutSharedAppositive = (text: string): string => text.replace(LEADING, '');

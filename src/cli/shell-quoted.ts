/** One argument for a POSIX shell, whatever it holds: single-quoted unless it is plain already. */
export function shellQuoted(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

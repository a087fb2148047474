// Its own module: the chat's `add` uses it on every link, and the feed checks' node:net and
// address tables would otherwise load with it for every CLI command.

/** The link with any user name and password replaced, for logs and replies. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.username && !url.password) return raw;
    url.username = 'REDACTED';
    url.password = '';
    return url.toString();
  } catch {
    // Not parseable: still hide anything that looks like credentials before an @.
    return raw.replace(/\/\/[^/@\s]*@/gu, '//REDACTED@');
  }
}

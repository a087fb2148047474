/** A Web API call's arguments, sent as JSON or as a form as the Slack SDK sends them. */
export function parseSlackParams(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const params: Record<string, any> = Object.fromEntries(new URLSearchParams(raw));
  // The SDK JSON-encodes structured arguments inside the form.
  for (const key of ['blocks', 'attachments', 'metadata'])
    if (typeof params[key] === 'string') params[key] = JSON.parse(params[key]);
  return params;
}

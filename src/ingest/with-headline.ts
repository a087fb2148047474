import { headlineKey } from './headline-key';

/**
 * Stored article text always starts with its headline line, whatever the source (file, page,
 * feed, paste), so the engine finds the title the same way everywhere and sentence offsets are
 * always offsets into the stored text.
 */
export function withHeadline(title: string, text: string): string {
  const headline = title.replace(/\s+/g, ' ').trim();
  const body = text.replace(/^\s+/, '');
  if (!headline) return body;
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'));
  if (headlineKey(firstLine).includes(headlineKey(headline))) return body;
  return `${headline}\n\n${body}`;
}

import { withoutBidiControls } from '../../app/without-bidi-controls';

/**
 * Article text and titles are untrusted: a page's title can carry terminal control sequences
 * (clear the screen, set the window title, ring the bell; 8-bit C1 forms too, which some terminals
 * obey in UTF-8) or bidi overrides. Everything printed
 * to a terminal from the store goes through this: the console chat and the shell commands.
 */
export function terminalSafeText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  const shown = text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
  return withoutBidiControls(shown);
}

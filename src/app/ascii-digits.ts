/**
 * Full-width digits, "#" and brackets ("＃１２", as a Chinese or Japanese keyboard types an id in
 * its full-width mode) as ASCII, so that they name the story id they read as. Only these marks:
 * letters and other text are searched as typed.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF03\uFF08\uFF09]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

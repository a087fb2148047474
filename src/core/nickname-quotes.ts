/**
 * The marks a one-word nickname stands between ("Ramon "Bong" Dizon", "John “Tig” Tiegen", "George ''Jay'' Keyworth"):
 * straight, curly or doubled single quotes, each opening with its closing. One list for the name finder's bridge
 * (nickname-bridge.ts) and the whole-name search (nicknamed-name.ts), so the two cannot read different marks.
 */
export const NICKNAME_QUOTES = { opens: ['"', '“', "''"], closes: ['"', '”', "''"] } as const;

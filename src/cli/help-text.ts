/** `newsbrief help`: every command with an example. */
export const HELP_TEXT = `newsbrief — instant, trustworthy story briefings for newsrooms

Usage: newsbrief <command> [options]

  start                         Run the bot: Slack / Discord when their tokens are set, the
                                scheduler, and a console chat when no platform is configured
                                (reads /brief lines from a pipe too).
  ingest <file|folder|url>...   Store articles (.txt .md .html, folders, links).
                                  newsbrief ingest samples ../shared/samples/flynn-immunity.txt
  brief <query> [--json]        Brief the best-matching stored story.
                                  newsbrief brief flynn
  ask <query> "<question>" [--json]
  ask --file <path> "<question>" [--json]
                                Answer a question from a stored story or a file, citing sentences.
                                  newsbrief ask flynn "who is Flynn's lawyer?"
  analyze <file>... [--json]    Full analysis; --json prints one JSON object per file per line.
                                  newsbrief analyze ../shared/samples/flynn-immunity.txt --json
  schedules [--json]            Every follow-up and digest schedule with its next slot.
  tick --at <ISO time> [--json] Post, once, every scheduled slot due at that moment.
                                  newsbrief tick --at "$(date -u -d tomorrow +%FT09:00Z)"
  register-discord              Register the /brief command with Discord (guild or global).
  eval [--dir <eval folder>]    Score the engine on the labelled evaluation set.
  help                          This text.

Configuration comes from the environment or a .env file; see .env.example.
`;

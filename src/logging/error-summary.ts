/** What we log about an error: message and code, never the request (it carries the token). */
export function errorSummary(error: unknown): { message: string; code?: string } {
  if (error instanceof Error) return { message: error.message, code: (error as { code?: string }).code };
  return { message: String(error) };
}

/**
 * What went wrong on the way to a link, in words: the error code alone (ECONNREFUSED, "bad port")
 * says nothing to most people. The host is named by the caller; nothing here repeats the URL, so
 * credentials cannot leak through it.
 */
const PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused (nothing is listening at that address and port)',
  ECONNRESET: 'the connection was cut off by the other side',
  EPIPE: 'the connection was cut off by the other side',
  UND_ERR_SOCKET: 'the connection was cut off by the other side',
  EHOSTUNREACH: 'that address cannot be reached from here',
  ENETUNREACH: 'the network is unreachable from here',
  ENOTFOUND: 'name not found',
  EAI_AGAIN: 'name not found (the name server did not answer)',
  CERT_HAS_EXPIRED: 'its security certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its security certificate is self-signed, not issued by a trusted authority',
  SELF_SIGNED_CERT_IN_CHAIN: 'its security certificate is not issued by a trusted authority',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its security certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its security certificate is for a different site',
  EPROTO: 'the secure connection failed (is it really https?)',
  HPE_INVALID_CONSTANT: 'the server did not answer in HTTP',
  UND_ERR_INFO: 'the server sent an answer that is not valid HTTP',
};

/** Codes that mean the server stayed silent; worded with the time we waited. */
const SILENT = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** undici puts the cause of "fetch failed" under `cause`, sometimes one level deeper. */
export function networkProblem(error: unknown, timeoutMs: number): string {
  let unknownCode: string | undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const { code, message } = current as { code?: string; message?: string };
    if (code && SILENT.has(code)) return `no answer in ${timeoutMs / 1000} s`;
    if (code && PROBLEMS[code]) return PROBLEMS[code];
    // The fetch standard's blocked ports (9, 25, 6000 …) carry only this message.
    if (message === 'bad port') return 'not a valid port for a web link (it is reserved for another service)';
    unknownCode ??= typeof code === 'string' ? code : undefined;
    current = (current as { cause?: unknown }).cause;
  }
  // Still worded, with the code kept for whoever debugs it.
  return unknownCode ? `the connection failed (${unknownCode})` : 'the connection failed';
}

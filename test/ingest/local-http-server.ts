import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, server: LocalServer) => unknown;

export interface LocalServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Requests seen, in order ("GET /path"), with their headers. */
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  /** Body bytes the server managed to hand to the socket, per path. */
  bytesSent: Map<string, number>;
  /** Resolves once the latest response on `path` is over: ended, or its client hung up. */
  responseClosed(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 port 0; routes by exact path (query ignored). */
export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const server: Server = createServer();
  const closed = new Map<string, Promise<void>>();
  const local: LocalServer = {
    origin: '',
    requests: [],
    bytesSent: new Map(),
    responseClosed: (path) => closed.get(path) ?? Promise.reject(new Error(`no request for ${path}`)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    local.requests.push({ path, headers: req.headers });
    closed.set(path, new Promise((resolve) => res.once('close', () => resolve())));
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void Promise.resolve(route(req, res, local)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  local.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return local;
}

/**
 * Streams `totalBytes` of HTML in 64 KB chunks, honouring backpressure, and records how much
 * was actually written before the client hung up.
 */
export function streamHuge(path: string, totalBytes: number, declareLength: boolean): Route {
  return async (_req, res, server) => {
    res.writeHead(200, {
      'content-type': 'text/html',
      ...(declareLength ? { 'content-length': String(totalBytes) } : {}),
    });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    server.bytesSent.set(path, 0);
    while (sent < totalBytes && !res.destroyed) {
      const ok = res.write(chunk);
      sent += chunk.length;
      server.bytesSent.set(path, sent);
      if (!ok) {
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      }
    }
    if (!res.destroyed) res.end();
  };
}

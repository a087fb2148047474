import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

export interface FakeSlackSocket {
  /** Resolves once a client connected and was sent `hello`. */
  connected(): Promise<void>;
  /** Sends an envelope like Slack does; resolves with the payload the client acked it with. */
  send(
    type: 'slash_commands' | 'events_api',
    payload: Record<string, unknown>,
    extra?: { retryAttempt?: number },
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * The Socket Mode side of the fake: apps.connections.open hands out ws://…/socket-mode, and
 * this server speaks the envelope protocol (hello, envelopes, acks by envelope_id).
 */
export function attachFakeSlackSocket(server: Server): FakeSlackSocket {
  const wss = new WebSocketServer({ noServer: true });
  let client: WebSocket | undefined;
  let onConnect: (() => void)[] = [];
  const pendingAcks = new Map<string, (payload: Record<string, unknown>) => void>();

  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/socket-mode')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      client = ws;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
        const resolve = message.envelope_id ? pendingAcks.get(message.envelope_id) : undefined;
        if (resolve) {
          pendingAcks.delete(message.envelope_id!);
          resolve(message.payload ?? {});
        }
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: 'A0000001' },
          debug_info: { host: 'fake' },
        }),
      );
      for (const fn of onConnect) fn();
      onConnect = [];
    });
  });

  return {
    connected: () => (client ? Promise.resolve() : new Promise((resolve) => onConnect.push(resolve))),
    send(type, payload, extra = {}) {
      if (!client) return Promise.reject(new Error('no Socket Mode client connected'));
      const envelopeId = randomUUID();
      const acked = new Promise<Record<string, unknown>>((resolve) => pendingAcks.set(envelopeId, resolve));
      client.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api'
            ? { retry_attempt: extra.retryAttempt ?? 0, retry_reason: extra.retryAttempt ? 'timeout' : '' }
            : {}),
        }),
      );
      return acked;
    },
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

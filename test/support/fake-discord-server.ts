import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeDiscordGateway } from './fake-discord-gateway';
import { handleFakeDiscordRest } from './fake-discord-rest';
import { FakeDiscordState, type InjectedFailure, type RecordedCall } from './fake-discord-state';

export interface FakeDiscordOptions {
  token?: string;
  heartbeatIntervalMs?: number;
  /** Discord's clock (epoch ms) for message ids, timestamps and nonces: a test's virtual clock. */
  now?: () => number;
  /** How long `enforce_nonce` dedupes (default: a few minutes, as Discord does). */
  nonceWindowMs?: number;
}

const NO_AUTH = /^\/(webhooks|interactions)\//;

/**
 * A fake Discord on 127.0.0.1: REST under /api/v10 and a WebSocket gateway at /gateway on the
 * same port. Every REST call is recorded; tests dispatch gateway events and wait for calls.
 */
export class FakeDiscordServer {
  readonly state: FakeDiscordState;
  readonly gateway: FakeDiscordGateway;
  private readonly server: Server;
  private readonly waiters = new Set<() => void>();

  constructor(options: FakeDiscordOptions = {}) {
    this.state = new FakeDiscordState(options.token ?? 'fake-bot-token', options.now, options.nonceWindowMs);
    this.gateway = new FakeDiscordGateway(this.state, () => this.gatewayUrl, options.heartbeatIntervalMs ?? 41_250);
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      if (req.url?.startsWith('/gateway')) this.gateway.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscordServer> {
    const fake = new FakeDiscordServer(options);
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    return fake;
  }

  get token(): string {
    return this.state.token;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL / `rest.api` should be: discord.js appends /v10 itself. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get calls(): RecordedCall[] {
    return this.state.calls;
  }

  failNext(failure: InjectedFailure): void {
    this.state.failures.push(failure);
  }

  /** Sends INTERACTION_CREATE; the interaction's 3-second response window starts now. */
  dispatchInteraction<T extends { id: string; token: string; channel_id: string }>(payload: T): T {
    this.state.interactions.set(payload.id, {
      id: payload.id,
      token: payload.token,
      channelId: payload.channel_id,
      dispatchedAt: Date.now(),
      ephemeral: false,
      deleted: false,
    });
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  dispatchMessage<T>(payload: T): T {
    this.gateway.dispatch('MESSAGE_CREATE', payload);
    return payload;
  }

  /** The user edited a message: MESSAGE_UPDATE with the message as it now reads. */
  dispatchMessageEdit<T extends object>(payload: T): T {
    this.gateway.dispatch('MESSAGE_UPDATE', { ...payload, edited_timestamp: new Date(0).toISOString() });
    return payload;
  }

  /** Resolves with the first recorded call (past or future) that matches; rejects after a while with what was seen. */
  waitForCall(match: (call: RecordedCall) => boolean, timeoutMs = 10_000): Promise<RecordedCall> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.state.calls.find(match);
        if (!found) return false;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(
            `no matching Discord call; saw:\n${this.state.calls.map((c) => `${c.method} ${c.path} ${c.status}`).join('\n')}`,
          ),
        );
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  async waitForIdentify(count = 1, timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (this.gateway.identifiedCount < count) {
      if (Date.now() - started > timeoutMs) throw new Error('the bot never identified on the fake gateway');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const json =
      (req.headers['content-type'] ?? '').includes('application/json') && raw ? JSON.parse(raw) : raw || undefined;
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const botAuth = req.headers.authorization === `Bot ${this.state.token}`;
    let response: { status: number; body?: unknown; headers?: Record<string, string> };
    if (!url.pathname.startsWith('/api/v10/')) response = { status: 404, body: { code: 0, message: '404: Not Found' } };
    else if (!botAuth && !NO_AUTH.test(path))
      response = { status: 401, body: { code: 0, message: '401: Unauthorized' } };
    else
      response = handleFakeDiscordRest(
        { state: this.state, gatewayUrl: this.gatewayUrl, dispatch: (t, d) => this.gateway.dispatch(t, d) },
        { method, path, query: url.searchParams, body: json },
      );
    this.state.calls.push({
      method,
      path,
      query: url.searchParams,
      body: json,
      botAuth,
      status: response.status,
      at: Date.now(),
    });
    const delay = this.state.delays.find((d) => (!d.method || d.method === method) && d.path.test(path));
    if (delay) {
      if (delay.times !== undefined && --delay.times <= 0)
        this.state.delays.splice(this.state.delays.indexOf(delay), 1);
      const { ms } = delay;
      if (ms === 'never') {
        // Stored, never answered: wait for the client to hang up, then let waiters see the call.
        if (!res.destroyed) await new Promise((resolve) => res.once('close', resolve));
        for (const waiter of [...this.waiters]) waiter();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    const drop = this.state.drops.find((d) => (!d.method || d.method === method) && d.path.test(path));
    if (drop) {
      if (drop.times !== undefined && --drop.times <= 0) this.state.drops.splice(this.state.drops.indexOf(drop), 1);
      // Done on Discord's side, but the answer is lost on the way (a reset connection).
      res.socket?.destroy();
      for (const waiter of [...this.waiters]) waiter();
      return;
    }
    if (res.destroyed) return;
    // A 204 carries no body and no JSON content type (discord.js would try to parse one).
    const headers: Record<string, string> = { ...response.headers };
    if (response.status !== 204 && response.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(response.status, headers);
    res.end(response.status === 204 || response.body === undefined ? undefined : JSON.stringify(response.body));
    for (const waiter of [...this.waiters]) waiter();
  }
}

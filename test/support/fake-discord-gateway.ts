import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { fakeSnowflake } from './fake-discord-ids';
import { guildCreatePayload, readyPayload, textChannel, threadChannel } from './fake-discord-payloads';
import type { FakeDiscordState } from './fake-discord-state';

/** What the gateway saw from the bot, for assertions. */
export interface GatewayRecord {
  connections: { query: URLSearchParams }[];
  identifies: { intents: number; compress?: boolean; shard?: [number, number] }[];
  heartbeats: number;
}

/**
 * The Discord gateway (v10, JSON, no zlib-stream): Hello → Identify → READY + GUILD_CREATE,
 * heartbeat acks, then whatever dispatches the test sends. Resume is answered with an invalid
 * session so the client identifies afresh (simpler than replaying, still a real code path).
 */
export class FakeDiscordGateway {
  readonly record: GatewayRecord = { connections: [], identifies: [], heartbeats: 0 };
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly identified = new Set<WebSocket>();
  private seq = 0;

  constructor(
    private readonly state: FakeDiscordState,
    private readonly url: () => string,
    private readonly heartbeatIntervalMs: number,
  ) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(req.url ?? '/', 'http://fake').searchParams;
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, query));
  }

  get identifiedCount(): number {
    return this.identified.size;
  }

  dispatch(event: string, data: unknown): void {
    for (const ws of this.identified) this.send(ws, event, data);
  }

  private send(ws: WebSocket, event: string, data: unknown): void {
    this.seq += 1;
    ws.send(JSON.stringify({ op: 0, t: event, s: this.seq, d: data }));
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(ws: WebSocket, query: URLSearchParams): void {
    this.record.connections.push({ query });
    // Only JSON without transport compression is spoken here; say so loudly rather than garble.
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      ws.close(4002, 'fake gateway speaks JSON without compression only');
      return;
    }
    ws.on('close', () => this.identified.delete(ws));
    ws.on('message', (raw) => this.onFrame(ws, String(raw)));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
  }

  private onFrame(ws: WebSocket, raw: string): void {
    const frame = JSON.parse(raw) as { op: number; d: any };
    if (frame.op === 1) {
      this.record.heartbeats += 1;
      ws.send(JSON.stringify({ op: 11 }));
    } else if (frame.op === 2) {
      const shard = frame.d?.shard as [number, number] | undefined;
      this.record.identifies.push({ intents: frame.d?.intents, compress: frame.d?.compress, shard });
      if (frame.d?.token !== this.state.token) {
        ws.close(4004, 'Authentication failed.');
        return;
      }
      this.seq = 0;
      this.send(ws, 'READY', readyPayload(fakeSnowflake(), this.url(), shard));
      const channels = [...this.state.channels]
        .filter((id) => !this.state.threads.some((t) => t.id === id))
        .map((id) => textChannel(id));
      // Active threads come with GUILD_CREATE; that is how a restarted bot knows its old threads.
      this.send(ws, 'GUILD_CREATE', guildCreatePayload(channels, this.state.threads.map(threadChannel)));
      this.identified.add(ws);
    } else if (frame.op === 6) {
      ws.send(JSON.stringify({ op: 9, d: false }));
    }
  }
}

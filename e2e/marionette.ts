/**
 * A minimal client for Firefox's Marionette (the WebDriver-classic protocol geckodriver speaks to
 * Firefox), enough to drive firefox-esr in the Firefox end-to-end check (scripts/firefox-e2e.ts)
 * without Playwright's patched Firefox or a geckodriver binary.
 *
 * Wire format (Firefox source, remote/marionette/packets.sys.mjs): each packet is
 * `<UTF-8 byte length>:<JSON>`. The server greets with `{"applicationType":"gecko",
 * "marionetteProtocol":3}`; a command is `[0, id, name, params]`, its answer `[1, id, error, result]`.
 */
import net from 'node:net';

/** Per-command bound: a command Firefox never answers fails instead of hanging the check. */
const COMMAND_TIMEOUT_MS = 20_000;

export class MarionetteError extends Error {}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; timer: NodeJS.Timeout }>();
  private greeting: Promise<unknown>;
  private onGreeting!: (v: unknown) => void;
  private closed: Error | null = null;

  private constructor(private socket: net.Socket) {
    this.greeting = new Promise((resolve) => (this.onGreeting = resolve));
    socket.on('data', (chunk) => this.read(chunk));
    const end = (why: string) => {
      this.closed ??= new MarionetteError(`Marionette connection ${why}`);
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(this.closed);
      }
      this.pending.clear();
    };
    socket.on('error', (e) => end(`failed: ${e.message}`));
    socket.on('close', () => end('closed'));
  }

  /** Connects to Marionette on 127.0.0.1:`port` and waits for its greeting. */
  static async connect(port: number, timeoutMs = 10_000): Promise<Marionette> {
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ host: '127.0.0.1', port }, () => resolve(s));
      s.once('error', reject);
    });
    const m = new Marionette(socket);
    const timer = new Promise((_, reject) => setTimeout(() => reject(new MarionetteError(`no Marionette greeting on port ${port} in ${timeoutMs} ms`)), timeoutMs).unref());
    await Promise.race([m.greeting, timer]);
    return m;
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a); // ':'
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const body = this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8');
      this.buffer = this.buffer.subarray(colon + 1 + length);
      const packet = JSON.parse(body) as unknown;
      if (!Array.isArray(packet)) {
        this.onGreeting(packet);
        continue;
      }
      const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
      const p = this.pending.get(id);
      if (!p) continue;
      this.pending.delete(id);
      clearTimeout(p.timer);
      if (error) p.reject(new MarionetteError(`${error.error}: ${error.message}`));
      else p.resolve(result);
    }
  }

  /** Sends one command and resolves with its result (rejects with Marionette's error). */
  send<T = unknown>(name: string, params: object = {}, timeoutMs = COMMAND_TIMEOUT_MS): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    const json = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new MarionetteError(`${name}: no answer from Firefox in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.socket.write(Buffer.concat([Buffer.from(`${json.length}:`, 'ascii'), json]));
    });
  }

  newSession(capabilities: object = {}): Promise<unknown> {
    return this.send('WebDriver:NewSession', { capabilities: { alwaysMatch: capabilities } });
  }

  /** Loads `url` in the current tab and waits for its load event (WebDriver's "normal" strategy). */
  async navigate(url: string): Promise<void> {
    await this.send('WebDriver:Navigate', { url });
  }

  /**
   * Runs `body` (a function body: use `return`, `arguments[i]`) in the current tab's page and
   * returns its value; a returned promise is awaited (WebDriver "execute script").
   */
  async execute<T>(body: string, args: unknown[] = []): Promise<T> {
    const r = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args });
    return r.value;
  }

  /** Opens a new tab and makes it current; returns its window handle. */
  async newTab(): Promise<string> {
    const { handle } = await this.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await this.switchTo(handle);
    return handle;
  }

  async switchTo(handle: string): Promise<void> {
    await this.send('WebDriver:SwitchToWindow', { handle, focus: true });
  }

  async closeTab(): Promise<void> {
    await this.send('WebDriver:CloseWindow');
  }

  /** Ends the session (best effort) and closes the socket. */
  async close(): Promise<void> {
    try {
      if (!this.closed) await this.send('WebDriver:DeleteSession', {}, 3_000);
    } catch {
      // Firefox may already be going away: nothing left to end.
    }
    this.socket.destroy();
  }
}

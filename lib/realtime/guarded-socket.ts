import WebSocket from 'ws';

/**
 * A ws socket whose incoming messages pass a guard before anyone hears them. @y/websocket-server reads
 * messages through its own 'message' listener, so the limits and the read-only rule are applied here, in
 * front of it, rather than by patching the library.
 */
export class GuardedWebSocket extends WebSocket {
  guard: ((data: Uint8Array) => boolean) | null = null;

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'message' && this.guard) {
      const data = args[0];
      const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : Buffer.isBuffer(data) ? data : null;
      if (!bytes || !this.guard(bytes)) return false;
    }
    return super.emit(event, ...args);
  }
}

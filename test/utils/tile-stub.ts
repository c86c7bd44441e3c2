import { once } from 'node:events';
import { createServer, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

/**
 * A tile server on 127.0.0.1 for tests of maps: the same 256 × 256 PNG for
 * every `GET /tiles/{z}/{x}/{y}.png`, 404 otherwise. Records the tiles asked.
 */
export class TileStub {
  readonly requests: string[] = [];
  private tile: Buffer = Buffer.alloc(0);
  private readonly server: Server = createServer((req, res) => this.answer(req.url ?? '/', res));

  static async start(): Promise<TileStub> {
    const stub = new TileStub();
    stub.tile = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#e8e4d8' } })
      .png()
      .toBuffer();
    stub.server.listen(0, '127.0.0.1');
    await once(stub.server, 'listening');
    return stub;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What MAP_TILE_URL (or a commune's map settings) is set to. */
  get urlTemplate(): string {
    return `${this.origin}/tiles/{z}/{x}/{y}.png`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(path: string, res: ServerResponse): void {
    if (!/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) {
      res.writeHead(404).end();
      return;
    }
    this.requests.push(path);
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' }).end(this.tile);
  }
}

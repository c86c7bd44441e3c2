import { once } from 'node:events';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One address of a stubbed answer, in the BAN / Géoplateforme `search` format. */
export interface StubAddress {
  label: string;
  latitude: number;
  longitude: number;
}

/**
 * A geocoder on 127.0.0.1 answering `GET /search` like the French national
 * address API, with the addresses the test gives (whatever the query), or
 * with the status the test sets. Records each query it received.
 */
export class GeocoderStub {
  readonly queries: URLSearchParams[] = [];
  addresses: StubAddress[] = [];
  status = 200;
  retryAfter: string | null = null;

  private readonly server: Server = createServer((req, res) => this.answer(req.url ?? '/', res));

  static async start(addresses: StubAddress[] = []): Promise<GeocoderStub> {
    const stub = new GeocoderStub();
    stub.addresses = addresses;
    stub.server.listen(0, '127.0.0.1');
    await once(stub.server, 'listening');
    return stub;
  }

  /** What GEOCODER_URL is set to. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(path: string, res: import('node:http').ServerResponse): void {
    const url = new URL(path, 'http://stub');
    if (url.pathname !== '/search') {
      res.writeHead(404).end();
      return;
    }
    this.queries.push(url.searchParams);
    if (this.status !== 200) {
      res.writeHead(this.status, this.retryAfter ? { 'retry-after': this.retryAfter } : {}).end('{}');
      return;
    }
    const body = {
      type: 'FeatureCollection',
      features: this.addresses.map((a) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [a.longitude, a.latitude] },
        properties: { label: a.label, score: 0.9, type: 'housenumber' },
      })),
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}

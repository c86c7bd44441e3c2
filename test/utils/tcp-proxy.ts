import { createServer, connect, Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** The same URL (postgres://, redis://) pointed at the proxy. */
  url(targetUrl: string): string;
  /** An outage: every open connection is reset and new ones are reset on arrival, as a restarting server does. */
  cut(): void;
  /** The server is back: new connections go through again. */
  heal(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy between the app under test and a shared server (PostgreSQL,
 * Redis): cutting it is a restart from the app's point of view, without
 * touching the server every other test and engineer uses.
 */
export async function startTcpProxy(
  targetHost: string,
  targetPort: number,
  /** Sees what each connection (numbered from 0) sends to the server, e.g. to read the commands a process sent. */
  onClientData?: (connection: number, chunk: Buffer) => void,
): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let down = false;
  let connections = 0;
  const server = createServer((client) => {
    if (down) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    const connection = connections++;
    if (onClientData) client.on('data', (chunk: Buffer) => onClientData(connection, chunk));
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (targetUrl) => {
      const url = new URL(targetUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    cut: () => {
      down = true;
      for (const socket of open) socket.resetAndDestroy();
    },
    heal: () => {
      down = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

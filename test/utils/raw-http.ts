import { IncomingHttpHeaders, request } from 'node:http';

export interface RawResponse {
  status?: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** An HTTP request whose answer is left as sent (fetch() would decompress it silently and add headers). */
export function rawRequest(
  url: string,
  headers: Record<string, string>,
  options: { method?: string; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export const rawGet = (url: string, headers: Record<string, string>): Promise<RawResponse> => rawRequest(url, headers);

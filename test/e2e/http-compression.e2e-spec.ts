import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawGet, rawRequest } from '../utils/raw-http';
import { startTestApi, TestApi } from '../utils/test-api';

/** What the API renders per request goes compressed to clients that ask; what is compressed ahead of time, as it was. */
describe('HTTP compression', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('sends pages in brotli or gzip as the browser asks, and as they are to a client that asks for neither', async () => {
    const plain = await rawGet(`${api.url}/`, { accept: 'text/html' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toMatch(/^<!DOCTYPE html>/i);

    const br = await rawGet(`${api.url}/`, { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const html = brotliDecompressSync(br.body).toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>$/i);
    expect(br.body.length).toBeLessThan(html.length / 2);

    const gz = await rawGet(`${api.url}/`, { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toMatch(/<\/html>$/);
  });

  it('compresses GraphQL answers above 1 KB, not small answers', async () => {
    const big = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const headers = { 'content-type': 'application/json', 'accept-encoding': 'br' };
    const answer = await rawRequest(`${api.url}/graphql`, headers, { method: 'POST', body: big });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(answer.body).toString('utf8')).data.__schema.types.length).toBeGreaterThan(
      10,
    );

    const small = await rawGet(`${api.url}/healthz`, { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toHaveProperty('status');
  });

  it('compresses an answer of some ten kilobytes (a proposals list) in one call: its compressed length is sent', async () => {
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const plain = await rawRequest(
      `${api.url}/graphql`,
      { 'content-type': 'application/json' },
      { method: 'POST', body },
    );
    expect(plain.body.length).toBeGreaterThan(8 * 1024);
    expect(plain.body.length).toBeLessThan(64 * 1024);
    const headers = { 'content-type': 'application/json', 'accept-encoding': 'br' };
    const answer = await rawRequest(`${api.url}/graphql`, headers, { method: 'POST', body });
    expect(answer.headers['content-encoding']).toBe('br');
    // Through a zlib stream, the answer would go out chunked, without a length.
    expect(answer.headers['transfer-encoding']).toBeUndefined();
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(brotliDecompressSync(answer.body)).toEqual(plain.body);
  });

  it("leaves the website's assets as compressed ahead of time", async () => {
    const page = (await rawGet(`${api.url}/`, { accept: 'text/html' })).body.toString('utf8');
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page)![1];
    const identity = await rawGet(`${api.url}${stylesheet}`, {});
    const br = await rawGet(`${api.url}${stylesheet}`, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body)).toEqual(identity.body);
  });
});

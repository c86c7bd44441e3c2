import { once } from 'node:events';
import { IncomingHttpHeaders, IncomingMessage, request } from 'node:http';
import { HandForm } from '../utils/held-upload';
import { startTestApi, TestApi } from '../utils/test-api';

interface HeldBack {
  status?: number;
  headers: IncomingHttpHeaders;
  /** Settles when the connection closes; rejects if it is still open 10 s after the answer. */
  closed: Promise<unknown>;
  /** Ends the client's side: the connection the server kept, if it did. */
  destroy(): void;
}

/**
 * Posts a multipart body that never ends (its first bytes, then 64 KB of a
 * part, and no more: a client still sending) and resolves on the answer. The
 * bytes sent fit in the sockets' buffers, so the client has nothing left to
 * write when the server answers: a connection the server closes is seen
 * closed after its answer, not as a failed write.
 */
async function postNeverEnding(url: string, form: HandForm, first: string): Promise<HeldBack> {
  const req = request(url, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${form.boundary}`, accept: 'text/html' },
  });
  // A connection the server closed with bytes it did not read is reset: after the answer, it is not this test's error.
  req.on('error', () => undefined);
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    req.on('response', resolve);
    req.on('error', reject);
  });
  req.write(first);
  req.write(Buffer.alloc(64 * 1024, 0x61));
  const res = await answered;
  res.resume();
  res.on('error', () => undefined);
  const socket = req.socket!;
  const closed = socket.destroyed ? Promise.resolve() : once(socket, 'close', { signal: AbortSignal.timeout(10_000) });
  return { status: res.statusCode, headers: res.headers, closed, destroy: () => req.destroy() };
}

/**
 * A request answered before its body is all read (an upload refused at its
 * first part) has its connection closed after the answer, rather than kept
 * alive, stuck, with the client still sending.
 */
describe('HTTP: bodies answered before they are read', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const form = new HandForm();
  it.each([
    {
      what: 'the report form, its file before its token (refused at its first part)',
      path: '/signalements/nouveau',
      first: form.fileHeader('photo', 'big.jpg', 'image/jpeg'),
      status: 403,
    },
    {
      what: 'the report form, a token that is not this browser’s',
      path: '/signalements/nouveau',
      first: form.field('_csrf', 'not-a-token') + form.fileHeader('photo', 'big.jpg', 'image/jpeg'),
      status: 403,
    },
    {
      what: 'a form that takes no file (sign in), sent as multipart',
      path: '/connexion',
      first: form.fileHeader('photo', 'big.bin', 'application/octet-stream'),
      status: 403,
    },
    {
      what: 'the API’s photo upload, a file under another name than `photo`',
      path: '/reports/photos',
      first: form.fileHeader('image', 'big.jpg', 'image/jpeg'),
      status: 400,
    },
  ])('$what: answered, then the connection is closed', async ({ path, first, status }) => {
    const answer = await postNeverEnding(`${api.url}${path}`, form, first);
    try {
      expect(answer.status).toBe(status);
      expect(answer.headers.connection).toBe('close');
      await answer.closed;
    } finally {
      answer.destroy();
    }
  });

  it('keeps the connection of a refused form that arrived whole', async () => {
    const body = Buffer.from(form.fileHeader('photo', 'small.jpg', 'image/jpeg') + 'abc\r\n' + form.end());
    // One write, its length given: the body is there with the headers, before any of it is read.
    const req = request(`${api.url}/signalements/nouveau`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${form.boundary}`,
        'content-length': String(body.length),
        accept: 'text/html',
      },
    });
    req.end(body);
    const [res] = (await once(req, 'response')) as [IncomingMessage];
    res.resume();
    await once(res, 'end');
    expect(res.statusCode).toBe(403);
    expect(res.headers.connection).toBe('keep-alive');
    req.destroy();
  });
});

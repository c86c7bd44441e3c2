import { Writable } from 'node:stream';
import pino from 'pino';
import { logOptions } from './log-options';

/** Logs what a call site passes, through the options every process uses. */
function capture(write: (logger: pino.Logger) => void): string {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  write(pino(logOptions('info', 'test'), sink));
  return out;
}

const EMAIL = 'jeanne.martin@example.fr';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-token';
const CENSUS = 'VOTER123456';
const PASSWORD = 'une phrase de passe solide';

describe('log redaction', () => {
  it('never writes emails, tokens, passwords or census codes, at the top level or one level down', () => {
    const out = capture((logger) => {
      logger.info({ email: EMAIL, token: TOKEN, password: PASSWORD, censusCode: CENSUS }, 'top level');
      logger.info(
        {
          input: { email: EMAIL, password: PASSWORD, censusCode: CENSUS },
          auth: { token: TOKEN },
          report: { reporterEmail: EMAIL, reporterPhone: '0612345678' },
        },
        'nested',
      );
    });
    expect(out.split('\n').filter(Boolean)).toHaveLength(2);
    for (const secret of [EMAIL, TOKEN, PASSWORD, CENSUS, '0612345678']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it("never writes a failed statement's values, which a ballot's insert would hold", () => {
    const failed = Object.assign(new Error('terminating connection due to administrator command'), {
      query: 'INSERT INTO ballots (budget_id, receipt, project_ids) VALUES ($1, $2, $3)',
      parameters: ['budget-id', 'receipt-Zq8xW', ['project-a']],
      detail: 'Key (receipt)=(receipt-Zq8xW) already exists.',
      driverError: { detail: 'Key (receipt)=(receipt-Zq8xW) already exists.' },
    });
    const out = capture((logger) => logger.error({ err: failed }, 'Unexpected error in GraphQL resolver'));
    expect(out).not.toContain('receipt-Zq8xW');
    expect(out).not.toContain('project-a');
    expect(JSON.parse(out).err.query).toContain('INSERT INTO ballots');
  });

  it('logs requests by method, path and id only: no query string, headers or body', () => {
    const out = capture((logger) =>
      logger.info(
        {
          req: {
            id: 'r1',
            method: 'GET',
            url: `/open311/v2/requests.json?api_key=${TOKEN}&email=${EMAIL}`,
            headers: { authorization: `Bearer ${TOKEN}` },
            body: { email: EMAIL },
          },
        },
        'request',
      ),
    );
    expect(JSON.parse(out).req).toEqual({ id: 'r1', method: 'GET', path: '/open311/v2/requests.json' });
  });
});

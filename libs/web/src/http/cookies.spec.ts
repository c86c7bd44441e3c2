import { loadConfig } from '@quorum/config';
import { WebCookies } from './cookies';

const SECRETS = {
  JWT_SECRET: 'x'.repeat(32),
  CENSUS_HMAC_SECRET: 'y'.repeat(32),
  BALLOT_HMAC_SECRET: 'z'.repeat(32),
  OPEN_DATA_PSEUDONYM_SECRET: 'w'.repeat(32),
  AUDIT_PSEUDONYM_SECRET: 'v'.repeat(32),
  MAIL_HASH_SECRET: 'u'.repeat(32),
  PUBLIC_URL: 'https://participer.example.fr',
  SMTP_URL: 'smtp://smtp.example.fr:587',
  MAIL_FROM: 'Quorum <participer@example.fr>',
};

describe('WebCookies', () => {
  it('uses __Host- names and Secure cookies in production', () => {
    const cookies = new WebCookies(loadConfig({ NODE_ENV: 'production', ...SECRETS }));
    expect(cookies.name('session')).toBe('__Host-quorum_session');
    expect(cookies.options(60)).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: true, maxAge: 60 });
  });

  it('works over plain HTTP in development and tests', () => {
    const cookies = new WebCookies(loadConfig({ NODE_ENV: 'test' }));
    expect(cookies.name('csrf')).toBe('quorum_csrf');
    expect(cookies.options().secure).toBe(false);
  });
});

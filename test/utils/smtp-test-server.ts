import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), lower-cased. */
  to: string[];
  parsed: ParsedMail;
}

/**
 * A real SMTP server (smtp-server) on a free port, keeping every message it
 * accepted, parsed by mailparser. `stop()` then `start()` reopens it on the
 * same port, as a mail server that went down and came back.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  private server?: SMTPServer;
  private port = 0;
  private readonly waiters = new Set<() => void>();

  /** The API's mail settings for messages to this server, links under a test town hall's address. */
  get env(): Record<string, string> {
    return {
      SMTP_URL: this.url,
      MAIL_FROM: 'Mairie <participer@mairie-test.fr>',
      PUBLIC_URL: 'https://participer.mairie-test.fr',
    };
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 50,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            // Stopped meanwhile: the client hears 421, not 250, so the message was not accepted.
            if (this.server !== server) {
              callback(Object.assign(new Error('Server shutting down'), { responseCode: 421 }));
              return;
            }
            this.received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), parsed });
            for (const wake of this.waiters) wake();
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /**
   * Refuses every connection from now on and cuts the open ones (421), as a
   * server shut down cleanly: a message counts as received exactly when the
   * client was told so (250). A crash between the two would make any SMTP
   * client send again (RFC 5321 §6.1); that window is not what this models.
   */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Messages whose envelope names `address`. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address.toLowerCase()));
  }

  /** Resolves once `count` messages in all have arrived. */
  async waitForCount(count: number, timeoutMs = 30_000): Promise<void> {
    if (this.received.length >= count) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Timed out waiting for ${count} messages (got ${this.received.length})`));
      }, timeoutMs);
      const check = (): void => {
        if (this.received.length < count) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }
}

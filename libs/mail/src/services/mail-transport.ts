import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { onceUntilFailed, publishFile } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { createTransport } from 'nodemailer';
import { RenderedMail } from '../templates/mail-content';

export interface OutgoingMail extends RenderedMail {
  to: string;
  /** Deterministic per event and recipient, so that a mail client can fold a duplicate. */
  messageId: string;
  /** Names the file in the development mail directory. */
  fileStem: string;
  locale: string;
  /** For messages one may stop receiving: the one-click unsubscribe URL (RFC 8058). */
  unsubscribeUrl?: string;
}

/** Wraps a transport failure without its text, which may quote the address (SMTP 550 <someone@…>). */
export class MailTransportError extends Error {
  constructor(
    readonly code: string | undefined,
    readonly responseCode: number | undefined,
  ) {
    super(`Mail transport failed (${code ?? 'unknown'}${responseCode ? ` ${responseCode}` : ''})`);
  }
}

interface NodemailerError {
  code?: string;
  responseCode?: number;
}

/**
 * Hands a message to the SMTP server (SMTP_URL, a pool of connections), or,
 * outside production without one, writes it as an .eml file in MAIL_DIR
 * (publishFile: written under a temporary name, flushed, renamed and the
 * directory flushed, so that a file is whole or absent, even after a crash
 * or a power cut, and a failed write leaves no temporary file). MAIL_DIR is
 * made at the first message: one removed while the process runs fails the
 * writes until it is back, as the photos' directories do.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly smtp;
  private readonly file = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const url = config.mail.smtpUrl;
    this.smtp = url
      ? createTransport({
          pool: true,
          url,
          maxConnections: 5,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  /** True when messages go to files (development and tests without SMTP_URL). */
  get writesFiles(): boolean {
    return this.smtp === null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message = {
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: {
        'Content-Language': mail.locale,
        'Auto-Submitted': 'auto-generated',
        ...(mail.unsubscribeUrl
          ? {
              'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            }
          : {}),
      },
    };
    try {
      if (this.smtp) {
        await this.smtp.sendMail(message);
        return;
      }
      const info = await this.file.sendMail(message);
      await this.writeFile(mail.fileStem, info.message as Buffer);
    } catch (error) {
      const { code, responseCode } = error as NodemailerError;
      throw new MailTransportError(code, responseCode);
    }
  }

  private async writeFile(stem: string, bytes: Buffer): Promise<void> {
    await this.directoryMade();
    const target = join(this.config.mail.dir, `${stem}.eml`);
    // A temporary name of its own: two writes of one message at once (the same stem) never share one.
    await publishFile(Readable.from([bytes]), `${target}.${randomUUID()}.tmp`, () => target);
  }

  /**
   * Made once for this instance, not before every message: concurrent first messages share the one attempt, and
   * one that failed (a parent that is not a directory yet) is tried again at the next message.
   */
  private readonly directoryMade = onceUntilFailed(async () => {
    await mkdir(this.config.mail.dir, { recursive: true });
  });

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}

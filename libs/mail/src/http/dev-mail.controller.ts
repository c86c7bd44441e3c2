import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { Public } from '@quorum/access';
import { NotFoundException } from '@quorum/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import type { FastifyReply } from 'fastify';

const EML_NAME = /^[A-Za-z0-9-]+\.eml$/;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The messages written to MAIL_DIR, newest first, so that the demo works
 * without a mail server. It exists only outside production and without
 * SMTP_URL: anywhere else every route answers 404.
 */
@Controller('dev/mail')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get enabled(): boolean {
    return this.config.env !== 'production' && this.config.mail.smtpUrl === null;
  }

  @Public()
  @Get()
  async list(@Res() reply: FastifyReply): Promise<void> {
    if (!this.enabled) throw new NotFoundException('Page', 'dev/mail');
    const names = (await readdir(this.config.mail.dir).catch(() => [] as string[]))
      .filter((n) => EML_NAME.test(n))
      .sort()
      .reverse();
    const items = names.map((n) => `<li><a href="/dev/mail/${encodeURIComponent(n)}">${escapeHtml(n)}</a></li>`);
    const html = [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mail written (development)</title></head><body>',
      '<main><h1>Mail written (development)</h1>',
      `<p>${names.length} message(s) in ${escapeHtml(this.config.mail.dir)}; set SMTP_URL to send them instead.</p>`,
      names.length > 0 ? `<ol>${items.join('')}</ol>` : '',
      '</main></body></html>',
    ].join('\n');
    await reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  }

  @Public()
  @Get(':name')
  async show(@Param('name') name: string, @Res() reply: FastifyReply): Promise<void> {
    const path = join(this.config.mail.dir, name);
    const found = this.enabled && EML_NAME.test(name) && (await stat(path).catch(() => null))?.isFile();
    if (!found) throw new NotFoundException('Message', name);
    await reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(await readFile(path));
  }
}

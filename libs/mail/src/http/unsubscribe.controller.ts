import { Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@quorum/access';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { MailSuppressionRepository } from '../repositories/mail-suppression.repository';
import { openUnsubscribeToken, unsubscribeKey } from '../services/unsubscribe-token';
import { MAIL_KIND_LABELS, MailKind } from '../templates/mail-kinds';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Both languages on one page: the link works without a session, so without its language setting. */
function page(title: string, fr: string, en: string, form = ''): string {
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em">',
    `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(fr)}</p><p lang="en">${escapeHtml(en)}</p>${form}</main>`,
    '</body></html>',
  ].join('\n');
}

/**
 * The unsubscribe link of every message that is not about the account
 * itself. GET shows a button (link scanners and previews fetch links, and
 * must not unsubscribe anyone); POST, the button's or a mail client's
 * one-click request (RFC 8058: `List-Unsubscribe=One-Click`, no cookie, no
 * session), records the suppression. The signed token is the only credential.
 */
@Controller('mail/desabonnement')
export class UnsubscribeController {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suppressions: MailSuppressionRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = unsubscribeKey(config.auth.jwtSecret);
  }

  @Public()
  @Get()
  async confirm(@Query('jeton') token: unknown, @Res() reply: FastifyReply): Promise<void> {
    const opened = typeof token === 'string' ? openUnsubscribeToken(this.key, token) : null;
    if (!opened) return this.invalid(reply);
    const form = [
      `<form method="post" action="/mail/desabonnement?jeton=${encodeURIComponent(token as string)}">`,
      '<input type="hidden" name="List-Unsubscribe" value="One-Click">',
      '<button type="submit">Me désabonner <span lang="en">(unsubscribe)</span></button></form>',
    ].join('');
    await this.send(
      reply,
      200,
      page(
        'Se désabonner',
        `Vous ne recevrez plus ${labels(opened.kind).fr} à cette adresse. Les messages sur votre compte (confirmation, mot de passe) continueront.`,
        `You will no longer receive ${labels(opened.kind).en} at this address. Messages about your account (confirmation, password) will continue.`,
        form,
      ),
    );
  }

  @Public()
  @Post()
  @HttpCode(200)
  async unsubscribe(@Query('jeton') token: unknown, @Res() reply: FastifyReply): Promise<void> {
    const opened = typeof token === 'string' ? openUnsubscribeToken(this.key, token) : null;
    if (!opened) return this.invalid(reply);
    await this.suppressions.suppress(this.dataSource.manager, opened.recipientHash, opened.kind);
    await this.send(
      reply,
      200,
      page(
        'Désabonnement enregistré',
        `C'est fait : vous ne recevrez plus ${labels(opened.kind).fr} à cette adresse.`,
        `Done: you will no longer receive ${labels(opened.kind).en} at this address.`,
      ),
    );
  }

  private invalid(reply: FastifyReply): Promise<void> {
    return this.send(
      reply,
      400,
      page(
        'Lien de désabonnement invalide',
        'Ce lien est incomplet, a été modifié ou vient d’un message antérieur au changement de clé des adresses. Copiez-le en entier depuis le message reçu, ou connectez-vous et choisissez vos messages dans « Mon compte ».',
        'This link is incomplete, was altered, or comes from a message sent before the address key changed. Copy it whole from the message you received, or sign in and choose your messages under "My account".',
      ),
    );
  }

  private async send(reply: FastifyReply, status: number, html: string): Promise<void> {
    await reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send(html);
  }
}

function labels(kind: MailKind): { fr: string; en: string } {
  return { fr: MAIL_KIND_LABELS.fr[kind], en: MAIL_KIND_LABELS.en[kind] };
}

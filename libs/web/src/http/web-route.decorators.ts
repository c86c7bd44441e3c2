import { applyDecorators, Get, Post, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Public } from '@quorum/access';
import { CsrfGuard } from './csrf.guard';

/** Marks a Fastify route as a page of the website: session cookie, CSRF on POST, HTML errors. */
export const WEB_ROUTE = { quorumWeb: true } as const;

export function isWebRoute(config: unknown): boolean {
  return (config as { quorumWeb?: unknown } | undefined)?.quorumWeb === true;
}

/** What the multipart parser of a streamed upload takes (busboy's limits, and whether a file over `fileSize` fails the form). */
export interface UploadLimits {
  fileSize: number;
  files: number;
  fields: number;
  parts?: number;
  fieldSize?: number;
  /** False: a file over `fileSize` is cut and marked `truncated` rather than failing the form, so the form can say why. */
  throwFileSizeLimit?: boolean;
}

/**
 * A page whose handler streams its multipart body itself, part by part after its `_csrf` field (a census file, the
 * photos of news, a report's photo), within `limits`: the only website routes that read multipart bodies (any other
 * gets no `body` from one, and the CSRF guard refuses it unread).
 */
export const streamedUploadRoute = (limits: UploadLimits) => ({ ...WEB_ROUTE, quorumStreamedUpload: limits }) as const;

/** A streamed upload's limits, from its route config; undefined for any other route. */
export function streamedUploadLimits(config: unknown): UploadLimits | undefined {
  const limits = (config as { quorumStreamedUpload?: unknown } | undefined)?.quorumStreamedUpload;
  return limits && typeof limits === 'object' ? (limits as UploadLimits) : undefined;
}

/**
 * A page. Open to all as far as the API's guard goes: the page itself asks
 * visitors to sign in where needed, and everything it shows comes from
 * GraphQL, where the API's rules apply.
 */
export const WebGet = (path: string): MethodDecorator => applyDecorators(Get(path), RouteConfig(WEB_ROUTE), Public());

/** A form's target: its CSRF token is checked before the handler runs. */
export const WebPost = (path: string): MethodDecorator =>
  applyDecorators(Post(path), RouteConfig(WEB_ROUTE), Public(), UseGuards(CsrfGuard));

import { applyDecorators, Get, Post, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Public } from '@quorum/access';
import { CsrfGuard } from './csrf.guard';

/** Marks a Fastify route as a page of the website: session cookie, CSRF on POST, HTML errors. */
export const WEB_ROUTE = { quorumWeb: true } as const;

export function isWebRoute(config: unknown): boolean {
  return (config as { quorumWeb?: unknown } | undefined)?.quorumWeb === true;
}

/**
 * A page whose handler streams its multipart body itself (a census file checked part by part after its
 * `_csrf` field): the website's hook that reads small multipart forms into `body` must leave it alone.
 */
export const STREAMED_UPLOAD_ROUTE = { ...WEB_ROUTE, quorumStreamedUpload: true } as const;

export function isStreamedUpload(config: unknown): boolean {
  return (config as { quorumStreamedUpload?: unknown } | undefined)?.quorumStreamedUpload === true;
}

/** A form's target that takes several files (each held in memory, MAX_FORM_FILE_BYTES at most): how many. */
export const formFilesRoute = (files: number) => ({ ...WEB_ROUTE, quorumFormFiles: files }) as const;

/** The files a route's multipart form may carry: one unless its route config says more. */
export function formFiles(config: unknown): number {
  const files = (config as { quorumFormFiles?: unknown } | undefined)?.quorumFormFiles;
  return typeof files === 'number' && files > 1 ? files : 1;
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

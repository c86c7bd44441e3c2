import { applyDecorators, Get, Post, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Roles } from '@quorum/access';
import { CsrfGuard } from '../http/csrf.guard';
import { streamedUploadRoute, UploadLimits, WEB_ROUTE } from '../http/web-route.decorators';
import type { StaffRoute } from './staff-routes';
import { UploadCsrfGuard } from '../http/upload-csrf.guard';

/**
 * A page of the back office. Unlike public pages, the API's own access guard
 * checks the role before the handler runs: anonymous visitors are sent to
 * sign in (UNAUTHENTICATED), other accounts get the 403 page (FORBIDDEN).
 * Every GraphQL operation the page runs checks it again.
 */
export const StaffGet = (route: StaffRoute & { method: 'GET' }): MethodDecorator =>
  applyDecorators(Get(route.path), RouteConfig(WEB_ROUTE), Roles(route.role));

/** A form's target in the back office: the role first, then the CSRF token. */
export const StaffPost = (route: StaffRoute & { method: 'POST' }): MethodDecorator =>
  applyDecorators(Post(route.path), RouteConfig(WEB_ROUTE), Roles(route.role), UseGuards(CsrfGuard));

/**
 * A form with files (multipart/form-data) in the back office, streamed by its handler within `limits`: the role, then
 * the CSRF field sent before the files (nothing of the body is read for an account without the role).
 */
export const StaffUpload = (route: StaffRoute & { method: 'POST' }, limits: UploadLimits): MethodDecorator =>
  applyDecorators(
    Post(route.path),
    RouteConfig(streamedUploadRoute(limits)),
    Roles(route.role),
    UseGuards(UploadCsrfGuard),
  );

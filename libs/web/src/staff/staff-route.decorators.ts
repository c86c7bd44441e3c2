import { applyDecorators, Get, Post, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Roles } from '@quorum/access';
import { CsrfGuard } from '../http/csrf.guard';
import { formFilesRoute, STREAMED_UPLOAD_ROUTE, WEB_ROUTE } from '../http/web-route.decorators';
import type { StaffRoute } from './staff-routes';
import { UploadCsrfGuard } from './upload-csrf.guard';

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

/** A file upload (multipart/form-data) in the back office: the role, then the CSRF field sent before the file. */
export const StaffUpload = (route: StaffRoute & { method: 'POST' }): MethodDecorator =>
  applyDecorators(Post(route.path), RouteConfig(STREAMED_UPLOAD_ROUTE), Roles(route.role), UseGuards(UploadCsrfGuard));

/**
 * A form with a few photos (multipart/form-data, read whole before the guards as report forms are): the role, then the
 * CSRF token, as any form of the back office.
 */
export const StaffPhotosPost = (route: StaffRoute & { method: 'POST' }, files: number): MethodDecorator =>
  applyDecorators(Post(route.path), RouteConfig(formFilesRoute(files)), Roles(route.role), UseGuards(CsrfGuard));

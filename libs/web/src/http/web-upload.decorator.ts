import { applyDecorators, Post, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Public } from '@quorum/access';
import { UploadCsrfGuard } from './upload-csrf.guard';
import { streamedUploadRoute, type UploadLimits } from './web-route.decorators';

/**
 * A public form with a file (multipart/form-data: a report's photo), streamed by its handler within `limits`
 * (readStreamedForm): its `_csrf` field, sent first, is checked before a byte of the file is read. The same form
 * sent without a file (urlencoded) is checked as any other.
 */
export const WebUpload = (path: string, limits: UploadLimits): MethodDecorator =>
  applyDecorators(Post(path), RouteConfig(streamedUploadRoute(limits)), Public(), UseGuards(UploadCsrfGuard));

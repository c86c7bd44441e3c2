import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { LimitedUpload, LimitedWrite, Public } from '@quorum/access';
import { isUuid, NotFoundException, ValidationFailedException } from '@quorum/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_PHOTO_BYTES, PHOTO_CONTENT_TYPES, photoPath, PhotoStorageService } from './photo-storage.service';

/**
 * Photos are uploaded before the report (multipart field `photo`), then
 * attached by passing the returned id as `photoId` to submitIssueReport.
 */
@Controller('reports/photos')
export class ReportPhotoController {
  constructor(private readonly photos: PhotoStorageService) {}

  @LimitedWrite()
  @LimitedUpload()
  @Public()
  @Post()
  async upload(@Req() req: FastifyRequest): Promise<{ id: string; url: string; width: number; height: number }> {
    if (!req.isMultipart()) throw ValidationFailedException.forField('photo', 'send the photo as multipart/form-data');
    const file = await req.file({ limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });
    if (!file || file.fieldname !== 'photo') throw ValidationFailedException.forField('photo', 'is required');
    // Streamed to disk as it arrives (the parser cuts it at the limit, marked `truncated`), never held whole here.
    const photo = await this.photos.storeUpload(file.file);
    return { id: photo.id, url: photoPath(photo), width: photo.width, height: photo.height };
  }

  @Public()
  @Get(':id')
  async serve(@Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const found = isUuid(id) ? await this.photos.read(id) : null;
    if (!found) throw new NotFoundException('Photo', id);
    // Content is immutable once stored: the id never points at other bytes.
    await reply
      .header('content-type', PHOTO_CONTENT_TYPES[found.photo.format])
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(found.data);
  }
}

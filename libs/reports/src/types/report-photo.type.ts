import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportPhotoEntity } from '../entities/report-photo.entity';
import { photoPath } from '../photos/photo-storage.service';

@ObjectType('ReportPhoto')
export class ReportPhotoType {
  @Field(() => ID) id: string;
  @Field({ description: 'Path on this API, e.g. /reports/photos/{id}.' }) url: string;
  @Field(() => Int) width: number;
  @Field(() => Int) height: number;

  static from(entity: ReportPhotoEntity): ReportPhotoType {
    return Object.assign(new ReportPhotoType(), {
      id: entity.id,
      url: photoPath(entity),
      width: entity.width,
      height: entity.height,
    });
  }
}

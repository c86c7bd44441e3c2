import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { DistrictEntity } from '../entities/district.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { containsPoint } from '../domain/point-in-polygon';

@Injectable()
export class MunicipalityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A deployment serves one commune; the first one created is it. */
  async current(): Promise<MunicipalityEntity> {
    const [municipality] = await this.dataSource
      .getRepository(MunicipalityEntity)
      .find({ order: { createdAt: 'ASC' }, take: 1 });
    if (!municipality) throw new NotFoundException('Municipality');
    return municipality;
  }

  districts(municipalityId: string): Promise<DistrictEntity[]> {
    return this.dataSource.getRepository(DistrictEntity).find({ where: { municipalityId }, order: { name: 'ASC' } });
  }

  /** Every district's id and name (a census file may name districts either way). */
  allDistricts(): Promise<Pick<DistrictEntity, 'id' | 'name'>[]> {
    return this.dataSource.getRepository(DistrictEntity).find({ select: { id: true, name: true } });
  }

  findDistrict(id: string): Promise<DistrictEntity | null> {
    return this.dataSource.getRepository(DistrictEntity).findOneBy({ id });
  }

  /**
   * The district containing a point; `undefined` when districts have polygons
   * and none contains it (outside the commune), null when none has polygons.
   */
  async locate(latitude: number, longitude: number): Promise<DistrictEntity | null | undefined> {
    const drawn = (await this.dataSource.getRepository(DistrictEntity).find()).filter((d) => d.geometry);
    if (drawn.length === 0) return null;
    return drawn.find((d) => containsPoint(d.geometry!, latitude, longitude));
  }
}

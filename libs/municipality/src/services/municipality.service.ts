import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@quorum/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { DistrictEntity, GeoJsonPolygon } from '../entities/district.entity';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { containsPoint } from '../domain/point-in-polygon';
import { boundsOf, GeoBounds } from '../domain/bounds-of';
import { LRUCache } from 'lru-cache';

/** The cache key of the commune itself (district lists are keyed by the commune's id). */
const CURRENT = 'current';

@Injectable()
export class MunicipalityService {
  /**
   * The commune and its districts are reused for `MUNICIPALITY_CACHE_MS` (1 s) per process: every page's
   * frame reads them, and on a small server each query's round trip weighed more than rendering the page. A
   * second is short enough that another process (a second API, the worker) sees a settings change as soon
   * as anyone would look; this process forgets them at once when it changes them.
   */
  private readonly reused: LRUCache<string, MunicipalityEntity | DistrictEntity[]> | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const ttl = config.municipality.cacheMs;
    // A failed read is not kept; concurrent callers share one read. A read under way when forget() runs still
    // answers its callers (lru-cache would otherwise reject them with "deleted") and is not kept.
    this.reused =
      ttl > 0
        ? new LRUCache<string, MunicipalityEntity | DistrictEntity[]>({
            max: 64,
            ttl,
            ignoreFetchAbort: true,
            fetchMethod: (key) => (key === CURRENT ? this.readCurrent() : this.readDistricts(key)),
          })
        : null;
  }

  /** A deployment serves one commune; the first one created is it. */
  async current(): Promise<MunicipalityEntity> {
    return (this.reused ? await this.reused.fetch(CURRENT) : await this.readCurrent()) as MunicipalityEntity;
  }

  async districts(municipalityId: string): Promise<DistrictEntity[]> {
    return (
      this.reused ? await this.reused.fetch(municipalityId) : await this.readDistricts(municipalityId)
    ) as DistrictEntity[];
  }

  /** After this process changed the commune: its next read is fresh. */
  forget(): void {
    this.reused?.clear();
  }

  private async readCurrent(): Promise<MunicipalityEntity> {
    const [municipality] = await this.dataSource
      .getRepository(MunicipalityEntity)
      .find({ order: { createdAt: 'ASC' }, take: 1 });
    if (!municipality) throw new NotFoundException('Municipality');
    return municipality;
  }

  private readDistricts(municipalityId: string): Promise<DistrictEntity[]> {
    return this.dataSource.getRepository(DistrictEntity).find({ where: { municipalityId }, order: { name: 'ASC' } });
  }

  /** Every district's id and name (a census file may name districts either way). */
  allDistricts(): Promise<Pick<DistrictEntity, 'id' | 'name'>[]> {
    return this.dataSource.getRepository(DistrictEntity).find({ select: { id: true, name: true } });
  }

  findDistrict(id: string): Promise<DistrictEntity | null> {
    return this.dataSource.getRepository(DistrictEntity).findOneBy({ id });
  }

  /** The box around every district's polygon, or null when none has one. */
  async bounds(): Promise<GeoBounds | null> {
    const districts = await this.districts((await this.current()).id);
    return boundsOf(districts.map((d) => d.geometry).filter((g): g is GeoJsonPolygon => g !== null));
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

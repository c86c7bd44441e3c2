import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, newestFirstPage } from '@quorum/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { boundingBox, EARTH_RADIUS_METERS } from '../domain/haversine';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { IssueReportStatus } from '../types/issue-report-status.enum';

export interface TriageFilter {
  statuses?: IssueReportStatus[];
  categoryCodes?: string[];
  districtId?: string;
  department?: string;
  createdFrom?: Date;
  createdTo?: Date;
  boundingBox?: { south: number; west: number; north: number; east: number };
  near?: { latitude: number; longitude: number; radiusMeters: number };
}

/** Great-circle distance in metres from (:nearLatitude, :nearLongitude) to the report's point. */
const DISTANCE_SQL = `2 * ${EARTH_RADIUS_METERS} * asin(least(1, sqrt(
  power(sin(radians(r.latitude - :nearLatitude) / 2), 2)
  + cos(radians(:nearLatitude)) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - :nearLongitude) / 2), 2))))`;

/** A box in WGS84 degrees. */
export interface ReportBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** The reports of one cell of a grid. */
export interface ReportGroup extends ReportBox {
  count: number;
  latitude: number;
  longitude: number;
}

/** Staff's work list: newest first, keyset-paginated on (created_at, id). */
@Injectable()
export class TriageReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(filter: TriageFilter, first: number, after?: string): Promise<Connection<IssueReportEntity>> {
    const query = this.filtered(filter)
      .leftJoinAndSelect('r.category', 'category')
      .leftJoinAndSelect('r.district', 'district');
    return newestFirstPage(query, first, after);
  }

  /**
   * The reports of the filter counted in a grid of `divisions` × `divisions` cells over `box` (reports
   * outside it in its edge cells), or over the reports' own extent: one row per cell holding any, north
   * to south then west to east. It reads the rows the list's count reads.
   */
  async groups(filter: TriageFilter, divisions: number, box: ReportBox | null): Promise<ReportGroup[]> {
    const [members, parameters] = this.filtered(filter)
      .select('r.latitude', 'lat')
      .addSelect('r.longitude', 'lon')
      .getQueryAndParameters();
    const at = (i: number): string => `$${parameters.length + i}`;
    const cell = (value: string, low: string, high: string): string =>
      `least(greatest(floor((${value} - g.${low}) / greatest(g.${high} - g.${low}, 1e-9) * ${at(1)})::int, 0), ${at(1)} - 1)`;
    const rows: ReportGroup[] = await this.dataSource.query(
      `WITH m AS (${members}),
       g AS (SELECT coalesce(${at(2)}::float8, min(lat)) AS s, coalesce(${at(3)}::float8, min(lon)) AS w,
                    coalesce(${at(4)}::float8, max(lat)) AS n, coalesce(${at(5)}::float8, max(lon)) AS e FROM m)
       SELECT count(*)::int AS count, avg(lat) AS latitude, avg(lon) AS longitude,
              min(lat) AS south, min(lon) AS west, max(lat) AS north, max(lon) AS east
       FROM (SELECT lat, lon, ${cell('lat', 's', 'n')} AS row, ${cell('lon', 'w', 'e')} AS col FROM m CROSS JOIN g) c
       GROUP BY row, col
       ORDER BY row DESC, col`,
      [...parameters, divisions, box?.south ?? null, box?.west ?? null, box?.north ?? null, box?.east ?? null],
    );
    return rows;
  }

  private filtered(filter: TriageFilter): SelectQueryBuilder<IssueReportEntity> {
    const query = this.dataSource.getRepository(IssueReportEntity).createQueryBuilder('r');
    if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.categoryCodes?.length) {
      query.andWhere('r.category_id IN (SELECT id FROM report_categories WHERE code IN (:...codes))', {
        codes: filter.categoryCodes,
      });
    }
    if (filter.districtId) query.andWhere('r.district_id = :districtId', { districtId: filter.districtId });
    if (filter.department) query.andWhere('r.department = :department', { department: filter.department });
    if (filter.createdFrom) query.andWhere('r.created_at >= :from', { from: filter.createdFrom });
    if (filter.createdTo) query.andWhere('r.created_at < :to', { to: filter.createdTo });
    if (filter.boundingBox) {
      const b = filter.boundingBox;
      query.andWhere('r.latitude BETWEEN :south AND :north AND r.longitude BETWEEN :west AND :east', b);
    }
    if (filter.near) {
      const { latitude, longitude, radiusMeters } = filter.near;
      const box = boundingBox(latitude, longitude, radiusMeters);
      // The box first (a range on the coordinates), then the exact distance for its corners.
      query.andWhere('r.latitude BETWEEN :nearSouth AND :nearNorth AND r.longitude BETWEEN :nearWest AND :nearEast', {
        nearSouth: box.south,
        nearNorth: box.north,
        nearWest: box.west,
        nearEast: box.east,
      });
      query.andWhere(`${DISTANCE_SQL} <= :nearRadius`, {
        nearLatitude: latitude,
        nearLongitude: longitude,
        nearRadius: radiusMeters,
      });
    }
    return query;
  }
}

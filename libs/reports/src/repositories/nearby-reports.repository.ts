import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { boundingBox, EARTH_RADIUS_METERS } from '../domain/haversine';
import { IssueReportEntity } from '../entities/issue-report.entity';
import { OPEN_STATUSES_SQL } from '../types/issue-report-status.enum';
import { CategoryService } from '../services/category.service';
import { reportsErrors } from '../errors/reports.exception';

export interface NearbyCriteria {
  latitude: number;
  longitude: number;
  categoryCode?: string | null;
  radiusMeters: number;
  limit: number;
}

export interface NearbyReport {
  report: IssueReportEntity;
  distanceMeters: number;
}

const HAVERSINE_SQL = `2 * ${EARTH_RADIUS_METERS} * asin(least(1, sqrt(
  power(sin(radians(r.latitude - $1) / 2), 2)
  + cos(radians($1)) * cos(radians(r.latitude)) * power(sin(radians(r.longitude - $2) / 2), 2))))`;

/**
 * Open reports within a radius, nearest first. The partial GiST index on
 * point(longitude, latitude) answers the bounding-box test (`<@ box`) so only
 * the reports in a few hundred metres' square are read; the exact haversine
 * distance then filters the box's corners and orders the rest.
 */
export function nearbySql(withCategory: boolean): string {
  return `SELECT id, distance FROM (
      SELECT r.id, ${HAVERSINE_SQL} AS distance
      FROM issue_reports r
      WHERE point(r.longitude, r.latitude) <@ box(point($3, $4), point($5, $6))
        AND r.status IN ${OPEN_STATUSES_SQL}
        ${withCategory ? 'AND r.category_id = $9' : ''}
    ) nearby
    WHERE distance <= $7
    ORDER BY distance, id
    LIMIT $8`;
}

export function nearbyParameters(c: NearbyCriteria, categoryId?: string): unknown[] {
  const box = boundingBox(c.latitude, c.longitude, c.radiusMeters);
  const params: unknown[] = [
    c.latitude,
    c.longitude,
    box.west,
    box.south,
    box.east,
    box.north,
    c.radiusMeters,
    c.limit,
  ];
  return categoryId ? [...params, categoryId] : params;
}

@Injectable()
export class NearbyReportsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: CategoryService,
  ) {}

  async find(criteria: NearbyCriteria): Promise<{ id: string; distanceMeters: number }[]> {
    let categoryId: string | undefined;
    if (criteria.categoryCode) {
      const category = await this.categories.findByCode(criteria.categoryCode);
      if (!category) throw reportsErrors.unknownCategory(criteria.categoryCode);
      categoryId = category.id;
    }
    const rows: { id: string; distance: number }[] = await this.dataSource.query(
      nearbySql(!!categoryId),
      nearbyParameters(criteria, categoryId),
    );
    return rows.map((r) => ({ id: r.id, distanceMeters: Number(r.distance) }));
  }
}

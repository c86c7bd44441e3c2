import { ValidationFailedException } from '@quorum/common';
import { maxLength, minLength } from 'class-validator';
import { REPORT_DESCRIPTION_LENGTH } from '../domain/report-description';
import { SubmitReport } from '../services/issue-report.service';
import { RawParams, singleParam } from './open311-query';

type Body = RawParams;

/** A field given once (a repeated one is refused), trimmed, or undefined when empty. */
const field = (body: Body, name: string): string | undefined => singleParam(body, name)?.trim() || undefined;

function coordinate(body: Body, name: 'lat' | 'long', limit: number): number {
  const raw = field(body, name);
  const value = raw === undefined ? NaN : Number(raw);
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    throw ValidationFailedException.forField(
      name,
      raw === undefined ? 'is required (this endpoint does not geocode addresses)' : 'is not a valid WGS84 coordinate',
    );
  }
  return value;
}

/** An optional field, refused (never cut) when longer than its column: a cut phone number reaches no one. */
function bounded(field: string, value: string | null | undefined, max: number): string | null {
  if (value && value.length > max) throw ValidationFailedException.forField(field, `must be at most ${max} characters`);
  return value || null;
}

/** `attribute[code]=v` and `attribute[code][]=v1&attribute[code][]=v2`, as the spec encodes them. */
function attributesOf(body: Body): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(key);
    if (!match || value === undefined) continue;
    result[match[1]] = match[2] || Array.isArray(value) ? ([] as string[]).concat(value) : value;
  }
  return result;
}

/** Reads a GeoReport v2 POST requests body (form-encoded) into a report to submit. */
export function parsePostRequest(body: Body, apiKeyId: string): SubmitReport {
  const serviceCode = field(body, 'service_code');
  if (!serviceCode) throw ValidationFailedException.forField('service_code', 'is required');
  const description = field(body, 'description');
  if (!description) throw ValidationFailedException.forField('description', 'is required');
  // The GraphQL input's rule, with the same class-validator checks its @MinLength and @MaxLength run.
  const { min, max } = REPORT_DESCRIPTION_LENGTH;
  if (!minLength(description, min))
    throw ValidationFailedException.forField('description', `must be at least ${min} characters`);
  if (!maxLength(description, max))
    throw ValidationFailedException.forField('description', `must be at most ${max} characters`);
  const email = bounded('email', field(body, 'email'), 254);
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw ValidationFailedException.forField('email', 'is not an email address');
  const name = [field(body, 'first_name'), field(body, 'last_name')].filter(Boolean).join(' ');
  return {
    categoryCode: serviceCode,
    description,
    latitude: coordinate(body, 'lat', 90),
    longitude: coordinate(body, 'long', 180),
    address: bounded('address_string', field(body, 'address_string'), 255),
    attributes: attributesOf(body),
    email,
    name: bounded('first_name', name, 160),
    phone: bounded('phone', field(body, 'phone'), 40),
    apiKeyId,
  };
}

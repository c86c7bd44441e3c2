import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { NotFoundException } from '@quorum/common';

export type Open311Format = 'json' | 'xml';

/** XML element names for the items of each list, as in the spec's examples. */
const ITEM_NAMES: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  service_request_updates: 'request_update',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
};

export function parseFormat(format: string | undefined): Open311Format {
  if (format === 'json' || format === 'xml') return format;
  throw new NotFoundException('Format', format);
}

/** Splits `code.json` into its two parts (service codes never contain a dot). */
export function splitFormat(file: string): { name: string; format: Open311Format } {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) throw new NotFoundException('Format');
  return { name: file.slice(0, dot), format: parseFormat(file.slice(dot + 1)) };
}

/** W3C datetime with an explicit offset, as GeoReport v2 asks. */
export function w3c(date: Date | null): string | null {
  return date ? date.toISOString().replace(/\.\d{3}Z$/, '+00:00') : null;
}

function appendNode(parent: XMLBuilder, name: string, value: unknown): void {
  const element = parent.ele(name);
  if (Array.isArray(value)) {
    for (const item of value) appendNode(element, ITEM_NAMES[name] ?? 'item', item);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) appendNode(element, key, child);
  } else if (value !== null && value !== undefined) {
    element.txt(String(value));
  }
}

/**
 * JSON is the list (or object) itself; XML wraps it in the root element the
 * spec names, one child per item. A character XML 1.0 forbids (a control
 * character, U+FFFE, U+FFFF, a lone surrogate) becomes U+FFFD in XML: input
 * validation refuses them, but a row stored before that (or written by SQL)
 * must not make the whole feed unparsable.
 */
export function render(format: Open311Format, root: string, body: unknown): { contentType: string; payload: string } {
  if (format === 'json') return { contentType: 'application/json; charset=utf-8', payload: JSON.stringify(body) };
  const document = create({ version: '1.0', encoding: 'utf-8', invalidCharReplacement: '\uFFFD' });
  if (Array.isArray(body)) {
    appendNode(document, root, body);
  } else {
    const element = document.ele(root);
    for (const [key, child] of Object.entries(body as object)) appendNode(element, key, child);
  }
  return { contentType: 'text/xml; charset=utf-8', payload: document.end({ prettyPrint: false }) };
}

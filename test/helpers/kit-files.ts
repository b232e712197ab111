// Reading the admin kit's files as IT's tools would: regedit's UTF-16 .reg, plist profiles, JSON.
import { expect } from 'vitest';
import type { Kit } from '../../scripts/admin-kit/kit';
import { parseXml } from './admx-validate';

/** Text of a kit file; .reg files are UTF-16LE after their BOM, .ps1 UTF-8 after theirs. */
export function kitText(files: Kit, path: string): string {
  const content = files.get(path);
  if (content === undefined) throw new Error(`no ${path} in the kit`);
  if (typeof content === 'string') return content;
  if (path.endsWith('.reg')) return content.subarray(2).toString('utf16le');
  return content.toString('utf8').replace(/^\uFEFF/, '');
}

export function xmlDoc(xml: string): Document {
  const { doc, problems } = parseXml(xml);
  expect(problems, 'XML must be well-formed').toEqual([]);
  return doc!;
}

/** A plist element as a plain value (only the types the kit writes). */
export function plistValue(el: Element): unknown {
  const kids = [...el.children];
  switch (el.tagName) {
    case 'string':
      return el.textContent;
    case 'integer':
      return Number(el.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'array':
      return kids.map(plistValue);
    case 'dict':
      return Object.fromEntries(
        kids.filter((_, i) => i % 2 === 0).map((k, i) => [k.textContent, plistValue(kids[2 * i + 1]!)]),
      );
    default:
      throw new Error(`unexpected plist element ${el.tagName}`);
  }
}

export type RegValues = Record<string, string | number>;
export interface RegFile {
  /** Keys written, with their values (active lines only). */
  readonly keys: Map<string, RegValues>;
  /** Keys deleted with [-KEY]. */
  readonly deleted: string[];
}

/** A .reg file as regedit imports it: commented lines (;) do nothing. */
export function parseReg(reg: string): RegFile {
  const keys = new Map<string, RegValues>();
  const deleted: string[] = [];
  let current: RegValues | null = null;
  for (const line of reg.split('\r\n')) {
    const del = /^\[-(.+)\]$/.exec(line);
    if (del) deleted.push(del[1]!);
    const key = /^\[([^-].*)\]$/.exec(line);
    if (key) keys.set(key[1]!, (current = {}));
    const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (value && current) current[value[1]!] = value[3] ? parseInt(value[3], 16) : value[2]!.replace(/\\(.)/g, '$1');
  }
  return { keys, deleted };
}

type SchemaNode = { type?: string; items?: SchemaNode; properties?: Record<string, SchemaNode> };
/** Where `value` breaks the schema's types: the types Chromium checks before storage.managed. */
export function typeErrors(value: unknown, schema: SchemaNode, path: string): string[] {
  if (schema.type === 'array') {
    return Array.isArray(value) ? value.flatMap((v, i) => typeErrors(v, schema.items ?? {}, `${path}[${i}]`)) : [path];
  }
  if (schema.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
    return Object.entries(value).flatMap(([k, v]) =>
      schema.properties?.[k]
        ? typeErrors(v, schema.properties[k]!, `${path}.${k}`)
        : [`${path}.${k} (not in the schema)`],
    );
  }
  return typeof value === schema.type ? [] : [path];
}

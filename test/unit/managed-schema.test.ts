import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../src/lib/settings';

interface SchemaNode {
  type?: string;
  $ref?: string;
  id?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
}

const schema = JSON.parse(
  readFileSync(new URL('../../src/managed-schema.json', import.meta.url), 'utf8'),
) as SchemaNode;
const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  storage?: { managed_schema?: string };
};
const TYPES = ['string', 'integer', 'number', 'boolean', 'array', 'object'];

/** Every node with its path, depth first. */
function nodes(node: SchemaNode, path = '$'): [string, SchemaNode][] {
  const out: [string, SchemaNode][] = [[path, node]];
  for (const [k, child] of Object.entries(node.properties ?? {})) out.push(...nodes(child, `${path}.${k}`));
  if (node.items) out.push(...nodes(node.items, `${path}[]`));
  if (node.additionalProperties) out.push(...nodes(node.additionalProperties, `${path}{*}`));
  return out;
}

describe('storage.managed_schema, within Chromium rules for it', () => {
  it('is the manifest managed_schema', () => {
    expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
  });

  it('has an object root without additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it.each(nodes(schema))('%s has exactly one type or $ref, of a known type', (_path, node) => {
    expect(Number('type' in node) + Number('$ref' in node)).toBe(1);
    if (node.type) expect(TYPES).toContain(node.type);
    if (node.type === 'array') expect(node.items).toBeDefined();
    if (node.type === 'object')
      expect(node.properties ?? node.additionalProperties ?? node.patternProperties).toBeDefined();
  });

  it('gives every key a title and a description', () => {
    for (const [path, node] of nodes(schema).slice(1)) {
      if (path.endsWith('[]')) continue; // array items are described by their array
      expect(node.title, path).toBeTruthy();
      expect(node.description, path).toBeTruthy();
    }
  });

  it('declares exactly the settings keys, with their types', () => {
    expect(Object.keys(schema.properties ?? {})).toEqual(SETTING_KEYS);
    for (const key of SETTING_KEYS) {
      const value = DEFAULT_SETTINGS[key];
      const type = Array.isArray(value) ? 'array' : typeof value;
      expect(schema.properties?.[key]?.type, key).toBe(type);
    }
  });
});

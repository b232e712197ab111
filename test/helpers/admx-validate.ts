// Validates ADMX and ADML files as the Group Policy editor does when it loads them: the schema's
// structure (admx-grammar.ts), then the references between the two files. Returns the problems found,
// each with where it is, so that a failing test says what to fix.
import { JSDOM } from 'jsdom';
import { ADML_ROOT, ADMX_ROOT, type AttrType, CONTROL_FOR_ELEMENT, type ElementRule } from './admx-grammar';

export const ADMX_NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const { window } = new JSDOM('');

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ATTR_TYPES: Readonly<Record<AttrType, (v: string) => boolean>> = {
  itemName: (v) => NAME.test(v),
  itemReference: (v) => /^([A-Za-z_][A-Za-z0-9_.-]*:)?[A-Za-z_][A-Za-z0-9_.-]*$/.test(v),
  stringRef: (v) => /^\$\(string\.[\p{L}\p{N}_]+\)$/u.test(v),
  presentationRef: (v) => /^\$\(presentation\.[\p{L}\p{N}_]+\)$/u.test(v),
  resourceId: (v) => /^[\p{L}\p{N}_]+$/u.test(v),
  versionString: (v) => /^\d+\.\d+$/.test(v),
  registryKey: (v) =>
    v.length > 0 && v.length <= 255 && !v.startsWith('\\') && !v.endsWith('\\') && !v.includes('\\\\'),
  string: () => true,
  uint: (v) => /^\d+$/.test(v) && Number(v) <= 0xffffffff,
  boolean: (v) => v === 'true' || v === 'false',
  policyClass: (v) => v === 'Machine' || v === 'User' || v === 'Both',
};

export function parseXml(xml: string): { doc: Document | null; problems: string[] } {
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return { doc: null, problems: ['not well-formed XML'] };
  return { doc, problems: [] };
}

const kids = (el: Element): Element[] => [...el.children];
const where = (el: Element): string => {
  const path: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const id = e.getAttribute('name') ?? e.getAttribute('id') ?? e.getAttribute('refId');
    path.unshift(id ? `${e.localName}[${id}]` : e.localName);
  }
  return path.join('/');
};

/** The element against its rule: attributes, then children in sequence, recursively. */
function checkElement(el: Element, rule: ElementRule, out: string[]): void {
  if (el.namespaceURI !== ADMX_NS) out.push(`${where(el)}: not in the namespace ${ADMX_NS}`);
  const attrs = rule.attrs ?? {};
  for (const a of [...el.attributes]) {
    if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
    const spec = attrs[a.name];
    if (!spec) out.push(`${where(el)}: unknown attribute ${a.name}`);
    else if (!ATTR_TYPES[spec.type](a.value))
      out.push(`${where(el)}: ${a.name}="${a.value}" is not a valid ${spec.type}`);
  }
  for (const [name, spec] of Object.entries(attrs)) {
    if ('required' in spec && spec.required && !el.hasAttribute(name))
      out.push(`${where(el)}: missing attribute ${name}`);
  }
  const text = [...el.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join('');
  if (text.trim() && !rule.text) out.push(`${where(el)}: text not allowed here`);
  if (rule.text?.maxLength !== undefined && text.length > rule.text.maxLength)
    out.push(`${where(el)}: text longer than ${rule.text.maxLength}`);
  const children = kids(el);
  let i = 0;
  for (const particle of rule.children ?? []) {
    let count = 0;
    while (i < children.length && count < particle.max) {
      const child = children[i]!;
      const childRule = particle.names[child.localName];
      if (!childRule) break;
      checkElement(child, childRule, out);
      i++;
      count++;
    }
    if (count < particle.min)
      out.push(`${where(el)}: expected ${Object.keys(particle.names).join(' or ')} (at least ${particle.min})`);
  }
  for (const extra of children.slice(i)) out.push(`${where(extra)}: element not allowed here, or out of order`);
}

const byTag = (doc: Document, tag: string): Element[] => [...doc.getElementsByTagNameNS(ADMX_NS, tag)];
const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';
const refName = (ref: string): string => ref.replace(/^\$\((string|presentation)\./, '').replace(/\)$/, '');

function duplicates(values: readonly string[], what: string, out: string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) out.push(`duplicate ${what} ${v}`);
    seen.add(v);
  }
}

/** One ADMX with its ADMLs (one per language): structure, then every reference resolved. */
export function validateAdmx(admxXml: string, admls: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  const admx = parseXml(admxXml);
  if (!admx.doc) return admx.problems.map((p) => `ADMX: ${p}`);
  const root = admx.doc.documentElement;
  if (root.localName !== 'policyDefinitions') return [`ADMX: root is ${root.localName}, not policyDefinitions`];
  checkElement(root, ADMX_ROOT, out);
  const policies = byTag(admx.doc, 'policy');
  const categories = byTag(admx.doc, 'category').map((c) => attr(c, 'name'));
  const definitions = byTag(admx.doc, 'definition').map((d) => attr(d, 'name'));
  const prefixes = byTag(admx.doc, 'using').map((u) => attr(u, 'prefix'));
  duplicates(
    policies.map((p) => attr(p, 'name')),
    'policy name',
    out,
  );
  duplicates(categories, 'category name', out);
  for (const ref of byTag(admx.doc, 'parentCategory').map((e) => attr(e, 'ref'))) {
    const [prefix, name] = ref.includes(':') ? ref.split(':') : ['', ref];
    if (prefix ? !prefixes.includes(prefix!) : !categories.includes(name!))
      out.push(`parentCategory ${ref} does not resolve`);
  }
  for (const p of policies) {
    const support = p.getElementsByTagNameNS(ADMX_NS, 'supportedOn')[0];
    if (support && !attr(support, 'ref').includes(':') && !definitions.includes(attr(support, 'ref')))
      out.push(`${where(p)}: supportedOn ${attr(support, 'ref')} does not resolve`);
    const elements = kids(p).find((c) => c.localName === 'elements');
    duplicates(elements ? kids(elements).map((e) => attr(e, 'id')) : [], `element id in ${attr(p, 'name')}`, out);
    for (const e of elements ? kids(elements) : []) {
      if (['text', 'enum', 'decimal', 'multiText'].includes(e.localName) && !e.hasAttribute('valueName'))
        out.push(`${where(e)}: no valueName`);
    }
    const hasValue = kids(p).some((c) => c.localName === 'enabledValue');
    if (hasValue && !p.hasAttribute('valueName')) out.push(`${where(p)}: enabledValue without valueName`);
  }
  const stringRefs = [...admxXml.matchAll(/\$\(string\.([^)]+)\)/g)].map((m) => m[1]!);
  const revision = attr(byTag(admx.doc, 'resources')[0] ?? root, 'minRequiredRevision');
  for (const [lang, xml] of Object.entries(admls))
    out.push(...validateAdml(xml, lang, { stringRefs, policies, revision }));
  return out;
}

interface AdmxFacts {
  readonly stringRefs: readonly string[];
  readonly policies: readonly Element[];
  readonly revision: string;
}

function validateAdml(xml: string, lang: string, admx: AdmxFacts): string[] {
  const out: string[] = [];
  const parsed = parseXml(xml);
  if (!parsed.doc) return parsed.problems.map((p) => `ADML ${lang}: ${p}`);
  const root = parsed.doc.documentElement;
  if (root.localName !== 'policyDefinitionResources') return [`ADML ${lang}: root is ${root.localName}`];
  checkElement(root, ADML_ROOT, out);
  if (Number(attr(root, 'revision')) < Number(admx.revision))
    out.push(`ADML ${lang}: revision below the ADMX's minRequiredRevision`);
  const strings = byTag(parsed.doc, 'string').map((s) => attr(s, 'id'));
  const presentations = new Map(byTag(parsed.doc, 'presentation').map((p) => [attr(p, 'id'), p]));
  duplicates(strings, 'string id', out);
  duplicates(
    [...byTag(parsed.doc, 'presentation')].map((p) => attr(p, 'id')),
    'presentation id',
    out,
  );
  for (const ref of admx.stringRefs) if (!strings.includes(ref)) out.push(`ADML ${lang}: no string ${ref}`);
  for (const policy of admx.policies) {
    const ref = policy.getAttribute('presentation');
    const elements = kids(policy).find((c) => c.localName === 'elements');
    const typeOf = new Map((elements ? kids(elements) : []).map((e) => [attr(e, 'id'), e.localName]));
    if (!ref) {
      if (typeOf.size) out.push(`${where(policy)}: elements without a presentation`);
      continue;
    }
    const presentation = presentations.get(refName(ref));
    if (!presentation) {
      out.push(`ADML ${lang}: no presentation ${refName(ref)}`);
      continue;
    }
    for (const control of kids(presentation).filter((c) => c.hasAttribute('refId'))) {
      const type = typeOf.get(attr(control, 'refId'));
      if (!type) out.push(`ADML ${lang}: ${where(control)} refers to no element of ${attr(policy, 'name')}`);
      else if (CONTROL_FOR_ELEMENT[type] !== control.localName)
        out.push(`ADML ${lang}: ${where(control)} cannot show a ${type} element`);
    }
  }
  return out;
}

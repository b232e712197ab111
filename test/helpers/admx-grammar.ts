// The rules of Microsoft's ADMX/ADML schema (PolicyDefinitionFiles.xsd, Group Policy ADMX syntax
// reference) for the elements an ADMX kit uses, restated as data: which attributes each element takes
// and of what type, and which children in which order. Elements the kit never writes are allowed where
// the schema allows them but not described further: the validator then reports them as unknown.

export type AttrType =
  | 'itemName'
  | 'itemReference'
  | 'stringRef'
  | 'presentationRef'
  | 'versionString'
  | 'registryKey'
  | 'string'
  | 'uint'
  | 'boolean'
  | 'policyClass'
  | 'resourceId';

/** One step of a sequence: one of `names` (a choice when there are several), min to max times. */
export interface Particle {
  readonly names: Readonly<Record<string, ElementRule>>;
  readonly min: number;
  readonly max: number;
}

export interface ElementRule {
  readonly attrs?: Readonly<Record<string, { readonly type: AttrType; readonly required?: boolean }>>;
  /** A sequence of particles; no children allowed when absent. */
  readonly children?: readonly Particle[];
  /** Character content allowed (and, with maxLength, bounded). */
  readonly text?: { readonly maxLength?: number };
}

const many = Number.POSITIVE_INFINITY;
const req = <T extends AttrType>(type: T): { type: T; required: true } => ({ type, required: true });
const opt = <T extends AttrType>(type: T): { type: T } => ({ type });
const p = (name: string, rule: ElementRule, min = 1, max = 1): Particle => ({ names: { [name]: rule }, min, max });
const choice = (names: Readonly<Record<string, ElementRule>>, min = 1, max = 1): Particle => ({ names, min, max });
const textOnly: ElementRule = { text: {} };
const empty: ElementRule = {};

const decimal: ElementRule = { attrs: { value: req('uint') } };
/** pd:Value: exactly one of delete, decimal, longDecimal, string (at most 255 characters). */
const value: ElementRule = {
  children: [choice({ delete: empty, decimal, longDecimal: decimal, string: { text: { maxLength: 255 } } })],
};

const descriptive = (): Particle[] => [
  p('annotation', textOnly, 0, many),
  p('parentCategory', { attrs: { ref: req('itemReference') } }, 0, 1),
  p('seeAlso', textOnly, 0, many),
  p('keywords', textOnly, 0, 1),
];

const elementAttrs = {
  id: req('string'),
  clientExtension: opt('string'),
  key: opt('registryKey'),
  valueName: opt('string'),
} as const;
const enumItem: ElementRule = {
  attrs: { displayName: req('stringRef') },
  children: [p('value', value), p('valueList', { children: [] }, 0, 1)],
};
export const POLICY_ELEMENTS: Readonly<Record<string, ElementRule>> = {
  text: {
    attrs: {
      ...elementAttrs,
      required: opt('boolean'),
      maxLength: opt('uint'),
      expandable: opt('boolean'),
      soft: opt('boolean'),
    },
  },
  multiText: {
    attrs: {
      ...elementAttrs,
      required: opt('boolean'),
      maxLength: opt('uint'),
      maxStrings: opt('uint'),
      soft: opt('boolean'),
    },
  },
  decimal: {
    attrs: {
      ...elementAttrs,
      required: opt('boolean'),
      minValue: opt('uint'),
      maxValue: opt('uint'),
      storeAsText: opt('boolean'),
      soft: opt('boolean'),
    },
  },
  longDecimal: {
    attrs: {
      ...elementAttrs,
      required: opt('boolean'),
      minValue: opt('uint'),
      maxValue: opt('uint'),
      storeAsText: opt('boolean'),
      soft: opt('boolean'),
    },
  },
  boolean: { attrs: elementAttrs, children: [p('trueValue', value, 0, 1), p('falseValue', value, 0, 1)] },
  enum: { attrs: { ...elementAttrs, required: opt('boolean') }, children: [p('item', enumItem, 0, many)] },
  list: {
    attrs: {
      id: req('string'),
      clientExtension: opt('string'),
      key: opt('registryKey'),
      valuePrefix: opt('string'),
      additive: opt('boolean'),
      expandable: opt('boolean'),
      explicitValue: opt('boolean'),
    },
  },
};

const policy: ElementRule = {
  attrs: {
    name: req('itemName'),
    class: req('policyClass'),
    displayName: req('stringRef'),
    explainText: opt('stringRef'),
    presentation: opt('presentationRef'),
    key: req('registryKey'),
    valueName: opt('string'),
  },
  children: [
    ...descriptive(),
    p('supportedOn', { attrs: { ref: req('itemReference') } }),
    p('enabledValue', value, 0, 1),
    p('disabledValue', value, 0, 1),
    p('elements', { children: [choice(POLICY_ELEMENTS, 1, many)] }, 0, 1),
  ],
};

export const ADMX_ROOT: ElementRule = {
  attrs: { revision: req('versionString'), schemaVersion: req('versionString') },
  children: [
    p('policyNamespaces', {
      children: [
        p('target', { attrs: { prefix: req('itemName'), namespace: req('string') } }),
        p('using', { attrs: { prefix: req('itemName'), namespace: req('string') } }, 0, many),
      ],
    }),
    p('supersededAdm', { attrs: { fileName: req('string') } }, 0, many),
    p('resources', { attrs: { minRequiredRevision: req('versionString'), fallbackCulture: opt('string') } }),
    p(
      'supportedOn',
      {
        children: [
          p(
            'definitions',
            {
              children: [p('definition', { attrs: { name: req('itemName'), displayName: req('stringRef') } }, 1, many)],
            },
            0,
            1,
          ),
        ],
      },
      0,
      1,
    ),
    p(
      'categories',
      {
        children: [
          p(
            'category',
            {
              attrs: { name: req('itemName'), displayName: req('stringRef'), explainText: opt('stringRef') },
              children: descriptive(),
            },
            1,
            many,
          ),
        ],
      },
      0,
      1,
    ),
    p('policies', { children: [p('policy', policy, 1, many)] }, 0, 1),
  ],
};

const refId = { refId: req('string') } as const;
export const PRESENTATION_CONTROLS: Readonly<Record<string, ElementRule>> = {
  text: textOnly,
  textBox: { attrs: refId, children: [p('label', textOnly), p('defaultValue', textOnly, 0, 1)] },
  multiTextBox: { attrs: { ...refId, showAsDialog: opt('boolean'), defaultHeight: opt('uint') }, text: {} },
  decimalTextBox: {
    attrs: { ...refId, defaultValue: opt('uint'), spinStep: opt('uint'), spin: opt('boolean') },
    text: {},
  },
  checkBox: { attrs: { ...refId, defaultChecked: opt('boolean') }, text: {} },
  comboBox: {
    attrs: { ...refId, noSort: opt('boolean') },
    children: [p('label', textOnly), p('default', textOnly, 0, 1), p('suggestion', textOnly, 0, many)],
  },
  dropdownList: { attrs: { ...refId, noSort: opt('boolean'), defaultItem: opt('uint') }, text: {} },
  listBox: { attrs: { ...refId, required: opt('boolean') }, text: {} },
};

export const ADML_ROOT: ElementRule = {
  attrs: { revision: req('versionString'), schemaVersion: req('versionString') },
  children: [
    p('displayName', textOnly),
    p('description', textOnly),
    p('annotation', textOnly, 0, many),
    p('resources', {
      children: [
        p('stringTable', { children: [p('string', { attrs: { id: req('resourceId') }, text: {} }, 1, many)] }, 0, 1),
        p(
          'presentationTable',
          {
            children: [
              p(
                'presentation',
                { attrs: { id: req('resourceId') }, children: [choice(PRESENTATION_CONTROLS, 0, many)] },
                1,
                many,
              ),
            ],
          },
          0,
          1,
        ),
      ],
    }),
  ],
};

/** Which presentation control may show which policy element. */
export const CONTROL_FOR_ELEMENT: Readonly<Record<string, string>> = {
  text: 'textBox',
  multiText: 'multiTextBox',
  decimal: 'decimalTextBox',
  longDecimal: 'decimalTextBox',
  boolean: 'checkBox',
  enum: 'dropdownList',
  list: 'listBox',
};

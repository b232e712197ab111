import { describe, expect, it } from 'vitest';
import { BROWSER_IDS, BROWSERS, isChromium } from '../../scripts/admin-kit/browsers';
import { type KitOptions, loadInputs, renderAdminKit } from '../../scripts/admin-kit/kit';
import { FIREFOX_PATHS } from '../../scripts/admin-kit/firefox';
import { kitPaths } from '../../scripts/admin-kit/paths';
import { validateAdmx } from '../helpers/admx-validate';
import { kitText, xmlDoc } from '../helpers/kit-files';

// `npm run admin-kit -- --browser both` writes one ADMX/ADML pair per browser; the Group Policy
// editor refuses a file that breaks Microsoft's schema, and a central store refuses two files that
// declare the same namespace. Checked here on the generated output, and on files broken on purpose
// so that the check itself is known to catch each fault.
const inputs = loadInputs();
const kit = renderAdminKit(inputs, { browsers: BROWSER_IDS });
const REAL = 'abcdefghijklmnopabcdefghijklmnop';

function pair(
  files: typeof kit,
  browser: (typeof BROWSER_IDS)[number],
): { admx: string; admls: Record<string, string> } {
  const p = kitPaths(BROWSERS[browser]);
  return {
    admx: kitText(files, p.admx),
    admls: { 'fr-FR': kitText(files, p.adml('fr')), 'en-US': kitText(files, p.adml('en')) },
  };
}

describe('ADMX and ADML against the ADMX schema', () => {
  it.each(BROWSER_IDS)('%s: valid, every reference resolves', (browser) => {
    const { admx, admls } = pair(kit, browser);
    expect(validateAdmx(admx, admls)).toEqual([]);
  });

  it.each<[string, KitOptions]>([
    ['self-hosted id', { id: REAL, updateUrl: 'https://apps.chu.example/saga/update.xml' }],
    ['store id, Edge only', { id: REAL, browsers: ['edge'] }],
  ])('a kit for a real id is valid too (%s)', (_, opts) => {
    const files = renderAdminKit(inputs, opts);
    for (const browser of (opts.browsers ?? BROWSER_IDS).filter(isChromium)) {
      const { admx, admls } = pair(files, browser);
      expect(validateAdmx(admx, admls)).toEqual([]);
    }
  });

  it('firefox: valid, every reference resolves, and its names are its own beside Edge\u2019s and Chrome\u2019s', () => {
    const files = renderAdminKit(inputs);
    const admx = kitText(files, FIREFOX_PATHS.admx);
    const admls = {
      'fr-FR': kitText(files, FIREFOX_PATHS.adml('fr')),
      'en-US': kitText(files, FIREFOX_PATHS.adml('en')),
    };
    expect(validateAdmx(admx, admls)).toEqual([]);
    const all = [...BROWSER_IDS.map((b) => pair(files, b).admx), admx].map(xmlDoc);
    for (const [tag, a] of [
      ['target', 'namespace'],
      ['target', 'prefix'],
      ['category', 'name'],
    ] as const)
      expect(new Set(all.map((d) => d.getElementsByTagName(tag)[0]!.getAttribute(a))).size, `${tag} ${a}`).toBe(3);
    for (const key of [...xmlDoc(admx).getElementsByTagName('policy')].map((e) => e.getAttribute('key')))
      expect(key).toMatch(/^Software\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions\\saga-helper@[a-z.-]+$/);
  });

  it('gives each browser its own namespace, prefix, category, policy names and registry root', () => {
    const docs = BROWSER_IDS.map((b) => xmlDoc(pair(kit, b).admx));
    const first = (d: Document, tag: string, a: string): string => d.getElementsByTagName(tag)[0]!.getAttribute(a)!;
    const all = (d: Document, tag: string, a: string): string[] =>
      [...d.getElementsByTagName(tag)].map((e) => e.getAttribute(a)!);
    for (const [tag, a] of [
      ['target', 'namespace'],
      ['target', 'prefix'],
      ['category', 'name'],
    ] as const) {
      expect(new Set(docs.map((d) => first(d, tag, a))).size, `${tag} ${a}`).toBe(BROWSER_IDS.length);
    }
    const [edge, chrome] = docs as [Document, Document];
    expect(all(edge, 'policy', 'name').filter((n) => all(chrome, 'policy', 'name').includes(n))).toEqual([]);
    for (const key of all(edge, 'policy', 'key'))
      expect(key).toMatch(/^Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\[A-Za-z_]+\\policy$/);
    for (const key of all(chrome, 'policy', 'key'))
      expect(key).toMatch(/^Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\[A-Za-z_]+\\policy$/);
    expect(new Set(BROWSER_IDS.map((b) => kitPaths(BROWSERS[b]).admx.split('/').pop())).size).toBe(BROWSER_IDS.length);
  });

  describe('the check catches what the Group Policy editor refuses', () => {
    const { admx, admls } = pair(kit, 'edge');
    const fr = admls['fr-FR']!;
    const broken: [string, string, Record<string, string>, RegExp][] = [
      ['not well-formed', admx.replace('</policies>', ''), admls, /well-formed/],
      ['wrong namespace', admx.replace('2006/07/PolicyDefinitions', '2006/07/Other'), admls, /namespace/],
      [
        'unknown attribute',
        admx.replace('class="Machine"', 'class="Machine" color="red"'),
        admls,
        /unknown attribute color/,
      ],
      ['bad class', admx.replace('class="Machine"', 'class="Computer"'), admls, /class="Computer"/],
      ['missing key', admx.replace(/ key="[^"]+\\policy"/, ''), admls, /missing attribute key/],
      [
        'hyphen in a string id',
        admx.replaceAll('SagaHelperEdge_adminEmail)', 'SagaHelperEdge-adminEmail)'),
        admls,
        /stringRef/,
      ],
      [
        'children out of order',
        admx.replace(/(<parentCategory ref="[^"]+"\/>)(\s*)(<supportedOn ref="[^"]+"\/>)/, '$3$2$1'),
        admls,
        /out of order|expected supportedOn/,
      ],
      ['no supportedOn', admx.replace(/<supportedOn ref="[^"]+"\/>/, ''), admls, /expected supportedOn/],
      [
        'dangling category',
        admx.replace(/<parentCategory ref="SagaHelperEdge"\/>/, '<parentCategory ref="Nowhere"/>'),
        admls,
        /parentCategory Nowhere/,
      ],
      [
        'dangling supportedOn',
        admx.replace(/<supportedOn ref="SUPPORTED_SagaHelperEdge"\/>/, '<supportedOn ref="SUPPORTED_X"/>'),
        admls,
        /SUPPORTED_X does not resolve/,
      ],
      ['duplicate policy', admx.replace(/( {4}<policy [\s\S]*?<\/policy>\n)/, '$1$1'), admls, /duplicate policy name/],
      [
        'string missing in an ADML',
        admx,
        { ...admls, 'fr-FR': fr.replace(/<string id="SagaHelperEdge_locale">[^<]*<\/string>/, '') },
        /fr-FR: no string SagaHelperEdge_locale/,
      ],
      [
        'presentation missing',
        admx,
        { ...admls, 'fr-FR': fr.replace(/<presentation id="SagaHelperEdge_ccEmail">[\s\S]*?<\/presentation>/, '') },
        /no presentation SagaHelperEdge_ccEmail/,
      ],
      [
        'control pointing nowhere',
        admx,
        { ...admls, 'fr-FR': fr.replace('<textBox refId="ccEmail">', '<textBox refId="ccMail">') },
        /refers to no element/,
      ],
      [
        'control of the wrong type',
        admx,
        {
          ...admls,
          'fr-FR': fr.replace(
            /<listBox refId="disabledRules">([^<]*)<\/listBox>/,
            '<dropdownList refId="disabledRules">$1</dropdownList>',
          ),
        },
        /cannot show a list element/,
      ],
      [
        'enum value over 255 characters',
        admx.replace('<string>fr</string>', `<string>${'x'.repeat(256)}</string>`),
        admls,
        /longer than 255/,
      ],
      [
        'textBox without label',
        admx,
        {
          ...admls,
          'fr-FR': fr.replace(/<textBox refId="ccEmail"><label>[^<]*<\/label>/, '<textBox refId="ccEmail">'),
        },
        /expected label/,
      ],
    ];
    it.each(broken)('%s', (_, badAdmx, badAdmls, problem) => {
      expect(validateAdmx(badAdmx, badAdmls).join('\n')).toMatch(problem);
    });
  });
});

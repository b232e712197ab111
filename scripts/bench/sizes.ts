import { statSync } from 'node:fs';
import { join } from 'node:path';
import { readTree, zipFiles } from '../package/zip';
import type { Row } from './rows';

export const CONTENT_BUDGET_BYTES = 20_000;

/** (g) The built files' sizes, from the copy the browsers loaded, and the ZIP it would package into. */
export async function sizeRows(extension: string): Promise<Row[]> {
  const rows: Row[] = ['content', 'panel', 'background', 'popup', 'options', 'help'].map((name) => {
    const size = statSync(join(extension, `${name}.js`)).size;
    const content = name === 'content';
    return {
      measure: `(g) Size of ${name}.js, minified`,
      value: `${size.toLocaleString('en')} bytes`,
      budget: content ? `≤ ${CONTENT_BUDGET_BYTES.toLocaleString('en')} bytes` : '',
      ok: content ? size <= CONTENT_BUDGET_BYTES : null,
    };
  });
  const zip = zipFiles(await readTree(extension));
  rows.push({
    measure: '(g) Size of the packaged ZIP',
    value: `${zip.length.toLocaleString('en')} bytes`,
    budget: '',
    ok: null,
  });
  return rows;
}

// The store upload folder of a release (release/store/): everything the Chrome Web Store and Edge Add-ons
// forms ask for, in one place. docs/store/ is copied as it is (listing texts, reviewer notes, images made by
// npm run store-images), with the store ZIP and the privacy policy beside it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readTree } from './zip';

export const STORE_DIR = 'store';

/** The files of release/store/, by their path under the release folder; root is the repository. */
export async function storeFiles({
  root,
  zipName,
  zip,
}: {
  root: string;
  zipName: string;
  zip: Buffer;
}): Promise<Map<string, Buffer>> {
  const docs = await readTree(join(root, 'docs/store'));
  // The images are generated, not written by hand: their absence means the script was never run.
  if (!docs.some((f) => /^images\/[^/]+\.png$/.test(f.path))) {
    throw new Error('no store images in docs/store/images/: run npm run store-images');
  }
  const files = new Map([[`${STORE_DIR}/${zipName}`, zip]]);
  for (const { path, data } of docs) files.set(`${STORE_DIR}/${path}`, data);
  files.set(`${STORE_DIR}/PRIVACY.md`, await readFile(join(root, 'PRIVACY.md')));
  return files;
}

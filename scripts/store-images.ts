// `npm run store-images`: the images of the Chrome Web Store and Edge Add-ons listings, into
// docs/store/images/ (or --out DIR). Logos are drawn in Node from the icon's geometry; the promo tile and
// the screenshots are rendered by Chromium on the fixture pages served under the real host names, as
// `npm run demo` does, in French (the directors' language), dressed as Edge.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launch, type Launched } from '../test/e2e/harness/browser';
import { findChromium, INSTALL_HINT } from '../test/e2e/harness/chromium';
import { startSites, type Sites } from '../test/e2e/harness/sites';
import { openScreen, SCREENS } from './demo-shots';
import { acceptKeptNames } from './kept-names';
import { renderLogo } from './make-icons';
import { STORE_IMAGES, type RenderedImage } from './store-images/image-list';
import { opaqueProblem } from './store-images/png-info';
import { framedPopup } from './store-images/popup-frame';
import { promoTile } from './store-images/promo-tile';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run store-images [-- --out DIR]';

function outDir(args: readonly string[]): string | null {
  if (args.length === 0) return join(ROOT, 'docs/store/images');
  const [flag, dir, ...rest] = args;
  return flag === '--out' && dir && rest.length === 0 ? resolve(process.env.INIT_CWD ?? process.cwd(), dir) : null;
}

async function screenshot(launched: Launched, rule: string): Promise<Buffer> {
  const screen = SCREENS.find((s) => s.rules[0] === rule);
  if (!screen) throw new Error(`no screen for ${rule} in scripts/demo-shots.ts`);
  const page = await openScreen(launched, screen);
  // omitBackground stays false: the page's own white is kept, so the PNG has no alpha channel.
  const png = await page.screenshot({ animations: 'disabled' });
  await page.close();
  return png;
}

async function render(launched: Launched, image: RenderedImage): Promise<Buffer> {
  if (image.kind === 'promo') return promoTile(launched.context);
  if (image.kind === 'popup') return framedPopup(launched);
  if (!image.rule) throw new Error(`${image.file}: a screenshot without a rule`);
  return screenshot(launched, image.rule);
}

async function main(): Promise<number> {
  const out = outDir(process.argv.slice(2));
  if (!out) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.error(`No ${relative(ROOT, DIST)}/manifest.json: build the extension first (npm run build).`);
    return 1;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(`No Chromium found: ${INSTALL_HINT}`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  const write = (file: string, png: Buffer): void => {
    writeFileSync(join(out, file), png);
    console.log(`  ${relative(process.cwd(), join(out, file)) || file}`);
  };
  for (const image of STORE_IMAGES) if (image.kind === 'logo') write(image.file, renderLogo(image.width, image.pad));

  let sites: Sites | undefined;
  let launched: Launched | undefined;
  try {
    sites = await startSites();
    launched = await launch({ executablePath, port: sites.port });
    await acceptKeptNames(launched.context);
    for (const image of STORE_IMAGES) {
      if (image.kind === 'logo') continue;
      const png = await render(launched, image);
      // The Chrome Web Store refuses screenshots with alpha: fail here rather than at upload.
      const problem = opaqueProblem(png, image.width, image.height);
      if (problem) throw new Error(`${image.file}: ${problem}`);
      write(image.file, png);
    }
  } finally {
    await launched?.close();
    await sites?.close();
  }
  console.log(`${STORE_IMAGES.length} store images in ${relative(process.cwd(), out) || '.'}/`);
  return 0;
}

process.exitCode = await main();

// The small promotional tile (440 x 280) of both stores: the icon, the name and one line in French, on the
// brand blue, rendered by Chromium so the text is set by a real font engine.
import type { BrowserContext } from 'playwright-core';
import { renderLogo } from '../make-icons';

// No-break spaces: « à SAGA Directeurs » goes to the next line whole.
export const PROMO_LINE = 'Aide à la connexion à\u00a0SAGA\u00a0Directeurs';

interface Tile {
  readonly icon: string;
  readonly name: string;
  readonly line: string;
}

// Runs in the browser: only DOM APIs and the values it is given.
function draw(t: Tile): void {
  const style = document.createElement('style');
  // Colours of the panel's palette (DSFR): brand blue, white text; the icon sits on a white plate so its
  // own blue square does not melt into the background.
  style.textContent = `
    body { margin: 0; width: 440px; height: 280px; overflow: hidden; background: #000091; color: #fff;
      font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
    .tile { height: 280px; display: flex; align-items: center; gap: 22px; padding: 0 28px; }
    .plate { flex: none; width: 100px; height: 100px; border-radius: 20px; background: #fff;
      display: flex; align-items: center; justify-content: center; }
    .plate img { width: 84px; height: 84px; display: block; }
    .name { margin: 0 0 10px; font-size: 30px; font-weight: 700; line-height: 1.1; white-space: nowrap; }
    .line { margin: 0; font-size: 18px; line-height: 1.35; }
    .rule { width: 48px; height: 4px; margin: 0 0 12px; background: #fff; }`;
  document.head.append(style);
  const tile = document.createElement('div');
  tile.className = 'tile';
  const plate = document.createElement('div');
  plate.className = 'plate';
  const icon = document.createElement('img');
  icon.src = t.icon;
  icon.alt = '';
  plate.append(icon);
  const text = document.createElement('div');
  const name = document.createElement('p');
  name.className = 'name';
  name.textContent = t.name;
  const rule = document.createElement('div');
  rule.className = 'rule';
  const line = document.createElement('p');
  line.className = 'line';
  line.textContent = t.line;
  text.append(name, rule, line);
  tile.append(plate, text);
  document.body.append(tile);
}

/** The tile as an opaque PNG. */
export async function promoTile(context: BrowserContext): Promise<Buffer> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  const icon = `data:image/png;base64,${renderLogo(84).toString('base64')}`;
  await page.evaluate(draw, { icon, name: 'SAGA Helper', line: PROMO_LINE });
  await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  const png = await page.screenshot();
  await page.close();
  return png;
}

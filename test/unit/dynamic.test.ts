import { describe, expect, it } from 'vitest';
import { openFixture, openHtml, start, until, type Page } from '../helpers/page';

const RIGHTS = "Vous n'avez aucun droit valide défini au niveau de votre compte utilisateur.";

function arretes(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++)
    items.push(`<li><a href="/a/${i}">_ARRETE_2019${i}</a> <span>du 08/03/2019</span></li>`);
  return `<main><h1>Arrêtés</h1><ul>${items.join('')}</ul></main>`;
}

describe('pages that change under the extension', () => {
  it('catches an error inserted a moment after load (the fixture page does it itself)', async () => {
    const page = start(openFixture('saga.cng.sante.fr/late-error.html'));
    expect(page.rules()).toEqual([]);
    await until(() => page.rules().length > 0);
    expect(page.rules()).toEqual(['saga-rights-invalid']);
  });

  it('catches an error revealed by removing `hidden` or display:none', async () => {
    const page = start(
      openHtml(
        `<p id="e" hidden>${RIGHTS}</p><p id="f" style="display:none">Appairage impossible</p>`,
        'https://saga.cng.sante.fr/',
      ),
    );
    const doc = page.dom.window.document;
    expect(page.rules()).toEqual([]);
    doc.getElementById('e')?.removeAttribute('hidden');
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    (doc.getElementById('f') as HTMLElement).style.display = 'block';
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid', 'saga-pairing-failed']);
    (doc.getElementById('e') as HTMLElement).classList.add('x');
    doc.getElementById('e')?.setAttribute('hidden', '');
    await page.settle();
    expect(page.rules()).toEqual(['saga-pairing-failed']);
  });

  it('catches text typed into an existing element, and text built piece by piece in inline elements', async () => {
    const page = start(openHtml('<div id="msg">Chargement…</div>', 'https://saga.cng.sante.fr/'));
    const doc = page.dom.window.document;
    const msg = doc.getElementById('msg') as HTMLElement;
    (msg.firstChild as Text).data = 'Échec de l’';
    await page.settle();
    expect(page.rules()).toEqual([]);
    const b = doc.createElement('b');
    b.textContent = 'APPAIRAGE';
    msg.append(b);
    await page.settle();
    expect(page.rules()).toEqual(['saga-pairing-failed']);
  });

  it('finds a message whose words stand in a heading and a paragraph of one small box', () => {
    const page = start(
      openHtml('<div class="alert"><h4>Appairage</h4><p>Opération impossible.</p></div>', 'https://saga.cng.sante.fr/'),
    );
    expect(page.rules()).toEqual(['saga-pairing-failed']);
  });

  it('handles a whole body replaced by a single-page app', async () => {
    const page = start(openFixture('saga.cng.sante.fr/login.html'));
    const doc = page.dom.window.document;
    const body = doc.createElement('body');
    body.innerHTML = `<section><p>${RIGHTS}</p></section>`;
    doc.body.replaceWith(body);
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    doc.body.replaceWith(doc.createElement('body'));
    await page.settle();
    expect(page.rules()).toEqual([]);
  });

  it('handles each change in one batch per animation frame, however many mutations', async () => {
    const page = start(openHtml('<ul id="l"></ul>', 'https://saga.cng.sante.fr/'));
    const doc = page.dom.window.document;
    const list = doc.getElementById('l') as HTMLElement;
    const before = page.handle?.stats().flushes ?? 0;
    for (let i = 0; i < 200; i++) list.append(doc.createElement('li'));
    for (let i = 0; i < 100; i++) list.lastElementChild?.remove();
    await page.settle();
    expect((page.handle?.stats().flushes ?? 0) - before).toBe(1);
  });

  it('reads only what changed on a page of 5,000 arrêtés', async () => {
    const page = start(openHtml(arretes(5000), 'https://saga.cng.sante.fr/espace'));
    const doc = page.dom.window.document;
    const initial = page.handle?.stats().blocksRead ?? 0;
    // No error text anywhere: one pass over the page's text, not 5,000 blocks read one by one.
    expect(initial).toBeLessThan(10);
    const p = doc.createElement('p');
    p.textContent = RIGHTS;
    doc.querySelector('main')?.prepend(p);
    doc.querySelector('li span')!.textContent = 'du 09/03/2019';
    await page.settle();
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    expect((page.handle?.stats().blocksRead ?? 0) - initial).toBeLessThanOrEqual(4);
  });

  it('runs in frames on its own: a frame with the error gets its own panel', async () => {
    const host = openFixture('saga.cng.sante.fr/frame-host.html');
    const top = start(host);
    const frame = host.window.document.querySelector('iframe') as HTMLIFrameElement;
    await until(
      () => frame.contentDocument?.readyState === 'complete' && !!frame.contentDocument.body?.textContent?.trim(),
    );
    // jsdom types a frame's window as the DOM's Window; it is a jsdom window all the same. Its ancestors
    // as Chromium lists them (jsdom has no location.ancestorOrigins; test/unit/frames.test.ts has the rest).
    const win = frame.contentWindow as unknown as Page['window'];
    Object.defineProperty(win.location, 'ancestorOrigins', { value: ['https://saga.cng.sante.fr'] });
    const framed = start({ window: win });
    expect(top.rules()).toEqual([]);
    expect(framed.rules()).toEqual(['saga-rights-invalid']);
  });

  it('does nothing on other sites, even with the error text', () => {
    const page = start(openHtml(`<p>${RIGHTS}</p>`, 'https://www.sante.fr/'));
    expect(page.handle).toBeNull();
    expect(page.panel()).toBeNull();
  });
});

describe('a page re-rendering wholesale (more mutations in a frame than are worth following)', () => {
  it('is read again as a whole, and the error in it is still found', async () => {
    const page = start(openHtml('<ul id="l"></ul><div id="box"></div>', 'https://saga.cng.sante.fr/'));
    const doc = page.dom.window.document;
    const list = doc.getElementById('l') as HTMLElement;
    for (let i = 0; i < 600; i++) list.append(doc.createElement('li'));
    const p = doc.createElement('p');
    p.textContent = 'Appairage PLAGE-SAGA impossible.';
    doc.getElementById('box')?.append(p);
    await page.settle();
    expect(page.rules()).toEqual(['saga-pairing-failed']);
    // Back to following mutations one by one: a later, small change is seen.
    p.remove();
    await page.settle();
    expect(page.rules()).toEqual([]);
  });

  it('drops what went away during the storm', async () => {
    const page = start(openHtml(`<p id="e">${RIGHTS}</p><ul id="l"></ul>`, 'https://saga.cng.sante.fr/'));
    const doc = page.dom.window.document;
    expect(page.rules()).toEqual(['saga-rights-invalid']);
    for (let i = 0; i < 600; i++) doc.getElementById('l')?.append(doc.createElement('li'));
    (doc.getElementById('e')?.firstChild as Text).data = 'Bienvenue';
    await page.settle();
    expect(page.rules()).toEqual([]);
  });
});

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { control, nearMatch, NEAR_MATCH_SIZES } from './near-match-pages';
import { page } from './page-shell';

/** A SAGA personal space with `count` arrêtés, the long list a director may open. */
export function arretes(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    items.push(
      `<li class="arrete"><a href="/arrete/${i}"><b>_ARRETE_2019${day}${String(i).padStart(5, '0')}</b></a> <span class="date">${day}/03/2019</span> <span>Arrêté portant droit d'option, valide</span></li>`,
    );
  }
  return page('Votre espace', `<main><h1>Bienvenue Prénom NOM</h1><h2>Arrêtés</h2><ul>${items.join('')}</ul></main>`);
}

/** A page that keeps re-rendering: adds and removes `perTask` nodes per task, `tasks` times. */
export function churn(perTask: number, tasks: number): string {
  const script = `
    const list = document.getElementById('list'); let task = 0;
    function step() {
      for (let i = 0; i < ${perTask}; i++) { const li = document.createElement('li'); li.textContent = 'Demande ' + task + '-' + i + ' en cours de traitement'; list.append(li); }
      while (list.childElementCount > ${perTask}) list.firstElementChild.remove();
      if (++task < ${tasks}) setTimeout(step, 0); else window.__done = true;
    }
    window.__start = () => setTimeout(step, 0);`;
  return page('Demandes', `<main><h1>Demandes</h1><ul id="list"></ul></main>`, script);
}

/** An idle sign-in page, where the latency test inserts the error. */
export function idle(): string {
  return page(
    'Connexion',
    '<main><h1>Connectez-vous à SAGA-directeurs</h1><form><label>Identifiant Plage <input name="id"></label></form><div id="slot"></div></main>',
  );
}

/** About `bytes` of ordinary page text in paragraphs and list items, with no error message in it. */
export function text(bytes: number): string {
  const sentence =
    "Le Centre national de gestion publie les arrêtés de nomination et les avis de vacance de postes de directeur d'hôpital. ";
  const blocks: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block = `<p>${sentence.repeat(3)}<span>Référence ${i}</span> <b>droit</b> d'option <em>valide</em>.</p>`;
    blocks.push(block);
    size += block.length;
  }
  return page('Actualités', `<main>${blocks.join('')}</main>`);
}

/** The SAGA error screen where (f) waits for the worker's action buttons: the pairing failure, whose first answer
 * carries the prefilled mail, which needs the settings (and so policy) resolved. */
export const ERROR_PAGE = 'pairing-failed.html';
const FIXTURE = fileURLToPath(new URL(`../../test/fixtures/saga.cng.sante.fr/${ERROR_PAGE}`, import.meta.url));

/**
 * Writes the bench pages into `dir`/saga.cng.sante.fr/, served as SAGA by the test server. A folder given
 * to the server replaces the host's fixtures, hence the copy of the one fixture the bench opens.
 */
export function writePages(dir: string): string {
  const saga = join(dir, 'saga.cng.sante.fr');
  mkdirSync(saga, { recursive: true });
  writeFileSync(join(saga, 'arretes.html'), arretes(5000));
  writeFileSync(join(saga, 'churn.html'), churn(200, 150));
  writeFileSync(join(saga, 'idle.html'), idle());
  writeFileSync(join(saga, 'text.html'), text(1_080_000));
  for (const n of NEAR_MATCH_SIZES) writeFileSync(join(saga, `near-${n}.html`), nearMatch(n));
  writeFileSync(join(saga, 'control.html'), control());
  copyFileSync(FIXTURE, join(saga, ERROR_PAGE));
  return `${saga}/`;
}

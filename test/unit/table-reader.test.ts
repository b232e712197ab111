import { describe, expect, it } from 'vitest';
import { columnOf, readTable, tableAround } from '../../src/core/table-reader';
import { openHtml, start } from '../helpers/page';

const URL = 'https://connect-pasrel.atih.sante.fr/x';
const EXPECTED = ['Libellé du profil', 'État du profil'];
const doc = (body: string): Document =>
  openHtml(`<!DOCTYPE html><html lang="fr"><body>${body}</body></html>`, URL).window.document;
const byId = (d: Document, id: string): Element => d.getElementById(id) as Element;
const tr = (cells: readonly string[], tag = 'td'): string =>
  `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

describe('readTable: reads a table by its column headers', () => {
  it('flags the filter row (inputs and selects under the header) as a filter, not data', () => {
    const d = doc(`<table id="t"><thead>${tr(EXPECTED, 'th')}
      <tr><td><input type="text"></td><td><select><option>Tous</option><option>Actif</option></select></td></tr></thead>
      <tbody>${tr(['ET CNG SAGA', ' Actif\n '])}</tbody></table>`);
    const table = readTable(byId(d, 't'), EXPECTED);
    expect(table?.headers).toEqual(['libelle du profil', 'etat du profil']);
    expect(table?.rows.map((r) => r.isFilter)).toEqual([true, false]);
    expect(table?.rows[1]?.cells).toEqual(['ET CNG SAGA', 'Actif']);
  });

  it('keeps a data row that has a selection checkbox as data', () => {
    const d = doc(
      `<table id="t">${tr(EXPECTED, 'th')}<tr><td><input type="checkbox"> ET CNG SAGA</td><td>Actif</td></tr></table>`,
    );
    const table = readTable(byId(d, 't'), EXPECTED);
    expect(table?.rows.map((r) => [r.isFilter, r.cells[0]])).toEqual([[false, 'ET CNG SAGA']]);
  });

  it('finds the header row by name even when a title row comes first', () => {
    const d = doc(
      `<table id="t"><tr><th colspan="2">Mes profils / habilitations</th></tr>${tr(EXPECTED, 'th')}${tr(['ET CNG SAGA', 'Actif'])}</table>`,
    );
    const table = readTable(byId(d, 't'), EXPECTED);
    expect(table?.headers).toEqual(['libelle du profil', 'etat du profil']);
    expect(table?.rows).toHaveLength(1);
    expect(table?.rows[0]?.cells).toEqual(['ET CNG SAGA', 'Actif']);
  });

  it('finds columns in any order, by header name compared without case or accents', () => {
    const d = doc(
      `<table id="t">${tr(['État du profil', 'Entité', 'Libellé du profil'], 'th')}${tr(['Inactif', 'CH EXEMPLE', 'ET CH EXEMPLE'])}</table>`,
    );
    const table = readTable(byId(d, 't'), EXPECTED);
    if (!table) throw new Error('table not read');
    expect(columnOf(table, 'Libellé du profil')).toBe(2);
    expect(columnOf(table, 'ETAT DU PROFIL')).toBe(0);
    expect(columnOf(table, 'Adresse électronique')).toBe(-1);
    expect(table.rows[0]?.cells[columnOf(table, 'État du profil')]).toBe('Inactif');
  });

  it('expands colspans so that every cell lines up with its header', () => {
    const d = doc(`<table id="t">${tr(['Libellé du profil', 'finess', 'État du profil', 'Entité'], 'th')}
      <tr><td colspan="2">ET CNG SAGA</td><td>Actif</td><td>ET CNG SAGA</td></tr></table>`);
    const table = readTable(byId(d, 't'), EXPECTED);
    if (!table) throw new Error('table not read');
    expect(table.rows[0]?.cells).toHaveLength(table.headers.length);
    expect(table.rows[0]?.cells[columnOf(table, 'État du profil')]).toBe('Actif');
    expect(table.rows[0]?.cells[columnOf(table, 'Entité')]).toBe('ET CNG SAGA');
  });

  it('reads an ARIA grid, without counting the rows of a grid nested in one of its cells', () => {
    const d = doc(`<div role="table" id="outer">
      <div role="row"><div role="columnheader" id="h">Libellé du profil</div><div role="columnheader">État du profil</div><div role="columnheader">Détail</div></div>
      <div role="row"><div role="cell">ET CNG SAGA</div><div role="cell">Actif</div><div role="cell">
        <div role="table" id="inner"><div role="row"><div role="columnheader" id="ih">Droit</div></div><div role="row"><div role="cell">Lecture</div></div></div>
      </div></div></div>`);
    const outer = byId(d, 'outer');
    expect(tableAround(byId(d, 'h'))).toBe(outer);
    expect(tableAround(byId(d, 'ih'))).toBe(byId(d, 'inner'));
    const table = readTable(outer, EXPECTED);
    expect(table?.headers).toEqual(['libelle du profil', 'etat du profil', 'detail']);
    expect(table?.rows).toHaveLength(1);
    expect(table?.rows[0]?.cells.slice(0, 2)).toEqual(['ET CNG SAGA', 'Actif']);
    expect(table?.rows[0]?.cells).toHaveLength(3);
  });

  it('returns null for a table without the expected headers', () => {
    const d = doc(`<table id="t">${tr(['Nom', 'Prénom'], 'th')}${tr(['NOM', 'Prénom'])}</table>`);
    expect(readTable(byId(d, 't'), EXPECTED)).toBeNull();
  });

  it('finds no table around an element outside any table', () => {
    const d = doc('<p id="p">Libellé du profil</p>');
    expect(tableAround(byId(d, 'p'))).toBeNull();
  });
});

// The profiles rules, through the content script as it runs on the Pasrel "Mes profils" page.
const HEADERS = ['Libellé du profil', 'finess', 'État du profil', 'Entité'];
const FILTERS = `<tr>${HEADERS.map(() => '<td><input type="text"></td>').join('')}</tr>`;
const htmlTable = (rows: readonly (readonly string[])[]): string =>
  `<table><thead>${tr(HEADERS, 'th')}${FILTERS}</thead><tbody id="body">${rows.map((r) => tr(r)).join('')}</tbody></table>`;
const profilesPage = (table: string): string =>
  `<!DOCTYPE html><html lang="fr"><body><h1>Mon compte</h1><a href="/demande">+ Demander un profil</a>${table}</body></html>`;
const open = (table: string) => start(openHtml(profilesPage(table), URL));
// French typography puts no-break spaces inside « » and before « : »; compare with plain spaces.
const panelText = (page: ReturnType<typeof start>): string =>
  (page.panel()?.shadowRoot?.textContent ?? '').replace(/\u00a0/g, ' ');
const OTHER = ['ET CH EXEMPLE', '750000001', 'Inactif', 'CH EXEMPLE'];

describe('the profiles table, as the panel reports it', () => {
  it('says the profile is active for "ET CNG SAGA" on CNGooSAGA in state Actif', () => {
    const page = open(htmlTable([OTHER, ['ET CNG SAGA', 'CNGooSAGA', 'Actif', 'ET CNG SAGA']]));
    expect(page.rules()).toEqual(['plage-profile-active']);
    page.handle?.stop();
  });

  it('says the profile is active in an ARIA grid with reordered columns and CNG00SAGA', () => {
    const row = (cells: readonly string[], role = 'cell'): string =>
      `<div role="row">${cells.map((c) => `<div role="${role}">${c}</div>`).join('')}</div>`;
    const page =
      open(`<div role="table">${row(['Entité', 'État du profil', 'finess', 'Libellé du profil'], 'columnheader')}
      ${row(['CH EXEMPLE', 'Inactif', '750000001', 'ET CH EXEMPLE'])}${row(['ET CNG SAGA', 'Actif', 'CNG00SAGA', 'ET CNG SAGA'])}</div>`);
    expect(page.rules()).toEqual(['plage-profile-active']);
    page.handle?.stop();
  });

  it('says the profile is missing when only other profiles are listed', () => {
    const page = open(htmlTable([OTHER]));
    expect(page.rules()).toEqual(['plage-profile-missing']);
    page.handle?.stop();
  });

  it('says the profile is inactive and quotes its state from the page ("Suspendu")', () => {
    const page = open(htmlTable([['ET CNG SAGA', 'CNG00SAGA', 'Suspendu', 'ET CNG SAGA']]));
    expect(page.rules()).toEqual(['plage-profile-inactive']);
    expect(panelText(page)).toContain('« Suspendu »');
    page.handle?.stop();
  });

  it('says nothing while the table holds only its header and filter rows, then reports the rows once loaded', async () => {
    const page = open(htmlTable([]));
    expect(page.rules()).toEqual([]);
    const body = page.dom.window.document.getElementById('body') as HTMLElement;
    body.innerHTML = tr(['ET CNG SAGA', 'CNG00SAGA', 'Actif', 'ET CNG SAGA']);
    await page.settle();
    expect(page.rules()).toEqual(['plage-profile-active']);
    page.handle?.stop();
  });

  it('says active when one SAGA row is "Inactif" and another is "Actif"', () => {
    const page = open(
      htmlTable([
        ['ET CNG SAGA', 'CNG00SAGA', 'Inactif', 'ET CNG SAGA'],
        ['ET CNG SAGA', 'CNGooSAGA', 'Actif', 'ET CNG SAGA'],
      ]),
    );
    expect(page.rules()).toEqual(['plage-profile-active']);
    page.handle?.stop();
  });

  it('does not count an "ET CNG SAGA" label on another finess code (750000001): the profile is missing', () => {
    const page = open(htmlTable([['ET CNG SAGA', '750000001', 'Actif', 'CH EXEMPLE']]));
    expect(page.rules()).toEqual(['plage-profile-missing']);
    page.handle?.stop();
  });
});

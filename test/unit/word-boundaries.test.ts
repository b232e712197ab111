import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockOf, isBlock, ownText, visibleText } from '../../src/core/dom-text';
import { PageIndex } from '../../src/core/page-index';
import { columnOf, readTable, tableAround } from '../../src/core/table-reader';
import { openHtml, start } from '../helpers/page';

// Issue "Recognition and panel that hold on pages nobody here has written", item 1: text of adjacent
// elements ran together ("État du profilLibellé du profil"), so no header was found.

const page = (body: string, url = 'https://connect-pasrel.atih.sante.fr/x'): Document =>
  openHtml(`<!DOCTYPE html><html lang="fr"><body>${body}</body></html>`, url).window.document;
const text = (d: Document, id = 'r'): string => ownText(d.getElementById(id) as Element).replace(/\s+/g, ' ');
const all = (d: Document, id = 'r'): string =>
  visibleText(d.getElementById(id) as Element, () => true, 1e4)
    .replace(/\s+/g, ' ')
    .trim();

afterEach(() => vi.restoreAllMocks());

describe('word boundaries as a person sees them', () => {
  it('ARIA cells and rows are boxes, whatever their tag', () => {
    const d = page(
      '<div id="r" role="row"><span role="columnheader">État du profil</span><span role="cell">Libellé du profil</span></div>',
    );
    const [a, b] = [...d.querySelectorAll('span')] as Element[];
    expect([isBlock(a as Element), isBlock(b as Element)]).toEqual([true, true]);
    expect(all(d)).toBe('État du profil Libellé du profil');
    expect(blockOf((b as Element).firstChild as Node)).toBe(b);
  });

  it.each([
    ['display:block', '<span style="display:block">Appairage</span><span style="display:block">impossible</span>'],
    [
      'inline-block',
      '<span style="display:inline-block">Appairage</span><b style="display:inline-block">impossible</b>',
    ],
    [
      'table-cell (style sheet)',
      '<style>.c{display:table-cell}</style><span class="c">Appairage</span><span class="c">impossible</span>',
    ],
    ['flex', '<label style="display:flex">Appairage</label><span style="display:grid">impossible</span>'],
    ['a <br>', 'Appairage<br>impossible'],
    ['a button of <input>', 'Appairage<input type="button" value="OK">impossible'],
    ['a checkbox between labels', '<label>Appairage</label><input type="checkbox"><label>impossible</label>'],
  ])('elements drawn as boxes separate words: %s', (_name, html) => {
    expect(text(page(`<div id="r">${html}</div>`))).toMatch(/^Appairage (OK )?impossible$/);
  });

  it.each([
    ['<b>', '<b>A</b>ppairage'],
    ['<sup>', '1<sup>ère</sup> authentification'],
    ['<em> in a word', 'Appai<em>rage</em>'],
    ['a link', '<a href="#x">Appai</a>rage'],
    ['a span of a sentence', 'App<span class="hl">air</span>age'],
    ['split text nodes', 'Appai<!---->rage'],
    ['<wbr>', 'Appai<wbr>rage'],
    ['display:contents', 'Appai<span style="display:contents">rage</span>'],
    ['a script', 'Appai<script>var x;</script>rage'],
    ['a hidden element', 'Appai<span style="display:none"></span>rage'],
  ])('inline formatting does not: %s', (_name, html) => {
    expect(text(page(`<div id="r">${html}</div>`))).not.toMatch(/ai rage|A ppairage|1 ère|App air/);
  });

  it('asks for a computed style only where two letters meet across an element', () => {
    const items = Array.from(
      { length: 500 },
      (_, i) => `<li><a href="/a/${i}">Arrêté ${i}</a> <span>du 08/03/2019</span></li>`,
    );
    const d = page(`<ul id="r">${items.join('')}</ul><p id="p"><b>A</b>ppairage <em>impossible</em>.</p>`);
    const style = vi.spyOn(d.defaultView as Window, 'getComputedStyle');
    new PageIndex(['arrete 1', 'appairage']).scan(d.documentElement);
    // One junction on the page: "A" + "ppairage", across the <b> (entered and left).
    expect(style.mock.calls.map(([el]) => el.tagName)).toEqual(['B']);
  });
});

describe('the PLAGE profiles grid of ARIA cells with no white space', () => {
  const HEADERS = ['Libellé du profil', 'finess', 'État du profil', 'Entité'];
  const row = (cells: string[], role = 'cell', tag = 'span'): string =>
    `<div role="row">${cells.map((c) => `<${tag} role="${role}">${c}</${tag}>`).join('')}</div>`;
  const grid = (rows: string[][], tag = 'span'): string =>
    `<a href="/demande">+ Demander un profil</a><div role="grid" id="g">${row(HEADERS, 'columnheader', tag)}${rows.map((r) => row(r, 'gridcell', tag)).join('')}</div>`;

  it('reads the headers and the cells by column', () => {
    const d = page(grid([['ET CNG SAGA', 'CNG00SAGA', '<b>Act</b>if', 'ET CNG SAGA']]));
    const header = d.querySelector('[role=columnheader]') as Element;
    const table = readTable(tableAround(header) as Element, ['Libellé du profil', 'État du profil']);
    expect(table?.headers).toEqual(['libelle du profil', 'finess', 'etat du profil', 'entite']);
    expect(table && table.rows[0]?.cells[columnOf(table, 'État du profil')]).toBe('Actif');
  });

  it.each([
    ['span', 'Actif', 'plage-profile-active'],
    ['div', 'Inactif', 'plage-profile-inactive'],
    ['span', null, 'plage-profile-missing'],
  ])('gives the profile verdict (<%s> cells, ET CNG SAGA %s)', (tag, state, rule) => {
    const other = ['ET CH EXEMPLE', '750000001', 'Actif', 'CH EXEMPLE'];
    const rows = state ? [other, ['ET CNG SAGA', 'CNGooSAGA', state, 'ET CNG SAGA']] : [other];
    const run = start({ window: page(grid(rows, tag)).defaultView as never });
    expect(run.rules()).toEqual([rule]);
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_CANDIDATES, messageCandidates } from '../../src/core/message-candidates';
import { selectedMessage } from '../../src/core/message-selection';
import { select } from '../helpers/selection';

// Issue 14, item 1: the blocks a page offers for « Signaler un message que SAGA Helper ne reconnaît
// pas »: error boxes first, then short standalone blocks, each once, never a field's value.
const page = (body: string): Document =>
  new JSDOM(`<!DOCTYPE html><html lang="fr"><body>${body}</body></html>`, {
    url: 'https://saga.cng.sante.fr/',
    pretendToBeVisual: true,
  }).window.document;
const none = (_node: Node): boolean => false;
const offered = (doc: Document, owns: (node: Node) => boolean = none): string[] =>
  messageCandidates(doc, owns).map((c) => `${c.source}: ${c.text}`);
const PROSE = '<p>Les postes vacants sont publiés chaque semaine dans l’onglet Postes de votre espace.</p>';

describe('error boxes', () => {
  it.each([
    ['role=alert', '<div role="alert">Votre session a expiré.</div>'],
    ['role=alertdialog', '<div role="alertdialog">Votre session a expiré.</div>'],
    ['aria-live=assertive', '<div aria-live="assertive">Votre session a expiré.</div>'],
    ['aria-live=polite', '<span aria-live="polite">Votre session a expiré.</span>'],
    ['an open dialog', '<dialog open><p>Votre session a expiré.</p></dialog>'],
    ['role=dialog', '<div role="dialog"><p>Votre session a expiré.</p></div>'],
    ['a class naming an error', '<div class="alert alert-danger">Votre session a expiré.</div>'],
    ['a DSFR error', '<div class="fr-alert fr-alert--error"><p>Votre session a expiré.</p></div>'],
    ['an id naming an error', '<div id="erreurConnexion">Votre session a expiré.</div>'],
    ['a form error label', '<label class="error" for="x">Votre session a expiré.</label>'],
    ['in the page header', '<header><div class="msg-warning">Votre session a expiré.</div></header>'],
  ])('%s', (_, html) => {
    expect(offered(page(`<main>${PROSE}${html}</main>`))).toEqual([
      'alert: Votre session a expiré.',
      `block: ${PROSE.slice(3, -4)}`,
    ]);
  });

  it('are not information, success, a control, a closed dialog, a menu entry, help or hidden', () => {
    const doc = page(`
      <div class="alert alert-info">La campagne de mobilité ouvre en avril prochain.</div>
      <div class="fr-alert fr-alert--success"><h3 class="fr-alert__title">Dossier transmis</h3></div>
      <div class="fr-alert fr-alert--info"><p class="fr-alert__desc">Pensez à vérifier vos pièces.</p></div>
      <button class="btn-danger">Supprimer ma demande</button>
      <a class="alert-link" href="/aide">Aide à la connexion</a>
      <dialog><p>Votre session a expiré.</p></dialog>
      <nav><ul><li><a class="messages" href="/messagerie">Messagerie interne</a></li></ul></nav>
      <div class="faq"><div class="alert-danger">Votre session a expiré.</div></div>
      <div class="alert-danger" hidden>Votre session a expiré.</div>
      <div class="alert-danger" style="display:none">Votre session a expiré.</div>
      <div aria-hidden="true"><div role="alert">Votre session a expiré.</div></div>
      <div class="alert-danger" style="visibility:hidden">Votre session a expiré.</div>`);
    expect(offered(doc).filter((c) => c.startsWith('alert'))).toEqual([]);
  });

  it('nested, offered once: the box and the paragraph inside it that says the same', () => {
    const doc = page(`<div class="alert-container"><div class="alert alert-danger" role="alert">
      <h4 class="alert-heading">Erreur</h4><p class="alert-text">Le dépôt de votre dossier a échoué.</p></div></div>`);
    expect(offered(doc)).toEqual(['alert: Erreur Le dépôt de votre dossier a échoué.']);
  });

  it('a list of two messages offers each, not the list', () => {
    const doc = page(`<div class="messages">
      <div class="alert alert-danger">Le fichier joint dépasse la taille permise.</div>
      <div class="alert alert-warning">Le format du fichier joint est inconnu.</div></div>`);
    expect(offered(doc)).toEqual([
      'alert: Le fichier joint dépasse la taille permise.',
      'alert: Le format du fichier joint est inconnu.',
    ]);
  });

  it('an ARIA alert inside a wrapper named like an error (a form around its fields) is the message', () => {
    const doc = page(`<form class="login-error-form"><div role="alert">Identifiant ou mot de passe incorrect.</div>
      <label>Identifiant <input name="u"></label><button>Se connecter</button></form>`);
    expect(offered(doc)).toEqual(['alert: Identifiant ou mot de passe incorrect.']);
  });

  it('not a box of a whole page part (past 800 characters)', () => {
    const doc = page(`<div class="messages-page">${PROSE.repeat(12)}</div>`);
    expect(offered(doc).filter((c) => c.startsWith('alert'))).toEqual([]);
  });

  it('in open shadow roots, at their hosts', () => {
    const doc = page(
      `${PROSE}<saga-notice></saga-notice><p>Les arrêtés sont publiés dès leur signature par le CNG.</p>`,
    );
    const host = doc.querySelector('saga-notice') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<div role="alert"><p>La liaison avec PLAGE est rompue.</p></div>';
    // A component drawing its text straight into its root, no element around it.
    doc.body.append(doc.createElement('saga-text'));
    (doc.querySelector('saga-text') as Element).attachShadow({ mode: 'open' }).textContent =
      'Le service est fermé pour maintenance ce soir.';
    expect(messageCandidates(doc, none).map((c) => c.text)).toEqual([
      'La liaison avec PLAGE est rompue.',
      'Les postes vacants sont publiés chaque semaine dans l’onglet Postes de votre espace.',
      'Les arrêtés sont publiés dès leur signature par le CNG.',
      'Le service est fermé pour maintenance ce soir.',
    ]);
  });
});

describe('standalone blocks', () => {
  it('a paragraph, a cell, a heading, a list item alone, in document order after the boxes', () => {
    const doc = page(`<h1>Service momentanément indisponible</h1>
      <table><tr><td>Votre profil n’est rattaché à aucun établissement.</td></tr></table>
      <ul><li>Le site est fermé pour maintenance programmée.</li></ul>
      <div role="alert">Une erreur est survenue.</div>`);
    expect(offered(doc)).toEqual([
      'alert: Une erreur est survenue.',
      'block: Service momentanément indisponible',
      'block: Votre profil n’est rattaché à aucun établissement.',
      'block: Le site est fermé pour maintenance programmée.',
    ]);
  });

  it('not menus, page header and footer, asides, fields’ labels, table headers, buttons, list items among others, questions, codes', () => {
    const doc = page(`
      <header><p>SAGA Directeurs, Centre national de gestion</p></header>
      <nav><p>Accueil de votre espace personnel</p></nav>
      <aside><p>Le CNG recommande Microsoft Edge pour SAGA.</p></aside>
      <footer><p>Mentions légales et données personnelles</p></footer>
      <div class="field"><label for="u">Identifiant Plage obligatoire</label><a href="/perdu">Identifiant perdu</a></div>
      <table><tr><th>Libellé du profil</th><th>État du profil</th></tr></table>
      <div><button type="button">Déposer votre dossier complet</button></div>
      <ul><li>Arrêté de nomination du directeur</li><li>Arrêté de détachement du directeur</li></ul>
      <p>Mot de passe oublié ou identifiant perdu ?</p>
      <p>ET CNG SAGA 00412 0042</p>
      <details open><summary>Détails</summary><p>Le code de votre établissement est demandé.</p></details>`);
    expect(offered(doc)).toEqual([]);
  });

  it('hidden ones are not offered', () => {
    const doc = page(`<p style="display:none">Le site est fermé pour maintenance.</p>
      <p hidden>Le site est fermé pour maintenance.</p><p style="visibility:hidden">Le site est fermé pour maintenance.</p>`);
    expect(offered(doc)).toEqual([]);
  });

  it('at most eight, text collapsed and cut to 1,000 characters', () => {
    const long = `<div role="alert">${'Le dépôt de votre dossier a échoué. '.repeat(22)}</div>`;
    const doc = page(
      `${long}${Array.from({ length: 12 }, (_, i) => `<p>Le message numéro ${i} du   site\n SAGA.</p>`).join('')}`,
    );
    const found = messageCandidates(doc, none);
    expect(found).toHaveLength(MAX_CANDIDATES);
    expect(found[1]?.text).toBe('Le message numéro 0 du site SAGA.');
    expect(found.every((c) => c.text.length <= 1000)).toBe(true);
  });
});

describe('never the panel, a field or a typed region', () => {
  it('leaves out the panel host and whatever the content script says it owns', () => {
    const doc = page(
      `<div data-saga-helper-panel></div><div id="mine" role="alert">Texte du panneau de SAGA Helper.</div>${PROSE}`,
    );
    const host = doc.querySelector('[data-saga-helper-panel]') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<div role="alert"><p>Appairage PLAGE-SAGA impossible.</p></div>';
    const mine = doc.getElementById('mine') as Element;
    expect(offered(doc, (node) => node === mine)).toEqual([`block: ${PROSE.slice(3, -4)}`]);
  });

  it('reads no value, no textarea, no select, no contenteditable, no ARIA text box inside a message box', () => {
    const doc = page(`<div role="alert"><p>Identifiant ou mot de passe incorrect.</p>
      <input type="password" value="motdepasse-secret"><input type="text" value="saisie-secrete">
      <textarea>zone-secrete</textarea><select><option selected>choix-secret</option></select>
      <span contenteditable="true">edition-secrete</span><div contenteditable="">bloc-secret</div>
      <div role="textbox">aria-secret</div><input type="submit" value="Réessayer"></div>`);
    (doc.querySelector('input[type=password]') as HTMLInputElement).value = 'tape-secret';
    expect(offered(doc)).toEqual(['alert: Identifiant ou mot de passe incorrect. Réessayer']);
  });

  it('offers nothing in an editable page (designMode)', () => {
    const doc = page(`<div role="alert">Identifiant ou mot de passe incorrect.</div>`);
    doc.designMode = 'on';
    expect(offered(doc)).toEqual([]);
  });
});

describe('the director’s selection', () => {
  it('is read block by block, widened to whole words', () => {
    const doc = page('<div><p id="a">Erreur de connexion au serveur.</p><p id="b">Réessayez plus tard.</p></div>');
    const [a, b] = ['a', 'b'].map((id) => doc.getElementById(id)?.firstChild as Text);
    select(doc, a as Text, 3, b as Text, 17);
    const found = selectedMessage(doc, none);
    expect(found?.lines).toEqual(['Erreur de connexion au serveur.', 'Réessayez plus tard']);
    expect(found?.text).toBe('Erreur de connexion au serveur. Réessayez plus tard');
    expect(found?.source).toBe('selection');
  });

  it('is none when empty, white space, or standing in a field', () => {
    const doc = page('<p id="a">   </p><p id="b">Texte <span contenteditable="true">tapé</span></p><input id="c">');
    expect(selectedMessage(doc, none)).toBeNull();
    select(doc, doc.getElementById('a') as Node, 0, doc.getElementById('a') as Node, 1);
    expect(selectedMessage(doc, none)).toBeNull();
    const typed = doc.querySelector('span')?.firstChild as Text;
    select(doc, typed, 0, typed, 4);
    expect(selectedMessage(doc, none)).toBeNull();
    // Where Chromium puts a selection made inside an <input>: its parent, at the input's index.
    select(doc, doc.body, 2, doc.body, 3);
    expect(selectedMessage(doc, none)).toBeNull();
  });
});

describe('bounded on a huge page', () => {
  // 5,000 arrêtés and a table of 6,000 rows: 50,000 elements, an error box at the top.
  const huge = (rows: number): Document =>
    page(
      `<div class="alert alert-danger" role="alert">Le dépôt des candidatures est fermé pour maintenance.</div><main><ul>` +
        Array.from(
          { length: 5000 },
          (_, i) => `<li class="arrete"><span>Arrêté ${i}</span><span>le 12/03/2025</span><a href="/a">PDF</a></li>`,
        ).join('') +
        `</ul><table>${Array.from({ length: rows }, (_, i) => `<tr><td>${i}</td><td>Directeur</td><td class="message-col">—</td><td>Actif</td></tr>`).join('')}</table></main>`,
    );

  // Work counted, not timed (a timed test fails on a busy machine): style reads, the costly step.
  it('finds the box on a page of 50,000 elements, and a page three times bigger costs no more work', () => {
    const work = (doc: Document): number => {
      const win = doc.defaultView as Window;
      const real = win.getComputedStyle.bind(win);
      let reads = 0;
      win.getComputedStyle = ((el: Element, pseudo?: string | null) => (reads++, real(el, pseudo))) as never;
      expect(messageCandidates(doc, none).map((c) => c.source)).toEqual(['alert']);
      return reads;
    };
    const [big, bigger] = [huge(6000), huge(18_500)];
    expect(big.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    const reads = [work(big), work(bigger)];
    expect(reads[0]).toBeLessThanOrEqual(8000);
    expect(reads[1]).toBeLessThanOrEqual(reads[0] as number);
  });

  it('a hostile page: boxes nested a hundred deep over thousands of blocks, thousands of hidden sentences, of identical boxes', () => {
    const pages = [
      `${'<div class="alert">'.repeat(100)}Le dépôt a échoué.${'<div></div>'.repeat(5000)}${'</div>'.repeat(100)}`,
      `<div style="display:none">${'<p>Le dépôt du dossier a échoué sur le serveur.</p>'.repeat(5000)}</div><div role="alert">Le serveur ne répond plus.</div>`,
      '<div class="error-item">Erreur de saisie dans le champ.</div>'.repeat(5000),
    ];
    const t0 = performance.now();
    expect(pages.map((body) => messageCandidates(page(body), none).map((c) => c.text))).toEqual([
      ['Le dépôt a échoué.'],
      ['Le serveur ne répond plus.'],
      ['Erreur de saisie dans le champ.'],
    ]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

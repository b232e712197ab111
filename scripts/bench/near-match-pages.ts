import { page } from './page-shell';

/** The near-match pages' sizes, in blocks: a short list, a long one, one longer than any SAGA shows. */
export const NEAR_MATCH_SIZES = [500, 2000, 8000] as const;

/**
 * The phrases of the bench's extra rule (set by policy): common words, as an IT department might write
 * them after seeing "Droit expiré" once. Every near-match block holds both, which is the hard case: all
 * the rule's phrases in one block, yet no error box and no message.
 */
export const COMMON_WORDS = ['droit', 'expiré'] as const;

/**
 * `blocks` list items that each hold the first phrase of saga-pairing-failed ("appairage", with no
 * failure word) and the common words, on neutral markup (no class naming news or help): what a list of
 * requests or notices looks like. None is an error: no panel may appear.
 */
export function nearMatch(blocks: number): string {
  const items: string[] = [];
  for (let i = 0; i < blocks; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    items.push(
      `<li class="item"><b>Demande ${i}</b> du ${day}/04/2024 : appairage PLAGE-SAGA de votre compte effectué. ` +
        `Votre droit d'option reste ouvert ; le délai de la campagne ${i} est expiré.</li>`,
    );
  }
  return page('Mes demandes', `<main><h1>Mes demandes</h1><ul class="list">${items.join('')}</ul></main>`);
}

/** The bench's extra rule in an error box: proof, in each browser that had the policy, that it applied. */
export function control(): string {
  return page(
    'Connexion',
    `<main><h1>Connexion</h1><div class="alert alert-danger" role="alert"><p>Votre droit est expiré.</p></div></main>`,
  );
}

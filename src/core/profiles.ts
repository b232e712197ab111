import { normalise, normaliseCode } from './normalise';
import type { RuleContext } from './rule';
import { columnOf, readTable, tableAround } from './table-reader';

/** What the Pasrel "Mes profils / habilitations" table says of the SAGA profile. */
export type ProfileVerdict =
  | { readonly status: 'active'; readonly row: Element }
  | { readonly status: 'inactive'; readonly row: Element; readonly state: string }
  | { readonly status: 'missing' }
  | null;

export const PROFILE_HEADERS = {
  state: 'État du profil',
  label: 'Libellé du profil',
  entity: 'Entité',
  finess: 'finess',
} as const;

const SAGA_LABEL = normalise('ET CNG SAGA');
const SAGA_CODE = normaliseCode('CNG00SAGA');
const ACTIVE = normalise('Actif');

/** Reads the profiles table found through its "Libellé du profil" header; null when there is none. */
export function analyseProfiles(ctx: RuleContext): ProfileVerdict {
  return ctx.memo('profiles', () => {
    for (const header of ctx.blocksWith(PROFILE_HEADERS.label)) {
      const element = tableAround(header);
      const table = element && readTable(element, [PROFILE_HEADERS.label, PROFILE_HEADERS.state]);
      if (!table) continue;
      const label = columnOf(table, PROFILE_HEADERS.label);
      const state = columnOf(table, PROFILE_HEADERS.state);
      const entity = columnOf(table, PROFILE_HEADERS.entity);
      const finess = columnOf(table, PROFILE_HEADERS.finess);
      if (label < 0 || state < 0) continue;
      const data = table.rows.filter((r) => !r.isFilter && r.cells.some((c) => c !== ''));
      if (data.length === 0) continue; // still loading: say nothing rather than "missing"
      const saga = data.filter((r) => {
        const onSagaEntity =
          (finess >= 0 && normaliseCode(r.cells[finess] ?? '') === SAGA_CODE) ||
          (entity >= 0 && normalise(r.cells[entity] ?? '').includes('cng saga')) ||
          (finess < 0 && entity < 0);
        return normalise(r.cells[label] ?? '').includes(SAGA_LABEL) && onSagaEntity;
      });
      const active = saga.find((r) => normalise(r.cells[state] ?? '') === ACTIVE);
      if (active) return { status: 'active', row: active.element };
      const first = saga[0];
      if (first) return { status: 'inactive', row: first.element, state: first.cells[state] || '?' };
      return { status: 'missing' };
    }
    return null;
  });
}

/**
 * Settings: defaults first; policy (storage.managed) and the user's own choices come on top of them
 * (enterprise deployment).
 */
export interface Settings {
  /** Where the mail about a SAGA sign-in problem goes (the guide's CNG administrator address). */
  readonly adminEmail: string;
}

export const DEFAULT_SETTINGS: Settings = {
  adminEmail: 'cng-saga@sante.gouv.fr',
};

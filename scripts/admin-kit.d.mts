/** A locale's messages.json: message name -> { message }. */
export type Messages = Record<string, { message: string; description?: string }>;

export interface AdminKitInputs {
  /** src/managed-schema.json */
  schema: { type: 'object'; properties: Record<string, Record<string, unknown>> };
  /** src/_locales/fr/messages.json (setting_<key>_label / _help win over the generator's own French). */
  fr: Messages;
  en?: Messages;
  /** Built-in rule ids, listed for disabledRules. */
  ruleIds?: string[];
  /** manifest.json minimum_chrome_version, for the ADMX supportedOn text. */
  minVersion?: string;
}

export declare const KIT_DIR: string;
/** Reads the kit's inputs from the repository. */
export declare function loadInputs(root?: string): Required<AdminKitInputs>;
/** Kit path (posix, relative to docs/admin/) -> bytes or text. Pure: same input, same output. */
export declare function renderAdminKit(input: AdminKitInputs & { id?: string; updateUrl?: string }): Map<string, Buffer | string>;
/** Kit paths stale, missing or not generated in `dir`. */
export declare function staleFiles(kit: Map<string, Buffer | string>, dir: string): string[];

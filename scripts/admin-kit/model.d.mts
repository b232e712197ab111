export declare const STORE_ID: 'STORE_EXTENSION_ID';
export declare const SELF_HOSTED_ID: 'SELF_HOSTED_EXTENSION_ID';
export declare const STORE_UPDATE_URL: string;
export declare const SELF_HOSTED_UPDATE_URL: string;
export declare const EXTENSION_ID: RegExp;
/** Mirror of DEFAULT_SETTINGS (src/lib/settings.ts). */
export declare const DEFAULTS: Record<string, unknown>;
export declare const ENUMS: Record<string, string[]>;
/** The kit's example values, one per schema key. */
export declare const EXAMPLES: Record<string, unknown>;
export declare function stableUuid(name: string): string;

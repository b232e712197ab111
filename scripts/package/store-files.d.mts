export declare const STORE_DIR: 'store';
/** release/store/: the store ZIP, docs/store/ as it is and PRIVACY.md, by path under the release folder. */
export declare function storeFiles(input: { root: string; zipName: string; zip: Buffer }): Promise<Map<string, Buffer>>;

import type { KeyObject } from 'node:crypto';

/** The RSA private key of the CRX signature; throws a message saying what to do otherwise. */
export declare function readSigningKey(pem: string | Buffer): KeyObject;
/** The id Chromium gives to an extension signed with this key: sha256 of the DER public key, a-p. */
export declare function extensionIdFromKey(key: KeyObject | string | Buffer): string;
/** The https folder URL of the release, ending with '/'; throws on http and on query strings. */
export declare function normaliseBaseUrl(input: string): string;
/** A Chrome extension version (1 to 4 numbers), or throws. */
export declare function checkVersion(version: unknown): string;
export declare function releaseNames(version: string): { zip: string; crx: string; updateXml: string; sums: string };
/** dist/'s manifest without key and update_url, with updateUrl when given (the CRX). */
export declare function releaseManifest(manifest: Record<string, unknown>, updateUrl?: string): Record<string, unknown>;
export declare function updateXml(release: { id: string; baseUrl: string; version: string }): string;
/** "HASH  NAME" lines, sorted by name, as sha256sum writes them. */
export declare function sha256Sums(files: Iterable<[string, Buffer]>): string;

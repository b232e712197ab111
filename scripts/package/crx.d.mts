/** CHROME_PATH or the first usual Chromium/Chrome/Edge path; throws with what to install otherwise. */
export declare function findChromium(env?: NodeJS.ProcessEnv): string;
/** Packs extDir into `${extDir}.crx` with the browser (keyPath: PKCS#8 PEM) and returns the CRX. */
export declare function packWithChromium(job: {
  chromium: string;
  extDir: string;
  keyPath: string;
  profileDir: string;
}): Promise<Buffer>;
/** Checks "Cr24" and version 3; the id its signed header declares, and the ZIP that follows the header. */
export declare function readCrx(crx: Buffer): { id: string; archive: Buffer };

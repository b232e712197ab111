// Writes a release folder so that it is never half old, half new: everything goes into a staging folder next
// to it first, then one rename swaps it in (the old one is put back if that fails).
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes the files next to out, then swaps them in: out is either the old release or the new one.
 * outputs: path under out ('/'-separated, folders made as needed) → bytes.
 */
export async function publish(out: string, outputs: ReadonlyMap<string, Buffer>): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  const staging = await mkdtemp(join(dirname(out), `${basename(out)}.partial-`));
  const old = staging.replace(/\.partial-(\w+)$/, '.old-$1');
  let swapped = false;
  try {
    await chmod(staging, 0o755); // mkdtemp's 0700 would hide the release from a web server serving it
    for (const [name, data] of outputs) {
      await mkdir(dirname(join(staging, name)), { recursive: true }); // store/images/…
      await writeFile(join(staging, name), data);
    }
    if (existsSync(out)) await rename(out, old);
    try {
      await rename(staging, out);
      swapped = true;
    } finally {
      if (!swapped && existsSync(old)) await rename(old, out);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    if (swapped) await rm(old, { recursive: true, force: true });
  }
}

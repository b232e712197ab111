import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/admin-kit/browsers';
import { FIREFOX_PATHS } from '../../scripts/admin-kit/firefox';
import { KIT_DIR, loadInputs, renderAdminKit, toBuffer } from '../../scripts/admin-kit/kit';
import { kitPaths } from '../../scripts/admin-kit/paths';
import { runScript } from '../helpers/run-script';

// `npm run admin-kit -- …` as IT runs it, from another folder: a relative --out is meant from there, an
// absolute one is used as it is, and a wrong call writes nothing and exits 2.
const REAL_ID = 'abcdefghijklmnopabcdefghijklmnop';
const tmp = mkdtempSync(join(tmpdir(), 'admin-kit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.INIT_CWD;
  return runScript('admin-kit.ts', args, { cwd: tmp, env });
}

describe('admin-kit command line', () => {
  it('--check passes on docs/admin/ and names stale files elsewhere, writing nothing', () => {
    expect(run('--check').status).toBe(0);
    const stale = run('--check', '--out', 'empty');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('edge/windows/saga-helper-edge.admx');
    expect(existsSync(join(tmp, 'empty'))).toBe(false);
  });

  it('--id --update-url --out writes a kit for that id, relative to the current folder', () => {
    expect(run('--id', REAL_ID, '--update-url', 'https://apps.chu.example/u.xml', '--out', 'kit').status).toBe(0);
    const path = kitPaths(BROWSERS.chrome).admx;
    const expected = renderAdminKit(loadInputs(), { id: REAL_ID, updateUrl: 'https://apps.chu.example/u.xml' }).get(
      path,
    );
    expect(readFileSync(join(tmp, 'kit', path), 'utf8')).toBe(expected);
  });

  it('--out with an absolute path writes there, not under the current folder', () => {
    const abs = join(tmp, 'absolute', 'kit');
    expect(run('--id', REAL_ID, '--browser', 'edge', '--out', abs).status).toBe(0);
    expect(existsSync(join(abs, kitPaths(BROWSERS.edge).admx))).toBe(true);
    expect(existsSync(join(abs, 'chrome'))).toBe(false);
    expect(existsSync(join(tmp, tmp))).toBe(false);
  });

  it('--browser firefox --out writes Firefox\u2019s kit alone, the same as docs/admin/firefox/', () => {
    expect(run('--browser', 'firefox', '--out', 'ff').status).toBe(0);
    const files = renderAdminKit(loadInputs(), { browsers: ['firefox'] });
    expect([...files.keys()].filter((p) => !p.startsWith('firefox/'))).toEqual(['.gitattributes']);
    for (const path of [FIREFOX_PATHS.readme, FIREFOX_PATHS.settingsReg]) {
      const bytes = toBuffer(files.get(path)!);
      expect(readFileSync(join(tmp, 'ff', path)).equals(bytes), path).toBe(true);
      expect(readFileSync(join(KIT_DIR, path)).equals(bytes), path).toBe(true);
    }
    expect(existsSync(join(tmp, 'ff', 'edge'))).toBe(false);
  });

  it.each([
    [['--id', REAL_ID], /--out/],
    [['--browser', 'edge'], /--out/],
    [['--browser', 'safari', '--out', 'x'], /edge, chrome, firefox, both or all/],
    [['--browser', 'firefox'], /--out/],
    [['--browser', 'both'], /--out/],
    [['--id', REAL_ID, '--browser', 'firefox', '--out', 'x'], /Firefox kit needs none/],
    [['--id', REAL_ID, '--browser', 'all', '--out', 'x'], /Firefox kit needs none/],
    [['--id', REAL_ID, '--out', 'x'], /belongs to one store/],
    [['--id', 'nope', '--browser', 'edge', '--out', 'x'], /32 letters/],
    [['--update-url', 'https://a.example/u.xml', '--out', 'x'], /goes with --id/],
    [['--frobnicate'], /Unknown option/],
  ])('%j exits 2 with the reason, writing nothing', (args, reason) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(reason);
    expect(existsSync(join(tmp, 'x'))).toBe(false);
  });
});

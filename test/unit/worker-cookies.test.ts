// The clean reload removes SAGA's and PLAGE's partitioned (CHIPS) cookies too, in every partition, and
// still leaves every other *.sante.fr cookie alone, partitioned or not.
import { describe, expect, it } from 'vitest';
import type { CookieInfo } from '../../src/background/api';
import type { CleanReloadResult } from '../../src/lib/messages';
import { contentSender } from '../helpers/fake-browser';
import { RIGHTS_TEXT, SAGA, SAGA_TAB, useWorker } from '../helpers/worker-harness';

const w = useWorker();
const cookie = (domain: string, name: string, topLevelSite?: string): CookieInfo => ({
  domain,
  name,
  path: '/',
  storeId: '0',
  ...(topLevelSite ? { partitionKey: { topLevelSite, hasCrossSiteAncestor: !topLevelSite.endsWith('sante.fr') } } : {}),
});
const JAR = [
  cookie('saga.cng.sante.fr', 'JSESSIONID'),
  cookie('saga.cng.sante.fr', 'SAGA_CHIPS', 'https://sante.fr'),
  cookie('saga.cng.sante.fr', 'SAGA_CHIPS', 'https://evil.example'),
  cookie('connect-pasrel.atih.sante.fr', 'PLAGE_CHIPS', 'https://sante.fr'),
  cookie('www.sante.fr', 'BYSTANDER_CHIPS', 'https://sante.fr'),
  cookie('.sante.fr', 'SHARED_CHIPS', 'https://sante.fr'),
  cookie('assistance.atih.sante.fr', 'JIRA_CHIPS', 'https://sante.fr'),
  cookie('x.saga.cng.sante.fr', 'SUBDOMAIN_CHIPS', 'https://sante.fr'),
];
const cleanReload = async (): Promise<CleanReloadResult> => {
  await w.report(SAGA_TAB, SAGA, ['saga-rights-invalid'], RIGHTS_TEXT);
  return (await w.fake.send({ type: 'clean-reload' }, contentSender(SAGA_TAB, SAGA))) as CleanReloadResult;
};
const left = (): string[] => w.fake.cookies.map((c) => `${c.name}@${c.partitionKey?.topLevelSite ?? '-'}`).sort();

describe('worker: clean reload and partitioned cookies', () => {
  it("removes SAGA's and PLAGE's partitioned cookies, in every partition, and no other", async () => {
    w.fake.cookies = [...JAR];
    expect(await cleanReload()).toMatchObject({ ok: true, cookiesRemoved: 4 });
    expect(left()).toEqual([
      'BYSTANDER_CHIPS@https://sante.fr',
      'JIRA_CHIPS@https://sante.fr',
      'SHARED_CHIPS@https://sante.fr',
      'SUBDOMAIN_CHIPS@https://sante.fr',
    ]);
  });

  it('still removes the unpartitioned ones in a browser that does not know partitions (before Chrome 119)', async () => {
    w.fake.partitioning = false;
    w.fake.cookies = [...JAR];
    expect(await cleanReload()).toMatchObject({ ok: true, cookiesRemoved: 1 });
    expect(w.fake.cookies.some((c) => c.name === 'JSESSIONID')).toBe(false);
  });
});

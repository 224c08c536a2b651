// Starts what the browser tests talk to and records it in PRILAVOK_E2E_STATE for the tests:
// an SMTP sink, `prilavok-cabinet serve` on SQLite with the built pages, two registered owners,
// and a till that pushed its receipts to the first one through the real sync client.
import { mkdir, mkdtemp } from 'node:fs/promises';
import { openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admin, registerOwner } from './shop';
import { runCommand, start, waitForLine } from './processes';
import type { E2eState } from './state';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through ctest (web_e2e)`);
  return value;
}

export default async function globalSetup(): Promise<void> {
  const cabinet = required('PRILAVOK_CABINET_BIN');
  const seedTill = required('PRILAVOK_WEB_SEED_BIN');
  const smtpSink = required('PRILAVOK_SMTP_SINK');
  const dir = await mkdtemp(join(tmpdir(), 'prilavok-web-'));
  const mailDir = join(dir, 'mail');
  const tillDir = join(dir, 'till');
  await mkdir(mailDir);
  await mkdir(tillDir);
  const log = openSync(join(dir, 'processes.log'), 'a');
  const pids: number[] = [];
  try {
    const smtp = start('python3', [smtpSink, mailDir], log);
    pids.push(smtp.pid ?? 0);
    const [, smtpPort] = await waitForLine(smtp, /listening (\d+)/, 'the SMTP sink');
    const db = `sqlite:${join(dir, 'cabinet.db')}`;
    const webRoot = process.env.PRILAVOK_WEB_ROOT;
    const server = start(
      cabinet,
      [
        'serve',
        '--db',
        db,
        '--listen',
        '127.0.0.1:0',
        '--activation-interval-ms',
        '0',
        '--smtp-url',
        `smtp://127.0.0.1:${smtpPort}`,
        '--mail-from',
        'cabinet@prilavok.test',
        '--public-url',
        'http://127.0.0.1',
        ...(webRoot ? ['--web-root', webRoot] : []),
      ],
      log,
    );
    pids.push(server.pid ?? 0);
    const [, baseUrl = ''] = await waitForLine(server, /listening (http:\/\/\S+)/, 'prilavok-cabinet');

    const owner = await registerOwner(baseUrl, mailDir, 'ООО «Ромашка»', 'owner@romashka.test', 11);
    const pos = await admin(cabinet, db, [
      'create-pos',
      '--org',
      owner.organizationId,
      'Магазин на Садовой',
      '--address',
      'Москва, Садовая ул., 1',
    ]);
    const workplace = await admin(cabinet, db, [
      'create-workplace',
      '--org',
      owner.organizationId,
      '--pos',
      pos.point_of_sale_id ?? '',
      'Касса 1',
    ]);
    const pushed = JSON.parse(
      await runCommand(seedTill, [baseUrl, workplace.activation_code ?? '', tillDir, '12']),
    ) as E2eState['pushed'];
    const stranger = await registerOwner(baseUrl, mailDir, 'ИП Сидоров', 'owner@sidorov.test', 22);

    const state: E2eState = { baseUrl, dir, tillDir, seedTill, pids, owner, stranger, pushed };
    process.env.PRILAVOK_E2E_STATE = JSON.stringify(state);
  } catch (error) {
    for (const pid of pids) if (pid) process.kill(pid);
    throw error;
  }
}

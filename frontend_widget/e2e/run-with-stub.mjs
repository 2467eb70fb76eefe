// `npm run e2e:stub`: starts harness/server.mjs on a free port and runs the e2e suite against it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { API_KEY, startStub } from '../harness/server.mjs';

const stub = await startStub(0);
const file = fileURLToPath(new URL('./widget.e2e.test.mjs', import.meta.url));
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', file], {
  stdio: 'inherit',
  env: { ...process.env, VOC_E2E_BASE_URL: stub.base, VOC_E2E_API_KEY: API_KEY, VOC_E2E_STUB: '1' },
});
child.on('exit', async (code) => {
  await stub.close();
  process.exit(code ?? 1);
});

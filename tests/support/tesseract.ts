/**
 * Tests that OCR need Tesseract with its Vietnamese model. The test run installs it when the
 * machine allows (root with apt, as on CI); otherwise the tests fail with the install command —
 * never a silent skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { TESSERACT_INSTALL } from '../../src/formats/index.ts';

function hasVietnameseOcr(): boolean {
  const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return r.status === 0 && /^vie$/m.test(r.stdout);
}

/** Make sure Tesseract with its Vietnamese model is there: install it as root with apt, else fail. */
export function ensureTesseract(): void {
  if (hasVietnameseOcr()) return;
  const root = process.getuid?.() === 0;
  const apt = spawnSync('apt-get', ['--version']).status === 0;
  if (!root || !apt) {
    throw new Error(`these tests need Tesseract with Vietnamese: ${TESSERACT_INSTALL}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['install', '-y', '-q', 'tesseract-ocr', 'tesseract-ocr-vie'];
  try {
    execFileSync('apt-get', install, { env, stdio: 'ignore' });
  } catch {
    execFileSync('apt-get', ['update', '-q'], { env, stdio: 'ignore' });
    execFileSync('apt-get', install, { env, stdio: 'ignore' });
  }
  if (!hasVietnameseOcr()) throw new Error(`installing failed: ${TESSERACT_INSTALL}`);
}

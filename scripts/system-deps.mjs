// Debian packages the tests need (a browser and office tools are not npm packages): installed once
// with apt-get when missing, so `npm test` works on a fresh machine of this kind.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { binary: '/usr/bin/chromium', packages: ['chromium'] },
  { binary: '/usr/bin/soffice', packages: ['libreoffice-writer-nogui'] },
  { binary: '/usr/bin/pdftotext', packages: ['poppler-utils'] },
  // The Nu Html Checker (vnu-jar, tests/e2e/quality-html.test.ts) runs on Java 17+.
  { binary: '/usr/bin/java', packages: ['openjdk-17-jre-headless'] },
  // Fonts for every script the site shows (Arabic, Cyrillic …), so Chromium renders what people see.
  { binary: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', packages: ['fonts-noto-core'] },
  // A real PostgreSQL server for the database suites (tests/support/database.ts starts a throwaway cluster).
  { binary: '/usr/lib/postgresql/15/bin/initdb', packages: ['postgresql'] },
];

export function ensureSystemDeps(extra = []) {
  const missing = [...NEEDED, ...extra].filter((dep) => !existsSync(dep.binary));
  if (missing.length === 0) return;
  const packages = missing.flatMap((dep) => dep.packages);
  if (process.getuid?.() !== 0) {
    throw new Error(`Installeer eerst: sudo apt-get install -y ${packages.join(' ')}`);
  }
  console.log(`[system-deps] apt-get install ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemDeps();

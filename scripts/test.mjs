// `npm test`: every test the project has, in the order they depend on each other.
import { execSync } from 'node:child_process';
import { ensureSystemDeps } from './system-deps.mjs';

const run = (command) => {
  console.log(`\n$ ${command}`);
  execSync(command, { stdio: 'inherit' });
};

ensureSystemDeps();
run('astro check --minimumSeverity warning');
run('npm run build');
run('vitest run');

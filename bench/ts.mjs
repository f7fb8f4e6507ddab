// The benchmark is plain Node; project modules are TypeScript with extensionless imports, loaded via jiti.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);

/** Imports a project module (path relative to the project root). */
export const loadTs = (path) => jiti.import(new URL(`../${path}`, import.meta.url).pathname);

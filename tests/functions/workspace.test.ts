/** The workspace suite on the embedded Netlify Database engine (as `npm run dev` runs it). */
import { workspaceSuite } from './workspace-suite';

workspaceSuite('embedded');

/** The workspace's programme flow on the embedded Netlify Database engine (as `npm run dev` runs it). */
import { workspaceFlowSuite } from './workspace-flow-suite';

workspaceFlowSuite('embedded');

/** The workspace's programme flow (every SQL statement of it) on a PostgreSQL 15 server. */
import { workspaceFlowSuite } from './workspace-flow-suite';

workspaceFlowSuite('server');

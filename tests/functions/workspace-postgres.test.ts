/** The workspace suite (sessions, access, lists, audit, purge: every SQL statement) on a PostgreSQL 15 server. */
import { workspaceSuite } from './workspace-suite';

workspaceSuite('server');

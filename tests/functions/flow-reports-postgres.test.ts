/** The import, digest, figures and retention suite on a PostgreSQL 15 server. */
import { flowReportsSuite } from './flow-reports-suite';

flowReportsSuite('server');

/** The import, digest, figures and retention suite on the embedded Netlify Database engine. */
import { flowReportsSuite } from './flow-reports-suite';

flowReportsSuite('embedded');

/**
 * The `glossa` CLI on the fifth set of unseen articles (test/fixtures/import15/, headers of other sites; expectations
 * and conventions in test/unit/shared/markdown/import15.test.ts and import15Expected.ts), through the suite every set
 * shares (unseenArticlesCli.ts): `import FOLDER --json` lines, `show --json` entities, a byte-exact `md` export, the
 * `html` export's link texts, and the canonical text of the `json` export.
 */
import { EXPECTED } from '../../../shared/markdown/import15Expected';
import { describeUnseenArticlesCli } from './unseenArticlesCli';

describeUnseenArticlesCli('import15', EXPECTED);

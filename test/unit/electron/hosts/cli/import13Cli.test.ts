/**
 * The `glossa` CLI on the third set of unseen articles (test/fixtures/import13/, expectations and decisions in
 * test/unit/shared/markdown/import13.test.ts and import13Expected.ts), driven as a user would on a real SQLite file
 * in a temp folder: `import FOLDER --json` prints each article's fields exactly as expected, with no warning on
 * stderr but where one is expected; then for each article `show --json` lists the entities with their counts,
 * `export --format md` is the file byte for byte (BOM, CRLF, mixed line endings, trailing whitespace and all),
 * `export --format html` shows every link's text and carries nothing that could run script, and the canonical text
 * of `export --format json` holds no part of the header.
 */
import { EXPECTED } from '../../../shared/markdown/import13Expected';
import { describeUnseenArticlesCli } from './unseenArticlesCli';

describeUnseenArticlesCli('import13', EXPECTED);

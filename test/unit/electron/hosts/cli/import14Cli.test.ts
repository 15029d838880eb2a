/**
 * The `glossa` CLI on the fourth set of unseen articles (test/fixtures/import14/, the body's wiki-links, HTML and
 * Markdown mess; expectations and conventions in test/unit/shared/markdown/import14.test.ts and import14Expected.ts),
 * driven as a user would on a real SQLite file in a temp folder: `import FOLDER --json` prints each article's fields
 * exactly as expected, with a warning on stderr only where one is expected; then for each article `show --json` lists
 * the entities with their counts, `export --format md` is the file byte for byte (BOM, CRLF, no final newline),
 * `export --format html` shows every link's text and carries nothing that could run script, and the canonical text of
 * `export --format json` is the one expected and holds no part of the header.
 *
 * Before the importer was changed, 10 of these 151 checks failed (the `import --json` lines of the articles whose date,
 * author or language was misread, the entities of 02, 11 and 16, and 03's text, whose expectation was wrong); none
 * fails after. What each was is in import14.test.ts.
 */
import { EXPECTED } from '../../../shared/markdown/import14Expected';
import { describeUnseenArticlesCli } from './unseenArticlesCli';

describeUnseenArticlesCli('import14', EXPECTED);

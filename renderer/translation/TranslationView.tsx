/**
 * The translation workspace of one article (`#/article/ID/translate`): attach English, read the alignment side by
 * side, fix it with the keyboard, translate and check pair by pair, keep the glossary, export.
 *
 * Every alignment change is one call to the service, which stores it and answers with the whole workspace; the view
 * shows exactly that answer. So there is nothing to autosave: a change on screen is a change on disk. Calls are
 * queued, so a fast typist's second key acts on the result of the first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc/contract';
import type { SegmentStatus } from '../../shared/model/translation';
import { api } from '../api';
import { downloadText } from '../app/download';
import { FileButton } from '../app/FileButton';
import type { Notifier } from '../app/Toasts';
import { AttachEnglish } from './AttachEnglish';
import { isLowConfidence, nextAttention } from './attention';
import { CarryNotice } from './CarryNotice';
import { looksChinese, scriptShare } from './englishSide';
import { ChecksPanel, LinkReviewPanel } from './ChecksPanel';
import { ConcordancePanel } from './ConcordancePanel';
import { downloadBytes } from '../app/download';
import { base64ToBytes } from '../app/base64';
import { fileToBase64 } from './fileBytes';
import { GlossaryPanel } from './GlossaryPanel';
import { PairList } from './PairList';
import { isTypingTarget, pairCommandFor, pairCommandRefusal, pairKeyHelp, type PairCommand } from './pairKeys';
import { SegmentPanel } from './SegmentPanel';
import { SentenceTools } from './SentenceTools';
import { SplitChooser } from './SplitChooser';
import { TRANSLATION_EXPORTS, type AlignmentEdit, type CheckFinding, type EnglishSource, type LinkFinding, type Workspace } from './types';

type ArticleDetail = ChannelOutput<'articles.get'>;
type SideTab = 'segment' | 'checks' | 'links' | 'glossary' | 'concordance';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'segment', label: 'Segment' },
  { id: 'checks', label: 'Checks' },
  { id: 'links', label: 'Links' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'concordance', label: 'Concordance' },
];

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** The translation view of one article. */
export function TranslationView(props: { id: number; notify: Notifier; onBack(): void }) {
  const { id, notify } = props;
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [detail, setDetail] = useState<ArticleDetail | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  const [busy, setBusy] = useState(false);
  const [attaching, setAttaching] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const [tab, setTab] = useState<SideTab>('segment');
  const [checks, setChecks] = useState<CheckFinding[] | null>(null);
  const [linkFindings, setLinkFindings] = useState<LinkFinding[] | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const show = useCallback((ws: Workspace) => {
    setWorkspace(ws);
    setChecks(null);
    setSelected((s) => Math.max(0, Math.min(s, ws.pairs.length - 1)));
  }, []);

  useEffect(() => {
    let live = true;
    api['translation.workspace']({ id }).then(
      (ws) => {
        if (!live) return;
        show(ws);
        if (!ws.english) setAttaching(true);
      },
      (error: unknown) => {
        if (!live) return;
        notify.error('Could not open the translation', error);
        setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [id, notify, show]);

  // The Chinese revision the alignment was made on, for its wiki-link offsets (and the latest revision id for link fixes).
  const zhRevisionId = workspace?.zhRevisionId;
  const [detailNonce, setDetailNonce] = useState(0);
  useEffect(() => {
    if (zhRevisionId === undefined) return;
    let live = true;
    api['articles.get']({ id, revisionId: zhRevisionId }).then(
      (d) => live && setDetail(d),
      (error: unknown) => live && notify.error('Could not load the article’s wiki-links', error),
    );
    return () => {
      live = false;
    };
  }, [id, zhRevisionId, notify, detailNonce]);

  /** Runs one service call after the ones before it and shows the workspace it answers with. */
  const perform = useCallback(
    (title: string, fn: () => Promise<Workspace>, after?: (ws: Workspace) => void): Promise<void> => {
      const next = queue.current.then(async () => {
        setBusy(true);
        try {
          const ws = await fn();
          show(ws);
          after?.(ws);
        } catch (error) {
          notify.error(title, error);
        } finally {
          setBusy(false);
        }
      });
      queue.current = next;
      return next;
    },
    [notify, show],
  );

  const edit = useCallback(
    (title: string, change: AlignmentEdit, after?: (ws: Workspace) => void) => perform(title, () => api['translation.edit']({ id, edit: change }), after),
    [id, perform],
  );

  const attach = useCallback(
    (source: EnglishSource) =>
      perform('Could not attach the English', () => api['translation.attachEnglish']({ id, source }), (ws) => {
        setAttaching(false);
        setSelected(0);
        notify.info(`${ws.pairs.length} pairs aligned`);
      }),
    [id, notify, perform],
  );

  // The keyboard reads the latest state through refs: the listener is installed once.
  const state = useRef({ workspace, selected, attaching, splitting });
  state.current = { workspace, selected, attaching, splitting };

  const runCommand = useCallback(
    (command: PairCommand) => {
      const ws = state.current.workspace;
      const sel = state.current.selected;
      if (!ws || ws.pairs.length === 0) return;
      const refusal = pairCommandRefusal(command, ws.pairs, sel);
      if (refusal) {
        notify.info(refusal);
        return;
      }
      switch (command.kind) {
        case 'select':
          setSelected((s) => Math.max(0, Math.min(ws.pairs.length - 1, s + command.delta)));
          return;
        case 'merge':
          void edit('Could not merge the pairs', { op: 'merge', pair: sel });
          return;
        case 'split':
          setSplitting(true);
          return;
        case 'shift':
          void edit('Could not move the sentence', { op: 'shift', pair: sel, side: command.side, direction: command.direction });
          return;
        case 'gap':
          void edit('Could not insert a gap', { op: 'insertGap', pair: sel, side: command.side, where: 'after' });
          return;
        case 'confirm':
          void edit('Could not confirm the pair', { op: 'confirm', pair: sel }, (next) => setSelected(Math.min(sel + 1, next.pairs.length - 1)));
          return;
        case 'next-attention': {
          const next = nextAttention(ws.pairs, sel);
          if (next === null) notify.info('Every pair is confirmed');
          else setSelected(next);
          return;
        }
        case 'undo':
          if (ws.undoDepth === 0) {
            notify.info('Nothing to undo');
            return;
          }
          void perform('Could not undo', () => api['translation.undo']({ id }));
          return;
      }
    },
    [edit, id, notify, perform],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const s = state.current;
      if (s.splitting && event.key === 'Escape') {
        setSplitting(false);
        return;
      }
      if (s.attaching || s.splitting || !s.workspace?.english || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      // Enter on a focused button or link is that control's own action.
      if (event.key === 'Enter' && event.target instanceof Element && event.target.closest('button, a')) return;
      const command = pairCommandFor(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runCommand]);

  const loadChecks = useCallback(() => {
    setChecks(null);
    api['translation.checks']({ id }).then(setChecks, (error: unknown) => {
      setChecks([]);
      notify.error('Could not run the checks', error);
    });
  }, [id, notify]);
  const loadLinkReview = useCallback(() => {
    setLinkFindings(null);
    api['translation.linkReview']({ id }).then(setLinkFindings, (error: unknown) => {
      setLinkFindings([]);
      notify.error('Could not review the wiki-links', error);
    });
  }, [id, notify]);

  useEffect(() => {
    if (tab === 'checks' && checks === null && workspace?.english) loadChecks();
  }, [tab, checks, workspace, loadChecks]);
  useEffect(() => {
    if (tab === 'links' && linkFindings === null) loadLinkReview();
  }, [tab, linkFindings, loadLinkReview]);

  const applyLinkFix = async (fix: LinkFinding['fixes'][number]): Promise<void> => {
    setBusy(true);
    try {
      const latest = await api['articles.get']({ id });
      await api['translation.applyLinkFix']({ id, baseRevisionId: latest.summary.revisionId, fix });
      notify.info(fix.kind === 'unlink' ? 'Link removed' : 'Link extended', 'Saved as a new revision of the article.');
      setDetailNonce((n) => n + 1);
      loadLinkReview();
    } catch (error) {
      notify.error('Could not fix the link', error);
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (format: (typeof TRANSLATION_EXPORTS)[number]['format'], label: string): Promise<void> => {
    try {
      await queue.current;
      const file = await api['translation.export']({ id, format });
      if (file.encoding === 'base64') downloadBytes(file.fileName, file.mediaType, base64ToBytes(file.content));
      else downloadText(file.fileName, file.mediaType, file.content);
    } catch (error) {
      notify.error(`Could not export ${label}`, error);
    }
  };

  const links = useMemo(() => (detail && detail.revision.id === workspace?.zhRevisionId ? detail.wikiLinks : []), [detail, workspace?.zhRevisionId]);
  const enShare = useMemo(() => scriptShare(workspace?.enSentences ?? []), [workspace?.enSentences]);

  if (failed) {
    return (
      <main className="article-state" data-testid="translation-error">
        <p>{failed}</p>
        <button type="button" className="button" onClick={props.onBack}>
          Back to the article
        </button>
      </main>
    );
  }
  if (!workspace) {
    return (
      <main className="article-state" aria-busy="true">
        <p className="muted">Opening the translation…</p>
      </main>
    );
  }

  const pairs = workspace.pairs;
  const pair = pairs[selected];
  const confirmed = pairs.filter((p) => p.status === 'confirmed').length;
  const low = pairs.filter((p) => isLowConfidence(p)).length;
  const english = workspace.english;

  return (
    <main className="tr-view" data-testid="translation-view" data-article-id={id} aria-busy={busy}>
      <header className="tr-head">
        <div className="article-nav">
          <button type="button" className="button ghost" onClick={props.onBack} data-testid="translation-back">
            ← Article
          </button>
          <h1 className="tr-title" lang="zh">
            {detail?.summary.title || 'Translation'}
          </h1>
          {english && (
            <span className="muted" data-testid="translation-english-info">
              English: {english.kind === 'file' ? english.fileName : english.kind === 'text' ? 'pasted text' : 'written here'}
              {workspace.englishRevisions.length > 0 && ` · ${workspace.englishRevisions.length} earlier`}
            </span>
          )}
        </div>
        {english && (
          <div className="article-toolbar" role="toolbar" aria-label="Translation tools">
            <span className="tr-progress" data-testid="translation-progress">
              {pairs.length} pairs · {confirmed} confirmed · {low} low-confidence
            </span>
            <button type="button" className="button ghost" onClick={() => setAttaching(true)} data-testid="replace-english">
              Replace English…
            </button>
            <button type="button" className="button ghost" disabled={busy} onClick={() => void edit('Could not align again', { op: 'realign' })} title="Align again, keeping confirmed pairs">
              Realign
            </button>
            <button type="button" className="button ghost" disabled={busy || confirmed === pairs.length} onClick={() => void edit('Could not confirm all pairs', { op: 'confirmAll' })}>
              Confirm all
            </button>
            <FileButton
              accept=".tmx,.xml"
              title="Add a TMX file’s units to the translation memory"
              testId="memory-import"
              onFile={(file) => {
                void fileToBase64(file)
                  .then((dataBase64) => api['memory.importTmx']({ name: file.name, dataBase64 }))
                  .then(
                    (r) => notify.info(`${r.added} units added to the memory`, r.skipped ? `${r.skipped} skipped` : undefined),
                    (error: unknown) => notify.error('Could not import the TMX file', error),
                  );
              }}
            >
              Import TMX…
            </FileButton>
            <span className="spacer" />
            <span className="muted export-label">Export</span>
            {TRANSLATION_EXPORTS.map(({ format, label }) => (
              <button key={format} type="button" className="button ghost" onClick={() => void exportAs(format, label)} data-testid={`tr-export-${format}`}>
                {label}
              </button>
            ))}
          </div>
        )}
        {workspace.stale && english && (
          <p className="notice" data-testid="translation-stale">
            The article changed since this alignment was made.{' '}
            <button type="button" className="link-button" onClick={() => void edit('Could not align again', { op: 'realign' })}>
              Align again (confirmed pairs and targets are carried over)
            </button>
          </p>
        )}
        {english && !attaching && looksChinese(enShare) && (
          <p className="notice" role="alert" data-testid="translation-english-not-english">
            The English side is mostly Chinese ({enShare.han} Chinese characters, {enShare.latin} Latin letters): was the
            Chinese article attached instead of its English?{' '}
            <button type="button" className="link-button" onClick={() => setAttaching(true)}>
              Replace the English…
            </button>
          </p>
        )}
        {english && <CarryNotice articleId={id} carry={workspace.carry} onJump={(i) => setSelected(Math.min(i, pairs.length - 1))} />}
      </header>
      {attaching || !english ? (
        <div className="tr-attach-wrap">
          {!english && detail && detail.summary.lang !== 'zh' && (
            <p className="notice" data-testid="translation-not-chinese">
              This article is not in Chinese. Glossa aligns a Chinese article with its English original or translation:
              open the Chinese article and attach this text to it as its English side.
            </p>
          )}
          <AttachEnglish replacing={english !== null} busy={busy} onAttach={attach} onCancel={english ? () => setAttaching(false) : undefined} />
        </div>
      ) : (
        <div className="tr-body">
          <div className="tr-main">
            <p className="tr-help" data-testid="translation-help">
              {pairKeyHelp(MOD).map((h) => (
                <span key={h}>{h}</span>
              ))}
            </p>
            <PairList
              pairs={pairs}
              zhText={workspace.zhText}
              zhSentences={workspace.zhSentences}
              enSentences={workspace.enSentences}
              links={links}
              highlights={workspace.zhHighlights}
              selected={selected}
              onSelect={setSelected}
              below={
                splitting && pair ? (
                    <SplitChooser
                      key={selected}
                      pair={pair}
                      workspace={workspace}
                      onCancel={() => setSplitting(false)}
                      onSplit={(zhAt, enAt) => {
                        setSplitting(false);
                        // The contract counts the cut inside the pair.
                        void edit('Could not split the pair', { op: 'split', pair: selected, zhAt: pair.zh.length ? zhAt - pair.zh[0] : 0, enAt: pair.en.length ? enAt - pair.en[0] : 0 });
                      }}
                    >
                      <SentenceTools
                        pair={pair}
                        workspace={workspace}
                        onSplit={(side, sentence, offset) => {
                          setSplitting(false);
                          void perform('Could not split the sentence', () => api['translation.editSentence']({ id, edit: { op: 'splitSentence', side, sentence, offset } }));
                        }}
                        onMerge={(side, sentence) => {
                          setSplitting(false);
                          void perform('Could not join the sentences', () => api['translation.editSentence']({ id, edit: { op: 'mergeSentence', side, sentence } }));
                        }}
                      />
                    </SplitChooser>
                ) : null
              }
            />
          </div>
          <aside className="tr-side" aria-label="Translation panels">
            <div className="tr-tabs" role="tablist">
              {TABS.map((t) => (
                <button
                  key={t.id}
                  type="button"
                  role="tab"
                  aria-selected={tab === t.id}
                  className={tab === t.id ? 'tr-tab is-active' : 'tr-tab'}
                  onClick={() => setTab(t.id)}
                  data-testid={`tr-tab-${t.id}`}
                >
                  {t.label}
                </button>
              ))}
            </div>
            <div className="tr-side-body">
              {tab === 'segment' &&
                (pair ? (
                  <SegmentPanel
                    // A fresh panel per pair: its first paint shows this pair's text and status, never the last pair's.
                    key={selected}
                    articleId={id}
                    index={selected}
                    pair={pair}
                    notify={notify}
                    onSave={(target: string, status: SegmentStatus) =>
                      perform('Could not save the target', () => api['translation.setTarget']({ id, pair: selected, target, status }))
                    }
                  />
                ) : (
                  <p className="muted">Select a pair.</p>
                ))}
              {tab === 'checks' && <ChecksPanel findings={checks} onJump={(i) => setSelected(Math.min(i, pairs.length - 1))} onRefresh={loadChecks} />}
              {tab === 'links' && <LinkReviewPanel findings={linkFindings} busy={busy} onFix={(_, fix) => void applyLinkFix(fix)} onRefresh={loadLinkReview} />}
              {tab === 'glossary' && <GlossaryPanel articleId={id} notify={notify} onChanged={() => setChecks(null)} />}
              {tab === 'concordance' && <ConcordancePanel notify={notify} />}
            </div>
          </aside>
        </div>
      )}
    </main>
  );
}

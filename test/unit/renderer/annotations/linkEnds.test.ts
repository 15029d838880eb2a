import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../../shared/anchoring';
import type { Annotation } from '../../../../shared/model/annotation';
import { anchoringKey } from '../../../../shared/anchoring/anchorKey';
import { changedRecords, keysDiffer } from '../../../../renderer/annotations/anchorRefresh';
import { describeChange } from '../../../../renderer/annotations/history';
import { matchesFilter, NO_FILTER } from '../../../../renderer/annotations/filters';
import { annotationIdOf, drawnItems, isLinkEndId, linkEndId } from '../../../../renderer/annotations/linkEnds';
import { bytesToBase64 } from '../../../../renderer/app/base64';
import { checkSnapshotFile, formatBytes, MAX_SNAPSHOT_BYTES } from '../../../../renderer/annotations/snapshotFile';

const TEXT = 'The minister said exports rose.\n\nCritics said exports fell.';
const ID = '00000000-0000-4000-8000-000000000001';

function link(secondState: 'anchored' | 'moved' | 'orphaned'): Annotation {
  const b = TEXT.indexOf('exports fell');
  return {
    id: ID,
    articleId: 1,
    revisionId: 1,
    motivation: 'linking',
    bodies: [{ type: 'SpecificResource', purpose: 'linking', selectors: describeSpan(TEXT, b, b + 12), anchor: { state: secondState, confidence: 0.5 } }],
    creator: 't',
    created: '2024-01-01T00:00:00Z',
    modified: '2024-01-01T00:00:00Z',
    target: { selectors: describeSpan(TEXT, 4, 12) },
    anchor: { state: 'anchored', confidence: 1 },
  };
}

describe('link ends in the editor', () => {
  it('draws the second span under its own id, and maps that id back to the link', () => {
    const [first, second] = drawnItems(link('moved'), '#123456');
    expect(first?.annotation.id).toBe(ID);
    expect(second?.annotation.id).toBe(linkEndId(ID));
    expect(second?.annotation.target.selectors.quote.exact).toBe('exports fell');
    expect(second?.annotation.anchor.state).toBe('moved');
    expect(second?.colour).toBe('#123456');
    expect(annotationIdOf(linkEndId(ID))).toBe(ID);
    expect(annotationIdOf(ID)).toBe(ID);
    expect(isLinkEndId(ID)).toBe(false);
  });

  it('draws nothing for an orphaned second span, and the anchor filter finds the link by either end', () => {
    expect(drawnItems(link('orphaned'), null)).toHaveLength(1);
    expect(matchesFilter(link('orphaned'), { ...NO_FILTER, anchor: 'orphaned' })).toBe(true);
    expect(matchesFilter(link('anchored'), { ...NO_FILTER, anchor: 'orphaned' })).toBe(false);
  });

  it('hands on only the records whose state, words or content a re-anchoring or an edit changed', () => {
    const known = new Map([[ID, link('anchored')]]);
    expect(changedRecords(known, [link('anchored')])).toEqual([]);
    expect(changedRecords(known, [link('orphaned')])).toEqual([link('orphaned')]);
    // Offsets shifted by an edit before the span are the editor's business (it maps them): nothing to redraw.
    const shifted = link('anchored');
    shifted.revisionId = 2;
    shifted.target.selectors.position = { start: 14, end: 22 };
    expect(changedRecords(known, [shifted])).toEqual([]);
    const edited = { ...link('anchored'), modified: '2024-02-01T00:00:00Z' };
    expect(changedRecords(known, [edited])).toEqual([edited]);
    expect(keysDiffer(known, [{ id: ID, key: anchoringKey(shifted) }])).toBe(false);
    expect(keysDiffer(known, [{ id: ID, key: anchoringKey(edited) }])).toBe(true);
    expect(keysDiffer(known, [{ id: 'another', key: anchoringKey(shifted) }])).toBe(true);
  });
});

describe('snapshot files', () => {
  it('accepts saved PDF and HTML pages by type or extension, and refuses other, empty and oversize files', () => {
    expect(checkSnapshotFile({ name: 'page.pdf', type: '', size: 10 })).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkSnapshotFile({ name: 'Page.HTM', type: '', size: 10 })).toEqual({ ok: true, mediaType: 'text/html' });
    expect(checkSnapshotFile({ name: 'saved', type: 'text/html', size: 10 })).toEqual({ ok: true, mediaType: 'text/html' });
    expect(checkSnapshotFile({ name: 'notes.txt', type: 'text/plain', size: 10 })).toMatchObject({ ok: false, message: expect.stringContaining('PDF or an HTML file') });
    expect(checkSnapshotFile({ name: 'a.pdf', type: 'application/pdf', size: 0 })).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
    expect(checkSnapshotFile({ name: 'a.pdf', type: 'application/pdf', size: MAX_SNAPSHOT_BYTES + 1 })).toMatchObject({ ok: false, message: expect.stringContaining('50 MB') });
  });

  it('formats sizes and encodes large byte arrays as base64 without overflowing', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(14_540)).toBe('14.2 KB');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
    const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('history of a link', () => {
  it('says when the second span was lost and re-attached', () => {
    const at = '2024-01-02T00:00:00Z';
    const lost = describeChange({ annotationId: ID, at, actor: 'glossa', action: 'reanchored', before: link('anchored'), after: link('orphaned') });
    expect(lost).toEqual(['second span anchor: anchored → orphaned']);
    const moved = link('anchored');
    const fell = TEXT.indexOf('said exports');
    moved.bodies = [{ type: 'SpecificResource', purpose: 'linking', selectors: describeSpan(TEXT, fell, fell + 12), anchor: { state: 'anchored', confidence: 1 } }];
    expect(describeChange({ annotationId: ID, at, actor: 'ann', action: 'confirmed', before: link('orphaned'), after: moved })).toEqual([
      'second span: exports fell → said exports',
      'second span anchor: orphaned → anchored',
    ]);
  });
});

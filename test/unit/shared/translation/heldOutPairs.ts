/**
 * The held-out zh–en articles as the translation checks see them (each gold bead one pair, its sentences joined), and
 * a finding written short for tables of expected findings. Shared by checks14 and checks15.
 */
import type { CheckFinding } from '../../../../shared/model/translation';
import { readGoldDocs } from '../../../fixtures/alignGold';

/** A held-out article: its name and its gold pairs. */
export interface HeldOutArticle {
  name: string;
  pairs: { zh: string; en: string }[];
}

/** The articles of a held-out folder, each gold bead as one pair. */
export function heldOutArticles(dir: string): HeldOutArticle[] {
  return readGoldDocs(dir).map((d) => ({
    name: d.name,
    pairs: d.gold.map((b) => ({ zh: b.zh.map((i) => d.zh[i]).join(''), en: b.en.map((j) => d.en[j]).join(' ') })),
  }));
}

/** `pair kind: detail`, as the tables of expected findings write them. */
export const shortFinding = (f: CheckFinding): string => `${f.pairIndex} ${f.kind}: ${f.detail}`;

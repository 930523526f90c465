// The aligner on the e2e revision set (tests/fixtures/revision-set): PDFs read as the extension reads
// them, scored against the generator's ground truth, in two layouts; and the real A/80/L.41 against
// its own text set in another layout.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdf } from '../../scripts/lib/pdfjs-node';
import { catalogEntry } from '../catalog';
import { detectDocument } from '../detect';
import type { PdfBox, SegmentedDocument } from '../paragraphs/model';
import { segmentPdf } from '../paragraphs/from-pdf-text';
import { readAllPages } from '../pdf/read-pages';
import { readTrackedChanges } from '../pdf/tracked-changes';
import { alignParagraphs } from '../align';
import { scoreAlignment } from './accuracy';
import type { AlignmentUnit } from './types';
import { REAL_L41 as L41 } from '../../scripts/lib/shared-dir';

const DIR = 'tests/fixtures/revision-set';
const REV1_URL = 'https://publicadministration.desa.un.org/sites/default/files/2021-04/2025/Rev1/WSIS%2B20_Rev1_071125_CleanVersion.pdf';

interface TruthFile {
  old: { label: string; text: string; heading: string | null }[];
  new: { label: string; text: string; heading: string | null }[];
  truth: AlignmentUnit[];
}
const truth = JSON.parse(readFileSync(`${DIR}/truth.json`, 'utf8')) as TruthFile;

async function read(path: string): Promise<SegmentedDocument<PdfBox>> {
  const doc = await openPdf(new Uint8Array(readFileSync(path)));
  try {
    return segmentPdf(await readAllPages(doc));
  } finally {
    await doc.loadingTask.destroy();
  }
}

const docs: Record<string, SegmentedDocument<PdfBox>> = {};
beforeAll(async () => {
  for (const name of ['rev1', 'rev2-clean', 'rev1-hanging', 'rev2-hanging']) docs[name] = await read(`${DIR}/${name}.pdf`);
}, 120_000);

describe('revision set fixtures', () => {
  it.each([
    ['rev1', 'old'],
    ['rev2-clean', 'new'],
    ['rev1-hanging', 'old'],
    ['rev2-hanging', 'new'],
  ] as const)('%s reads as its ground truth: labels, text and headings', (name, side) => {
    const read = docs[name]!.paragraphs.map((p) => ({ label: p.label, text: p.text, heading: p.heading }));
    expect(read).toEqual(truth[side].map((p) => ({ label: p.label, text: p.text, heading: p.heading })));
  });

  it('is detected as Rev1 and Rev2 of the WSIS+20 outcome at the addresses the tests serve it from', () => {
    const rev2Url = catalogEntry('rev2')!.urls;
    expect(detectDocument({ url: REV1_URL, text: docs.rev1!.title })).toMatchObject({ family: 'wsis20-outcome', revision: 'rev1', variant: 'clean' });
    expect(detectDocument({ url: rev2Url.clean!, text: docs['rev2-clean']!.title })).toMatchObject({ family: 'wsis20-outcome', revision: 'rev2', variant: 'clean' });
    // By content alone too (a copy saved under another name).
    expect(detectDocument({ url: 'file:///tmp/draft.pdf', text: docs.rev1!.title })).toMatchObject({ family: 'wsis20-outcome', revision: 'rev1' });
    expect(detectDocument({ url: 'file:///tmp/draft.pdf', text: docs['rev2-clean']!.title })).toMatchObject({ family: 'wsis20-outcome', revision: 'rev2' });
  });

  it('keeps the facts the card tests rely on', () => {
    const unit = (oldLabel: string) => truth.truth.find((u) => u.old.includes(oldLabel));
    expect(docs['rev2-clean']!.paragraphs.find((p) => p.label === '98')!.text).toMatch(/Internet Governance Forum shall be made a permanent forum/);
    expect(unit('96')).toMatchObject({ new: ['98'], change: 'modified' });
    expect(unit('98')).toMatchObject({ new: ['100'], change: 'modified' });
    expect(unit('101')).toMatchObject({ new: ['101'], change: 'modified' });
    expect(new Set(truth.truth.map((u) => u.change))).toEqual(new Set(['unchanged', 'modified', 'added', 'deleted', 'moved', 'split', 'merged']));
  });
});

describe('aligner accuracy on the revision set', () => {
  it.each([
    ['rev1', 'rev2-clean'],
    ['rev1-hanging', 'rev2-hanging'],
    ['rev1', 'rev2-hanging'],
  ])('%s → %s: at least 99 %% of units right', (oldName, newName) => {
    const units = alignParagraphs(docs[oldName]!.paragraphs, docs[newName]!.paragraphs);
    const score = scoreAlignment(units, truth.truth);
    expect(score.accuracy).toBeGreaterThanOrEqual(0.99);
  });
});

describe('aligner accuracy against a tracked-changes PDF', () => {
  it('rev1 → rev2-tracked (its text as it stands): at least 99 % of units right', async () => {
    const doc = await openPdf(new Uint8Array(readFileSync(`${DIR}/rev2-tracked.pdf`)));
    try {
      const reading = await readTrackedChanges(doc);
      const live = reading.document.paragraphs.filter((p) => p.status !== 'deleted');
      const score = scoreAlignment(alignParagraphs(docs.rev1!.paragraphs, live), truth.truth);
      expect(score.accuracy).toBeGreaterThanOrEqual(0.99);
    } finally {
      await doc.loadingTask.destroy();
    }
  }, 60_000);
});

describe.skipIf(!existsSync(L41))('A/80/L.41 against its own text in another layout', () => {
  it('aligns every paragraph as unchanged', async () => {
    const real = await read(L41);
    const ours = await read(`${DIR}/l41-resolution-layout.pdf`);
    expect(ours.paragraphs.map((p) => p.label)).toEqual(real.paragraphs.map((p) => p.label));
    const units = alignParagraphs(real.paragraphs, ours.paragraphs);
    expect(units).toHaveLength(real.paragraphs.length);
    expect(units.filter((u) => u.change !== 'unchanged' || u.old[0] !== u.new[0])).toEqual([]);
  }, 60_000);
});

// The viewer page: toolbar (document, original address, way back, page, zoom, find), progress, the
// paragraph index, the pdf.js pages with badges, the paragraph card, and plain-words problems.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { paragraphCardCss } from '@/components/ParagraphCard';
import { NO_COMPARISON, type CardData, type CardParagraph } from '@/components/card/card-data';
import { ConnectedCard } from '@/components/card/ConnectedCard';
import { loadRevisionData, type RevisionDataUpdate } from '@/components/card/load-revision-data';
import { usePositionMarks } from '@/components/positions/use-position-marks';
import { ReferencePanel } from '@/components/positions/ReferencePanel';
import { contentHash } from '@/utils/db/content-hash';
import type { RevisionText } from '@/utils/revisions/revision-text';
import { citation } from '@/utils/catalog';
import { detectDocument, isUnHost } from '@/utils/detect';
import { documentLanguage, languageFromUrl, type UnLanguage } from '@/utils/detect/document-language';
import type { DocumentId } from '@/utils/document-id';
import { stepLabel } from '@/utils/paragraph-navigation';
import type { Paragraph, PdfBox } from '@/utils/paragraphs/model';
import type { PdfPageText } from '@/utils/pdf/page-text';
import { PdfProblem, explainPdfError } from '@/utils/pdf/pdf-problems';
import type { OpenOriginalMessage } from '@/utils/pdf-interception';
import { compareAddress, originalAt, paragraphLink, parseTargetFragment, parseViewerUrl, type ViewerTarget } from '@/utils/viewer-url';
import { documentNames, tabTitle } from './document-title';
import { downloadPdf } from './load-pdf';
import { indexParagraphs, plainText } from './paragraph-indexer';
import { ParagraphIndex, type IndexChanges } from './ParagraphIndex';
import { annexName, paraFromAddress, paragraphKey, parseParaFragment } from './paragraph-keys';
import { PdfView } from './pdf-view';
import { readTrackedChanges } from '@/utils/pdf/tracked-changes';
import { paragraphRef } from '@/utils/revisions/paragraph-ref';
import { readRevision } from './read-revision';
import { SharedText } from './shared-text';
import { pdfjsLib } from './pdfjs';
import { ProblemPanel } from './ProblemPanel';
import { ProgressBar, type Progress } from './ProgressBar';
import { ShortcutsHelp } from './ShortcutsHelp';
import { Toolbar } from './Toolbar';
import { useViewerKeys } from './use-viewer-keys';

/** How often the index and progress bar catch up with indexing. */
const UI_UPDATE_MS = 300;

export function ViewerApp() {
  const address = useMemo(() => parseViewerUrl(location.href), []);
  const file = address.file;
  const containerRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<PdfView | null>(null);
  const paragraphsRef = useRef<Paragraph<PdfBox>[]>([]);
  // Targets and labels below are paragraph keys: "98" in the main text, "A1:3" in the first annex.
  const targetRef = useRef<ViewerTarget>({ para: paraFromAddress(location.href) ?? address.para, page: address.page });
  const lastVisitedRef = useRef<string | null>(null);

  const [docId, setDocId] = useState<DocumentId | null>(() => (file ? detectDocument({ url: file }) : null));
  const [language, setLanguage] = useState<UnLanguage | null>(() => (file ? languageFromUrl(file) : null));
  const languageRef = useRef<UnLanguage | null>(language);
  languageRef.current = language;
  const [pdfTitle, setPdfTitle] = useState<string | null>(null);
  const [problem, setProblem] = useState<PdfProblem | null>(() =>
    file
      ? isUnHost(file)
        ? null
        : new PdfProblem('not-pdf', 'WSIS Lens only opens PDFs from the UN sites; this address is elsewhere.')
      : new PdfProblem('not-pdf', 'No PDF address was given to the viewer.'),
  );
  const [progress, setProgress] = useState<Progress | null>({ phase: 'download', done: 0, total: null });
  const [paragraphs, setParagraphs] = useState<Paragraph<PdfBox>[]>([]);
  const [indexDone, setIndexDone] = useState(false);
  const [indexProblem, setIndexProblem] = useState<string | null>(null);
  const [missingTarget, setMissingTarget] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [pageCount, setPageCount] = useState(0);
  const [scale, setScale] = useState<{ value: number; preset?: string }>({ value: 1, preset: 'page-width' });
  const [openLabel, setOpenLabel] = useState<string | null>(null);
  const [activeLabel, setActiveLabel] = useState<string | null>(null);
  const [sidebarOpen, setSidebarOpen] = useState(() => window.innerWidth >= 900);
  const [currentText, setCurrentText] = useState<RevisionText | null>(null);
  // A stakeholder input's page texts, for the list of the paragraphs it cites (ReferencePanel).
  const pageTextsRef = useRef<PdfPageText[]>([]);
  const [inputPages, setInputPages] = useState<string[] | null>(null);
  const [revisionData, setRevisionData] = useState<Required<RevisionDataUpdate>>({ comparison: NO_COMPARISON, revisions: [], learnedUrls: {} });
  const [comparisonSettled, setComparisonSettled] = useState(false);
  /** Paragraphs a tracked-changes PDF shows deleted whole, by their old numbers. */
  const [deletedWhole, setDeletedWhole] = useState<string[]>([]);
  const docIdRef = useRef<DocumentId | null>(docId);
  docIdRef.current = docId;
  const [find, setFind] = useState<{ open: boolean; query: string; result: string }>({ open: false, query: '', result: '' });

  const names = documentNames(docId, file ?? '', pdfTitle, language);
  useEffect(() => {
    document.title = problem && !pageCount ? `Cannot show PDF — WSIS Lens` : tabTitle(names);
  }, [names.documentName, names.revisionName, problem, pageCount]);

  const labels = useMemo(() => paragraphs.map(paragraphKey), [paragraphs]);

  /** Scrolls to a paragraph and marks its badge; opens the card when asked. */
  const goToParagraph = (label: string, options: { open: boolean; focus?: boolean }) => {
    const paragraph = paragraphsRef.current.find((candidate) => paragraphKey(candidate) === label);
    const view = viewRef.current;
    if (!paragraph || !view) return;
    view.scrollToParagraph(paragraph);
    view.markActive(label);
    if (options.focus) view.focusBadge(label);
    lastVisitedRef.current = label;
    setActiveLabel(label);
    if (options.open) setOpenLabel(label);
  };
  const goRef = useRef(goToParagraph);
  goRef.current = goToParagraph;

  // Opened from a badge, the card takes the focus (else a keyboard user tabs through every later badge
  // to reach it), as on WSIS pages; closed from inside, it hands the focus back to the badge last shown.
  const [cardFocusRequest, setCardFocusRequest] = useState(0);
  const closeCard = () => {
    const focusInCard = document.querySelector('.wsis-card-dock')?.contains(document.activeElement) ?? false;
    setOpenLabel(null);
    if (focusInCard && lastVisitedRef.current) viewRef.current?.focusBadge(lastVisitedRef.current);
  };

  // Load, render, index: once.
  useEffect(() => {
    const container = containerRef.current;
    if (!file || !container || problem) return;
    const abort = new AbortController();
    let doc: PDFDocumentProxy | null = null;
    let loadingTask: ReturnType<typeof pdfjsLib.getDocument> | null = null;
    let worker: InstanceType<typeof pdfjsLib.PDFWorker> | null = null;

    // Page-by-page state changes are coalesced to a few Preact renders a second, so a long PDF does not
    // re-render the index hundreds of times while it is being indexed (badges go in at once regardless).
    const uiUpdates = new Map<string, () => void>();
    let frame = 0;
    const scheduleUi = (key: 'paragraphs' | 'progress', update: () => void) => {
      uiUpdates.set(key, update); // the latest update of each kind wins
      if (frame) return;
      frame = window.setTimeout(() => {
        frame = 0;
        const updates = [...uiUpdates.values()];
        uiUpdates.clear();
        for (const run of updates) run();
      }, UI_UPDATE_MS);
    };
    const flushUi = () => {
      clearTimeout(frame);
      frame = 0;
      const updates = [...uiUpdates.values()];
      uiUpdates.clear();
      for (const run of updates) run();
    };

    const fail = (error: unknown, tail?: Uint8Array) => {
      uiUpdates.delete('progress');
      setProgress(null);
      setProblem(explainPdfError(error, tail));
    };

    void (async () => {
      const view = await PdfView.create(container, {
        onPageChange: setPage,
        onScaleChange: (value, preset) => setScale({ value, preset }),
        onPagesReady: setPageCount,
        onBadgeClick: (label) => {
          goRef.current(label, { open: true });
          setCardFocusRequest((count) => count + 1);
        },
        onFindResult: ({ current, total, state }) =>
          setFind((old) => ({
            ...old,
            result: state === 'not-found' ? 'No matches' : total > 0 ? `${current} of ${total}` : state === 'pending' ? '…' : '',
          })),
      });
      viewRef.current = view;

      // Marks for scripts/bench-viewer.mts (fetch start → first badge → full index).
      performance.mark('wsis-lens:fetch-start');
      // pdf.js's worker starts (loads and compiles its script) while the PDF downloads, not after.
      worker = new pdfjsLib.PDFWorker({ verbosity: 0 });
      // Destroyed before it is ready (the download failed), it rejects this with nothing else waiting on it.
      worker.promise.catch(() => undefined);
      let bytes: Uint8Array;
      try {
        // Like indexing's, the download's progress catches up every UI_UPDATE_MS, not at every chunk.
        ({ bytes } = await downloadPdf(file, ({ loaded, total }) => scheduleUi('progress', () => setProgress({ phase: 'download', done: loaded, total }))));
      } catch (error) {
        worker.destroy();
        fail(error);
        return;
      }
      const tail = bytes.slice(Math.max(0, bytes.length - 1024));
      // WebCrypto copies the bytes at the call, before pdf.js takes the buffer over.
      const hashing = contentHash(bytes as Uint8Array<ArrayBuffer>);
      uiUpdates.delete('progress'); // the download's last word, if still pending, is stale now
      setProgress({ phase: 'open', done: 0, total: null });
      try {
        // pdf.js takes the buffer (it is transferred to the worker).
        // disableAutoFetch (the bytes are all here anyway): pdf.js's viewer then reads each page's data when
        // the page comes into view, not all pages' at once, each followed by a reset of its page view.
        loadingTask = pdfjsLib.getDocument({ data: bytes, verbosity: 0, worker, disableAutoFetch: true });
        doc = await loadingTask.promise;
      } catch (error) {
        fail(error, tail);
        return;
      }
      // One text extraction per page for the index, the text layer and find.
      const sharedText = SharedText.install(doc);
      // Indexing starts now; its progress catches up every UI_UPDATE_MS, the phase shows at once.
      setProgress({ phase: 'index', done: 0, total: doc.numPages });
      view.holdForIndexing(true);

      let indexedPage = 0;
      const indexedLabels = new Set<string>();
      try {
        const indexing = indexParagraphs(
          doc,
          {
            onParagraphs(found, pageText, viewport) {
              indexedPage = pageText.pageNumber;
              pageTextsRef.current[pageText.pageNumber - 1] = pageText;
              view.setPageViewport(pageText.pageNumber, viewport);
              if (pageText.pageNumber === 1) setDocId(detectDocument({ url: file, text: plainText(pageText) }));
              if (found.length === 0) return;
              const fresh = found.filter((paragraph) => !indexedLabels.has(paragraphKey(paragraph)));
              for (const paragraph of fresh) indexedLabels.add(paragraphKey(paragraph));
              paragraphsRef.current = [...paragraphsRef.current, ...fresh];
              view.addBadges(found); // badges now (or with the next batch); the index and progress bar later
              // While the pages are held back (a short file), the index list would be drawn only to be
              // replaced within a second, and could take the reader nowhere yet: it comes with the pages.
              if (view.pagesShown) scheduleUi('paragraphs', () => setParagraphs(paragraphsRef.current));
              const wanted = targetRef.current.para;
              if (wanted && found.some((paragraph) => paragraphKey(paragraph) === wanted)) {
                targetRef.current = { para: null, page: null };
                goRef.current(wanted, { open: false });
              }
            },
            onProgress: (done, total) => scheduleUi('progress', () => setProgress({ phase: 'index', done, total })),
            firstPageDrawn: () => view.firstPageDrawn,
          },
          abort.signal,
          sharedText,
        );
        // The drawn pages' text layers wait for the index (see SharedText.deferLayers).
        sharedText.deferLayers(indexing);
        // So does the metadata (the title, for the toolbar when the address does not name the document;
        // pdf.js's viewer reads it for the page language): the worker parses it, XMP on UN PDFs, ahead of
        // any page's text otherwise (~10–20 ms of its time on A/80/L.41 before the first page).
        const getMetadata = doc.getMetadata.bind(doc);
        doc.getMetadata = () => indexing.then(getMetadata, getMetadata);
        void doc
          .getMetadata()
          .then(({ info }) => {
            const title = (info as { Title?: unknown }).Title;
            if (typeof title === 'string' && title.trim()) setPdfTitle(title.trim().slice(0, 200));
          })
          .catch(() => undefined);
        // After the first text requests, so that the worker starts on them before pdf.js's viewer
        // (which sets up a view per page first) asks it for anything; held back while a short file is
        // indexed (see PdfView.holdForIndexing).
        view.setDocument(doc);
        if (targetRef.current.page && !targetRef.current.para) view.scrollToPage(targetRef.current.page);
        const final = await indexing;
        if (final) {
          performance.mark('wsis-lens:index-done');
          view.showPages();
          const documentId = docIdRef.current;
          // The address's language, else the first page's (read once indexing is done, off the index's clock).
          const firstPage = pageTextsRef.current[0];
          languageRef.current = documentLanguage(file, firstPage ? plainText(firstPage) : null);
          setLanguage(languageRef.current);
          // A tracked-changes PDF prints deleted text too: read its markup (the text is the index's), keep the text as it stands.
          const reading = documentId?.variant === 'tracked' && doc ? await readTrackedChanges(doc, pageTextsRef.current).catch(() => null) : null;
          const settled = reading?.tracked ? reading.document : final;
          const live = settled.paragraphs.filter((paragraph) => paragraph.status !== 'deleted');
          setDeletedWhole(settled.paragraphs.filter((paragraph) => paragraph.status === 'deleted').map((paragraph) => paragraph.label.replace(/^del-/, '')));
          paragraphsRef.current = live;
          view.resetBadges(live);
          setParagraphs(live);
          // What changed since the previous revision: stored, fetched and aligned while the reader reads.
          const indexed = {
            hash: await hashing,
            url: file,
            documentId: documentId ?? detectDocument({ url: file }),
            paragraphs: live,
            headings: settled.headings,
            language: languageRef.current,
          };
          setCurrentText(indexed);
          void loadRevisionData(documentId, indexed, (changes) => setRevisionData((old) => ({ ...old, ...changes })), {
            fetchRevision: (source, onProgress) => readRevision(source.url, onProgress),
            signal: abort.signal,
          }).finally(() => setComparisonSettled(true));
        }
      } catch (error) {
        setIndexProblem(
          `Paragraphs could be indexed only up to page ${indexedPage}: ${explainPdfError(error).message}`,
        );
      }
      view.holdForIndexing(false);
      const wanted = targetRef.current.para;
      flushUi();
      setParagraphs(paragraphsRef.current); // what was found, also when indexing stopped part way
      if (wanted) {
        if (paragraphsRef.current.some((paragraph) => paragraphKey(paragraph) === wanted)) goRef.current(wanted, { open: false });
        else setMissingTarget(wanted);
      }
      if (docIdRef.current?.variant === 'stakeholder-input') setInputPages(Array.from(pageTextsRef.current, (page) => (page ? plainText(page) : '')));
      setIndexDone(true);
      setProgress(null);
    })().catch((error: unknown) => fail(error));

    return () => {
      abort.abort();
      void loadingTask?.destroy();
      worker?.destroy(); // a worker handed to getDocument outlives its loading task
    };
  }, []);

  // #para=N or #page=N typed into the address bar of an open viewer.
  useEffect(() => {
    const onHash = () => {
      const target = parseTargetFragment(location.hash);
      const para = parseParaFragment(location.hash);
      if (para) goRef.current(para, { open: false });
      else if (target.page) viewRef.current?.scrollToPage(target.page);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const openFind = () => {
    setFind((old) => ({ ...old, open: true }));
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('#wsis-find-input')?.select());
  };
  const { typing, notice, helpOpen, setHelpOpen } = useViewerKeys({
    labels: () => labels,
    lastVisited: () => lastVisitedRef.current,
    indexDone: () => indexDone,
    goTo: (label) => goToParagraph(label, { open: true, focus: true }),
    closeCard,
    openFind,
  });

  const openOriginal = async () => {
    if (!file) return;
    const message: OpenOriginalMessage = { type: 'wsis-lens/open-original', url: file };
    try {
      // The background lets this tab load the address without redirecting it back here.
      await browser.runtime.sendMessage(message);
    } catch {
      // Without the exception the redirect may bring the reader back; still better than no way out.
    }
    location.assign(originalAt(file, pageCount ? page : null));
  };

  const openParagraph = openLabel ? paragraphs.find((paragraph) => paragraphKey(paragraph) === openLabel) : undefined;
  const openKey = openParagraph ? paragraphKey(openParagraph) : '';
  const cardData: CardData = {
    document: { url: file ?? '', documentId: docId, documentName: names.documentName, revisionName: names.revisionName, text: currentText, language },
    ...revisionData,
    viewerPage: browser.runtime.getURL('/viewer.html'),
  };
  const positionMarks = usePositionMarks(cardData);
  // The previous revision's file, once known (read or being read): the compare view reads it from the store.
  const { comparison } = revisionData;
  const previous = comparison.state === 'none' ? null : comparison.previous;
  const previousFile = (comparison.state === 'ready' ? comparison.previousText.url : null) || previous?.url;
  // The index marks the paragraphs that changed (also moved, split, merged, new) since the previous revision.
  const indexChanges = useMemo<IndexChanges | null>(() => {
    if (comparison.state !== 'ready' || !comparison.units) return null;
    return { since: comparison.previous.name, keys: new Set(comparison.units.filter((unit) => unit.change !== 'unchanged').flatMap((unit) => unit.new)) };
  }, [comparison]);
  const changesSince = previous && previousFile && file ? { href: compareAddress(cardData.viewerPage, previousFile, file), previousName: previous.name } : null;
  useEffect(() => viewRef.current?.markPositions(positionMarks), [positionMarks, pageCount]);
  const notes: string[] = [];
  if (indexDone && !problem && paragraphs.length === 0) notes.push('No numbered paragraphs were found in this PDF.');
  if (!names.known && !problem && pageCount > 0) notes.push('This PDF is not a known WSIS+20 draft, so there is no earlier revision to compare it with.');
  if (missingTarget) notes.push(`Paragraph ${missingTarget} is not in this document.`);
  if (indexProblem) notes.push(indexProblem);
  if (deletedWhole.length) notes.push(`Deleted whole in this version (old numbering): ${paragraphRef(deletedWhole)}.`);

  return (
    <div class="wsis-viewer" data-wsis-comparison={comparisonSettled ? revisionData.comparison.state : 'loading'}>
      <style>{paragraphCardCss}</style>
      <Toolbar
        names={names}
        file={file}
        page={page}
        pageCount={pageCount}
        scale={scale}
        sidebarOpen={sidebarOpen}
        onToggleSidebar={() => setSidebarOpen((open) => !open)}
        onPage={(n) => viewRef.current?.scrollToPage(n)}
        onScale={(value) => viewRef.current?.setScale(value)}
        onZoom={(direction) => viewRef.current?.zoom(direction)}
        onOpenOriginal={() => void openOriginal()}
        changes={changesSince}
        onHelp={() => setHelpOpen((open) => !open)}
        onFind={openFind}
      />
      <ProgressBar progress={progress} />
      {helpOpen ? <ShortcutsHelp onClose={() => setHelpOpen(false)} /> : null}
      {find.open ? (
        <div class="wsis-findbar" role="search">
          <input
            id="wsis-find-input"
            type="search"
            placeholder="Find in document"
            aria-label="Find in document"
            value={find.query}
            onInput={(event) => {
              const query = (event.currentTarget as HTMLInputElement).value;
              setFind((old) => ({ ...old, query }));
              viewRef.current?.find(query, false);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') viewRef.current?.find(find.query, true, event.shiftKey);
              if (event.key === 'Escape') {
                viewRef.current?.closeFind();
                setFind({ open: false, query: find.query, result: '' });
              }
            }}
          />
          <span class="wsis-findbar__result" aria-live="polite">
            {find.result}
          </span>
          <button type="button" onClick={() => viewRef.current?.find(find.query, true, true)} aria-label="Previous match">
            ↑
          </button>
          <button type="button" onClick={() => viewRef.current?.find(find.query, true, false)} aria-label="Next match">
            ↓
          </button>
          <button
            type="button"
            onClick={() => {
              viewRef.current?.closeFind();
              setFind({ open: false, query: find.query, result: '' });
            }}
            aria-label="Close find"
          >
            ×
          </button>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <div class="wsis-notes" role="status">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      ) : null}
      <div class="wsis-body">
        {inputPages ? <ReferencePanel pages={inputPages} data={cardData} /> : null}
        {sidebarOpen && !problem ? (
          <ParagraphIndex
            paragraphs={paragraphs}
            changes={indexChanges}
            complete={indexDone}
            activeLabel={activeLabel}
            onSelect={(label) => goToParagraph(label, { open: false })}
          />
        ) : null}
        <main class="wsis-stage">
          {/* focusable to scroll with the keys, so a named region rather than an anonymous div */}
          <div id="viewerContainer" ref={containerRef} tabIndex={0} role="region" aria-label="PDF pages">
            <div class="pdfViewer" />
          </div>
          {problem ? <ProblemPanel problem={problem} file={file} onOpenOriginal={() => void openOriginal()} /> : null}
          {openParagraph ? (
            <div class="wsis-card-dock">
              <ConnectedCard
                paragraph={cardParagraph(openParagraph, openKey)}
                data={cardData}
                focusRequest={cardFocusRequest}
                label={openKey}
                kind={openParagraph.kind}
                heading={openParagraph.heading}
                documentName={names.documentName}
                revisionName={names.revisionName}
                page={openParagraph.page}
                link={paragraphLink(file ?? '', openKey)}
                citation={paragraphCitation(
                  { family: null, revision: null, symbol: null, ...docId, title: docId?.title ?? names.documentName },
                  openParagraph,
                )}
                onClose={closeCard}
                onPrevious={
                  labels.indexOf(openKey) > 0
                    ? () => goToParagraph(stepLabel(labels, openKey, -1) ?? openKey, { open: true })
                    : undefined
                }
                onNext={
                  labels.indexOf(openKey) < labels.length - 1
                    ? () => goToParagraph(stepLabel(labels, openKey, 1) ?? openKey, { open: true })
                    : undefined
                }
              />
            </div>
          ) : null}
          {typing !== null ? (
            <div class="wsis-goto" role="status">
              Go to paragraph: <strong>{typing || '…'}</strong> <span>Enter to go, Esc to cancel</span>
            </div>
          ) : null}
          {notice ? (
            <div class="wsis-goto" role="status">
              {notice}
            </div>
          ) : null}
        </main>
      </div>
    </div>
  );
}

function cardParagraph(paragraph: Paragraph<PdfBox>, key: string): CardParagraph {
  const { label, kind, heading, page, part, text } = paragraph;
  const marked = paragraph as Paragraph<PdfBox> & Pick<CardParagraph, 'changes' | 'status'>;
  return { key, label, kind, heading, page, part, text, changes: marked.changes, status: marked.status };
}

/** "…, para. 3" in the main text; "…, annex, para. 3" in an annex (as UN documents cite annexes). */
function paragraphCitation(doc: Parameters<typeof citation>[0], paragraph: Paragraph<PdfBox>): string {
  const full = citation(doc, paragraph.label);
  if (paragraph.part === 0) return full;
  const tail = citation({ family: null, revision: null, symbol: null, title: null }, paragraph.label);
  const head = full.slice(0, full.length - tail.length);
  return `${head}${annexName(paragraph.part).toLowerCase()}, ${tail}`;
}

// What the viewer shows instead of a blank page when a PDF cannot be shown.
import type { PdfProblem } from '@/utils/pdf/pdf-problems';

const HEADINGS: Record<PdfProblem['kind'], string> = {
  empty: 'The file is empty',
  html: 'This address sent a web page, not a PDF',
  'not-pdf': 'This is not a PDF',
  encrypted: 'This PDF is password-protected',
  corrupt: 'This PDF is damaged',
  truncated: 'This PDF is incomplete',
  'not-found': 'PDF not found',
  'http-error': 'The server did not send the PDF',
  network: 'The PDF could not be downloaded',
};

export function ProblemPanel(props: { problem: PdfProblem; file: string | null; onOpenOriginal(): void }) {
  const { problem, file } = props;
  return (
    <div class="wsis-problem" role="alert" data-wsis-problem={problem.kind}>
      <div class="wsis-problem__box">
        <h2>{HEADINGS[problem.kind]}</h2>
        <p>{problem.message}</p>
        {file ? <p class="wsis-problem__address">{file}</p> : null}
        <div class="wsis-problem__actions">
          {file ? (
            <button type="button" class="wsis-button wsis-button--primary" data-action="open-original" onClick={props.onOpenOriginal}>
              Open original
            </button>
          ) : null}
          <button type="button" class="wsis-button" onClick={() => location.reload()}>
            Try again
          </button>
        </div>
      </div>
    </div>
  );
}

import { createSignal } from 'solid-js';
import type { DocumentInfo, Lang } from '../../core/model';
import { describeDecoding, type DecodeNote } from '../../core/formats/decode';
import { infoOf } from '../../db/documents';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { createDraft } from '../lib/drafts';
import { errorMessage, isCancelled } from '../lib/errors';
import { decodingMessage, readFileText, type FileText } from '../lib/fileText';
import { importInWorker, needsWorker, type ImportInput, type ImportJob, type ImportTarget } from '../lib/importClient';

/**
 * The state and commands of a story's import form: the pasted text, title and language as
 * typed (kept as a draft until stored, so a failure or a reload loses nothing), the import
 * running (small input directly, a book in a worker with progress and Cancel) and what the
 * user is told. ImportForm only lays it out.
 */
export function createImportSession(storyId: string) {
  const repos = useRepos();
  const [text, setText] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [lang, setLang] = createSignal<'' | Lang>('');
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [dragging, setDragging] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  /** The running worker import, for its progress bar and Cancel; null on the direct path. */
  const [job, setJob] = createSignal<ImportJob | null>(null);
  const [progress, setProgress] = createSignal(0);
  // Pasted text not added yet survives a reload (an update, a crash) as a draft.
  const draft = createDraft(
    repos.db,
    `paste:${storyId}`,
    () => ({ text: text(), title: title() }),
    (d) => {
      setText(d.text ?? '');
      setTitle(d.title ?? '');
    },
    (f) => !!f.text?.trim(),
  );

  const report = (doc: DocumentInfo, decoding: DecodeNote | null) => {
    const added = t('import.added', {
      title: doc.title,
      lang: t(`langName.${doc.lang}`, { defaultValue: doc.lang }),
      paragraphs: t('library.paragraphs', { count: doc.paragraphCount }),
    });
    const how = decodingMessage(decoding);
    setStatus(how ? `${added} ${how}` : added);
  };

  const add = async (raw: string, fileName?: string, decoded?: FileText['decoded']) => {
    setError('');
    setStatus('');
    setBusy(true);
    try {
      const doc = await repos.documents.add({
        storyId: storyId,
        text: raw,
        ...(title().trim() ? { title: title() } : {}),
        ...(lang() ? { lang: lang() } : {}),
        source: fileName ? { type: 'file', name: fileName } : { type: 'paste' },
      });
      report(infoOf(doc), decoded ? describeDecoding(decoded, doc.paragraphs.map((p) => p.text)) : null);
      if (!fileName) void draft.clear().catch(() => {});
      setText('');
      setTitle('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  /** A book: segmented and stored in the worker. The pasted text stays until it is stored. */
  const addLarge = async (input: ImportInput) => {
    setError('');
    setStatus('');
    setBusy(true);
    setProgress(0);
    const target: ImportTarget = {
      db: repos.db.name,
      storyId: storyId,
      ...(title().trim() ? { title: title() } : {}),
      source: 'file' in input ? { type: 'file', name: input.file.name } : { type: 'paste' },
    };
    const running = importInWorker(input, target, lang() ? { lang: lang() } : {}, setProgress);
    setJob(running);
    try {
      const { doc, decoding } = await running.promise;
      report(doc, decoding);
      if ('text' in input) {
        void draft.clear().catch(() => {});
        setText('');
      }
      setTitle('');
    } catch (e) {
      if (isCancelled(e)) setStatus(t('import.cancelled'));
      else setError(errorMessage(e));
    } finally {
      setJob(null);
      setBusy(false);
    }
  };

  const addText = (raw: string) => (needsWorker({ text: raw }) ? addLarge({ text: raw }) : add(raw));

  const addFile = async (file: File | undefined) => {
    if (!file || busy()) return; // one import at a time: a second drop waits for the first
    if (needsWorker({ file })) return addLarge({ file });
    try {
      const read = await readFileText(file);
      await add(read.text, file.name, read.decoded);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return { text, setText, title, setTitle, lang, setLang, status, error, dragging, setDragging, busy, job, progress, draft, addText, addFile };
}

export type ImportSession = ReturnType<typeof createImportSession>;

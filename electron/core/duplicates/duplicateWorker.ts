import type { JobProgress } from '../../../shared/jobs/jobTypes';
import type { CustomerScope } from '../customers/customerScope';
import { answerFromArchive, type ArchiveThreadData } from '../workers/archiveThread';
import { findDuplicates } from './duplicateRules';
import { dismissedPairs, scanFiles } from './duplicateStore';
import type { DuplicateFindings } from './duplicateScan';

/**
 * The duplicate check's thread (duplicateScan.ts starts it): read every file the caller may see
 * on a read-only connection of its own, compare in memory, answer the pairs, end. At 100,000 files
 * the comparison holds ~250 MB of keys and groups for a few seconds; here they live in the thread's
 * own heap, which the system gets back whole when the thread ends, instead of staying with core's
 * heap for whatever the user does next (printing, a backup).
 */
answerFromArchive((db, { scope }: ArchiveThreadData & { scope: CustomerScope }, report): DuplicateFindings => {
  const progress = (p: JobProgress) => report(p);
  // One pass over each table: a page is read once, so a big page cache would only hold memory.
  db.pragma('cache_size = -4096');
  progress({ done: 0, total: 2, unit: 'steps', phase: 'read' });
  // One read transaction: the files and the dismissals are of the same moment.
  const { files, dismissed } = db.transaction(() => ({ files: scanFiles(db, scope), dismissed: dismissedPairs(db) }))();
  const found = findDuplicates(files, { dismissed, progress: (done, total) => progress({ done, total, unit: 'items', phase: 'compare' }) });
  return { scanned: files.length, pairs: found.pairs, crowdedValues: found.crowdedValues };
});

import type { CustomerScope } from '../customers/customerScope';
import type { JobContext } from '../jobs/jobRunner';
import type { FoundPair } from './duplicateRules';
import duplicateWorkerPath from './duplicateWorker?modulePath';

export interface DuplicateFindings {
  scanned: number;
  pairs: FoundPair[];
  crowdedValues: number;
}

/** The check over the files `scope` sees, on a thread of its own (duplicateWorker.ts); cancelling the job ends the thread. */
export function scanForDuplicates(job: JobContext, scope: CustomerScope): Promise<DuplicateFindings> {
  return job.runOnArchive<DuplicateFindings>(duplicateWorkerPath, { scope });
}

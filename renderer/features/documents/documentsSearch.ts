import { z } from 'zod';
import { oneOf } from '../../routing/searchFields';

export const documentsTabs = ['register', 'verify', 'index'] as const;
export type DocumentsTab = (typeof documentsTabs)[number];

/** #/reports?tab=verify: the tab of 打印与核验. */
export const documentsSearch = z.object({ tab: oneOf(documentsTabs) });
export type DocumentsSearch = z.infer<typeof documentsSearch>;

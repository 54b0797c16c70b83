import { z } from 'zod';
import { channel, type ChannelDef } from '../contract/channel';
import { id } from '../validation/schemaParts';
import { mergeDecideSchema, mergeListSchema, mergeRequestSchema, type MergePreview, type MergeView } from './mergeTypes';

/** 合并: two files of one customer become one, confirmed by the following consultant, signed by the sales manager, undoable for 30 days. */
export const mergesChannels = {
  'merges.preview': channel<MergePreview>()({
    kind: 'query',
    access: 'customer.write',
    input: z.object({ survivorId: id, mergedId: id }).strict(),
    summary: 'Both files side by side for the field picker (phones and ID numbers masked), the fields that differ, the records that would move, and whether anything blocks the merge now.',
  }),
  'merges.request': channel<MergeView>()({
    kind: 'command',
    access: 'customer.write',
    input: mergeRequestSchema,
    summary: 'Asks to merge one file into another with the picker’s choices; the consultant who follows the customer confirms and the sales manager signs before anything moves.',
  }),
  'merges.decide': channel<MergeView>()({
    kind: 'command',
    access: 'customer.write',
    input: mergeDecideSchema,
    summary: 'Signs the step now waiting (the following consultant’s confirmation, then the sales manager’s approval) with the signer’s own password; the last approval carries out the merge in the same call.',
  }),
  'merges.undo': channel<MergeView>()({
    kind: 'command',
    access: 'customer.write',
    input: z.object({ id }).strict(),
    summary: 'Within 30 days, restores both files as they were before the merge and moves their records back; refused once the survivor’s form was edited since.',
  }),
  'merges.list': channel<MergeView[]>()({
    kind: 'query',
    access: 'customer.write',
    input: mergeListSchema,
    summary: '合并记录: merges of files the caller may see, newest first, with their sign-offs and how long each can be undone.',
  }),
} as const satisfies Record<string, ChannelDef>;

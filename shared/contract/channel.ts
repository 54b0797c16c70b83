import { z } from 'zod';
import type { Permission } from '../roles/permissions';

/**
 * Who may call a channel:
 * - `public`: anyone, even before setup or login (status, setup, login);
 * - `session`: any logged-in, unlocked user (own profile, logout);
 * - a Permission: the caller's role must hold it (checked in main, never only in the UI).
 */
export type Access = 'public' | 'session' | Permission;

/**
 * `query` reads, `command` writes. Every command must leave an audit entry in its transaction;
 * core refuses to commit a command that did not.
 */
export type ChannelKind = 'query' | 'command';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly access: Access;
  readonly kind: ChannelKind;
  /** One line for the channel list (GET /rpc) and for newcomers reading the contract. */
  readonly summary: string;
  /** Phantom: carries the output type, never set at run time. */
  readonly __output?: O;
}

/** `channel<Output>()({ ... })`: the output type is given, the input type is inferred from zod. */
export function channel<O>() {
  return <I extends z.ZodType>(def: Omit<ChannelDef<I, O>, '__output'>): ChannelDef<I, O> => def;
}

/** The input of a channel that takes nothing. */
export const empty = z.object({}).strict();

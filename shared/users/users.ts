import { z } from 'zod';
import { roles, type Role } from '../roles/permissions';

/** Login names are ASCII so they can be typed on any keyboard layout; display names carry the Chinese name. */
export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'USERNAME_CHARS' });

export const displayNameSchema = z.string().trim().min(1).max(40);

export const PASSWORD_MIN_LENGTH = 8;

/** The store's accounts protect the archive key itself: at least 8 characters with letters and digits. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(128)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: 'PASSWORD_WEAK' });

/** Any password typed to prove who you are (no strength rule: old passwords stay valid). */
export const passwordSchema = z.string().min(1).max(128);

export const roleSchema = z.enum(roles);

export interface UserSummary {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** Who may own customer files, for pickers and filters: no usernames, no account state. */
export interface StaffMember {
  id: number;
  displayName: string;
  role: Role;
}

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  archiveAdmin: { zh: '档案管理员', en: 'Archive administrator' },
  consultant: { zh: '销售顾问', en: 'Sales consultant' },
  salesManager: { zh: '销售经理', en: 'Sales manager' },
  serviceManager: { zh: '客服经理', en: 'Customer service manager' },
  generalManager: { zh: '总经理', en: 'General manager' },
  systemAdmin: { zh: '系统管理员', en: 'System administrator' },
};

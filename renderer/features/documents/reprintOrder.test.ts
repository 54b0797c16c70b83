import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../shared/documents/documentTypes';
import { defaultPermissionMatrix as rolePermissions } from '../../../shared/roles/permissions';
import { reprintInput } from './reprintOrder';

function line(extra: Partial<DocumentRecord>): DocumentRecord {
  return {
    serial: 'DOC-2026-000007',
    kind: 'customerCard',
    title: '客户档案卡',
    state: 'printed',
    archiveNo: 'KD2026000001',
    name: '张晓明',
    subject: null,
    printedAt: '2026-03-05T02:04:05.000Z',
    printedByName: '周档案',
    pages: 2,
    sha256: 'a'.repeat(64),
    contentHash: 'b'.repeat(64),
    secrecy: 'normal',
    unmasked: false,
    reprintOf: null,
    params: { id: 12, reveal: false },
    ...extra,
  };
}

const archivist = rolePermissions.archiveAdmin;
const consultant = rolePermissions.consultant;
const admin = rolePermissions.systemAdmin;

describe('重印 on the document register', () => {
  it('repeats the line’s stored input on the channel that printed it, naming the line as the original', () => {
    expect(reprintInput(line({}), archivist)).toEqual({ channel: 'documents.printCard', input: { id: 12, reveal: false, reprintOf: 'DOC-2026-000007' } });
  });

  it('leaves out what was stored as not given, so the channel takes it as before', () => {
    const index = line({ kind: 'archiveIndex', archiveNo: null, params: { region: '济南', fromNo: null, toNo: null } });
    expect(reprintInput(index, archivist)?.input).toEqual({ region: '济南', reprintOf: 'DOC-2026-000007' });
  });

  it('offers no reprint of a void print, a recovery sheet, or a line without its input', () => {
    expect(reprintInput(line({ state: 'void' }), archivist)).toBeNull();
    expect(reprintInput(line({ kind: 'recoverySheet', archiveNo: null, params: {} }), archivist)).toBeNull();
    expect(reprintInput(line({ params: {} }), archivist)).toBeNull();
  });

  it('a card with full numbers is reprinted only by someone who may reveal them', () => {
    const full = line({ unmasked: true, params: { id: 12, reveal: true } });
    expect(reprintInput(full, archivist)?.input).toMatchObject({ reveal: true });
    expect(reprintInput(full, consultant)).toBeNull();
  });

  it('the loan register is reprinted by approvers and the archive room, not by a consultant or the system administrator', () => {
    const register = line({ kind: 'loanRegister', archiveNo: null, params: { from: '2026-03-01', to: '2026-03-31', view: 'all' } });
    expect(reprintInput(register, archivist)?.channel).toBe('documents.printRegister');
    expect(reprintInput(register, rolePermissions.salesManager)).not.toBeNull();
    expect(reprintInput(register, consultant)).toBeNull();
    expect(reprintInput(register, admin)).toBeNull();
  });
});

import type { AuditNote } from '../rpc/handler';
import type { CustomerRecord } from '../customers/customerStore';

type FileRef = Pick<CustomerRecord, 'id' | 'archiveNo'>;

/** A vehicle is named by its record number and the last six of its VIN, never by the owner's name. */
export function vehicleNote(action: 'vehicles.create' | 'vehicles.update' | 'vehicles.transfer', file: FileRef, vehicleId: number, vin: string, transfer?: { from: FileRef; to: FileRef; reason: string }): AuditNote {
  const car = `车辆 #${vehicleId}（车架号后六位 ${vin.slice(-6)}）`;
  const summary = transfer ? `${car}过户：${transfer.from.archiveNo} → ${transfer.to.archiveNo}（${transfer.reason}）` : `${file.archiveNo}：${action === 'vehicles.create' ? '登记' : '修改'}${car}`;
  return {
    action,
    targetType: 'customer',
    targetId: file.id,
    summary,
    params: { file: file.id, vehicle: vehicleId, vinTail: vin.slice(-6), ...(transfer ? { fromFile: transfer.from.id, toFile: transfer.to.id, reason: transfer.reason } : {}) },
  };
}

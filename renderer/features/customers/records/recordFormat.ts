import dayjs from 'dayjs';
import type { Vehicle } from '../../../../shared/vehicles/vehicleTypes';

/** What Mantine's DateTimePicker holds: local wall-clock time without an offset. */
export const pickerFormat = 'YYYY-MM-DD HH:mm:ss';
/** How pickers show their value. */
export const pickerDisplay = 'YYYY-MM-DD HH:mm';

export const formatDateTime = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : null);
export const formatDate = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD') : null);

/** A stored instant as the picker's local value. */
export const toPicker = (iso: string | null) => (iso ? dayjs(iso).format(pickerFormat) : null);
/** The picker's local value as the ISO instant with offset the contract asks for. */
export const fromPicker = (value: string | null) => (value ? dayjs(value).format() : null);
export const nowForPicker = () => dayjs().second(0).format(pickerFormat);

const yuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholeYuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** Core keeps money in integer 分 (cents); people read and type 元. */
export const centsToYuanText = (cents: number | null) => (cents === null ? null : yuan.format(cents / 100));
export const yuanText = (amount: number | null) => (amount === null ? null : wholeYuan.format(amount));

/** A NumberInput's value (number, or '' when empty) in 元 as integer cents; '' becomes null. */
export function yuanToCents(value: number | string): number | null {
  if (value === '' || value === null) return null;
  return Math.round(Number(value) * 100);
}

/** A NumberInput's value as a number, or null when empty. */
export function numberOrNull(value: number | string): number | null {
  if (value === '' || value === null) return null;
  return Number(value);
}

/** A car as staff name it: the VIN, with the plate when it has one. */
export const vehicleName = (vehicle: Pick<Vehicle, 'vin' | 'plate'>) => (vehicle.plate ? `${vehicle.vin}（${vehicle.plate}）` : vehicle.vin);

/** Bytes as people read them: 812 B, 34.5 KB, 2.1 MB. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

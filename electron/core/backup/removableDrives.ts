import { execFile } from 'node:child_process';
import { readFile, readdir, readlink, statfs } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BackupTarget } from '../../../shared/backup/backupTypes';

/** What the drive lookup reads from the system; tests give it fixtures instead. */
export interface DriveSystem {
  platform: NodeJS.Platform;
  readText(path: string): Promise<string | null>;
  readLink(path: string): Promise<string | null>;
  listDir(path: string): Promise<string[]>;
  freeBytes(path: string): Promise<number | null>;
  /** Runs PowerShell on Windows and gives its stdout. */
  powershell(script: string): Promise<string | null>;
}

export const nodeDriveSystem: DriveSystem = {
  platform: process.platform,
  readText: (path) => readFile(path, 'utf8').catch(() => null),
  readLink: (path) => readlink(path).catch(() => null),
  listDir: (path) => readdir(path).catch(() => []),
  freeBytes: (path) => statfs(path).then((s) => Number(s.bavail) * Number(s.bsize), () => null),
  powershell: (script) =>
    new Promise((resolve) => execFile('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], { timeout: 8000, windowsHide: true }, (err, stdout) => resolve(err ? null : stdout))),
};

/** /proc/mounts escapes spaces and other bytes in paths as \040-style octal. */
function unescapeMount(path: string): string {
  return path.replace(/\\([0-7]{3})/g, (_m, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/**
 * Linux: a mounted block device counts as removable when its disk says so in sysfs, or when the disk
 * hangs off a USB bus (USB enclosures and many sticks report removable=0). Partitions are traced to
 * their disk through /sys/class/block.
 */
async function linuxDrives(sys: DriveSystem): Promise<BackupTarget[]> {
  const mounts = (await sys.readText('/proc/mounts')) ?? '';
  const found: BackupTarget[] = [];
  for (const line of mounts.split('\n')) {
    const [device, rawPoint] = line.split(' ');
    if (!device?.startsWith('/dev/') || !rawPoint) continue;
    const point = unescapeMount(rawPoint);
    if (point === '/' || point.startsWith('/boot') || point.startsWith('/proc') || point.startsWith('/sys')) continue;
    const name = basename(device);
    const link = await sys.readLink(`/sys/class/block/${name}`);
    if (!link) continue;
    // …/devices/pci0000:00/…/usb1/1-1/…/block/sdb/sdb1 → the disk is the directory after "block/".
    const parts = link.split('/');
    const blockAt = parts.lastIndexOf('block');
    const disk = blockAt >= 0 && parts[blockAt + 1] ? parts[blockAt + 1]! : name;
    const removable = (await sys.readText(`/sys/block/${disk}/removable`))?.trim() === '1';
    const usb = parts.some((p) => /^usb\d+$/.test(p));
    if (!removable && !usb) continue;
    found.push({ path: point, label: basename(point) || point, removable: true, freeBytes: await sys.freeBytes(point) });
  }
  return found;
}

/** macOS: every volume under /Volumes but the boot disk's. */
async function macDrives(sys: DriveSystem): Promise<BackupTarget[]> {
  const names = await sys.listDir('/Volumes');
  const found: BackupTarget[] = [];
  for (const name of names) {
    const path = join('/Volumes', name);
    if ((await sys.readLink(path)) === '/') continue;
    found.push({ path, label: name, removable: true, freeBytes: await sys.freeBytes(path) });
  }
  return found;
}

/** Windows: removable logical disks (DriveType 2) and disks on the USB bus, through CIM. */
async function windowsDrives(sys: DriveSystem): Promise<BackupTarget[]> {
  const script = [
    "$usb = Get-CimInstance Win32_DiskDrive | Where-Object { $_.InterfaceType -eq 'USB' } | ForEach-Object { Get-CimAssociatedInstance -InputObject $_ -ResultClassName Win32_DiskPartition | ForEach-Object { Get-CimAssociatedInstance -InputObject $_ -ResultClassName Win32_LogicalDisk } } | ForEach-Object { $_.DeviceID }",
    'Get-CimInstance Win32_LogicalDisk | Where-Object { $_.DriveType -eq 2 -or $usb -contains $_.DeviceID } | Select-Object DeviceID, VolumeName, FreeSpace | ConvertTo-Json -Compress',
  ].join('; ');
  const out = await sys.powershell(script);
  if (!out?.trim()) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(out);
  } catch {
    return [];
  }
  const disks = (Array.isArray(parsed) ? parsed : [parsed]) as Array<{ DeviceID?: string; VolumeName?: string | null; FreeSpace?: number | null }>;
  return disks
    .filter((d) => typeof d.DeviceID === 'string' && /^[A-Z]:$/.test(d.DeviceID))
    .map((d) => ({ path: `${d.DeviceID}\\`, label: d.VolumeName ? `${d.VolumeName} (${d.DeviceID})` : d.DeviceID!, removable: true, freeBytes: typeof d.FreeSpace === 'number' ? d.FreeSpace : null }));
}

/** Removable drives plugged in now; an empty list when the system cannot tell. */
export async function removableDrives(sys: DriveSystem = nodeDriveSystem): Promise<BackupTarget[]> {
  try {
    if (sys.platform === 'linux') return await linuxDrives(sys);
    if (sys.platform === 'darwin') return await macDrives(sys);
    if (sys.platform === 'win32') return await windowsDrives(sys);
  } catch {
    // A drive list that cannot be read is no drives: the folder field still works.
  }
  return [];
}

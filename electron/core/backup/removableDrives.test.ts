import { describe, expect, it } from 'vitest';
import { removableDrives, type DriveSystem } from './removableDrives';

function linux(files: Record<string, string>, links: Record<string, string>): DriveSystem {
  return {
    platform: 'linux',
    readText: async (p) => files[p] ?? null,
    readLink: async (p) => links[p] ?? null,
    listDir: async () => [],
    freeBytes: async () => 8_000_000_000,
    powershell: async () => null,
  };
}

const mounts = [
  '/dev/vda1 / ext4 rw 0 0',
  '/dev/sdb1 /media/archivist/KEDANG\\040USB vfat rw 0 0',
  '/dev/sdc1 /mnt/enclosure exfat rw 0 0',
  '/dev/nvme0n1p2 /home ext4 rw 0 0',
  'tmpfs /tmp tmpfs rw 0 0',
].join('\n');

describe('removable drives', () => {
  it('on Linux: a stick that says removable, and a USB enclosure that says it is not; never the system disks', async () => {
    const sys = linux(
      { '/proc/mounts': mounts, '/sys/block/sdb/removable': '1\n', '/sys/block/sdc/removable': '0\n', '/sys/block/nvme0n1/removable': '0\n', '/sys/block/vda/removable': '0\n' },
      {
        '/sys/class/block/vda1': '../../devices/pci0000:00/0000:00:04.0/virtio1/block/vda/vda1',
        '/sys/class/block/sdb1': '../../devices/pci0000:00/0000:00:14.0/usb1/1-1/1-1:1.0/host2/target2:0:0/2:0:0:0/block/sdb/sdb1',
        '/sys/class/block/sdc1': '../../devices/pci0000:00/0000:00:14.0/usb2/2-3/2-3:1.0/host3/target3:0:0/3:0:0:0/block/sdc/sdc1',
        '/sys/class/block/nvme0n1p2': '../../devices/pci0000:00/0000:00:1d.0/nvme/nvme0/nvme0n1/nvme0n1p2',
      },
    );
    expect(await removableDrives(sys)).toEqual([
      { path: '/media/archivist/KEDANG USB', label: 'KEDANG USB', removable: true, freeBytes: 8_000_000_000 },
      { path: '/mnt/enclosure', label: 'enclosure', removable: true, freeBytes: 8_000_000_000 },
    ]);
  });

  it('on Windows: the drives CIM lists, by letter and volume name', async () => {
    const sys: DriveSystem = { ...linux({}, {}), platform: 'win32', powershell: async () => JSON.stringify([{ DeviceID: 'E:', VolumeName: '档案备份', FreeSpace: 1000 }, { DeviceID: 'F:', VolumeName: null, FreeSpace: null }]) };
    expect(await removableDrives(sys)).toEqual([
      { path: 'E:\\', label: '档案备份 (E:)', removable: true, freeBytes: 1000 },
      { path: 'F:\\', label: 'F:', removable: true, freeBytes: null },
    ]);
    expect(await removableDrives({ ...sys, powershell: async () => JSON.stringify({ DeviceID: 'G:', VolumeName: 'USB', FreeSpace: 5 }) })).toHaveLength(1);
    expect(await removableDrives({ ...sys, powershell: async () => 'not json' })).toEqual([]);
  });

  it('on macOS: the volumes but the boot disk', async () => {
    const sys: DriveSystem = { ...linux({}, {}), platform: 'darwin', listDir: async () => ['Macintosh HD', 'KEDANG'], readLink: async (p) => (p === '/Volumes/Macintosh HD' ? '/' : null) };
    expect((await removableDrives(sys)).map((d) => d.path)).toEqual(['/Volumes/KEDANG']);
  });
});

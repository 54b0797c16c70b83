import type { ChannelInput, ChannelName } from '../../../shared/contract/channels';

/**
 * One valid input per channel, so table-driven tests reach the access check of every channel.
 * The type makes a new channel without a sample a compile error.
 */
export const sampleInputs: { [C in ChannelName]: ChannelInput<C> } = {
  'app.status': {},
  'setup.initialize': { store: { name: '样例店', address: '' }, admin: { username: 'sample', displayName: '样例', password: 'Sample123' } },
  'setup.confirmRecovery': { groups: [{ index: 0, value: 'AAAA' }, { index: 1, value: 'BBBB' }] },
  'auth.login': { username: 'nobody', password: 'x' },
  'auth.logout': {},
  'auth.lock': {},
  'auth.unlock': { password: 'x' },
  'auth.touch': {},
  'auth.changePassword': { currentPassword: 'x', newPassword: 'Newpass123' },
  'auth.recover': { username: 'nobody', recoveryCode: '0000-0000-0000-0000-0000-0000-0000-0000', newPassword: 'Newpass123' },
  'users.list': {},
  'users.create': { username: 'probe', displayName: '探针', role: 'consultant', password: 'Probe1234' },
  'users.update': { id: 1, displayName: '改名' },
  'users.resetPassword': { id: 1, newPassword: 'Reset1234' },
  'users.delete': { id: 1 },
  'roles.matrix': {},
  'roles.setGrant': { role: 'consultant', permission: 'customer.reveal', granted: true, signOff: { username: 'admin', password: 'x' } },
  'settings.get': {},
  'settings.update': { idleLockMinutes: 5 },
  'settings.rotateRecovery': {},
  'audit.list': {},
  'audit.verify': {},
};

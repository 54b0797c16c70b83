import type { Messages } from '../../i18n/zh-CN';

const signoffEnUS: Pick<Messages, 'signoff'> = {
  signoff: {
    title: 'Second-person sign-off',
    request: 'To be approved',
    intro: 'This needs a second person. The approver (not the person asking) enters their own username and password on this PC; the password is used for this signature only and is not kept.',
    username: "Approver's username",
    password: "Approver's password",
    sign: 'Sign and approve',
    receiver: {
      intro: 'The borrower signs for the files here, typing their own username and password; the password is used for this signature only and never kept.',
      username: 'Receiver’s username',
      password: 'Receiver’s password',
    },
    keeper: {
      intro: 'The archive admin confirms this reading in the archive room by typing their own username and password here; the password is used for this signature only and never kept.',
      username: 'Archive admin’s username',
      password: 'Archive admin’s password',
    },
    systemAdmin: {
      intro: "This replaces the whole archive and needs a system admin's signature: a system admin types their own username and password on this PC; the password is used for this signature only and never kept.",
      username: "System admin's username",
      password: "System admin's password",
    },
  },
};

export default signoffEnUS;

/** The text of one field-level code, in both languages the app ships. */
export interface ValidationMessage {
  zh: string;
  en: string;
}

/**
 * Messages for the stable codes that field issues carry: those the validators in this folder raise, and
 * the field codes the customer, vehicle, attachment and settings rules raise. The renderer looks codes up here.
 */
export const validationMessages = {
  REQUIRED: { zh: '此项必填。', en: 'Required.' },

  ID_FORMAT: { zh: '身份证号应为 18 位：17 位数字加 1 位数字或 X，首位不能是 0。', en: 'An ID number has 18 characters: 17 digits, then a digit or X; it cannot start with 0.' },
  ID_REGION: { zh: '身份证号前两位不是有效的省级行政区划代码，请逐位核对。', en: 'The first digits of the ID number name no province; check every digit.' },
  ID_BIRTH_DATE: { zh: '身份证号中的出生日期不存在或晚于今天。', en: 'The birth date inside the ID number is not a real date, or is after today.' },
  ID_CHECKSUM: { zh: '身份证号校验位不正确，请逐位核对。', en: 'The ID number’s check character is wrong; check every digit.' },
  ID_BIRTH_DATE_MISMATCH: { zh: '出生日期与身份证号不一致。', en: 'The birth date does not match the ID number.' },
  ID_GENDER_MISMATCH: { zh: '性别与身份证号不一致。', en: 'The gender does not match the ID number.' },
  BIRTH_DATE_FUTURE: { zh: '出生日期不能晚于今天。', en: 'The birth date cannot be after today.' },
  ID_TYPE_REQUIRED: { zh: '填写证件号码时请选择证件类型。', en: 'Choose the ID type for this number.' },

  MOBILE_FORMAT: { zh: '手机号应为 11 位数字，以 13–19 开头（可带 +86）。', en: 'A mobile number has 11 digits starting 13–19 (a +86 prefix is fine).' },
  MOBILE_UNALLOCATED: { zh: '该号段未分配给手机用户，请核对号码。', en: 'No mobile numbers are issued with that prefix; check the number.' },
  PHONE_UNKNOWN: { zh: '该电话已不在档案中，请重新打开档案后再修改。', en: 'That phone is no longer on the file; open the file again and retry.' },
  PHONE_FORMAT: { zh: '电话号码格式不正确。', en: 'That phone number is not valid.' },

  VIN_FORMAT: { zh: '车架号（VIN）应为 17 位字母或数字，且不含 I、O、Q。', en: 'A VIN has 17 letters and digits, without I, O or Q.' },
  VIN_CHECK_DIGIT: { zh: '车架号第 9 位校验位不正确，请逐位核对。', en: 'The VIN’s check digit (9th character) is wrong; check every character.' },
  VIN_EXISTS: { zh: '该车架号已有车辆档案（一车一档），请在原档案中办理过户。', en: 'This VIN already has a vehicle file; transfer it instead.' },

  PLATE_FORMAT: { zh: '车牌号格式不正确（如 京A12345，新能源 京AD12345 或 京A12345D）。', en: 'Not a valid plate (e.g. 京A12345; new energy 京AD12345 or 京A12345D).' },

  USCC_FORMAT: { zh: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）。', en: 'A unified social credit code has 18 digits and capital letters (no I, O, Z, S or V).' },
  USCC_CHECKSUM: { zh: '统一社会信用代码校验位不符。早期试点代码可能如此；核对无误后请勾选确认。', en: 'The credit code’s check character does not match. Some early pilot codes fail it; tick to confirm if the code is right.' },

  BUDGET_RANGE: { zh: '预算上限不能低于下限。', en: 'The upper budget cannot be below the lower one.' },
  OWNER_UNKNOWN: { zh: '所选销售顾问不存在或已停用。', en: 'That consultant does not exist or is disabled.' },
  SECRECY_ABOVE_CLEARANCE: { zh: '不能设置高于本人权限的密级。', en: 'You cannot set a secrecy level above your own clearance.' },
  FILE_TOO_LARGE: { zh: '文件超过允许的大小。', en: 'The file is larger than allowed.' },
  FILE_TYPE_MISMATCH: { zh: '文件内容与类型不符，只接受图片和 PDF。', en: 'The file content does not match its type; only images and PDFs.' },
  VEHICLE_NOT_ON_FILE: { zh: '所选车辆不属于该客户。', en: 'That vehicle is not on this customer’s file.' },
  SAME_OWNER: { zh: '车辆已属于该客户。', en: 'The vehicle already belongs to this customer.' },
  MOVE_REASON_REQUIRED: { zh: '移动纸质档案须写明原因。', en: 'Say why the paper file moves.' },
  LOCATION_UNCHANGED: { zh: '新位置与现在的位置相同。', en: 'The new place is the place it is in now.' },
  LOAN_RULE_PERIOD: { zh: '允许借阅时，最长期限至少 15 分钟。', en: 'An allowed loan needs a longest period of at least 15 minutes.' },
  LOAN_RULE_APPROVERS: { zh: '允许借阅时，至少指定一个审批岗位。', en: 'An allowed loan needs at least one approver role.' },
  LOAN_REMINDER_ORDER: { zh: '第二次催还必须晚于第一次催还。', en: 'The second reminder must come after the first.' },
  ARCHIVE_PATTERN: { zh: '档案编号规则必须包含 {SEQ:n}（n 为 3–9 位）。', en: 'The archive number pattern must contain {SEQ:n} (n from 3 to 9).' },
} as const satisfies Record<string, ValidationMessage>;

export type ValidationCode = keyof typeof validationMessages;

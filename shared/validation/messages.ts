/** Field-level messages for the stable codes the shared validators and schemas raise. */
export const validationMessages = {
  REQUIRED: { zh: '此项必填。', en: 'Required.' },
  ID_FORMAT: { zh: '身份证号应为 18 位，最后一位可以是数字或 X。', en: 'An ID number has 18 characters; the last may be a digit or X.' },
  ID_BIRTH_DATE: { zh: '身份证号中的出生日期不存在或晚于今天。', en: 'The birth date inside the ID number is not a real past date.' },
  ID_CHECKSUM: { zh: '身份证号校验位不正确，请核对每一位。', en: 'The ID number’s check character is wrong; check every digit.' },
  ID_BIRTH_DATE_MISMATCH: { zh: '出生日期与身份证号不一致。', en: 'The birth date does not match the ID number.' },
  ID_GENDER_MISMATCH: { zh: '性别与身份证号不一致。', en: 'The gender does not match the ID number.' },
  ID_TYPE_REQUIRED: { zh: '填写证件号码时请选择证件类型。', en: 'Choose the ID type for this number.' },
  MOBILE_FORMAT: { zh: '手机号应为 11 位，以 13–19 开头。', en: 'A mobile number has 11 digits starting 13–19.' },
  PHONE_FORMAT: { zh: '电话号码格式不正确。', en: 'That phone number is not valid.' },
  VIN_FORMAT: { zh: '车架号（VIN）应为 17 位字母数字，且不含 I、O、Q。', en: 'A VIN has 17 letters and digits, without I, O or Q.' },
  VIN_CHECK_DIGIT: { zh: '车架号第 9 位校验位不正确，请核对。', en: 'The VIN’s check digit (9th character) is wrong.' },
  VIN_EXISTS: { zh: '该车架号已有车辆档案（一车一档），请在原档案中办理过户。', en: 'This VIN already has a vehicle file; transfer it instead.' },
  PLATE_FORMAT: { zh: '车牌号格式不正确（如 京A12345、新能源 京AD12345）。', en: 'Not a valid plate (e.g. 京A12345, new energy 京AD12345).' },
  USCC_FORMAT: { zh: '统一社会信用代码应为 18 位（不含 I、O、Z、S、V）。', en: 'A unified social credit code has 18 characters (no I, O, Z, S, V).' },
  USCC_CHECKSUM: { zh: '统一社会信用代码校验位不符。早期试点代码可能如此，确认无误请勾选“确认代码无误”。', en: 'The credit code’s check character does not match. Early pilot codes can; tick “confirmed” if it is right.' },
  BUDGET_RANGE: { zh: '预算上限不能低于下限。', en: 'The upper budget cannot be below the lower one.' },
  OWNER_UNKNOWN: { zh: '所选销售顾问不存在或已停用。', en: 'That consultant does not exist or is disabled.' },
  SECRECY_ABOVE_CLEARANCE: { zh: '不能设置高于本人权限的密级。', en: 'You cannot set a secrecy level above your own clearance.' },
  FILE_TOO_LARGE: { zh: '文件超过允许的大小。', en: 'The file is larger than allowed.' },
  FILE_TYPE_MISMATCH: { zh: '文件内容与类型不符，只接受图片和 PDF。', en: 'The file content does not match its type; only images and PDFs.' },
  VEHICLE_NOT_ON_FILE: { zh: '所选车辆不属于该客户。', en: 'That vehicle is not on this customer’s file.' },
  SAME_OWNER: { zh: '车辆已属于该客户。', en: 'The vehicle already belongs to this customer.' },
  ARCHIVE_PATTERN: { zh: '档案编号规则必须包含 {SEQ:n}（n 为 3–9 位）。', en: 'The archive number pattern must contain {SEQ:n} (n from 3 to 9).' },
} as const;

export type ValidationCode = keyof typeof validationMessages;

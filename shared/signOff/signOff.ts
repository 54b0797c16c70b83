import { z } from 'zod';
import { passwordSchema, usernameSchema } from '../users/users';

/** The second person's own credentials, typed into the sign-off dialog on the same PC. */
export const signOffSchema = z.object({ username: usernameSchema, password: passwordSchema }).strict();
export type SignOff = z.infer<typeof signOffSchema>;

import { z } from 'zod';

/** Schema of a method that takes no argument. */
export const noArgs = z.undefined();

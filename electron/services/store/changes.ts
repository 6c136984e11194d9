import { LongmaiError } from '../../../shared/ipc/errors.js';
import { fieldSchema, isEntityName } from '../../../shared/model/fields.js';
import { idSchema } from '../../../shared/model/schemas.js';
import type { FieldChange, OpValue } from '../../../shared/sync/ops.js';

/**
 * Check one requested change against the model's allow-list and the field's schema, and
 * return it with the schema's normalized value (e.g. a trimmed name).
 */
export function validateChange(change: FieldChange): FieldChange {
  const where = `${String(change.entity)}.${String(change.field)}`;
  if (!isEntityName(change.entity)) {
    throw new LongmaiError('E_BAD_ARGUMENT', `unknown entity ${where}`, { field: where });
  }
  if (!idSchema.safeParse(change.entityId).success) {
    throw new LongmaiError('E_BAD_ARGUMENT', `bad id for ${where}`, { field: where });
  }
  const schema = fieldSchema(change.entity, change.field);
  if (!schema) {
    throw new LongmaiError('E_BAD_ARGUMENT', `unknown field ${where}`, { field: where });
  }
  const parsed = schema.safeParse(change.value);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new LongmaiError('E_BAD_ARGUMENT', `bad value for ${where}: ${detail}`, {
      field: where,
      detail,
    });
  }
  return { ...change, value: parsed.data as OpValue };
}

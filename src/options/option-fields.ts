import { z } from 'zod';

/**
 * Turns the JSON Schema of a rule's options (z.toJSONSchema, sent by the background)
 * into the fields of the options form. Pure, so the mapping is tested in Node.
 */
export type FieldKind = 'integer' | 'number' | 'boolean' | 'choice' | 'text' | 'list' | 'json' | 'group';

export interface OptionField {
  key: string;
  /** The schema's description, else the key. */
  label: string;
  kind: FieldKind;
  default?: unknown;
  min?: number;
  max?: number;
  choices?: string[];
  /** For a `group` (an object option with its own fields, e.g. weights by kind). */
  fields?: OptionField[];
}

// Only the JSON Schema keywords the form uses; everything else is ignored.
const propertySchema = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  description: z.string().optional(),
  default: z.unknown().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  exclusiveMinimum: z.number().optional(),
  exclusiveMaximum: z.number().optional(),
  enum: z.array(z.unknown()).optional(),
  items: z.looseObject({ type: z.union([z.string(), z.array(z.string())]).optional() }).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
const objectSchema = z.looseObject({ properties: z.record(z.string(), z.unknown()).optional() });

function kindOf(p: z.infer<typeof propertySchema>): FieldKind {
  const type = Array.isArray(p.type) ? p.type.find((t) => t !== 'null') : p.type;
  if (p.enum && p.enum.every((v) => typeof v === 'string')) return 'choice';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'string') return 'text';
  if (type === 'array' && p.items?.type === 'string') return 'list';
  if (type === 'object' && p.properties && Object.keys(p.properties).length > 0) return 'group';
  return 'json';
}

export function optionFields(schema: unknown): OptionField[] {
  const parsed = objectSchema.safeParse(schema);
  if (!parsed.success || !parsed.data.properties) return [];
  const fields: OptionField[] = [];
  for (const [key, raw] of Object.entries(parsed.data.properties)) {
    const p = propertySchema.safeParse(raw);
    if (!p.success) {
      fields.push({ key, label: key, kind: 'json' });
      continue;
    }
    const field: OptionField = { key, label: p.data.description ?? key, kind: kindOf(p.data) };
    if (p.data.default !== undefined) field.default = p.data.default;
    const min = p.data.minimum ?? p.data.exclusiveMinimum;
    const max = p.data.maximum ?? p.data.exclusiveMaximum;
    if (min !== undefined) field.min = min;
    if (max !== undefined) field.max = max;
    if (field.kind === 'choice') field.choices = (p.data.enum ?? []).map(String);
    if (field.kind === 'group') {
      field.fields = optionFields(raw);
      // The group's own default is usually `{}`; its fields carry the real defaults.
      delete field.default;
    }
    fields.push(field);
  }
  return fields;
}

export type FieldValue = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Read what the person typed. An empty box means "use the default" (value undefined).
 * Range checks are left to the rule's zod schema in the background, which names the path.
 */
export function readField(field: OptionField, input: string | boolean): FieldValue {
  if (typeof input === 'boolean') return { ok: true, value: input };
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  switch (field.kind) {
    case 'integer':
    case 'number': {
      const n = Number(text);
      if (!Number.isFinite(n)) return { ok: false, message: `${field.key}: "${text}" is not a number` };
      return { ok: true, value: n };
    }
    case 'list':
      return { ok: true, value: input.split('\n').map((s) => s.trim()).filter(Boolean) };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, message: `${field.key}: not valid JSON` };
      }
    default:
      return { ok: true, value: text };
  }
}

/** How a stored or default value shows in the field's input. */
export function showField(field: OptionField, value: unknown): string | boolean {
  if (field.kind === 'boolean') return value === true;
  if (value === undefined) return '';
  if (field.kind === 'list' && Array.isArray(value)) return value.join('\n');
  if (field.kind === 'json') return JSON.stringify(value);
  return String(value);
}

// Form fields generated from the server's JSON schema of TrainingConfig, with client-side validation
// mirroring pydantic's bounds (the server stays the judge: its reply is shown next to the field).

export interface FieldSpec {
  path: string[];
  label: string;
  description: string;
  kind: "number" | "integer" | "boolean" | "enum";
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  options?: string[];
}

interface SchemaNode {
  type?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: string[];
  anyOf?: SchemaNode[];
  $ref?: string;
  properties?: Record<string, SchemaNode>;
}

interface Schema extends SchemaNode {
  $defs?: Record<string, SchemaNode>;
}

const SECTIONS = ["ppo", "rewards", "curriculum"] as const;

function resolve(schema: Schema, node: SchemaNode): SchemaNode {
  if (node.$ref) return schema.$defs?.[node.$ref.split("/").pop() ?? ""] ?? node;
  return node;
}

export function fieldsFromSchema(schema: Schema): Record<string, FieldSpec[]> {
  const sections: Record<string, FieldSpec[]> = {};
  for (const section of SECTIONS) {
    const node = resolve(schema, schema.properties?.[section] ?? {});
    sections[section] = Object.entries(node.properties ?? {}).flatMap(([name, raw]): FieldSpec[] => {
      const options = raw.anyOf?.flatMap((o) => o.enum ?? []) ?? raw.enum;
      const type = raw.type ?? raw.anyOf?.find((o) => o.type && o.type !== "null")?.type;
      const base = { path: [section, name], label: name.replace(/_/g, " "), description: raw.description ?? "" };
      if (options && options.length) return [{ ...base, kind: "enum", options }];
      if (type === "boolean") return [{ ...base, kind: "boolean" }];
      if (type === "integer" || type === "number") {
        const bounds = raw.anyOf?.find((o) => o.type === type) ?? raw;
        return [
          {
            ...base,
            kind: type,
            minimum: bounds.minimum,
            maximum: bounds.maximum,
            exclusiveMinimum: bounds.exclusiveMinimum,
          },
        ];
      }
      return [];
    });
  }
  return sections;
}

/** An error message, or null when the value satisfies the field's type and bounds. */
export function validateField(field: FieldSpec, value: unknown): string | null {
  if (field.kind === "boolean") return typeof value === "boolean" ? null : "must be true or false";
  if (field.kind === "enum") {
    return value === null || field.options?.includes(String(value)) ? null : `one of ${field.options?.join(", ")}`;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return "must be a number";
  if (field.kind === "integer" && !Number.isInteger(value)) return "must be a whole number";
  if (field.minimum !== undefined && value < field.minimum) return `must be >= ${field.minimum}`;
  if (field.exclusiveMinimum !== undefined && value <= field.exclusiveMinimum) {
    return `must be > ${field.exclusiveMinimum}`;
  }
  if (field.maximum !== undefined && value > field.maximum) return `must be <= ${field.maximum}`;
  return null;
}

/** {ppo: {learning_rate: v}} from a field path, the shape ConfigManager.update merges. */
export function partialUpdate(path: string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

/** A slider's range: the field's bounds when finite and sensible, else around the current value. */
export function sliderRange(field: FieldSpec, current: number): [number, number] | null {
  const low = field.minimum ?? field.exclusiveMinimum;
  const high = field.maximum;
  if (low === undefined || high === undefined || high - low > 1000) return null;
  return [low, Math.max(high, current)];
}

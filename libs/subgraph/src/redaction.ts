import { CREDENTIAL_PATTERN } from '@laa/identity';
import { Kind, OperationDefinitionNode, visit } from 'graphql';

export const REDACTED = '[redacted]';
/** Names under which a credential travels. */
const SECRET_NAMES = /secret|token|password|authorization/i;
/** A secret written as an argument's value in an operation's text: `secret: "..."`. */
const SECRET_LITERAL = /\b(\w*(?:secret|token|password)\w*)(\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

function redactText(text: string): string {
  return text.replace(SECRET_LITERAL, `$1$2"${REDACTED}"`).replace(CREDENTIAL_PATTERN, REDACTED);
}

/**
 * A log line's fields with every credential taken out: by name (secret, token, password, authorization), by value
 * (a council secret's prefix, a JWT), and as literals in operation text. The logger calls it on every line.
 */
export function redactSecrets(value: unknown, secretNames: ReadonlySet<string> = new Set()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((inner) => redactSecrets(inner, secretNames));
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      SECRET_NAMES.test(key) || secretNames.has(key) ? REDACTED : redactSecrets(inner, secretNames),
    ]),
  );
}

/** The variables an operation passes to an argument named like a secret, whatever the variables are called. */
export function secretVariables(operation: OperationDefinitionNode): Set<string> {
  const names = new Set<string>();
  visit(operation, {
    Argument(node) {
      if (node.value.kind === Kind.VARIABLE && SECRET_NAMES.test(node.name.value)) names.add(node.value.name.value);
    },
  });
  return names;
}
